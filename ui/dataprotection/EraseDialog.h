// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "dp/Erasure.h"
#include "dp/Retention.h"
#endif

#include <QDialog>

#include <memory>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// One record a retention rule disposes of on its own (a closed request's file, the local copy
/// of a conduct referral), rather than a person or a case with everything under it.
struct RecordToDispose {
    core::RetentionKind kind = core::RetentionKind::SarRequest;
    std::int64_t id = 0;
};

/// The confirmation before an erasure: it names what goes (rows per kind, attachments, search
/// index entries) and what would refuse it (a legal hold, an open subject access request), asks
/// for the reason and a tick, then runs ErasureService and shows the disposal certificate.
class EraseDialog final : public QDialog {
    Q_OBJECT

public:
    /// Offers the case (when given) or the whole person; `rule` is "erasure" for a request, or
    /// the retention rule that called for destruction (then the scope is fixed).
    /// With `anonymise`, the retention action "anonymise" instead: the person and cases are kept
    /// without anything that names or describes them, and the rest goes (ErasureService).
    EraseDialog(core::Session& session, std::int64_t person, std::optional<std::int64_t> caseId,
                std::string rule = "erasure", QWidget* parent = nullptr, bool anonymise = false);
    /// One record under its retention rule `rule`, named with its person's.
    EraseDialog(core::Session& session, std::int64_t person, RecordToDispose record, std::string rule,
                QWidget* parent = nullptr);
    ~EraseDialog() override;

    QComboBox* scopeCombo() const { return m_scope; }
    QLabel* whatGoesLabel() const { return m_whatGoes; }
    QLabel* blockedLabel() const { return m_blocked; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QCheckBox* confirmCheck() const { return m_confirm; }
    QPushButton* eraseButton() const { return m_erase; }
    QPlainTextEdit* certificateView() const { return m_certificate; }
    /// True once something was erased (the caller refreshes what it shows).
    bool erased() const { return m_erased; }

private:
    Q_DISABLE_COPY_MOVE(EraseDialog)

    void build(std::optional<std::int64_t> caseId);
    void showPreview();
    void updateButton();
    void erase();

    core::Session& m_session;
    std::int64_t m_personId = 0;
    std::string m_rule;
    bool m_anonymise = false;
    std::optional<RecordToDispose> m_record;
    std::unique_ptr<core::ErasurePreview> m_preview;
    bool m_erased = false;
    QComboBox* m_scope = nullptr;
    QLabel* m_whatGoes = nullptr;
    QLabel* m_blocked = nullptr;
    QLineEdit* m_reason = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_erase = nullptr;
    QPlainTextEdit* m_certificate = nullptr;
};

/// A word-wrapped, selectable label for a dialog's message (the retention dialogs share it).
QLabel* wrappedLabel(const QString& objectName, QWidget* parent);

} // namespace casebook::ui
