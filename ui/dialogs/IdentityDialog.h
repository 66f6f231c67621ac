// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "support/Identity.h"
#endif

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;

namespace casebook::ui {

/// The identity file the app shares with casebook-cli (core::identityPath(); under the tests'
/// own configuration folder when QStandardPaths is in test mode).
QString identityFilePath();
/// The saved identity; empty when none is saved or the file cannot be read.
core::Identity savedIdentity();
/// Who is recorded as doing what: the saved identity's signature ("PS 1234 Jane Smith"), else the
/// computer's user name, else "casebook".
QString workingName();

/// Settings → Your details: the sergeant's name, rank, collar number and force, used for "by",
/// "decided by" and "prepared by" and in the audit log (from the next unlock), and the default
/// marking and handling line of exports. Saved in the identity file on Save; nothing else.
class IdentityDialog final : public QDialog {
    Q_OBJECT

public:
    explicit IdentityDialog(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* rankEdit() const { return m_rank; }
    QLineEdit* collarEdit() const { return m_collar; }
    QLineEdit* forceEdit() const { return m_force; }
    QComboBox* markingBox() const { return m_marking; }
    QLineEdit* handlingEdit() const { return m_handling; }
    QString errorText() const;

    void accept() override;

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_rank = nullptr;
    QLineEdit* m_collar = nullptr;
    QLineEdit* m_force = nullptr;
    QComboBox* m_marking = nullptr;
    QLineEdit* m_handling = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casebook::ui
