// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/ChangePassphraseDialog.h"
#include "support/PassphraseField.h"

#include "session/CreateStoreDialog.h"
#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

ChangePassphraseDialog::ChangePassphraseDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change the passphrase"));
    auto* intro = new QLabel(tr("Casebook locks the store, changes its passphrase and opens it again with the new "
                                "one. Backups made before keep the passphrase they were made with."),
                             this);
    intro->setWordWrap(true);
    m_current = passphraseField("currentPassphrase", tr("Current passphrase"), this);
    m_first = passphraseField("newPassphrase", tr("New passphrase"), this);
    m_second = passphraseField("repeatPassphrase", tr("Repeat the new passphrase"), this);
    m_meter = StrengthMeter::make(this);
    m_match = new QLabel(this);
    m_match->setObjectName(QStringLiteral("matchText"));
    m_match->setWordWrap(true);
    m_rekey = new QCheckBox(tr("The old passphrase may be &known: re-encrypt every page under a new key"), this);
    m_rekey->setObjectName(QStringLiteral("rekeyBox"));
    m_rekey->setToolTip(tr("Also takes the store away from anyone holding the old passphrase and an old copy of its "
                           "header. Takes longer on a large store."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_change = buttons->addButton(tr("C&hange passphrase"), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePassphraseButton"));
    m_change->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Current passphrase:"), m_current);
    form->addRow(tr("&New passphrase:"), m_first);
    form->addRow(QString(), m_meter.bar);
    form->addRow(QString(), m_meter.text);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(QString(), m_match);
    form->addRow(QString(), m_rekey);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fitOnShow(this);
    askBeforeDiscarding(this);

    for (QLineEdit* edit : {m_current, m_first, m_second}) {
        connect(edit, &QLineEdit::textChanged, this, &ChangePassphraseDialog::update);
    }
    update();
}

ChangePassphraseDialog::~ChangePassphraseDialog()
{
    for (QLineEdit* edit : {m_current, m_first, m_second}) {
        edit->setText(QString());
    }
}

void ChangePassphraseDialog::update()
{
    const PassphraseStrength strength = m_meter.show(m_first->text());
    const bool same = m_first->text() == m_second->text();
    const bool unchanged = !m_first->text().isEmpty() && m_first->text() == m_current->text();
    m_match->setText(unchanged                            ? tr("The new passphrase is the current one.")
                     : m_second->text().isEmpty() || same ? QString()
                                                          : tr("The passphrases differ."));
    m_change->setEnabled(!m_current->text().isEmpty() && strength.level >= 1 && same && !unchanged);
}

} // namespace casebook::ui
