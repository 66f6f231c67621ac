// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/NewRecoveryKeyDialog.h"

#include "support/ScreenFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

/// Seven groups to a line, so that each line can be read aloud and checked on its own.
QString inTwoLines(const QString& printed)
{
    const QStringList groups = printed.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    QStringList lines;
    for (qsizetype i = 0; i < groups.size(); i += 7) {
        lines << groups.mid(i, 7).join(QLatin1Char('-'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

NewRecoveryKeyDialog::NewRecoveryKeyDialog(const QString& printed, bool recovered, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newRecoveryKeyDialog"));
    setWindowTitle(tr("New recovery key, shown once"));
    auto* intro = new QLabel(recovered ? tr("The store now opens with the new passphrase only, and the recovery key "
                                            "just used no longer works. This is its replacement. Write it down now: "
                                            "Casebook keeps no copy and cannot show it again.")
                                       : tr("Write this key down now: Casebook keeps no copy and cannot show it "
                                            "again."),
                             this);
    intro->setObjectName(QStringLiteral("recoveryKeyIntro"));
    intro->setWordWrap(true);

    m_key = new QLabel(inTwoLines(printed), this);
    m_key->setObjectName(QStringLiteral("recoveryKeyText"));
    m_key->setAccessibleName(tr("Recovery key"));
    m_key->setAccessibleDescription(m_key->text());
    m_key->setTextFormat(Qt::PlainText);
    m_key->setTextInteractionFlags(Qt::NoTextInteraction); // nothing to select, nothing to copy
    m_key->setContextMenuPolicy(Qt::NoContextMenu);
    m_key->setFocusPolicy(Qt::StrongFocus); // a screen reader reads it out from here
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(12);
    m_key->setAutoFillBackground(true);
    m_key->setBackgroundRole(QPalette::Base);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true); // where the desktop names no fixed-width font
    mono.setPointSizeF(mono.pointSizeF() * 1.5);
    mono.setBold(true);
    m_key->setFont(mono);

    auto* guidance = new QLabel(
        tr("Give it on paper to the force's custodians (for example the line chief inspector and information "
           "management), and never keep it beside the laptop: anyone who holds the key and the store file can set a "
           "new passphrase. It holds no personal data. The letters I, L, O and U are not used; each group ends in a "
           "check character, so a mistyped group is found before the key is tried. Copies and backups made earlier "
           "keep the key they were made with. Casebook offers no copy button: the key belongs on paper, not on the "
           "clipboard."),
        this);
    guidance->setObjectName(QStringLiteral("recoveryKeyGuidance"));
    guidance->setWordWrap(true);

    m_written = new QCheckBox(tr("I have &written the key down and checked it"), this);
    m_written->setObjectName(QStringLiteral("keyWrittenBox"));
    auto* buttons = new QDialogButtonBox(this);
    m_done = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("recoveryKeyDoneButton"));
    m_done->setEnabled(false);
    connect(m_written, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_key);
    layout->addWidget(guidance);
    layout->addWidget(m_written);
    layout->addWidget(buttons);
    setMinimumWidth(620);
    fitOnShow(this);
}

NewRecoveryKeyDialog::~NewRecoveryKeyDialog()
{
    m_key->setText(QString());
    m_key->setAccessibleDescription(QString());
}

} // namespace casebook::ui
