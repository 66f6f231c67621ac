// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The workspace's document (issue 11): it says what changed, case by case, and the pages re-read
// only that; rule and calendar edits are undoable, and their undo puts the dates back.
#include "workspace/CaseDocument.h"
#include "rulebook/RuleEdits.h"
#include "rulebook/RuleTableModel.h"
#include "rulebook/RulesDialog.h"
#include "workspace/CaseloadModel.h"
#include "workspace/UndoableChange.h"
#include "workspace/WorkspaceWidget.h"

#include "domain/DomainFixture.h"
#include "procedure/UppProcedure.h"
#include "rules/CountingPolicies.h"
#include "service/Session.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace casebook;
using casebook::test::day;

namespace {

constexpr const char* kNotice = "upp.legacy.first_stage_appeal.notice";

/// Two people with a case each; Alex Morgan's has a legacy-regime UPP whose written improvement
/// notice was received on Friday 2026-11-20, so kNotice (7 working days) falls on 2026-12-01.
struct DocumentFixture {
    test::TempDir dir;
    std::unique_ptr<core::Session> session;
    core::PersonId alex;
    core::PersonId sam;
    core::CaseId alexCase;
    core::CaseId samCase;

    DocumentFixture()
    {
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "PS Test";
        options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
        auto made = core::Session::create(dir / "document.cbk", test::secret("pw"), options, test::fastKdf());
        REQUIRE(made);
        session = std::move(*made);
        alex = session->cases().createPerson(test::samplePerson("Alex Morgan")).value();
        sam = session->cases().createPerson(test::samplePerson("Sam Carter")).value();
        alexCase = session->cases().openCase(test::sampleCase(alex)).value();
        samCase = session->cases().openCase(test::sampleCase(sam)).value();
        core::UppProcedure u;
        u.caseId = alexCase;
        u.cameToAttention = day("2025-01-10");
        u.stage = core::UppStage::First;
        u.events = {{"win_dated", day("2026-11-20"), ""}, {"win_received", day("2026-11-20"), ""}};
        REQUIRE(session->procedures().add(u));
    }
};

std::optional<core::Date> noticeDate(const std::vector<core::DueItem>& due)
{
    for (const core::DueItem& item : due) {
        if (item.source.derived.ruleId == kNotice) {
            return item.source.derived.date;
        }
    }
    return std::nullopt;
}

/// An undoable change of the case's next review date, as the case form makes.
ui::UndoableChange nextReviewChange(core::Session& session, core::CaseId caseId, core::Date next)
{
    const core::Case before = session.cases().loadCase(caseId).value().record;
    core::Case after = before;
    after.nextReview = next;
    ui::UndoableChange change;
    change.caseId = caseId.value;
    change.text = QStringLiteral("edit case");
    change.apply = [&session, after] { return session.cases().updateCase(after); };
    change.revert = [&session, before] { return session.cases().updateCase(before); };
    return change;
}

/// The person the notice date of the UPP on Alex Morgan's case is listed under first, 0 when not listed.
std::int64_t noticePerson(const std::vector<core::DueItem>& due)
{
    for (const core::DueItem& item : due) {
        if (item.source.derived.ruleId == kNotice) {
            return item.source.person.value;
        }
    }
    return 0;
}

} // namespace

TEST_CASE("A change to one case says caseChanged for that case and its person's dates, with no caseload-wide reset",
          "[document]")
{
    DocumentFixture f;
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    QSignalSpy caseload(&document, &ui::CaseDocument::caseloadChanged);
    QSignalSpy cases(&document, &ui::CaseDocument::caseChanged);
    QSignalSpy dates(&document, &ui::CaseDocument::personDatesChanged);
    QSignalSpy rules(&document, &ui::CaseDocument::rulesChanged);
    QSignalSpy reset(workspace.caseloadModel(), &QAbstractItemModel::modelReset);
    QSignalSpy rowChanged(workspace.caseloadModel(), &QAbstractItemModel::dataChanged);

    REQUIRE(ui::applyUndoable(document.undoStack(), nextReviewChange(*f.session, f.samCase, day("2031-01-15"))));
    REQUIRE(cases.size() == 1);
    CHECK(cases.front().front().toLongLong() == f.samCase.value);
    REQUIRE(dates.size() == 1);
    CHECK(dates.front().front().toLongLong() == f.sam.value);
    CHECK(caseload.isEmpty());
    CHECK(rules.isEmpty());
    CHECK(reset.isEmpty()); // the caseload re-read Sam Carter's row only
    REQUIRE(rowChanged.size() == 1);
    CHECK(rowChanged.front().front().value<QModelIndex>().data(ui::CaseloadModel::CaseIdRole).toLongLong()
          == f.samCase.value);

    document.undoStack().undo();
    CHECK(cases.size() == 2);
    CHECK(cases.back().front().toLongLong() == f.samCase.value);
    CHECK(caseload.isEmpty());
    CHECK(reset.isEmpty());
    CHECK(f.session->cases().loadCase(f.samCase).value().record.nextReview != day("2031-01-15"));
}

TEST_CASE("A case moved to another person moves its dates to that person, and undo moves them back", "[document]")
{
    DocumentFixture f;
    ui::CaseDocument document(*f.session);
    document.setClock([] { return day("2026-11-22"); });
    REQUIRE(noticePerson(document.dueToday()) == f.alex.value);

    const core::Case before = f.session->cases().caseRecord(f.alexCase).value();
    core::Case moved = before;
    moved.person = f.sam;
    ui::UndoableChange change;
    change.caseId = f.alexCase.value;
    change.text = QStringLiteral("edit case");
    change.apply = [&f, moved] { return f.session->cases().updateCase(moved); };
    change.revert = [&f, before] { return f.session->cases().updateCase(before); };
    REQUIRE(ui::applyUndoable(document.undoStack(), std::move(change)));
    // Both people's dates changed: listed under Sam Carter now, and no longer under Alex Morgan.
    CHECK(noticePerson(document.dueToday()) == f.sam.value);
    CHECK(std::count_if(document.dueToday().begin(), document.dueToday().end(),
                        [](const core::DueItem& item) { return item.source.derived.ruleId == kNotice; })
          == 1);

    document.undoStack().undo();
    CHECK(noticePerson(document.dueToday()) == f.alex.value);
}

TEST_CASE("A consent change says consentChanged for the person after caseChanged for the case", "[document]")
{
    DocumentFixture f;
    ui::CaseDocument document(*f.session);
    QSignalSpy consent(&document, &ui::CaseDocument::consentChanged);
    QSignalSpy cases(&document, &ui::CaseDocument::caseChanged);
    ui::UndoableChange change = nextReviewChange(*f.session, f.alexCase, day("2031-02-01"));
    change.kind = ui::ChangeKind::Consent;
    change.personId = f.alex.value;
    REQUIRE(ui::applyUndoable(document.undoStack(), std::move(change)));
    REQUIRE(consent.size() == 1);
    CHECK(consent.front().front().toLongLong() == f.alex.value);
    CHECK(cases.size() == 1);
}

TEST_CASE("A rule changed in Rules and calendar is undoable: undo and redo put back the rule and the due dates",
          "[document][rules-ui]")
{
    DocumentFixture f;
    ui::CaseDocument document(*f.session);
    document.setClock([] { return day("2026-11-22"); });
    REQUIRE(noticeDate(document.dueToday()) == day("2026-12-01"));
    QSignalSpy rules(&document, &ui::CaseDocument::rulesChanged);
    QSignalSpy caseload(&document, &ui::CaseDocument::caseloadChanged);

    ui::RulesDialog dialog(*f.session, document.undoStack());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* model = static_cast<ui::RuleTableModel*>(dialog.ruleTable()->model());
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->ruleAt(r)->id == kNotice) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    dialog.ruleTable()->selectRow(row);
    dialog.amountEdit()->setValue(10);
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Force policy: ten working days"));
    QTest::mouseClick(dialog.applyOverrideButton(), Qt::LeftButton);

    const auto amount = [&] { return f.session->rules().uppPack(core::UppRegime{"legacy"})->find(kNotice)->amount; };
    CHECK(amount() == 10);
    CHECK(rules.size() == 1);
    CHECK(caseload.isEmpty());
    CHECK(noticeDate(document.dueToday()) == day("2026-12-04")); // the due list re-read at once
    REQUIRE(document.undoStack().count() == 1);
    CHECK(document.undoStack().undoText() == QStringLiteral("change a rule"));

    document.undoStack().undo();
    CHECK(amount() == 7);
    CHECK(f.session->localRules().ruleOverrides().value().empty());
    CHECK(noticeDate(document.dueToday()) == day("2026-12-01"));
    CHECK(rules.size() == 2);

    document.undoStack().redo();
    CHECK(amount() == 10);
    CHECK(noticeDate(document.dueToday()) == day("2026-12-04"));

    // Restoring the shipped amount is a step of its own, and its undo brings the override back.
    REQUIRE(ui::clearRuleOverrideUndoable(document.undoStack(), f.session->localRules(), "upp.legacy", kNotice));
    CHECK(amount() == 7);
    document.undoStack().undo();
    CHECK(amount() == 10);
    REQUIRE(f.session->localRules().ruleOverrides().value().size() == 1);
    CHECK(f.session->localRules().ruleOverrides().value().front().reason == "Force policy: ten working days");
}

TEST_CASE("Calendar edits and counting policies are undoable, and undo puts back what was there", "[document]")
{
    DocumentFixture f;
    ui::CaseDocument document(*f.session);
    document.setClock([] { return day("2026-11-22"); });
    QUndoStack& undo = document.undoStack();
    core::LocalRulesService& local = f.session->localRules();

    // A local holiday inside the notice's seven working days moves it a day later.
    REQUIRE(ui::editCalendarUndoable(
        undo, local, {day("2026-11-24"), core::CalendarEditKind::AddHoliday, "Force day", "Chief constable's order"}));
    CHECK(f.session->rules().calendar.isBankHoliday(day("2026-11-24")));
    CHECK(noticeDate(document.dueToday()) == day("2026-12-02"));
    undo.undo();
    CHECK_FALSE(f.session->rules().calendar.isBankHoliday(day("2026-11-24")));
    CHECK(noticeDate(document.dueToday()) == day("2026-12-01"));
    undo.redo();
    CHECK(noticeDate(document.dueToday()) == day("2026-12-02"));
    // Taking the holiday back, then undoing that, brings it back with its reason.
    REQUIRE(ui::clearCalendarEditUndoable(undo, local, day("2026-11-24")));
    CHECK(local.calendarEdits().value().empty());
    undo.undo();
    REQUIRE(local.calendarEdits().value().size() == 1);
    CHECK(local.calendarEdits().value().front().reason == "Chief constable's order");

    // A counting policy set, then set again: each undo puts back the one before.
    auto policies = local.countingPolicies();
    REQUIRE(policies);
    const auto infos = core::describe(f.session->rules().policies);
    REQUIRE_FALSE(infos.empty());
    const core::CountingPolicyInfo& policy = infos.front();
    REQUIRE(policy.values.size() >= 2);
    REQUIRE(ui::setCountingPolicyUndoable(undo, local, {policy.name, policy.values[1], "force policy"}));
    REQUIRE(ui::setCountingPolicyUndoable(undo, local, {policy.name, policy.values[0], "back again"}));
    undo.undo();
    REQUIRE(local.countingPolicies().value().size() == 1);
    CHECK(local.countingPolicies().value().front().value == policy.values[1]);
    undo.undo();
    CHECK(local.countingPolicies().value().empty());
}

TEST_CASE("Deleting the document deletes its undo history with it", "[document]")
{
    DocumentFixture f;
    auto document = std::make_unique<ui::CaseDocument>(*f.session);
    QPointer<QUndoStack> stack = &document->undoStack();
    REQUIRE(ui::applyUndoable(*stack, nextReviewChange(*f.session, f.samCase, day("2031-01-15"))));
    document.reset();
    CHECK(stack.isNull());
    // The store keeps the change: the history went, not the edit.
    CHECK(f.session->cases().loadCase(f.samCase).value().record.nextReview == day("2031-01-15"));
}
