// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/CaseForms.h"
#include "support/Today.h"

#include "workspace/Labels.h"
#include "workspace/UndoableChange.h"
#include "workspace/sections/FormDialog.h"
#include "workspace/sections/FormFields.h"

#include "service/Session.h"
#include "support/DateEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <map>

namespace casebook::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("casebook::ui::CaseForms", text);
}

QStringList outcomes()
{
    return {tr("Returned to full duties"),
            tr("Adjustments agreed"),
            tr("UPP/UAP outcome"),
            tr("Ill-health retirement"),
            tr("Resignation"),
            tr("Dismissal"),
            tr("Other")};
}

} // namespace

bool editCase(QWidget* parent, core::Session& session, QUndoStack& undo, core::CaseId caseId, CaseFormPurpose purpose)
{
    auto view = session.cases().loadCase(caseId);
    if (!view) {
        return false;
    }
    const core::Case before = view->record;
    FormDialog dialog(purpose == CaseFormPurpose::Close ? tr("Close the case") : tr("Edit the case"), parent);
    dialog.setObjectName(QStringLiteral("caseForm"));
    auto* summary = lineEdit(before.summary, &dialog);
    summary->setObjectName(QStringLiteral("caseSummary"));
    auto* typesBox = new QWidget(&dialog);
    auto* grid = new QGridLayout(typesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    std::map<core::CaseType, QCheckBox*> types;
    for (int t = 0; t <= static_cast<int>(core::CaseType::Wellbeing); ++t) {
        const auto type = static_cast<core::CaseType>(t);
        auto* box = new QCheckBox(caseTypeText(type), typesBox);
        box->setObjectName(QStringLiteral("caseType%1").arg(t));
        box->setChecked(before.types.contains(type));
        types[type] = box;
        grid->addWidget(box, t / 2, t % 2);
    }
    QStringList statuses;
    for (auto s :
         {core::CaseStatus::Open, core::CaseStatus::Monitoring, core::CaseStatus::Paused, core::CaseStatus::Closed}) {
        statuses << caseStatusText(s);
    }
    const int initialStatus = purpose == CaseFormPurpose::Close ? static_cast<int>(core::CaseStatus::Closed)
                                                                : static_cast<int>(before.status);
    auto* status = choice(statuses, initialStatus, &dialog);
    status->setObjectName(QStringLiteral("caseStatus"));
    auto* rag = choice({ragText(core::Rag::Red), ragText(core::Rag::Amber), ragText(core::Rag::Green)},
                       static_cast<int>(before.rag), &dialog);
    rag->setObjectName(QStringLiteral("caseRag"));
    auto* owner = lineEdit(before.owner, &dialog);
    const OptionalDate review = optionalDate(tr("set"), before.nextReview, &dialog);
    review.set->setObjectName(QStringLiteral("caseNextReviewSet"));
    review.date->setObjectName(QStringLiteral("caseNextReview"));
    auto* closedOn = dateEdit(before.closed.value_or(toCoreDate(todayQDate())), &dialog);
    closedOn->setObjectName(QStringLiteral("caseClosedOn"));
    auto* outcome = choice(outcomes(), before.outcome ? static_cast<int>(*before.outcome) : 0, &dialog);
    outcome->setObjectName(QStringLiteral("caseOutcome"));
    auto* outcomeNote = textArea(before.outcomeNote, &dialog);
    auto closing = [status] { return status->currentIndex() == static_cast<int>(core::CaseStatus::Closed); };
    auto enableClosing = [=] {
        for (QWidget* w : std::initializer_list<QWidget*>{closedOn, outcome, outcomeNote}) {
            w->setEnabled(closing());
        }
    };
    QObject::connect(status, &QComboBox::currentIndexChanged, &dialog, enableClosing);
    enableClosing();
    dialog.addRow(tr("&Summary:"), summary, QStringLiteral("summary"));
    dialog.addRow(tr("Types:"), typesBox, QStringLiteral("types"));
    dialog.addRow(tr("S&tatus:"), status);
    dialog.addRow(tr("&RAG:"), rag);
    dialog.addRow(tr("&Owner:"), owner, QStringLiteral("owner"));
    dialog.addRow(tr("Next re&view:"), row(&dialog, {review.set, review.date}));
    dialog.addRow(tr("&Closed on:"), closedOn, QStringLiteral("closed date"));
    dialog.addRow(tr("O&utcome:"), outcome, QStringLiteral("outcome"));
    dialog.addRow(tr("Outcome &note:"), outcomeNote, QStringLiteral("outcome note"));
    bool saved = false;
    dialog.setSave([&]() -> core::Status {
        core::Case after = before;
        after.summary = text(summary);
        after.types.clear();
        for (const auto& [type, box] : types) {
            if (box->isChecked()) {
                after.types.insert(type);
            }
        }
        after.status = static_cast<core::CaseStatus>(status->currentIndex());
        after.rag = static_cast<core::Rag>(rag->currentIndex());
        after.owner = text(owner);
        after.nextReview = review.value();
        if (closing()) {
            after.closed = toCoreDate(closedOn->date());
            after.outcome = static_cast<core::CaseOutcome>(outcome->currentIndex());
            after.outcomeNote = text(outcomeNote);
        } else { // reopening clears how it closed
            after.closed.reset();
            after.outcome.reset();
            after.outcomeNote.clear();
        }
        if (after == before) {
            return core::Ok{};
        }
        const QString what =
            closing() && before.status != core::CaseStatus::Closed
                ? tr("close case")
                : (!closing() && before.status == core::CaseStatus::Closed ? tr("reopen case") : tr("edit case"));
        auto done = applyReplacement(
            undo, caseId.value, what, [&session](const core::Case& c) { return session.cases().updateCase(c); }, before,
            after);
        saved = done.has_value();
        return done;
    });
    dialog.exec();
    return saved;
}

bool editPerson(QWidget* parent, core::Session& session, QUndoStack& undo, core::CaseId caseId, core::PersonId personId)
{
    auto found = session.cases().person(personId);
    if (!found) {
        return false;
    }
    const core::Person before = *found;
    FormDialog dialog(tr("Edit the person"), parent);
    dialog.setObjectName(QStringLiteral("personForm"));
    auto* name = lineEdit(before.name, &dialog);
    name->setObjectName(QStringLiteral("personName"));
    auto* number = lineEdit(before.number, &dialog);
    auto* kind = choice({tr("Officer"), tr("Police staff")}, static_cast<int>(before.kind), &dialog);
    auto* rank = lineEdit(before.rankOrGrade, &dialog);
    auto* role = lineEdit(before.role, &dialog);
    auto* team = lineEdit(before.team, &dialog);
    auto* manager = lineEdit(before.lineManagerName, &dialog);
    auto* duty = choice({tr("Full duties"), tr("Recuperative duties"), tr("Adjusted duties"),
                         tr("Management restricted duties"), tr("Suspended"), tr("Absent")},
                        static_cast<int>(before.dutyStatus), &dialog);
    duty->setObjectName(QStringLiteral("personDutyStatus"));
    auto* pension =
        choice({tr("Police Pension Scheme 1987"), tr("New Police Pension Scheme 2006"),
                tr("Police Pension Scheme 2015"), tr("Local Government Pension Scheme (staff)"), tr("Not known")},
               static_cast<int>(before.pensionScheme), &dialog);
    auto* association = choice(
        {tr("Police Federation"), tr("Unison"), tr("Police Superintendents' Association"), tr("None"), tr("Not known")},
        static_cast<int>(before.staffAssociation), &dialog);
    auto* notes = textArea(before.notes, &dialog);
    dialog.addRow(tr("&Name:"), name, QStringLiteral("name"));
    dialog.addRow(tr("N&umber:"), number, QStringLiteral("number"));
    dialog.addRow(tr("&Officer or staff:"), kind);
    dialog.addRow(tr("&Rank or grade:"), rank, QStringLiteral("rank or grade"));
    dialog.addRow(tr("Ro&le:"), role);
    dialog.addRow(tr("&Team:"), team);
    dialog.addRow(tr("L&ine manager:"), manager, QStringLiteral("line manager"));
    dialog.addRow(tr("&Duty status:"), duty);
    dialog.addRow(tr("&Pension scheme:"), pension);
    dialog.addRow(tr("&Staff association:"), association);
    dialog.addRow(tr("Not&es:"), notes, QStringLiteral("notes"));
    bool saved = false;
    dialog.setSave([&]() -> core::Status {
        core::Person after = before;
        after.name = text(name);
        after.number = text(number);
        after.kind = static_cast<core::PersonKind>(kind->currentIndex());
        after.rankOrGrade = text(rank);
        after.role = text(role);
        after.team = text(team);
        after.lineManagerName = text(manager);
        after.dutyStatus = static_cast<core::DutyStatus>(duty->currentIndex());
        after.pensionScheme = static_cast<core::PensionScheme>(pension->currentIndex());
        after.staffAssociation = static_cast<core::StaffAssociation>(association->currentIndex());
        after.notes = text(notes);
        if (after == before) {
            return core::Ok{};
        }
        auto done = applyReplacement(
            undo, caseId.value, tr("edit person"),
            [&session](const core::Person& p) { return session.cases().updatePerson(p); }, before, after);
        saved = done.has_value();
        return done;
    });
    dialog.exec();
    return saved;
}

bool writeReview(QWidget* parent, core::Session& session, core::CaseId caseId, const QString& reviewer)
{
    auto versions = session.cases().reviewVersions(caseId);
    if (!versions) {
        return false;
    }
    core::HolisticReview draft;
    if (!versions->empty()) {
        draft = versions->back();
    }
    draft.caseId = caseId;
    draft.reviewedOn = toCoreDate(todayQDate());
    if (draft.reviewer.empty()) {
        draft.reviewer = reviewer.toStdString();
    }
    FormDialog dialog(versions->empty() ? tr("Write the holistic review")
                                        : tr("Write version %1 of the holistic review").arg(versions->size() + 1),
                      parent);
    dialog.setObjectName(QStringLiteral("reviewForm"));
    auto* on = dateEdit(draft.reviewedOn, &dialog);
    auto* by = lineEdit(draft.reviewer, &dialog);
    by->setObjectName(QStringLiteral("reviewReviewer"));
    dialog.addRow(tr("Reviewed &on:"), on);
    dialog.addRow(tr("Re&viewer:"), by, QStringLiteral("reviewer"));
    const std::pair<QString, std::string core::HolisticReview::*> parts[] = {
        {tr("&Background:"), &core::HolisticReview::background},
        {tr("&Wellbeing:"), &core::HolisticReview::wellbeing},
        {tr("&Attendance:"), &core::HolisticReview::attendance},
        {tr("&Performance:"), &core::HolisticReview::performance},
        {tr("&Conduct:"), &core::HolisticReview::conduct},
        {tr("A&djustments:"), &core::HolisticReview::adjustments},
        {tr("Occupational &health:"), &core::HolisticReview::occupationalHealth},
        {tr("&Stakeholders:"), &core::HolisticReview::stakeholders},
        {tr("&Recommendations:"), &core::HolisticReview::recommendations}};
    std::vector<std::pair<QPlainTextEdit*, std::string core::HolisticReview::*>> edits;
    for (const auto& [label, member] : parts) {
        auto* edit = textArea(draft.*member, &dialog, 60);
        edit->setObjectName(QStringLiteral("review_%1").arg(edits.size()));
        dialog.addRow(label, edit);
        edits.emplace_back(edit, member);
    }
    bool saved = false;
    dialog.setSave([&]() -> core::Status {
        core::HolisticReview review = draft;
        review.reviewedOn = toCoreDate(on->date());
        review.reviewer = text(by);
        for (const auto& [edit, member] : edits) {
            review.*member = text(edit);
        }
        auto done = session.cases().saveReview(review);
        if (!done) {
            return done.error();
        }
        saved = true;
        return core::Ok{};
    });
    dialog.exec();
    return saved;
}

} // namespace casebook::ui
