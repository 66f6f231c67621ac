// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/RecoveryKeyDialog.h"

#include "support/ScreenFit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

RecoveryKeyDialog::RecoveryKeyDialog(bool present, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));
    auto* intro = new QLabel(tr("A recovery key lets someone who holds it set a new passphrase when the passphrase "
                                "is lost. Without one, a lost passphrase means nobody can open this store again. "
                                "Casebook shows a new key once, for the force's custodians to keep on paper."),
                             this);
    intro->setWordWrap(true);
    // Two pages, one shown at a time: a plain layout (not a QStackedWidget) so that the dialog's
    // height follows the wrapped text of the page shown.
    m_choice = makeChoicePage(present);
    m_step = makePassphrasePage();
    m_step->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_choice);
    layout->addWidget(m_step);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    fitOnShow(this);
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    m_passphrase->setText(QString());
}

QWidget* RecoveryKeyDialog::makeChoicePage(bool present)
{
    auto* page = new QWidget(this);
    m_status = new QLabel(present ? tr("This store has a recovery key.") : tr("This store has no recovery key."), page);
    m_status->setObjectName(QStringLiteral("recoveryKeyStatus"));
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_create = new QPushButton(tr("Create recovery &key…"), page);
    m_create->setObjectName(QStringLiteral("createRecoveryKeyButton"));
    m_replace = new QPushButton(tr("&Replace…"), page);
    m_replace->setObjectName(QStringLiteral("replaceRecoveryKeyButton"));
    m_replace->setToolTip(tr("A new key; the one the custodians hold stops working"));
    m_remove = new QPushButton(tr("Re&move…"), page);
    m_remove->setObjectName(QStringLiteral("removeRecoveryKeyButton"));
    m_remove->setToolTip(tr("No key at all: only the passphrase opens the store"));
    m_create->setVisible(!present);
    m_replace->setVisible(present);
    m_remove->setVisible(present);
    connect(m_create, &QPushButton::clicked, this, [this] { choose(Change::Create); });
    connect(m_replace, &QPushButton::clicked, this, [this] { choose(Change::Replace); });
    connect(m_remove, &QPushButton::clicked, this, [this] { choose(Change::Remove); });

    auto* row = new QHBoxLayout;
    row->addWidget(m_create);
    row->addWidget(m_replace);
    row->addWidget(m_remove);
    row->addStretch();
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addLayout(row);
    return page;
}

QWidget* RecoveryKeyDialog::makePassphrasePage()
{
    auto* page = new QWidget(this);
    m_what = new QLabel(page);
    m_what->setObjectName(QStringLiteral("recoveryKeyStep"));
    m_what->setWordWrap(true);
    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("currentPassphrase"));
    m_passphrase->setAccessibleName(tr("Current passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_back = new QPushButton(tr("&Back"), page);
    m_back->setObjectName(QStringLiteral("recoveryKeyBackButton"));
    m_confirm = new QPushButton(page);
    m_confirm->setObjectName(QStringLiteral("confirmRecoveryKeyButton"));
    m_confirm->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_confirm->setEnabled(!text.isEmpty()); });
    connect(m_passphrase, &QLineEdit::returnPressed, m_confirm, &QPushButton::click);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_passphrase->text().isEmpty()) {
            accept();
        }
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_passphrase->setText(QString());
        m_confirm->setDefault(false);
        showPage(false);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("Current &passphrase:"), m_passphrase);
    auto* row = new QHBoxLayout;
    row->addWidget(m_back);
    row->addStretch();
    row->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_what);
    layout->addLayout(form);
    layout->addLayout(row);
    return page;
}

void RecoveryKeyDialog::choose(Change change)
{
    m_change = change;
    switch (change) {
    case Change::Create:
        m_what->setText(tr("Casebook locks the store, makes a recovery key and opens the store again. The key is "
                           "shown once: have paper and a pen ready."));
        m_confirm->setText(tr("Make the &key"));
        break;
    case Change::Replace:
        m_what->setText(tr("Casebook locks the store, makes a new recovery key and opens the store again. The key "
                           "the custodians hold stops working: ask them to destroy it. The new key is shown once."));
        m_confirm->setText(tr("Replace the &key"));
        break;
    case Change::Remove:
        m_what->setText(tr("Casebook locks the store, removes its recovery key and opens the store again. Then only "
                           "the passphrase opens it: if it is lost, so is the store. Ask the custodians to destroy "
                           "the printed key."));
        m_confirm->setText(tr("Remove the &key"));
        break;
    }
    showPage(true);
    m_confirm->setDefault(true);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void RecoveryKeyDialog::showPage(bool step)
{
    m_choice->setVisible(!step);
    m_step->setVisible(step);
    if (isVisible()) {
        adjustSize(); // the step's text is longer than the choice's
    }
}

QString RecoveryKeyDialog::takePassphrase()
{
    QString passphrase = m_passphrase->text();
    m_passphrase->setText(QString()); // clear() would keep the text in the undo history
    return passphrase;
}

} // namespace casebook::ui
