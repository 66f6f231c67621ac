// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace casebook::ui {

/// A recovery key just made, shown this once in large fixed-width type with what to do with it.
/// It cannot be selected or copied: the key is for paper, and text on the clipboard can reach a
/// clipboard manager's history, another program or a synced clipboard, which outlive Casebook's
/// own clearing. "Done" waits until the user says it is written down. The text is dropped when the
/// dialog closes; nothing of it is written anywhere.
class NewRecoveryKeyDialog final : public QDialog {
    Q_OBJECT

public:
    /// `printed` is the key as recovery::encode gives it (groups joined by hyphens); `recovered`
    /// says the store was just recovered with the key it replaces.
    NewRecoveryKeyDialog(const QString& printed, bool recovered, QWidget* parent = nullptr);
    ~NewRecoveryKeyDialog() override;

    /// The key as shown, on two lines of seven groups.
    QLabel* keyLabel() const { return m_key; }
    QCheckBox* writtenBox() const { return m_written; }
    QPushButton* doneButton() const { return m_done; }

private:
    Q_DISABLE_COPY_MOVE(NewRecoveryKeyDialog)

    QLabel* m_key = nullptr;
    QCheckBox* m_written = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace casebook::ui
