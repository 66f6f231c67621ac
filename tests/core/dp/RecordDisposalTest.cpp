// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Retention rules that dispose of one record, not a person or a case (issue 15 item 3): the local
// copy of a conduct referral (retention.conduct_referral) and a closed subject access request's
// file (retention.sar_request). What goes is proved on the decrypted pages, as for an erasure.
#include "domain/DomainFixture.h"
#include "dp/StorePlaintext.h"
#include "support/TestSupport.h"

#include "audit/AuditLog.h"
#include "dp/Erasure.h"
#include "dp/Retention.h"
#include "service/CaseService.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>

namespace casebook::test {

namespace {

struct DisposalFixture {
    TempDir dir;
    std::filesystem::path path = dir / "dispose.cbk";
    std::unique_ptr<core::Store> store = makeStore(path, "pw", 0);
    core::Database& db = store->database();
    core::FakeClock clock{core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}}};
    core::AuditLog audit{clock};
    core::CaseService cases{db, audit, "PS Casey"};
    core::RetentionService retention{db, audit, "PS Casey"};
    core::ErasureService erasure{db, audit, clock, "PS Casey"};
    core::HoldService holds{db, audit, "PS Casey"};
    core::PersonId person = cases.createPerson(samplePerson("Dana Referral")).value();
    core::CaseId caseId = cases.openCase(sampleCase(person)).value();

    std::int64_t count(const std::string& sql) { return db.queryInt(sql).value(); }

    core::RetentionPack pack()
    {
        auto loaded = retention.pack(CASEBOOK_RESOURCES_DIR);
        REQUIRE(loaded.has_value());
        return std::move(loaded.value());
    }

    /// A referral whose summary carries `canary`, its outcome report given on `reportDate`.
    std::int64_t addReferral(const std::string& canary, const char* reportDate)
    {
        auto st = db.prepare("INSERT INTO conduct_referral(case_id, referral_date, summary, severity, outcome, "
                             "report_date) VALUES (?1, '2025-03-03', ?2, 'misconduct', 'written warning', ?3)");
        REQUIRE(st.has_value());
        st->bind(1, caseId.value).bind(2, "Referral about " + canary + " " + std::string(300, 'r'));
        if (reportDate != nullptr) {
            st->bind(3, std::string_view(reportDate));
        }
        REQUIRE(st->run().has_value());
        return count("SELECT max(id) FROM conduct_referral");
    }

    /// A request with one clock event, closed on `closedOn` (open when null); notes carry `canary`.
    std::int64_t addRequest(const std::string& canary, const char* closedOn)
    {
        auto st = db.prepare("INSERT INTO sar_request(person_id, reference, received_on, channel, status, closed_on, "
                             "notes) VALUES (?1, 'SAR-1', '2025-01-06', 'email', ?2, ?3, ?4)");
        REQUIRE(st.has_value());
        st->bind(1, person.value).bind(2, std::string_view(closedOn != nullptr ? "responded" : "open"));
        if (closedOn != nullptr) {
            st->bind(3, std::string_view(closedOn));
        }
        st->bind(4, "Requester said " + canary);
        REQUIRE(st->run().has_value());
        const std::int64_t id = count("SELECT max(id) FROM sar_request");
        auto clockEvent = db.prepare("INSERT INTO sar_clock_event(sar_id, kind, requested_on, received_on) "
                                     "VALUES (?1, 'identity', '2025-01-07', '2025-01-09')");
        REQUIRE(clockEvent.has_value());
        clockEvent->bind(1, id);
        REQUIRE(clockEvent->run().has_value());
        return id;
    }
};

const core::RetentionDue* findDue(const std::vector<core::RetentionDue>& due, const std::string& rule, std::int64_t id)
{
    const auto it = std::find_if(due.begin(), due.end(),
                                 [&](const core::RetentionDue& d) { return d.rule->id == rule && d.refId == id; });
    return it == due.end() ? nullptr : &*it;
}

} // namespace

TEST_CASE("retention review: a conduct referral's local copy is due twelve months after its outcome report "
          "(retention.conduct_referral)",
          "[dp][retention]")
{
    DisposalFixture f;
    const auto pack = f.pack();
    const core::RetentionRule* rule = pack.find("retention.conduct_referral");
    REQUIRE(rule != nullptr);
    CHECK(rule->kind == core::RetentionKind::ConductReferral);
    CHECK(rule->trigger == core::RetentionTrigger::ConductReportGiven);
    CHECK(rule->months == 12);
    CHECK(rule->status == core::RetentionStatus::Local); // the brief's inference, not a published period
    const std::int64_t reported = f.addReferral("first", "2025-06-10");
    const std::int64_t pending = f.addReferral("second", nullptr);

    auto before = f.retention.review(pack, day("2026-05-01"), 30);
    REQUIRE(before.has_value());
    CHECK(findDue(*before, rule->id, reported) == nullptr); // due 2026-06-10, beyond 2026-05-31

    auto after = f.retention.review(pack, day("2026-06-10"), 0);
    REQUIRE(after.has_value());
    const core::RetentionDue* due = findDue(*after, rule->id, reported);
    REQUIRE(due != nullptr);
    CHECK(due->dueOn == day("2026-06-10"));
    CHECK(due->triggerDate == day("2025-06-10"));
    CHECK(due->person == f.person);
    CHECK(due->blockedBy.empty());
    CHECK(findDue(*after, rule->id, pending) == nullptr); // no outcome report: not triggered

    // A hold on the referral's case shows in the queue.
    core::LegalHold hold;
    hold.scope = core::HoldScope::Case;
    hold.caseId = f.caseId;
    hold.kind = core::HoldKind::Tribunal;
    hold.placedOn = day("2026-06-01");
    REQUIRE(f.holds.place(hold).has_value());
    auto held = f.retention.review(pack, day("2026-06-10"), 0);
    REQUIRE(held.has_value());
    REQUIRE(findDue(*held, rule->id, reported) != nullptr);
    CHECK(findDue(*held, rule->id, reported)->blockedBy.size() == 1);
}

TEST_CASE("record disposal: a conduct referral goes from every page, its case and the other referral stay, audit "
          "verifies",
          "[dp][retention][erasure]")
{
    DisposalFixture f;
    const std::int64_t gone = f.addReferral("CANARY-REFERRAL-GONE", "2025-06-10");
    const std::int64_t kept = f.addReferral("CANARY-REFERRAL-KEPT", "2026-01-10");
    REQUIRE(decryptEverything(f.path, "pw").contains("CANARY-REFERRAL-GONE")); // so the check below can fail
    const std::string personKey =
        "SELECT count(*) FROM subject_key WHERE person_id = " + std::to_string(f.person.value);
    REQUIRE(f.count(personKey) == 1);

    auto preview = f.erasure.previewRecord(core::RetentionKind::ConductReferral, gone);
    REQUIRE(preview.has_value());
    CHECK(preview->rows.at("conduct_referral") == 1);
    CHECK(preview->blockedBy.empty());

    auto certificate = f.erasure.disposeRecord(core::RetentionKind::ConductReferral, gone, "PSD holds the master file",
                                               "retention.conduct_referral");
    REQUIRE(certificate.has_value());
    CHECK(certificate->scope == "conduct_referral");
    CHECK(certificate->refId == gone);
    CHECK(certificate->counts.at("conduct_referral") == 1);
    CHECK(certificate->text.find("conduct_referral " + std::to_string(gone)) != std::string::npos);
    CHECK(certificate->text.find("audit key destroyed") == std::string::npos); // the person's key stays
    CHECK(certificate->text.find("CANARY") == std::string::npos);

    CHECK(f.count("SELECT count(*) FROM conduct_referral WHERE id = " + std::to_string(gone)) == 0);
    CHECK(f.count("SELECT count(*) FROM conduct_referral WHERE id = " + std::to_string(kept)) == 1);
    CHECK(f.count("SELECT count(*) FROM case_file WHERE id = " + std::to_string(f.caseId.value)) == 1);
    CHECK(f.count(personKey) == 1); // the case's other records still need it
    const Plaintext plain = decryptEverything(f.path, "pw");
    CHECK(plain.undecryptable == 0);
    CHECK_FALSE(plain.contains("CANARY-REFERRAL-GONE"));
    CHECK(plain.contains("CANARY-REFERRAL-KEPT"));
    CHECK(f.audit.verify(f.db).value().ok());
    CHECK(f.db.queryText("SELECT summary FROM audit_log ORDER BY seq DESC LIMIT 1").value().find("disposed of")
          != std::string::npos);
    auto stored = f.erasure.certificates();
    REQUIRE(stored.has_value());
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().text == certificate->text);
}

TEST_CASE("record disposal: a closed request's file goes with its clock events, an open one is refused "
          "(retention.sar_request)",
          "[dp][retention][erasure][sar]")
{
    DisposalFixture f;
    const std::int64_t closed = f.addRequest("CANARY-SAR-CLOSED", "2025-02-01");
    auto certificate = f.erasure.disposeRecord(core::RetentionKind::SarRequest, closed, "two years after closing",
                                               "retention.sar_request");
    REQUIRE(certificate.has_value());
    CHECK(certificate->counts.at("sar_request") == 1);
    CHECK(certificate->counts.at("sar_clock_event") == 1);
    CHECK(f.count("SELECT count(*) FROM sar_request") == 0);
    CHECK(f.count("SELECT count(*) FROM sar_clock_event") == 0);
    CHECK(f.count("SELECT count(*) FROM person") == 1);
    CHECK_FALSE(decryptEverything(f.path, "pw").contains("CANARY-SAR-CLOSED"));

    const std::int64_t open = f.addRequest("CANARY-SAR-OPEN", nullptr);
    auto refused = f.erasure.disposeRecord(core::RetentionKind::SarRequest, open, "tidy up", "retention.sar_request");
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::RuleViolation);
    CHECK(refused.error().detail.find("still open") != std::string::npos);
    CHECK(f.count("SELECT count(*) FROM sar_request") == 1);
    CHECK(f.count("SELECT count(*) FROM disposal_certificate") == 1);
}

TEST_CASE("record disposal: refused under a legal hold or an open request, and for a person or case, changing "
          "nothing",
          "[dp][retention][erasure][hold]")
{
    DisposalFixture f;
    const std::int64_t referral = f.addReferral("held", "2025-06-10");
    core::LegalHold hold;
    hold.scope = core::HoldScope::Person;
    hold.person = f.person;
    hold.kind = core::HoldKind::Litigation;
    hold.placedOn = day("2026-06-01");
    const std::int64_t holdId = f.holds.place(hold).value();
    const auto auditBefore = f.count("SELECT count(*) FROM audit_log");

    auto held = f.erasure.disposeRecord(core::RetentionKind::ConductReferral, referral, "period ended",
                                        "retention.conduct_referral");
    REQUIRE_FALSE(held.has_value());
    CHECK(held.error().code == core::ErrorCode::RuleViolation);
    CHECK(held.error().detail.find("legal hold " + std::to_string(holdId)) != std::string::npos);
    CHECK(f.count("SELECT count(*) FROM audit_log") == auditBefore);

    REQUIRE(f.holds.release(holdId, day("2026-07-01")).has_value());
    const auto afterRelease = f.count("SELECT count(*) FROM audit_log");
    f.addRequest("open request", nullptr);
    auto blocked = f.erasure.disposeRecord(core::RetentionKind::ConductReferral, referral, "period ended",
                                           "retention.conduct_referral");
    REQUIRE_FALSE(blocked.has_value());
    CHECK(blocked.error().detail.find("s.173") != std::string::npos);

    CHECK(f.erasure.disposeRecord(core::RetentionKind::Case, f.caseId.value, "x", "retention.case").error().code
          == core::ErrorCode::InvalidArgument);
    CHECK(f.erasure.disposeRecord(core::RetentionKind::ConductReferral, referral, "  ", "retention.conduct_referral")
              .error()
              .code
          == core::ErrorCode::InvalidArgument);
    CHECK(f.erasure.disposeRecord(core::RetentionKind::ConductReferral, 9999, "x", "retention.conduct_referral")
              .error()
              .code
          == core::ErrorCode::NotFound);
    CHECK(f.count("SELECT count(*) FROM conduct_referral") == 1);
    CHECK(f.count("SELECT count(*) FROM disposal_certificate") == 0);
    CHECK(f.count("SELECT count(*) FROM audit_log") == afterRelease);
}

TEST_CASE("retention pack: a trigger the record kind has no date for is refused with its path", "[dp][retention]")
{
    auto bad = core::parseRetentionPack(R"({"format": 1, "id": "retention", "title": "t", "version": 1, "rules": [
        {"id": "retention.a", "title": "a", "record_kind": "sar_request", "trigger": "case_closed", "months": 24,
         "action": "review", "status": "local", "citation": {"instrument": "i", "provision": "p"}},
        {"id": "retention.b", "title": "b", "record_kind": "person", "trigger": "conduct_report_given", "months": 12,
         "action": "review", "status": "local", "citation": {"instrument": "i", "provision": "p"}}]})");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().detail.find("$.rules[0].trigger") != std::string::npos);
    CHECK(bad.error().detail.find("$.rules[1].trigger") != std::string::npos);
}

} // namespace casebook::test
