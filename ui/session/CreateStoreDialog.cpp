// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/CreateStoreDialog.h"

#include "dialogs/IdentityDialog.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"

#include <zxcvbn.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace casebook::ui {

PassphraseStrength estimateStrength(const QString& passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty()) {
        s.description = CreateStoreDialog::tr("Type a passphrase: several unrelated words work well.");
        return s;
    }
    QByteArray utf8 = passphrase.toUtf8();
    s.bits = ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
    utf8.fill('\0');
    const int bits = static_cast<int>(s.bits);
    // The bands KeePassXC uses for the same estimate.
    if (s.bits < 40) {
        s.level = 0;
        s.description = CreateStoreDialog::tr("Poor: about %1 bits. Too easy to guess for health and conduct "
                                              "records; add more unrelated words.")
                            .arg(bits);
    } else if (s.bits < 75) {
        s.level = 1;
        s.description =
            CreateStoreDialog::tr("Weak: about %1 bits. Accepted, but a longer passphrase is safer.").arg(bits);
    } else if (s.bits < 100) {
        s.level = 2;
        s.description = CreateStoreDialog::tr("Good: about %1 bits.").arg(bits);
    } else {
        s.level = 3;
        s.description = CreateStoreDialog::tr("Excellent: about %1 bits.").arg(bits);
    }
    return s;
}

StrengthMeter StrengthMeter::make(QWidget* parent)
{
    StrengthMeter meter{new QProgressBar(parent), new QLabel(parent)};
    meter.bar->setObjectName(QStringLiteral("strengthBar"));
    meter.bar->setRange(0, 4);
    meter.bar->setTextVisible(false);
    meter.bar->setAccessibleName(CreateStoreDialog::tr("Passphrase strength"));
    meter.bar->setMaximumHeight(8);
    meter.text->setObjectName(QStringLiteral("strengthText"));
    meter.text->setWordWrap(true);
    return meter;
}

PassphraseStrength StrengthMeter::show(const QString& passphrase) const
{
    const PassphraseStrength strength = estimateStrength(passphrase);
    bar->setValue(passphrase.isEmpty() ? 0 : strength.level + 1);
    text->setText(passphrase.isEmpty() ? QString() : strength.description);
    return strength;
}

CreateStoreDialog::CreateStoreDialog(const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("createStoreDialog"));
    setWindowTitle(tr("Create a new store"));

    auto* intro = new QLabel(tr("Everything in a store is encrypted with this passphrase. Casebook cannot recover "
                                "it: if it is lost, so are the records. Keep it where your force keeps such "
                                "secrets."),
                             this);
    intro->setWordWrap(true);

    m_path = new QLineEdit(suggestedPath, this);
    m_path->setObjectName(QStringLiteral("newStorePath"));
    m_path->setAccessibleName(tr("New store file"));
    auto* browse = new QToolButton(this);
    browse->setText(tr("Choose…"));
    browse->setAccessibleName(tr("Choose where to save the store"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("newPassphrase"));
    m_first->setAccessibleName(tr("New passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("repeatPassphrase"));
    m_second->setAccessibleName(tr("Repeat the passphrase"));
    m_second->setEchoMode(QLineEdit::Password);

    m_meter = StrengthMeter::make(this);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("matchText"));
    m_match->setWordWrap(true);

    // Who is working, asked once here so that nothing is ever signed with the account's name.
    const core::Identity identity = savedIdentity();
    auto* who = new QLabel(tr("Who is working: used for \"by\", \"decided by\" and \"prepared by\" and in the "
                              "audit log instead of the computer's user name (Tools › Your details changes "
                              "them later)."),
                           this);
    who->setWordWrap(true);
    auto identityField = [this](const std::string& text, const char* name, const QString& accessible) {
        auto* field = new QLineEdit(QString::fromStdString(text), this);
        field->setObjectName(QString::fromLatin1(name));
        field->setAccessibleName(accessible);
        field->setMaxLength(200);
        return field;
    };
    m_name = identityField(identity.name, "newStoreName", tr("Your name"));
    m_name->setPlaceholderText(tr("e.g. Jane Smith"));
    m_rank = identityField(identity.rank, "newStoreRank", tr("Your rank"));
    m_rank->setPlaceholderText(tr("e.g. PS"));
    m_collar = identityField(identity.collarNumber, "newStoreCollar", tr("Your collar number"));
    m_identityError = new QLabel(this);
    m_identityError->setObjectName(QStringLiteral("newStoreIdentityError"));
    m_identityError->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("C&reate store"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    // A row holding a layout gets a label without a buddy, which shows the "&": the field is its buddy.
    qobject_cast<QLabel*>(form->labelForField(pathRow))->setBuddy(m_path);
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(QString(), m_meter.bar);
    form->addRow(QString(), m_meter.text);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(QString(), m_match);
    // One form, so that every field lines up under the passphrase's.
    form->addRow(who);
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("Ran&k:"), m_rank);
    form->addRow(tr("C&ollar number:"), m_collar);
    form->addRow(QString(), m_identityError);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fitOnShow(this);

    connect(m_first, &QLineEdit::textChanged, this, &CreateStoreDialog::update);
    connect(m_second, &QLineEdit::textChanged, this, &CreateStoreDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &CreateStoreDialog::update);
    connect(browse, &QToolButton::clicked, this, &CreateStoreDialog::choosePath);
    update();
}

CreateStoreDialog::~CreateStoreDialog()
{
    m_first->setText(QString());
    m_second->setText(QString());
}

QString CreateStoreDialog::path() const
{
    return m_path->text().trimmed();
}

void CreateStoreDialog::accept()
{
    core::Identity identity = savedIdentity();
    const core::Identity before = identity;
    identity.name = m_name->text().trimmed().toStdString();
    identity.rank = m_rank->text().trimmed().toStdString();
    identity.collarNumber = m_collar->text().trimmed().toStdString();
    if (identity.name.empty() && !(identity.rank.empty() && identity.collarNumber.empty())) {
        m_identityError->setText(tr("Type your name too: the rank and collar number are used only with it."));
        m_name->setFocus();
        return;
    }
    if (identity != before) {
        if (const core::Status saved = core::saveIdentity(identityFilePath().toStdString(), identity); !saved) {
            m_identityError->setText(tr("Your details could not be saved (%1). Clear them to create the store "
                                        "without them; Tools › Your details can set them later.")
                                         .arg(userMessage(saved.error())));
            return;
        }
    }
    QDialog::accept();
}

QString CreateStoreDialog::takePassphrase()
{
    QString passphrase = m_first->text();
    m_first->setText(QString());
    m_second->setText(QString());
    return passphrase;
}

void CreateStoreDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New store"), path(), tr("Casebook stores (*.cbk)"));
    if (!chosen.isEmpty()) {
        m_path->setText(chosen.endsWith(QStringLiteral(".cbk")) ? chosen : chosen + QStringLiteral(".cbk"));
    }
}

void CreateStoreDialog::update()
{
    const PassphraseStrength strength = m_meter.show(m_first->text());
    QString problem;
    if (!m_second->text().isEmpty() && m_second->text() != m_first->text()) {
        problem = tr("The two passphrases differ.");
    }
    m_match->setText(problem);
    const bool exists = QFileInfo::exists(path());
    if (exists) {
        m_match->setText(tr("A file of that name exists already; choose another."));
    }
    m_create->setEnabled(!path().isEmpty() && !exists && strength.level >= 1 && m_first->text() == m_second->text());
}

} // namespace casebook::ui
