// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/MeetingOutcomeDialog.h"

#include "support/DateEdit.h"
#include "support/DiscardGuard.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"
#include "workspace/Labels.h"
#include "workspace/sections/FormFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace casebook::ui {

MeetingOutcomeDialog::MeetingOutcomeDialog(const core::MeetingOutcome& start, const std::vector<std::string>& agenda,
                                           const QString& decidedBy, Save save, QWidget* parent)
    : QDialog(parent)
    , m_start(start)
    , m_decidedBy(decidedBy)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("meetingOutcomeDialog"));
    setWindowTitle(tr("Record the meeting's outcome"));

    m_date = dateEdit(start.date, this);
    m_date->setObjectName(QStringLiteral("outcomeDate"));
    m_date->setAccessibleName(tr("Date of the meeting"));
    m_title = lineEdit(start.title, this);
    m_title->setObjectName(QStringLiteral("outcomeTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_attendees = textArea({}, this, 60);
    m_attendees->setObjectName(QStringLiteral("outcomeAttendees"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setPlaceholderText(tr("One per line"));
    m_attendees->setPlainText(joinLines(start.attendees));
    m_notes = textArea(start.notes, this, 90);
    m_notes->setObjectName(QStringLiteral("outcomeNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_medicalNotes = textArea({}, this, 50);
    m_medicalNotes->setObjectName(QStringLiteral("outcomeMedicalNotes"));
    m_medicalNotes->setAccessibleName(tr("Medical notes (only these are withheld from exports without consent)"));
    m_medicalNotes->setPlaceholderText(tr("Kept apart: only these are withheld without consent"));
    m_medicalNotes->setToolTip(m_medicalNotes->accessibleName());

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Attendees:"), m_attendees);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("&Medical notes:"), m_medicalNotes);

    auto* actions = new QGroupBox(tr("Actions agreed (each becomes an objective of an action plan)"), this);
    actions->setObjectName(QStringLiteral("outcomeActions"));
    auto* actionsLayout = new QVBoxLayout(actions);
    m_actionGrid = new QGridLayout;
    m_actionGrid->addWidget(new QLabel(tr("What"), actions), 0, 0);
    m_actionGrid->addWidget(new QLabel(tr("Owner"), actions), 0, 1);
    m_actionGrid->addWidget(new QLabel(tr("Due"), actions), 0, 2, 1, 2);
    m_actionGrid->setColumnStretch(0, 3);
    m_actionGrid->setColumnStretch(1, 2);
    actionsLayout->addLayout(m_actionGrid);
    m_addAction = new QPushButton(tr("Add an a&ction"), actions);
    m_addAction->setObjectName(QStringLiteral("outcomeAddAction"));
    connect(m_addAction, &QPushButton::clicked, this, [this] { addAction(); });
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_addAction);
    actionButtons->addStretch();
    actionsLayout->addLayout(actionButtons);

    auto* decisions = new QGroupBox(tr("Decisions (each goes into the decision log)"), this);
    decisions->setObjectName(QStringLiteral("outcomeDecisions"));
    auto* decisionsLayout = new QVBoxLayout(decisions);
    m_decisionList = new QVBoxLayout;
    decisionsLayout->addLayout(m_decisionList);
    m_addDecision = new QPushButton(tr("Add a d&ecision"), decisions);
    m_addDecision->setObjectName(QStringLiteral("outcomeAddDecision"));
    connect(m_addDecision, &QPushButton::clicked, this, [this] { addDecision(); });
    auto* decisionButtons = new QHBoxLayout;
    decisionButtons->addWidget(m_addDecision);
    decisionButtons->addStretch();
    decisionsLayout->addLayout(decisionButtons);

    m_nextSet = new QCheckBox(tr("on"), this);
    m_nextSet->setObjectName(QStringLiteral("outcomeNextSet"));
    m_nextSet->setAccessibleName(tr("A next meeting is set"));
    m_next = dateEdit(start.nextMeeting.value_or(start.date), this);
    m_next->setObjectName(QStringLiteral("outcomeNext"));
    m_next->setAccessibleName(tr("Date of the next meeting"));
    m_next->setEnabled(start.nextMeeting.has_value());
    m_nextSet->setChecked(start.nextMeeting.has_value());
    connect(m_nextSet, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    auto* next = new QFormLayout;
    next->addRow(tr("Ne&xt meeting:"), row(this, {m_nextSet, m_next}));
    auto* nextNote = new QLabel(tr("The next meeting becomes the case's next review; the next summary starts "
                                   "from this meeting."),
                                this);
    nextNote->setWordWrap(true);
    next->addRow(QString(), nextNote);

    auto* fields = new QWidget(this);
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(actions);
    fieldsLayout->addWidget(decisions);
    fieldsLayout->addLayout(next);
    fieldsLayout->addStretch();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("outcomeError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MeetingOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields, this), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    addAction();
    if (agenda.empty()) {
        addDecision();
    }
    for (const std::string& item : agenda) {
        addDecision(qs(item));
    }
    setMinimumWidth(720);
    fitOnShow(this, QSize(820, 760));
    askBeforeDiscarding(this);
}

void MeetingOutcomeDialog::addAction()
{
    auto* parent = m_addAction->parentWidget();
    const int n = static_cast<int>(m_actions.size()) + 1;
    ActionRow r;
    r.text = new QLineEdit(parent);
    r.text->setObjectName(QStringLiteral("outcomeActionText%1").arg(n));
    r.text->setAccessibleName(tr("Action %1: what").arg(n));
    r.owner = new QLineEdit(parent);
    r.owner->setObjectName(QStringLiteral("outcomeActionOwner%1").arg(n));
    r.owner->setAccessibleName(tr("Action %1: owner").arg(n));
    r.dueSet = new QCheckBox(tr("by"), parent);
    r.dueSet->setObjectName(QStringLiteral("outcomeActionDueSet%1").arg(n));
    r.dueSet->setAccessibleName(tr("Action %1 has a due date").arg(n));
    r.due = dateEdit(m_start.date, parent);
    r.due->setObjectName(QStringLiteral("outcomeActionDue%1").arg(n));
    r.due->setAccessibleName(tr("Action %1: due date").arg(n));
    r.due->setEnabled(false);
    connect(r.dueSet, &QCheckBox::toggled, r.due, &QWidget::setEnabled);
    m_actionGrid->addWidget(r.text, n, 0);
    m_actionGrid->addWidget(r.owner, n, 1);
    m_actionGrid->addWidget(r.dueSet, n, 2);
    m_actionGrid->addWidget(r.due, n, 3);
    m_actions.push_back(r);
    orderTabs();
    if (n > 1) {
        r.text->setFocus();
    }
}

void MeetingOutcomeDialog::addDecision(const QString& agendaItem)
{
    auto* parent = m_addDecision->parentWidget();
    const int n = static_cast<int>(m_decisions.size()) + 1;
    DecisionRow r;
    auto* box = new QWidget(parent);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    r.agenda = new QLabel(agendaItem.isEmpty() ? tr("<b>Decision %1</b>").arg(n)
                                               : tr("<b>On the agenda:</b> %1").arg(agendaItem.toHtmlEscaped()),
                          box);
    r.agenda->setObjectName(QStringLiteral("outcomeAgenda%1").arg(n));
    r.agenda->setWordWrap(true);
    r.decision = new QLineEdit(box);
    r.decision->setObjectName(QStringLiteral("outcomeDecision%1").arg(n));
    r.decision->setAccessibleName(tr("Decision %1").arg(n));
    if (!agendaItem.isEmpty()) {
        r.decision->setPlaceholderText(tr("What was decided on it (leave empty when nothing was)"));
    }
    r.rationale = textArea({}, box, 60);
    r.rationale->setObjectName(QStringLiteral("outcomeRationale%1").arg(n));
    r.rationale->setAccessibleName(tr("Decision %1: rationale").arg(n));
    r.medicalRationale = textArea({}, box, 50);
    r.medicalRationale->setObjectName(QStringLiteral("outcomeMedicalRationale%1").arg(n));
    r.medicalRationale->setAccessibleName(
        tr("Decision %1: medical rationale (withheld from exports without consent)").arg(n));
    r.medicalRationale->setToolTip(tr("Withheld from exports without consent; the decision itself is not"));
    r.decidedBy = new QLineEdit(m_decidedBy, box);
    r.decidedBy->setObjectName(QStringLiteral("outcomeDecidedBy%1").arg(n));
    r.decidedBy->setAccessibleName(tr("Decision %1: decided by").arg(n));
    form->addRow(r.agenda);
    form->addRow(tr("Decision:"), r.decision);
    form->addRow(tr("Rationale:"), r.rationale);
    form->addRow(tr("Medical rationale:"), r.medicalRationale);
    form->addRow(tr("Decided by:"), r.decidedBy);
    m_decisionList->addWidget(box);
    m_decisions.push_back(r);
    orderTabs();
    if (n > 1 && agendaItem.isEmpty() && isVisible()) {
        r.decision->setFocus();
    }
}

void MeetingOutcomeDialog::orderTabs()
{
    std::vector<QWidget*> chain = {m_date, m_title, m_attendees, m_notes, m_medicalNotes};
    for (const ActionRow& r : m_actions) {
        chain.insert(chain.end(), {r.text, r.owner, r.dueSet, r.due});
    }
    chain.push_back(m_addAction);
    for (const DecisionRow& r : m_decisions) {
        chain.insert(chain.end(), {r.decision, r.rationale, r.medicalRationale, r.decidedBy});
    }
    chain.insert(chain.end(), {m_addDecision, m_nextSet, m_next});
    for (std::size_t i = 1; i < chain.size(); ++i) {
        setTabOrder(chain[i - 1], chain[i]);
    }
}

core::MeetingOutcome MeetingOutcomeDialog::outcome() const
{
    return build(nullptr, nullptr);
}

core::MeetingOutcome MeetingOutcomeDialog::build(std::vector<int>* actionRows, std::vector<int>* decisionRows) const
{
    core::MeetingOutcome o = m_start;
    o.date = toCoreDate(m_date->date());
    o.title = text(m_title);
    o.attendees = lines(m_attendees);
    o.notes = m_notes->toPlainText().trimmed().toStdString();
    o.medicalNotes = m_medicalNotes->toPlainText().trimmed().toStdString();
    o.actions.clear();
    for (std::size_t i = 0; i < m_actions.size(); ++i) {
        const ActionRow& r = m_actions[i];
        core::AgreedAction a{text(r.text), text(r.owner), std::nullopt};
        if (a.text.empty() && a.owner.empty()) {
            continue; // a row left empty
        }
        if (actionRows != nullptr) {
            actionRows->push_back(static_cast<int>(i) + 1);
        }
        if (r.dueSet->isChecked()) {
            a.due = toCoreDate(r.due->date());
        }
        o.actions.push_back(std::move(a));
    }
    o.decisions.clear();
    for (std::size_t i = 0; i < m_decisions.size(); ++i) {
        const DecisionRow& r = m_decisions[i];
        core::AgreedDecision d{text(r.decision), text(r.rationale), text(r.medicalRationale), text(r.decidedBy)};
        if (d.decision.empty() && d.rationale.empty() && d.medicalRationale.empty()) {
            continue; // nothing was decided on this item
        }
        if (decisionRows != nullptr) {
            decisionRows->push_back(static_cast<int>(i) + 1);
        }
        o.decisions.push_back(std::move(d));
    }
    o.nextMeeting.reset();
    if (m_nextSet->isChecked()) {
        o.nextMeeting = toCoreDate(m_next->date());
    }
    return o;
}

QString MeetingOutcomeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void MeetingOutcomeDialog::accept()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    m_error->hide();
    std::vector<int> actionRows;
    std::vector<int> decisionRows;
    const core::Status saved = m_save(build(&actionRows, &decisionRows));
    if (saved) {
        QDialog::accept();
        return;
    }
    // The service names the part by its place among the rows given ("decisions[0].rationale"):
    // name the row as the form numbers it, empty rows counted.
    static const QRegularExpression kIndexed(QStringLiteral("^(decisions|actions)\\[(\\d+)\\]\\.?"));
    QStringList lines;
    for (const core::Problem& problem : saved.error().problems) {
        const QRegularExpressionMatch match = kIndexed.match(QString::fromStdString(problem.field));
        if (!match.hasMatch()) {
            lines << problemLine(problem);
            continue;
        }
        const bool decision = match.captured(1) == QStringLiteral("decisions");
        const auto index = static_cast<std::size_t>(match.captured(2).toInt());
        const std::vector<int>& rows = decision ? decisionRows : actionRows;
        const int n = index < rows.size() ? rows[index] : static_cast<int>(index) + 1;
        const QString part = decision ? tr("decision %1: ").arg(n) : tr("action %1: ").arg(n);
        lines << part + problemLine(problem);
    }
    const QString message = lines.isEmpty() ? userMessage(saved.error()) : lines.join(u'\n');
    m_error->setText(tr("Nothing was recorded: %1").arg(message));
    m_error->show();
}

} // namespace casebook::ui
