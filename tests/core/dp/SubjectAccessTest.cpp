// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The subject access counting of the data-protection brief (§1.1 test vectors, §6), each test
// naming the rule id it checks.
#include "procedure/ProcedureFixture.h"

#include "dp/SarService.h"
#include "service/DueService.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace casebook::core::test {

namespace {

SarRequest request(const char* received)
{
    SarRequest sar;
    sar.person = PersonId{1};
    sar.receivedOn = day(received);
    return sar;
}

/// The shipped packs over the shipped calendar (kept alive for the test's length).
struct SarRules {
    ProcedureRules procedures = shippedRules();
    SubjectAccessRules sar = load(procedures);

    static SubjectAccessRules load(const ProcedureRules& procedures)
    {
        Result<SubjectAccessRules> rules = SubjectAccessRules::load(CASEBOOK_RESOURCES_DIR, procedures.calendar);
        if (!rules) {
            FAIL(rules.error().detail);
        }
        return std::move(rules.value());
    }
};

SarTimeline timelineOf(const SubjectAccessRules& rules, const SarRequest& sar)
{
    Result<SarTimeline> timeline = sarTimeline(rules, sar);
    if (!timeline) {
        FAIL(timeline.error().detail);
    }
    return std::move(timeline.value());
}

Date deadlineOf(const SubjectAccessRules& rules, const SarRequest& sar)
{
    const SarTimeline timeline = timelineOf(rules, sar);
    REQUIRE(timeline.deadline() != nullptr);
    return timeline.deadline()->date;
}

} // namespace

TEST_CASE("subject_access.pre_duaa.response: received Mon 25 Nov 2024, due Fri 27 Dec 2024 (ICO example)", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    const SarTimeline timeline = timelineOf(rules, request("2024-11-25"));
    CHECK(timeline.packId == "subject_access.pre_duaa");
    REQUIRE(timeline.deadline() != nullptr);
    CHECK(timeline.deadline()->ruleId == "subject_access.pre_duaa.response");
    // 25 Dec and 26 Dec are bank holidays: the deadline rolls to the next working day.
    CHECK(timeline.deadline()->date == day("2024-12-27"));
    CHECK(timeline.deadline()->citation.provision == "Art 12(3)");
}

TEST_CASE("subject_access.response: received Sun 31 Jan 2027, due Mon 1 Mar 2027 (month end, then weekend)",
          "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    const SarTimeline timeline = timelineOf(rules, request("2027-01-31"));
    CHECK(timeline.packId == "subject_access");
    REQUIRE(timeline.deadline() != nullptr);
    CHECK(timeline.deadline()->ruleId == "subject_access.response");
    CHECK(timeline.deadline()->date == day("2027-03-01"));
    CHECK(timeline.deadline()->citation.provision.rfind("Art 12A", 0) == 0);
    CHECK(timeline.deadline()->status == RuleStatus::Secondary);
}

TEST_CASE("subject_access.extended_response: received Sun 31 Jan 2027, extended, due Fri 30 Apr 2027 (not 28 Apr)",
          "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2027-01-31");
    sar.extensionNotifiedOn = day("2027-02-10");
    sar.extensionReason = "Numerous requests";
    REQUIRE(checkSarRequest(rules, sar).has_value());
    const SarTimeline timeline = timelineOf(rules, sar);
    REQUIRE(timeline.deadline() != nullptr);
    CHECK(timeline.deadline()->ruleId == "subject_access.extended_response");
    CHECK(timeline.deadline()->date == day("2027-04-30"));
    CHECK(timeline.deadline()->basisEvent == "clock_started");
}

TEST_CASE("subject_access.clock_stop: clarification asked Tue 10 Nov, answered Fri 20 Nov 2026 excludes 11 days, "
          "due Sun 13 Dec rolls to Mon 14 Dec 2026",
          "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2026-11-02");
    sar.clockEvents.push_back({SarClockKind::Clarification, day("2026-11-10"), day("2026-11-20")});
    const SarTimeline timeline = timelineOf(rules, sar);
    CHECK(timeline.excludedDays == 11);
    CHECK_FALSE(timeline.pausedFrom.has_value());
    REQUIRE(timeline.deadline() != nullptr);
    CHECK(timeline.deadline()->date == day("2026-12-14"));
}

TEST_CASE("subject_access.clock_restart: identity asked for, received Mon 9 Nov 2026, due Wed 9 Dec 2026", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2026-11-02");
    sar.clockEvents.push_back({SarClockKind::Identity, day("2026-11-03"), day("2026-11-09")});
    const SarTimeline timeline = timelineOf(rules, sar);
    CHECK(timeline.clockStarted == day("2026-11-09"));
    CHECK(deadlineOf(rules, sar) == day("2026-12-09"));
}

TEST_CASE("subject_access.clock_stop: while identity or clarification is awaited the clock is paused", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2026-11-02");
    sar.clockEvents.push_back({SarClockKind::Clarification, day("2026-11-10"), std::nullopt});
    CHECK(timelineOf(rules, sar).pausedFrom == day("2026-11-10"));
    sar.clockEvents.front() = {SarClockKind::Identity, day("2026-11-04"), std::nullopt};
    CHECK(timelineOf(rules, sar).pausedFrom == day("2026-11-04"));
}

TEST_CASE("subject_access.clock_stop: several stops add up, the extension notice date moves with them", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2026-11-02");
    sar.clockEvents.push_back({SarClockKind::Clarification, day("2026-11-10"), day("2026-11-12")}); // 3 days
    sar.clockEvents.push_back({SarClockKind::Clarification, day("2026-11-16"), day("2026-11-16")}); // 1 day
    const SarTimeline timeline = timelineOf(rules, sar);
    CHECK(timeline.excludedDays == 4);
    // 2 Dec + 4 = Sun 6 Dec, rolled to Mon 7 Dec.
    CHECK(timeline.find("response")->date == day("2026-12-07"));
    CHECK(timeline.find("extension_notice")->date == day("2026-12-07"));
}

TEST_CASE("subject_access.response: month ends and leap years", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    // 31 Jan 2028 (leap year) -> Tue 29 Feb 2028.
    CHECK(deadlineOf(rules, request("2028-01-31")) == day("2028-02-29"));
    // 29 Feb 2028 -> Wed 29 Mar 2028.
    CHECK(deadlineOf(rules, request("2028-02-29")) == day("2028-03-29"));
    // 30 Jan 2027 (Sat) -> 28 Feb 2027 (Sun) -> Mon 1 Mar 2027.
    CHECK(deadlineOf(rules, request("2027-01-30")) == day("2027-03-01"));
    // 29 Jan 2027 -> Sun 28 Feb?  No: 29 Feb 2027 does not exist -> 28 Feb (Sun) -> Mon 1 Mar 2027.
    CHECK(deadlineOf(rules, request("2027-01-29")) == day("2027-03-01"));
    // 31 Mar 2027 -> 30 Apr 2027 (Fri).
    CHECK(deadlineOf(rules, request("2027-03-31")) == day("2027-04-30"));
}

TEST_CASE("subject_access.response: received on a bank holiday counts from that day", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    // Received Fri 25 Dec 2026 (Christmas Day): due Mon 25 Jan 2027.
    CHECK(deadlineOf(rules, request("2026-12-25")) == day("2027-01-25"));
    // Received Thu 26 Nov 2026: 26 Dec 2026 is Boxing Day (Sat), 28 Dec the substitute holiday -> Tue 29 Dec.
    CHECK(deadlineOf(rules, request("2026-11-26")) == day("2026-12-29"));
}

TEST_CASE("subject_access.extension_notice: a late extension notice is refused", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2027-01-31");
    sar.extensionNotifiedOn = day("2027-03-02"); // the notice was due by Mon 1 Mar 2027
    sar.extensionReason = "Complex";
    const Status st = checkSarRequest(rules, sar);
    REQUIRE_FALSE(st.has_value());
    CHECK(st.error().code == ErrorCode::RuleViolation);
    CHECK(st.error().detail.find("subject_access.extension_notice") != std::string::npos);
    // ...with a problem the ui words, on the field at fault (issue 11 item 6).
    REQUIRE(st.error().problems.size() == 1);
    CHECK(st.error().problems[0] == Problem{"extensionNotifiedOn", "sar.extension_late", {"2027-03-02", "2027-03-01"}});
    sar.extensionNotifiedOn = day("2027-03-01");
    CHECK(checkSarRequest(rules, sar).has_value());
}

TEST_CASE("subject_access: the regime follows the received date (Art 12A from 5 Feb 2026)", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    CHECK(timelineOf(rules, request("2026-02-04")).packId == "subject_access.pre_duaa");
    CHECK(timelineOf(rules, request("2026-02-05")).packId == "subject_access");
    // The old pack has no clock-stop rule: a clarification does not move its dates.
    SarRequest old = request("2025-11-03");
    old.clockEvents.push_back({SarClockKind::Clarification, day("2025-11-10"), day("2025-11-20")});
    CHECK(timelineOf(rules, old).excludedDays == 0);
    CHECK(deadlineOf(rules, old) == day("2025-12-03"));
    CHECK_FALSE(sarTimeline(rules, request("2018-05-24")).has_value());
}

TEST_CASE("subject_access: bad records are refused with every problem", "[dp][sar]")
{
    const SarRules loaded;
    const SubjectAccessRules& rules = loaded.sar;
    SarRequest sar = request("2026-11-02");
    sar.clockEvents.push_back({SarClockKind::Identity, day("2026-11-01"), day("2026-10-30")});
    sar.extensionNotifiedOn = day("2026-11-05"); // without reasons
    sar.status = SarStatus::Responded;           // without a date
    const Status st = checkSarRequest(rules, sar);
    REQUIRE_FALSE(st.has_value());
    CHECK(st.error().code == ErrorCode::InvalidArgument);
    CHECK(st.error().detail.find("before the request was received") != std::string::npos);
    CHECK(st.error().detail.find("before it was asked for") != std::string::npos);
    CHECK(st.error().detail.find("reasons") != std::string::npos);
    CHECK(st.error().detail.find("closed") != std::string::npos);
}

TEST_CASE("sar service: requests are stored, audited, listed in the due list and block nothing once closed",
          "[dp][sar]")
{
    ProcedureFixture f;
    const PersonId person = f.addPerson("Sam Canary");
    const SubjectAccessRules rules = SarRules::load(f.rules);
    SarService sars(f.db, rules, f.audit, "PS 1234 Example");
    SarRequest sar;
    sar.person = person;
    sar.reference = "SAR-2026-17";
    sar.receivedOn = day("2026-11-02");
    sar.clockEvents.push_back({SarClockKind::Clarification, day("2026-11-10"), day("2026-11-20")});
    const auto auditBefore = f.db.queryInt("SELECT count(*) FROM audit_log").value();
    Result<SarId> id = sars.add(sar);
    REQUIRE(id.has_value());
    CHECK(f.db.queryInt("SELECT count(*) FROM audit_log").value() == auditBefore + 1);
    CHECK(f.db.queryText("SELECT summary FROM audit_log ORDER BY seq DESC LIMIT 1").value() == "sar_request: create");
    Result<SarRequest> stored = sars.find(*id);
    REQUIRE(stored.has_value());
    sar.id = *id;
    CHECK(*stored == sar);
    CHECK(sars.hasOpenRequest(person).value());

    DueService due(f.db, f.rules, f.audit, "PS 1234 Example");
    Result<std::vector<DueItem>> items = due.all(day("2026-12-01"));
    REQUIRE(items.has_value());
    const auto found = std::find_if(items->begin(), items->end(),
                                    [](const DueItem& i) { return i.source.recordType == "sar_request"; });
    REQUIRE(found != items->end());
    CHECK(found->source.derived.ruleId == "subject_access.response");
    CHECK(found->source.derived.date == day("2026-12-14"));
    CHECK(found->source.person == person);
    CHECK(found->source.caseId.value == 0);

    // Extended with a reason that must not reach the audit summary.
    sar.extensionNotifiedOn = day("2026-11-25");
    sar.extensionReason = "Sam Canary sent twelve requests";
    REQUIRE(sars.update(sar).has_value());
    CHECK(f.db.queryText("SELECT summary FROM audit_log ORDER BY seq DESC LIMIT 1").value() == "sar_request: update");
    CHECK(f.db.queryInt("SELECT count(*) FROM audit_log WHERE summary LIKE '%Canary%'").value() == 0);
    items = due.all(day("2026-12-01"));
    REQUIRE(items.has_value());
    const auto extended = std::find_if(items->begin(), items->end(),
                                       [](const DueItem& i) { return i.source.recordType == "sar_request"; });
    REQUIRE(extended != items->end());
    CHECK(extended->source.derived.ruleId == "subject_access.extended_response");
    // 2 Feb 2027 + 11 days = Sat 13 Feb 2027 -> Mon 15 Feb 2027.
    CHECK(extended->source.derived.date == day("2027-02-15"));

    sar.status = SarStatus::Responded;
    sar.closedOn = day("2027-01-20");
    REQUIRE(sars.update(sar).has_value());
    CHECK_FALSE(sars.hasOpenRequest(person).value());
    items = due.all(day("2026-12-01"));
    REQUIRE(items.has_value());
    CHECK(std::none_of(items->begin(), items->end(),
                       [](const DueItem& i) { return i.source.recordType == "sar_request"; }));
    CHECK(sars.list(true).value().size() == 1);
    CHECK(sars.list(false).value().empty());

    SarRequest nobody = sar;
    nobody.person = PersonId{999};
    nobody.status = SarStatus::Open;
    nobody.closedOn.reset();
    CHECK(sars.add(nobody).error().code == ErrorCode::NotFound);
}

} // namespace casebook::core::test
