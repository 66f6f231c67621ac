// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/RecoveryFlow.h"

#include "session/ErrorMessages.h"
#include "session/NewRecoveryKeyDialog.h"
#include "session/RecoverDialog.h"
#include "session/RecoveryKeyDialog.h"

#include "dp/RecoveryKey.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include <utility>

namespace casebook::ui {

namespace {

/// Whether the store at `path` has a recovery key (the header only: no passphrase needed).
std::optional<bool> hasRecoveryKey(const QString& path, QWidget* window)
{
    auto present = core::recovery::present(path.toStdString());
    if (!present) {
        QMessageBox::warning(
            window, RecoveryFlow::tr("Recovery key"),
            RecoveryFlow::tr("Casebook could not read the store's header: %1").arg(errorMessage(present.error())));
        return std::nullopt;
    }
    return *present;
}

} // namespace

RecoveryFlow::RecoveryFlow(SessionController& controller, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{
}

void RecoveryFlow::manage()
{
    openManager(std::nullopt);
}

void RecoveryFlow::openManager(std::optional<SessionController::RecoveryKeyChange> start)
{
    if (m_controller.session() == nullptr || m_controller.busy()) {
        return;
    }
    const std::optional<bool> present = hasRecoveryKey(m_controller.storePath(), m_window);
    if (!present) {
        return;
    }
    auto* dialog = new RecoveryKeyDialog(*present, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (start) {
        dialog->choose(*present && *start == SessionController::RecoveryKeyChange::Create
                           ? SessionController::RecoveryKeyChange::Replace
                           : *start);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_controller.session() == nullptr || m_controller.busy()) {
            return; // locked meanwhile
        }
        QString passphrase = dialog->takePassphrase();
        m_recovering = false;
        m_controller.changeRecoveryKey(passphrase, dialog->change());
    });
    dialog->open();
}

void RecoveryFlow::recover(const QString& path)
{
    if (path.isEmpty() || m_controller.session() != nullptr || m_controller.busy()) {
        return;
    }
    const std::optional<bool> present = hasRecoveryKey(path, m_window);
    if (!present) {
        return;
    }
    auto* dialog = new RecoverDialog(path, *present, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, path] {
        if (m_controller.session() != nullptr || m_controller.busy()) {
            return;
        }
        QString key = dialog->takeKey();
        QString passphrase = dialog->takePassphrase();
        m_recovering = true;
        m_controller.recover(path, key, passphrase);
    });
    dialog->open();
}

void RecoveryFlow::afterOpen()
{
    const bool recovered = std::exchange(m_recovering, false);
    if (auto key = m_controller.takeRecoveryKey()) {
        QString printed = QString::fromUtf8(key->view().data(), static_cast<qsizetype>(key->size()));
        key->clear();
        auto* dialog = new NewRecoveryKeyDialog(printed, recovered, m_window);
        printed.fill(QChar(u'\0'));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
    if (m_controller.justCreated() && !m_controller.isDemo()) {
        offer();
    }
}

void RecoveryFlow::offer()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Recovery key"),
                                tr("Create a recovery key for this store now?"), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("recoveryKeyOffer"));
    box->setInformativeText(tr("If the passphrase is ever lost, the key, kept on paper by the force's custodians, "
                               "lets a new passphrase be set. Without it, a lost passphrase means nobody can open "
                               "the store again. Not now: File › Recovery key… makes one later."));
    QPushButton* create = box->addButton(tr("&Create recovery key"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("offerCreateButton"));
    QPushButton* later = box->addButton(tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("offerNotNowButton"));
    box->setDefaultButton(create);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, create](QAbstractButton* clicked) {
        if (clicked == create) {
            openManager(SessionController::RecoveryKeyChange::Create);
        }
    });
    box->open();
}

} // namespace casebook::ui
