// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QWidget>

#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// How the Versions and Rules pages name the kind of a pinned record by its table ("Conduct referral").
QString pinnedKindLabel(const std::string& recordType);

/// "Versions" of the Rules and calendar dialog: every version of every rule pack with its
/// effective dates and transitional rule (its citation and status), the open procedures of every
/// kind each version governs (UPP/UAP, conduct referrals, ill-health retirements, injury awards,
/// limited duties, absences: each is pinned to one when it is recorded), and re-pinning a
/// procedure to another version with a reason, showing which dates move (old → new).
class VersionsPage final : public QWidget {
    Q_OBJECT

public:
    explicit VersionsPage(core::Session& session, QWidget* parent = nullptr);

    /// Reads the packs and procedures again (after a local rule change or a re-pin).
    void reload();

    /// For tests: the widgets a person uses.
    QTableView* versionTable() const { return m_versionTable; }
    QTableView* procedureTable() const { return m_procedureTable; }
    QComboBox* targetVersion() const { return m_target; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* repinButton() const { return m_repin; }
    QPushButton* openCaseButton() const { return m_openCase; }
    QLabel* movedDates() const { return m_moved; }
    QLabel* errorLabel() const { return m_error; }

signals:
    /// The person asked to open the case of the selected procedure.
    void openCaseRequested(qint64 caseId);
    /// A procedure was re-pinned: its dates may have moved.
    void repinned();

private:
    void showProcedures();
    void procedureChosen();
    void preview();
    void repin();
    void openCase();
    qint64 selectedProcedure(qint64* caseId = nullptr, std::string* recordType = nullptr) const;

    core::Session& m_session;
    QStandardItemModel* m_versions = nullptr;
    QTableView* m_versionTable = nullptr;
    QStandardItemModel* m_procedures = nullptr;
    QTableView* m_procedureTable = nullptr;
    QPushButton* m_openCase = nullptr;
    QComboBox* m_target = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_repin = nullptr;
    QLabel* m_moved = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace casebook::ui
