// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/UnlockPage.h"

#include "support/AppIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

UnlockPage::UnlockPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("unlockPage"));
    setAccessibleName(tr("Unlock a store"));

    auto* column = new QWidget(this);
    column->setMaximumWidth(560);

    auto* icon = new QLabel(column);
    icon->setPixmap(appIconPixmap(72, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    icon->setAccessibleName(tr("Casebook icon"));

    auto* title = new QLabel(tr("Casebook is locked"), column);
    m_title = title;
    title->setObjectName(QStringLiteral("unlockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignHCenter);

    m_reason = new QLabel(column);
    m_reason->setObjectName(QStringLiteral("unlockReason"));
    m_reason->setAlignment(Qt::AlignHCenter);
    m_reason->setWordWrap(true);
    m_reason->hide();

    m_store = new QComboBox(column);
    m_store->setObjectName(QStringLiteral("storeCombo"));
    m_store->setAccessibleName(tr("Store to unlock"));
    m_store->setEditable(false);
    m_store->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_passphrase = new QLineEdit(column);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);

    m_forgot = new QPushButton(tr("For&got the passphrase?"), column);
    m_forgot->setObjectName(QStringLiteral("forgotPassphraseButton"));
    m_forgot->setFlat(true);
    m_forgot->setToolTip(tr("Set a new passphrase with the store's recovery key"));

    m_unlock = new QPushButton(tr("&Unlock"), column);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);

    m_error = new QLabel(column);
    m_error->setObjectName(QStringLiteral("unlockError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Unlock message"));
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    m_busy = new QProgressBar(column);
    m_busy->setObjectName(QStringLiteral("unlockBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    m_busyText = new QLabel(column);
    m_busyText->setAlignment(Qt::AlignHCenter);
    m_busyText->hide();

    m_openOther = new QPushButton(tr("&Open another store…"), column);
    m_openOther->setObjectName(QStringLiteral("openOtherButton"));
    m_restore = new QPushButton(tr("&Restore a backup…"), column);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    m_create = new QPushButton(tr("Create a &new store…"), column);
    m_create->setObjectName(QStringLiteral("createStoreButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Store:"), m_store);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* unlockRow = new QHBoxLayout;
    unlockRow->addWidget(m_forgot);
    unlockRow->addStretch();
    unlockRow->addWidget(m_unlock);
    auto* others = new QHBoxLayout;
    others->addWidget(m_openOther);
    others->addWidget(m_restore);
    others->addStretch();
    others->addWidget(m_create);

    auto* layout = new QVBoxLayout(column);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(unlockRow);
    layout->addWidget(m_busy);
    layout->addWidget(m_busyText);
    layout->addSpacing(24);
    layout->addLayout(others);
    layout->addStretch(3);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::requestUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::requestUnlock);
    connect(m_create, &QPushButton::clicked, this, &UnlockPage::createRequested);
    connect(m_openOther, &QPushButton::clicked, this, &UnlockPage::openOtherRequested);
    connect(m_restore, &QPushButton::clicked, this, &UnlockPage::restoreRequested);
    connect(m_forgot, &QPushButton::clicked, this, &UnlockPage::forgotRequested);
}

void UnlockPage::setStores(const QString& path, const QStringList& recent)
{
    m_store->clear();
    if (!path.isEmpty()) {
        m_store->addItem(path);
    }
    for (const QString& other : recent) {
        if (other != path) {
            m_store->addItem(other);
        }
    }
    const bool haveStore = m_store->count() > 0;
    m_unlock->setEnabled(haveStore);
    m_passphrase->setEnabled(haveStore);
    m_forgot->setVisible(haveStore);
    // Someone with no store yet has nothing locked: the first screen welcomes them instead.
    const QString welcome = tr("There is no store yet. Create one (it is encrypted with a passphrase you choose), "
                               "or open one you already have.");
    m_title->setText(haveStore ? tr("Casebook is locked") : tr("Welcome to Casebook"));
    if (!haveStore && m_reason->text().isEmpty()) {
        setReason(welcome);
    } else if (haveStore && m_reason->text() == welcome) {
        setReason({});
    }
}

QString UnlockPage::storePath() const
{
    return m_store->currentText();
}

void UnlockPage::setReason(const QString& text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void UnlockPage::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void UnlockPage::setBusy(bool busy, const QString& what)
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_store, m_passphrase, m_forgot, m_unlock, m_create, m_openOther, m_restore}) {
        w->setEnabled(!busy);
    }
    m_busy->setVisible(busy);
    m_busyText->setText(what);
    m_busyText->setVisible(busy && !what.isEmpty());
}

void UnlockPage::focusPassphrase()
{
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void UnlockPage::requestUnlock()
{
    if (m_store->currentText().isEmpty() || !m_unlock->isEnabled()) {
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        showError(tr("Type the store's passphrase."));
        focusPassphrase();
        return;
    }
    showError({});
    QString passphrase = m_passphrase->text();
    m_passphrase->setText(QString()); // clear() would keep the text in the undo history
    emit unlockRequested(m_store->currentText(), passphrase);
}

} // namespace casebook::ui
