// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/RecoverDialog.h"
#include "support/PassphraseField.h"

#include "support/Messages.h"
#include "support/ScreenFit.h"

#include "dp/RecoveryKey.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

constexpr int kKeyCharacters = 70; ///< 14 groups of five, without separators

/// The characters that count (separators and spaces left out), upper case.
QString keyCharacters(const QString& typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c != u'-' && !c.isSpace()) {
            out += c.toUpper();
        }
    }
    return out;
}

} // namespace

RecoverDialog::RecoverDialog(const QString& path, bool present, QWidget* parent)
    : QDialog(parent)
    , m_present(present)
{
    setObjectName(QStringLiteral("recoverDialog"));
    setWindowTitle(tr("Set a new passphrase with the recovery key"));
    auto* intro = new QLabel(
        present ? tr("Type the recovery key the force's custodians hold for %1, then choose a new passphrase. Each "
                     "group is checked as it is typed; the key is tried only once every check passes. Afterwards "
                     "the store opens with the new passphrase only, and the key is replaced by a new one, shown once.")
                      .arg(QFileInfo(path).fileName())
                : tr("%1 has no recovery key, so its passphrase cannot be reset. Only the passphrase, or a backup "
                     "with its own passphrase, opens it.")
                      .arg(QFileInfo(path).fileName()),
        this);
    intro->setObjectName(QStringLiteral("recoverIntro"));
    intro->setWordWrap(true);

    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_key->setAccessibleName(tr("Recovery key"));
    // Shown as typed, to be compared with the paper; once used, the key is replaced anyway.
    m_key->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
    m_key->setPlaceholderText(QStringLiteral("XXXXX-XXXXX-…"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true); // where the desktop names no fixed-width font
    m_key->setFont(mono);
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("recoveryKeyCheck"));
    m_keyStatus->setWordWrap(true);
    m_first = passphraseField("newPassphrase", tr("New passphrase"), this);
    m_second = passphraseField("repeatPassphrase", tr("Repeat the new passphrase"), this);
    m_meter = StrengthMeter::make(this);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("matchText"));
    m_match->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_recover = buttons->addButton(tr("&Set the new passphrase"), QDialogButtonBox::AcceptRole);
    m_recover->setObjectName(QStringLiteral("recoverButton"));
    m_recover->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_recover->isEnabled()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Recovery &key:"), m_key);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("&New passphrase:"), m_first);
    form->addRow(QString(), m_meter.bar);
    form->addRow(QString(), m_meter.text);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(QString(), m_match);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    fitOnShow(this);

    for (QWidget* field : std::initializer_list<QWidget*>{m_key, m_first, m_second}) {
        field->setEnabled(present);
    }
    connect(m_key, &QLineEdit::textChanged, this, &RecoverDialog::checkKey);
    connect(m_first, &QLineEdit::textChanged, this, &RecoverDialog::update);
    connect(m_second, &QLineEdit::textChanged, this, &RecoverDialog::update);
    checkKey();
}

RecoverDialog::~RecoverDialog()
{
    for (QLineEdit* edit : {m_key, m_first, m_second}) {
        edit->setText(QString());
    }
}

void RecoverDialog::checkKey()
{
    QByteArray typed = m_key->text().toUtf8();
    const std::string_view view(typed.constData(), static_cast<std::size_t>(typed.size()));
    const std::size_t typo = core::recovery::firstGroupWithTypo(view);
    const qsizetype count = keyCharacters(m_key->text()).size();
    m_keyOk = false;
    if (typo != 0) {
        m_keyStatus->setText(tr("Group %1 has a typo: check it against the paper.").arg(typo));
    } else if (count < kKeyCharacters) {
        m_keyStatus->setText(count == 0 ? tr("14 groups of five characters; hyphens and spaces may be left out.")
                                        : tr("%1 of 14 groups typed; each is right so far.").arg(count / 5));
    } else if (auto key = core::recovery::decode(view)) {
        key->fill(0);
        m_keyOk = true;
        m_keyStatus->setText(tr("Every check passes."));
    } else {
        m_keyStatus->setText(tr("This is not the key: %1.").arg(userMessage(key.error())));
    }
    typed.fill('\0');
    update();
}

void RecoverDialog::update()
{
    const PassphraseStrength strength = m_meter.show(m_first->text());
    const bool same = m_first->text() == m_second->text();
    m_match->setText(m_second->text().isEmpty() || same ? QString() : tr("The passphrases differ."));
    m_recover->setEnabled(m_present && m_keyOk && strength.level >= 1 && same);
}

QString RecoverDialog::takeKey()
{
    QString key = m_key->text();
    m_key->setText(QString()); // clear() would keep the text in the undo history
    return key;
}

QString RecoverDialog::takePassphrase()
{
    QString passphrase = m_first->text();
    m_first->setText(QString());
    m_second->setText(QString());
    return passphrase;
}

} // namespace casebook::ui
