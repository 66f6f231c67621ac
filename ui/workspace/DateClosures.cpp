// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/DateClosures.h"
#include "support/Today.h"

#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"
#include "workspace/Labels.h"
#include "workspace/UndoableChange.h"
#include "workspace/sections/FormFields.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace casebook::ui {

QString closureOutcomeText(core::ClosureOutcome outcome)
{
    switch (outcome) {
    case core::ClosureOutcome::Done:
        return CloseDateDialog::tr("Done");
    case core::ClosureOutcome::NotApplicable:
        return CloseDateDialog::tr("Not applicable");
    case core::ClosureOutcome::Waived:
        return CloseDateDialog::tr("Waived");
    }
    return {};
}

CloseDateDialog::CloseDateDialog(const core::DueItem& item, const QString& what, Save save, QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("closeDateDialog"));
    setWindowTitle(tr("Close a date"));

    auto* date = new QLabel(tr("<b>%1</b><br>%2, rule %3")
                                .arg(what.toHtmlEscaped(), dateText(item.source.derived.date).toHtmlEscaped(),
                                     qs(item.source.derived.ruleId).toHtmlEscaped()),
                            this);
    date->setWordWrap(true);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("closeOutcome"));
    m_outcome->setAccessibleName(tr("How the date was closed"));
    for (auto outcome :
         {core::ClosureOutcome::Done, core::ClosureOutcome::NotApplicable, core::ClosureOutcome::Waived}) {
        m_outcome->addItem(closureOutcomeText(outcome), static_cast<int>(outcome));
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("closeReason"));
    m_reason->setAccessibleName(tr("Why the date is closed"));
    m_reason->setPlaceholderText(tr("For example: no appeal lodged; review held early"));
    m_closedOn = dateEdit(todayQDate(), this);
    m_closedOn->setObjectName(QStringLiteral("closeOn"));
    m_closedOn->setAccessibleName(tr("Closed on"));

    auto* note = new QLabel(tr("The date leaves Due & overdue and stays on the case's Dates page as closed, with your "
                               "name. It is in the audit log; Undo or Reopen puts it back. If the rule later gives "
                               "another date (a new event, a local date), that date is listed again."),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), date);
    form->addRow(tr("&Closed as:"), m_outcome);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_errors.add(QStringLiteral("date_closure.reason"), this));
    form->addRow(tr("Closed &on:"), m_closedOn);
    form->addRow(QString(), note);

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Close &date"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CloseDateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* fields = new QWidget(this);
    fields->setLayout(form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields, this), 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_outcome->setFocus(Qt::OtherFocusReason);
    fitOnShow(this, QSize(600, 380));
    askBeforeDiscarding(this);
}

QString CloseDateDialog::fieldError(const QString& field) const
{
    return m_errors.text(field);
}

void CloseDateDialog::accept()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    m_errors.clear();
    m_general->hide();
    core::DateClosureRequest request;
    request.recordType = m_item.source.recordType;
    request.recordId = m_item.source.recordId;
    request.ruleId = m_item.source.derived.ruleId;
    request.outcome = static_cast<core::ClosureOutcome>(m_outcome->currentData().toInt());
    request.reason = m_reason->text().trimmed().toStdString();
    request.closedOn = toCoreDate(m_closedOn->date());
    const core::Status saved = m_save(request);
    if (saved) {
        QDialog::accept();
        return;
    }
    const QStringList unplaced = m_errors.show(saved.error());
    if (!unplaced.isEmpty()) {
        m_general->setText(unplaced.join(QStringLiteral("\n")));
        m_general->show();
    }
}

namespace {

/// Closes `request` and remembers the closure's id in `id` for the undo.
core::Status close(core::Session& session, const core::DateClosureRequest& request, core::DateClosureId& id)
{
    auto closed = session.due().closeDate(request);
    if (!closed) {
        return closed.error();
    }
    id = *closed;
    return core::Ok{};
}

} // namespace

void closeDateWithUndo(core::Session& session, QUndoStack& undo, const core::DueItem& item, const QString& what,
                       QWidget* parent)
{
    const std::int64_t caseId = item.source.caseId.value;
    CloseDateDialog dialog(
        item, what,
        [&session, &undo, caseId](const core::DateClosureRequest& request) -> core::Status {
            auto id = std::make_shared<core::DateClosureId>();
            UndoableChange change;
            change.caseId = caseId;
            change.text = CloseDateDialog::tr("close a date");
            change.apply = [&session, request, id] { return close(session, request, *id); };
            change.revert = [&session, id] { return session.due().reopenDate(*id); };
            return applyUndoable(undo, std::move(change));
        },
        parent);
    dialog.exec();
}

core::Status reopenDateWithUndo(core::Session& session, QUndoStack& undo, const core::DateClosure& closure)
{
    core::DateClosureRequest request{closure.recordType, closure.recordId, closure.ruleId,
                                     closure.outcome,    closure.reason,   closure.closedOn};
    auto id = std::make_shared<core::DateClosureId>(closure.id);
    UndoableChange change;
    change.caseId = closure.caseId.value;
    change.text = CloseDateDialog::tr("reopen a date");
    change.apply = [&session, id] { return session.due().reopenDate(*id); };
    change.revert = [&session, request, id] { return close(session, request, *id); };
    return applyUndoable(undo, std::move(change));
}

} // namespace casebook::ui
