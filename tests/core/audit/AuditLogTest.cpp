// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"
#include "audit/ChangeDigest.h"
#include "schema/AppSchema.h"
#include "store/Migrations.h"
#include "support/FakeClock.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace casebook;
using namespace casebook::test;
using core::AuditBreak;
using Reason = core::AuditBreak::Reason;

namespace {

constexpr const char* kDropTriggers = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"
                                      " DROP TRIGGER audit_log_append_only;";

core::Clock::TimePoint march5()
{
    using namespace std::chrono;
    return sys_days{2026y / March / 5} + hours(14) + minutes(7) + seconds(9);
}

/// An in-memory database with the store schema up to and including the audit log (migration 2).
core::Database auditDb()
{
    auto db = core::Database::open(":memory:", nullptr, true);
    REQUIRE(db);
    REQUIRE(core::migrate(*db, core::appMigrations().first(2)));
    return std::move(db.value());
}

core::AuditEntry entry(int n)
{
    core::AuditEntry e;
    e.actor = "sgt.jones";
    e.action = n % 3 == 0 ? core::AuditAction::Create : core::AuditAction::Update;
    e.recordType = "case";
    e.recordId = "C-" + std::to_string(n % 7);
    e.summary = "status changed (" + std::to_string(n) + ")";
    e.changeDigest = core::changeDigest(nullptr, nlohmann::json{{"n", n}}).value();
    return e;
}

/// Appends `count` entries, each in its own transaction, one second apart.
void appendMany(core::Database& db, core::FakeClock& clock, int count)
{
    const core::AuditLog log(clock);
    for (int n = 1; n <= count; ++n) {
        auto tx = core::Transaction::begin(db);
        REQUIRE(tx);
        REQUIRE(log.append(db, entry(n)));
        REQUIRE(tx->commit());
        clock.advance(std::chrono::seconds(1));
    }
}

void sql(core::Database& db, const std::string& text)
{
    const auto st = db.exec(text);
    INFO((st ? std::string() : st.error().detail));
    REQUIRE(st);
}

/// Verifies and requires a break; returns it.
AuditBreak broken(core::Database& db)
{
    const core::FakeClock clock;
    const auto verified = core::AuditLog(clock).verify(db);
    REQUIRE(verified);
    REQUIRE_FALSE(verified->ok());
    INFO(verified->firstBreak->detail);
    return *verified->firstBreak;
}

std::string hex(const core::AuditHash& hash)
{
    std::string text;
    for (const auto byte : hash) {
        static constexpr const char* digits = "0123456789abcdef";
        text += digits[static_cast<std::size_t>(byte >> 4)];
        text += digits[static_cast<std::size_t>(byte & 0x0f)];
    }
    return text;
}

} // namespace

TEST_CASE("an empty audit log verifies", "[audit]")
{
    auto db = auditDb();
    const core::FakeClock clock(march5());
    const auto verified = core::AuditLog(clock).verify(db);
    REQUIRE(verified);
    CHECK(verified->ok());
    CHECK(verified->entriesChecked == 0);
    CHECK(verified->headSeq == 0);
}

TEST_CASE("the audit chain verifies after many appends and links every entry to the one before", "[audit]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 300);
    const core::AuditLog log(clock);
    const auto verified = log.verify(db);
    REQUIRE(verified);
    CHECK(verified->ok());
    CHECK(verified->entriesChecked == 300);
    CHECK(verified->headSeq == 300);

    const auto records = log.list(db);
    REQUIRE(records);
    REQUIRE(records->size() == 300);
    CHECK(records->front().seq == 1);
    CHECK(records->front().at == "2026-03-05T14:07:09Z");
    CHECK(records->front().prevHash == core::AuditHash{});
    CHECK(records->back().at == "2026-03-05T14:12:08Z");
    for (std::size_t i = 1; i < records->size(); ++i) {
        REQUIRE((*records)[i].seq == (*records)[i - 1].seq + 1);
        REQUIRE((*records)[i].prevHash == (*records)[i - 1].hash);
        REQUIRE(core::AuditLog::chainHash((*records)[i]) == (*records)[i].hash);
    }
    CHECK(records->back().entry == entry(300));
    CHECK(db.queryText("SELECT value FROM store_meta WHERE key = 'audit_head'").value()
          == "300:" + hex(records->back().hash));
}

TEST_CASE("the audit entry hash and the change digest match independently computed values", "[audit]")
{
    // Known answers from Python's hashlib over the encoding documented in AuditLog.h.
    const auto digest = core::changeDigest(nullptr, nlohmann::json::parse(R"({"b":[true,null],"a":1})"));
    REQUIRE(digest);
    CHECK(hex(*digest) == "f9678123de5270668fe3406b1e688d89a37e652ff203a8966572b26a1d1156e4");

    core::AuditRecord record;
    record.seq = 1;
    record.at = "2026-03-05T14:07:09Z";
    record.entry = {"sgt.jones", core::AuditAction::Create, "case", "C-17", "case opened", *digest};
    CHECK(hex(core::AuditLog::chainHash(record)) == "e44d0626e9a03018f288a416bf5b8620e362fd5a64981b854b28611fc664880d");
}

TEST_CASE("the audit change digest does not depend on key order but on every value", "[audit]")
{
    using nlohmann::json;
    const auto a = core::changeDigest(json::parse(R"({"status":"open","rag":"amber","owner":{"id":3,"name":"A"}})"),
                                      json::parse(R"({"status":"closed","rag":"green"})"));
    const auto b = core::changeDigest(json::parse(R"({"owner":{"name":"A","id":3},"rag":"amber","status":"open"})"),
                                      json::parse(R"({"rag":"green","status":"closed"})"));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);

    const auto changedValue = core::changeDigest(json::parse(R"({"status":"open","rag":"red"})"),
                                                 json::parse(R"({"status":"closed","rag":"green"})"));
    const auto swapped = core::changeDigest(json::parse(R"({"status":"closed","rag":"green"})"),
                                            json::parse(R"({"status":"open","rag":"amber"})"));
    CHECK(*changedValue != *a);
    CHECK(*swapped != *a);

    const auto invalidUtf8 = core::changeDigest(nullptr, json{{"name", std::string("\xff\xfe")}});
    REQUIRE_FALSE(invalidUtf8);
    CHECK(invalidUtf8.error().code == core::ErrorCode::InvalidArgument);
}

TEST_CASE("audit append outside a transaction is refused and writes nothing", "[audit]")
{
    auto db = auditDb();
    const core::FakeClock clock(march5());
    const auto st = core::AuditLog(clock).append(db, entry(1));
    REQUIRE_FALSE(st);
    CHECK(st.error().code == core::ErrorCode::InvalidArgument);
    CHECK(db.queryInt("SELECT count(*) FROM audit_log").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM store_meta WHERE key = 'audit_head'").value() == 0);
}

TEST_CASE("audit append refuses an entry without actor, record or summary", "[audit]")
{
    auto db = auditDb();
    const core::FakeClock clock(march5());
    auto e = entry(1);
    e.summary.clear();
    auto tx = core::Transaction::begin(db);
    REQUIRE(tx);
    const auto st = core::AuditLog(clock).append(db, e);
    REQUIRE_FALSE(st);
    CHECK(st.error().code == core::ErrorCode::InvalidArgument);
}

TEST_CASE("an audit entry rolled back with the caller's transaction leaves the chain intact", "[audit]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 3);
    {
        auto tx = core::Transaction::begin(db);
        REQUIRE(tx);
        REQUIRE(core::AuditLog(clock).append(db, entry(4)));
    } // rolled back
    appendMany(db, clock, 2);
    const auto verified = core::AuditLog(clock).verify(db);
    REQUIRE(verified);
    CHECK(verified->ok());
    CHECK(verified->headSeq == 5);
}

TEST_CASE("UPDATE, DELETE and out-of-order INSERT on audit_log are refused by the triggers", "[audit]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 3);
    const auto refused = [&db](const char* text) {
        const auto st = db.exec(text);
        REQUIRE_FALSE(st);
        CHECK_THAT(st.error().detail, Catch::Contains("audit_log"));
    };
    refused("UPDATE audit_log SET summary = 'nothing happened' WHERE seq = 2");
    refused("DELETE FROM audit_log WHERE seq = 3");
    refused("DELETE FROM audit_log");
    refused("INSERT OR REPLACE INTO audit_log SELECT * FROM audit_log WHERE seq = 1");
    refused("INSERT INTO audit_log(seq, at, actor, action, record_type, record_id, summary, change_digest, prev_hash,"
            " hash) SELECT 9, at, actor, action, record_type, record_id, summary, change_digest, prev_hash, hash"
            " FROM audit_log WHERE seq = 1");
    CHECK(db.queryInt("SELECT count(*) FROM audit_log").value() == 3);
    CHECK(core::AuditLog(clock).verify(db).value().ok());
}

TEST_CASE("an audit entry's field altered behind the app is found at its seq", "[audit][tamper]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 10);
    const std::string assignment =
        GENERATE(as<std::string>{}, "actor = 'someone else'", "action = 'delete'", "at = '2025-01-01T00:00:00Z'",
                 "record_type = 'person'", "record_id = 'C-99'", "summary = 'nothing happened'",
                 "change_digest = zeroblob(32)", "hash = zeroblob(32)");
    CAPTURE(assignment);
    sql(db, kDropTriggers);
    sql(db, "UPDATE audit_log SET " + assignment + " WHERE seq = 6");
    const auto found = broken(db);
    CHECK(found.seq == 6);
    CHECK(found.reason == Reason::HashMismatch);
}

TEST_CASE("an altered audit entry whose own hash was recomputed is found at the next link", "[audit][tamper]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 10);
    const core::AuditLog log(clock);
    core::AuditFilter fourth;
    fourth.fromSeq = 4;
    fourth.limit = 1;
    auto record = log.list(db, fourth).value().at(0);
    record.entry.summary = "nothing happened";
    const auto rehashed = core::AuditLog::chainHash(record);
    sql(db, kDropTriggers);
    auto update = db.prepare("UPDATE audit_log SET summary = ?, hash = ? WHERE seq = 4");
    REQUIRE(update);
    update->bind(1, record.entry.summary).bindBlob(2, rehashed.data(), rehashed.size());
    REQUIRE(update->run());
    const auto found = broken(db);
    CHECK(found.seq == 5);
    CHECK(found.reason == Reason::PrevHashMismatch);
}

TEST_CASE("audit entries deleted behind the app are found at the first missing seq", "[audit][tamper]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 10);
    sql(db, kDropTriggers);

    SECTION("one from the middle")
    {
        sql(db, "DELETE FROM audit_log WHERE seq = 5");
        const auto found = broken(db);
        CHECK(found.seq == 5);
        CHECK(found.reason == Reason::SeqGap);
    }
    SECTION("the first")
    {
        sql(db, "DELETE FROM audit_log WHERE seq = 1");
        const auto found = broken(db);
        CHECK(found.seq == 1);
        CHECK(found.reason == Reason::SeqGap);
    }
    SECTION("the last")
    {
        sql(db, "DELETE FROM audit_log WHERE seq = 10");
        const auto found = broken(db);
        CHECK(found.seq == 10);
        CHECK(found.reason == Reason::TailMissing);
    }
    SECTION("the last three")
    {
        sql(db, "DELETE FROM audit_log WHERE seq >= 8");
        const auto found = broken(db);
        CHECK(found.seq == 8);
        CHECK(found.reason == Reason::TailMissing);
    }
    SECTION("all of them")
    {
        sql(db, "DELETE FROM audit_log");
        const auto found = broken(db);
        CHECK(found.seq == 1);
        CHECK(found.reason == Reason::TailMissing);
    }
    SECTION("the middle, then renumbered to close the gap")
    {
        sql(db, "DELETE FROM audit_log WHERE seq = 5; UPDATE audit_log SET seq = seq - 1 WHERE seq > 5");
        const auto found = broken(db);
        CHECK(found.seq == 5);
        CHECK(found.reason == Reason::PrevHashMismatch);
    }
}

TEST_CASE("reordered audit entries are found at the first moved seq", "[audit][tamper]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 10);
    sql(db, kDropTriggers);
    sql(db, "UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4;"
            "UPDATE audit_log SET seq = 4 WHERE seq = -1");
    const auto found = broken(db);
    CHECK(found.seq == 3);
    CHECK(found.reason == Reason::PrevHashMismatch);
}

TEST_CASE("a missing or altered audit head is found", "[audit][tamper]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 4);

    SECTION("deleted")
    {
        sql(db, "DELETE FROM store_meta WHERE key = 'audit_head'");
        const auto found = broken(db);
        CHECK(found.seq == 4);
        CHECK(found.reason == Reason::HeadMismatch);
    }
    SECTION("garbled")
    {
        sql(db, "UPDATE store_meta SET value = 'four' WHERE key = 'audit_head'");
        CHECK(broken(db).reason == Reason::HeadMismatch);
    }
    SECTION("pointing at an earlier entry, as after appending behind the app")
    {
        sql(db, "UPDATE store_meta SET value = '3:' || substr(value, 3) WHERE key = 'audit_head'");
        const auto found = broken(db);
        CHECK(found.seq == 4);
        CHECK(found.reason == Reason::HeadMismatch);
    }
}

TEST_CASE("audit append refuses to build on a cut-off tail, so the cut stays visible", "[audit][tamper]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 5);
    sql(db, kDropTriggers);
    sql(db, "DELETE FROM audit_log WHERE seq = 5");
    auto tx = core::Transaction::begin(db);
    REQUIRE(tx);
    const auto st = core::AuditLog(clock).append(db, entry(6));
    REQUIRE_FALSE(st);
    CHECK(st.error().code == core::ErrorCode::StoreDamaged);
}

TEST_CASE("audit limit: an entry re-chained with the head updated, without the app, is not detected", "[audit][tamper]")
{
    // Documents the limit stated in AuditLog.h: the chain has no secret key, so someone with the
    // passphrase who knows the format can append (or rewrite and re-chain) entries undetectably.
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 3);
    const core::AuditLog log(clock);
    core::AuditFilter latest;
    latest.limit = 1;
    latest.newestFirst = true;
    const auto last = log.list(db, latest).value().at(0);
    core::AuditRecord forged = last;
    forged.seq = 4;
    forged.prevHash = last.hash;
    forged.entry.summary = "forged";
    forged.hash = core::AuditLog::chainHash(forged);
    auto insert = db.prepare("INSERT INTO audit_log SELECT 4, at, actor, action, record_type, record_id, ?,"
                             " change_digest, ?, ? FROM audit_log WHERE seq = 3");
    REQUIRE(insert);
    insert->bind(1, forged.entry.summary);
    insert->bindBlob(2, forged.prevHash.data(), forged.prevHash.size());
    insert->bindBlob(3, forged.hash.data(), forged.hash.size());
    REQUIRE(insert->run());
    sql(db, "UPDATE store_meta SET value = '4:" + hex(forged.hash) + "' WHERE key = 'audit_head'");
    CHECK(log.verify(db).value().ok());
}

TEST_CASE("audit list filters by record, actor and action and returns the latest entries first on request", "[audit]")
{
    auto db = auditDb();
    core::FakeClock clock(march5());
    appendMany(db, clock, 21);
    const core::AuditLog log(clock);

    core::AuditFilter filter;
    filter.recordType = "case";
    filter.recordId = "C-3";
    const auto forCase = log.list(db, filter).value();
    REQUIRE(forCase.size() == 3); // n = 3, 10, 17
    CHECK(forCase[0].seq == 3);
    CHECK(forCase[2].seq == 17);

    filter = {};
    filter.action = core::AuditAction::Create;
    CHECK(log.list(db, filter).value().size() == 7);
    filter = {};
    filter.actor = "someone else";
    CHECK(log.list(db, filter).value().empty());

    filter = {};
    filter.limit = 4;
    filter.newestFirst = true;
    const auto latest = log.list(db, filter).value();
    REQUIRE(latest.size() == 4);
    CHECK(latest[0].seq == 21);
    CHECK(latest[3].seq == 18);
    filter = {};
    filter.fromSeq = 20;
    CHECK(log.list(db, filter).value().size() == 2);
}

TEST_CASE("an encrypted store has the audit log and keeps its chain across reopening", "[audit][store]")
{
    const TempDir dir;
    const auto path = dir / "a.cbk";
    core::FakeClock clock(march5());
    {
        auto store = makeStore(path, "pw", 0);
        appendMany(store->database(), clock, 20);
    }
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    CHECK((*store)->schemaVersion() >= 2);
    const auto verified = core::AuditLog(clock).verify((*store)->database());
    REQUIRE(verified);
    CHECK(verified->ok());
    CHECK(verified->entriesChecked == 20);
}
