// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "audit/AuditEntry.h"
#endif

#include <QWidget>

#include <vector>

class QCheckBox;
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

class DateEdit;

/// The audit log to read: the latest entries, filtered by kind of record, record number, action,
/// words (who or what) and dates, with a check of the hash chain as `casebook-cli audit verify`.
class AuditLogPage final : public QWidget {
    Q_OBJECT

public:
    explicit AuditLogPage(core::Session& session, QWidget* parent = nullptr);

    /// Reads the latest entries again, keeping the filters.
    void reload();
    /// Off while another thread has the session (a check or a backup).
    void setChainCheckEnabled(bool enabled);

    QStandardItemModel* model() const { return m_audit; }
    QComboBox* kindFilter() const { return m_kind; }
    QComboBox* actionFilter() const { return m_action; }
    QLineEdit* recordFilter() const { return m_record; }
    QLineEdit* wordsFilter() const { return m_words; }
    QLabel* chainLabel() const { return m_chain; }

private:
    void filterAudit();
    void verifyChain();

    core::Session& m_session;
    std::vector<core::AuditRecord> m_entries; ///< the latest entries, newest first
    QComboBox* m_kind = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_record = nullptr;
    QLineEdit* m_words = nullptr;
    QCheckBox* m_fromSet = nullptr;
    DateEdit* m_from = nullptr;
    QCheckBox* m_toSet = nullptr;
    DateEdit* m_to = nullptr;
    QStandardItemModel* m_audit = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_shown = nullptr;
    QPushButton* m_chainButton = nullptr;
    QLabel* m_chain = nullptr;
};

} // namespace casebook::ui
