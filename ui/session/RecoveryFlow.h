// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/SessionController.h"

#include <QObject>

#include <optional>

class QWidget;

namespace casebook::ui {

/// The recovery key in the window (issue 15 item 6): File › Recovery key, the offer after a new
/// store, the unlock page's "Forgot the passphrase?", and the new key shown once after each. The
/// key itself lives only in SessionController::takeRecoveryKey() and the dialog that shows it.
class RecoveryFlow final : public QObject {
    Q_OBJECT

public:
    RecoveryFlow(SessionController& controller, QWidget* window);

    /// File › Recovery key: what the open store has, and Create, Replace or Remove.
    void manage();
    /// Unlock page › Forgot the passphrase: the recovery form for the store at `path`.
    void recover(const QString& path);
    /// After every open: shows a key the open made (once), or, for a store just created, asks
    /// whether to make one ("Create recovery key" / "Not now").
    void afterOpen();

private:
    void openManager(std::optional<SessionController::RecoveryKeyChange> start);
    void offer();

    SessionController& m_controller;
    QWidget* m_window = nullptr;
    bool m_recovering = false; ///< the last open was a recovery, not a change from File › Recovery key
};

} // namespace casebook::ui
