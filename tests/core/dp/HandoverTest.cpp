// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Handover to a successor (issue 15 item 5): a package is a new store with its own key and
// passphrase, holding the chosen cases and everything that hangs off them, signed with the
// source's handover key; the import verifies it and merges it into another store under new ids
// in one transaction.
#include "domain/DomainFixture.h"
#include "schema/AppSchema.h"
#include "support/TestSupport.h"

#include "demo/FictionalCaseload.h"
#include "dp/Handover.h"
#include "service/CaseService.h"
#include "service/Session.h"
#include "store/StoreHeader.h"
#include "support/FakeClock.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <csignal>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace casebook::test {

namespace {

namespace fs = std::filesystem;

std::unique_ptr<core::Session> makeSession(const fs::path& path, const char* passphrase, const char* actor)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = actor;
    options.clock = std::make_shared<core::FakeClock>(core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}});
    auto session = core::Session::create(path, secret(passphrase), options, fastKdf());
    REQUIRE(session);
    return std::move(*session);
}

std::unique_ptr<core::Session> openSession(const fs::path& path, const char* passphrase, const char* actor)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = actor;
    auto session = core::Session::open(path, secret(passphrase), options);
    REQUIRE(session);
    return std::move(*session);
}

std::int64_t count(core::Database& db, const std::string& sql)
{
    auto n = db.queryInt(sql);
    REQUIRE(n);
    return *n;
}

void exec(core::Database& db, const std::string& sql)
{
    auto st = db.exec(sql);
    INFO(sql);
    REQUIRE(st);
}

/// Every row of every table but the search index's shadow tables, as sorted text: two stores
/// with equal dumps hold the same rows.
std::string dumpAll(core::Database& db)
{
    std::vector<std::string> tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
                           "ORDER BY name");
    REQUIRE(list);
    for (auto row = list->step(); row && *row; row = list->step()) {
        tables.push_back(list->columnText(0));
    }
    std::string out;
    for (const std::string& table : tables) {
        sqlite3_stmt* raw = nullptr;
        REQUIRE(sqlite3_prepare_v2(db.handle(), ("SELECT * FROM \"" + table + "\"").c_str(), -1, &raw, nullptr)
                == SQLITE_OK);
        std::multiset<std::string> rows;
        while (sqlite3_step(raw) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(raw); ++c) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(raw, c));
                row +=
                    std::to_string(sqlite3_column_type(raw, c)) + ":"
                    + std::string(bytes == nullptr ? "" : bytes, static_cast<std::size_t>(sqlite3_column_bytes(raw, c)))
                    + "|";
            }
            rows.insert(row);
        }
        sqlite3_finalize(raw);
        out += "## " + table + "\n";
        for (const std::string& row : rows) {
            out += row + "\n";
        }
    }
    return out;
}

/// The tables a package must carry: every table of the schema that is not excluded, not a
/// reference table and not part of the search index.
std::vector<std::string> carriedTables(core::Database& db)
{
    const auto excluded = core::handoverExcludedTables();
    std::vector<std::string> out;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' "
                           "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    REQUIRE(list);
    for (auto row = list->step(); row && *row; row = list->step()) {
        const std::string name = list->columnText(0);
        if (excluded.count(name) == 0 && name != "contact" && name != "support_service") {
            out.push_back(name);
        }
    }
    return out;
}

/// A source store with the fictional caseload plus a row in every table the generator leaves
/// empty, one closed case, and an attachment with every byte value.
struct HandoverFixture {
    TempDir dir;
    fs::path sourcePath = dir / "source.cbk";
    fs::path targetPath = dir / "target.cbk";
    fs::path packagePath = dir / "handover.cbk";
    std::unique_ptr<core::Session> source = makeSession(sourcePath, "source passphrase", "PS Outgoing");
    core::FakeClock clock{core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}}};
    std::vector<std::uint8_t> attachmentBytes;
    std::int64_t closedCase = 0;

    HandoverFixture()
    {
        core::FictionalCaseloadOptions o;
        o.people = 5;
        o.cases = 8;
        o.chronologyEntries = 40;
        o.seed = 3;
        o.today = day("2026-11-22");
        REQUIRE(core::generateFictionalCaseload(*source, o));
        core::Database& db = source->database();
        for (int i = 0; i < 3000; ++i) {
            attachmentBytes.push_back(static_cast<std::uint8_t>((i * 7) % 256));
        }
        const std::int64_t firstCase = count(db, "SELECT min(id) FROM case_file WHERE status <> 'closed'");
        const std::int64_t person =
            count(db, "SELECT person_id FROM case_file WHERE id = " + std::to_string(firstCase));
        core::Attachment a;
        a.caseId = core::CaseId{firstCase};
        a.fileName = "fit-note.bin";
        a.added = day("2026-11-01");
        REQUIRE(source->cases().addAttachment(a, attachmentBytes));
        const std::string p = std::to_string(person);
        const std::string c = std::to_string(firstCase);
        exec(db, "INSERT INTO sar_request(person_id, received_on, channel, status) VALUES (" + p
                     + ", '2026-11-02', 'email', 'open')");
        exec(db, "INSERT INTO sar_clock_event(sar_id, kind, requested_on, received_on) VALUES (last_insert_rowid(), "
                 "'identity', '2026-11-03', '2026-11-09')");
        exec(db, "INSERT INTO legal_hold(scope, person_id, kind, reference, placed_on) VALUES ('person', " + p
                     + ", 'tribunal', 'ET/1', '2026-10-01')");
        exec(db, "INSERT INTO legal_hold(scope, case_id, kind, placed_on) VALUES ('case', " + c
                     + ", 'complaint', '2026-10-02')");
        exec(db, "INSERT INTO legal_hold(scope, kind, placed_on) VALUES ('all', 'inquiry', '2026-10-03')");
        exec(db, "INSERT OR REPLACE INTO person_service(person_id, service_ended_on, reason) VALUES (" + p
                     + ", '2026-12-31', 'retired')");
        exec(db, "INSERT INTO retention_decision(rule_id, ref_id, decided_on, next_review_on, reason) VALUES "
                 "('retention.case', "
                     + c + ", '2026-11-01', '2027-11-01', 'tribunal pending')");
        // Rows for the record kinds the generator leaves empty, under open cases.
        const std::string open = " JOIN case_file c ON c.id = x.case_id WHERE c.status <> 'closed' LIMIT 1)";
        exec(db, "INSERT INTO action_review(owner_id, review_date, note) VALUES ((SELECT x.id FROM action_plan x" + open
                     + ", '2026-11-10', 'on track')");
        exec(db, "INSERT INTO oh_recommendation(owner_id, text, adjustment_id, action_plan_id) VALUES ((SELECT x.id "
                 "FROM oh_referral x"
                     + open + ", 'phased return', (SELECT x.id FROM adjustment x" + open
                     + ", (SELECT x.id FROM action_plan x" + open + ")");
        exec(db, "INSERT INTO sick_pay_decision(owner_id, transition, decision, rationale, decided_by, decided_on) "
                 "VALUES ((SELECT x.id FROM absence x"
                     + open + ", 'half_pay', 'extend', 'surgery date', 'ACC', '2026-11-05')");
        exec(db, "INSERT INTO injury_award(case_id, injury_date, description, decision, decision_date) VALUES (" + c
                     + ", '2026-01-05', 'fall on duty', 'pending', NULL)");
        exec(db, "INSERT INTO injury_award_step(owner_id, name, event_date, note) VALUES (last_insert_rowid(), "
                 "'SMP referral', '2026-02-01', '')");
        exec(db, "INSERT OR IGNORE INTO adjustment_upp(adjustment_id, upp_id) VALUES ((SELECT x.id FROM adjustment x"
                     + open + ", (SELECT x.id FROM upp_procedure x" + open + ")");
        exec(db, "INSERT INTO date_override(case_id, record_type, record_id, rule_id, shipped_date, override_date, "
                 "reason) SELECT x.case_id, 'upp_procedure', x.id, 'upp.test', '2026-12-01', '2026-12-08', "
                 "'bank holiday' FROM upp_procedure x JOIN case_file c ON c.id = x.case_id WHERE c.status <> "
                 "'closed' LIMIT 1");
        exec(db, "INSERT INTO date_closure(case_id, record_type, record_id, rule_id, closed_date, outcome, reason, "
                 "closed_by, closed_on) SELECT x.case_id, 'upp_procedure', x.id, 'upp.test', '2026-12-01', 'waived', "
                 "'no appeal lodged', 'PS Outgoing', '2026-12-02' FROM upp_procedure x JOIN case_file c ON c.id = "
                 "x.case_id WHERE c.status <> 'closed' LIMIT 1");
        exec(db, "INSERT INTO holistic_review(case_id, version, reviewed_on, reviewer, background, wellbeing, "
                 "attendance, performance, conduct, adjustments, occupational_health, stakeholders, "
                 "recommendations) VALUES ("
                     + c + ", 1, '2026-11-15', 'PS Outgoing', 'b', 'w', 'a', 'p', 'c', 'ad', 'oh', 's', 'r')");
        exec(db, "INSERT INTO chronology_amendment(entry_id, case_id, amended_on, amended_by, reason, correction, "
                 "medical) SELECT e.id, e.case_id, '2026-11-20', 'PS Outgoing', 'wrong day', 'Met on the Wednesday', "
                 "0 FROM chronology_entry e JOIN case_file c ON c.id = e.case_id WHERE c.status <> 'closed' LIMIT 1");
        auto closed = source->cases().openCase(sampleCase(core::PersonId{person}));
        REQUIRE(closed);
        closedCase = closed->value;
        exec(db, "UPDATE case_file SET status = 'closed', closed_on = opened_on, outcome = 'other', "
                 "next_review_on = NULL WHERE id = "
                     + std::to_string(closedCase));
        for (const std::string& table : carriedTables(db)) {
            if (count(db, "SELECT count(*) FROM \"" + table + "\"") == 0) {
                UNSCOPED_INFO("the fixture leaves " << table << " empty");
            }
        }
    }

    core::Result<core::HandoverSummary> exportAll(const std::vector<core::CaseId>& cases = {})
    {
        core::HandoverExportOptions options;
        options.cases = cases;
        options.kdf = fastKdf();
        return core::exportHandover(source->database(), source->audit(), clock, source->actor(), packagePath,
                                    secret("package passphrase"), options);
    }
};

} // namespace

TEST_CASE("handover: the schema has no table that is neither carried nor deliberately left behind", "[dp][handover]")
{
    HandoverFixture f;
    auto summary = f.exportAll();
    REQUIRE(summary);
    CHECK(summary->notCarried.empty());
    for (const std::string& table : carriedTables(f.source->database())) {
        INFO(table);
        CHECK(count(f.source->database(), "SELECT count(*) FROM \"" + table + "\"") > 0);
    }
}

TEST_CASE("handover: round trip between stores with different passphrases, every record arrives under new ids",
          "[dp][handover]")
{
    HandoverFixture f;
    auto summary = f.exportAll();
    REQUIRE(summary);
    core::Database& src = f.source->database();
    const std::int64_t openCases = count(src, "SELECT count(*) FROM case_file WHERE status <> 'closed'");
    CHECK(summary->counts.at("case_file") == openCases);
    CHECK(summary->sequence == 1);
    CHECK(summary->signerFingerprint.size() == 49);

    // The package is a new store: its own file id and data key, not a copy of the source header.
    auto sourceHeader = core::format::readHeader(f.sourcePath);
    auto packageHeader = core::format::readHeader(f.packagePath);
    REQUIRE(sourceHeader);
    REQUIRE(packageHeader);
    CHECK(sourceHeader->header().fileId != packageHeader->header().fileId);
    CHECK_FALSE(core::format::unlock(packageHeader->header(), "source passphrase").has_value());

    // Every carried table has rows in the package; the closed case stays behind.
    {
        auto pkg = core::Store::open(f.packagePath, secret("package passphrase"), core::appMigrations());
        REQUIRE(pkg);
        core::Database& db = (*pkg)->database();
        for (const std::string& table : carriedTables(db)) {
            INFO(table);
            CHECK(count(db, "SELECT count(*) FROM \"" + table + "\"") > 0);
        }
        CHECK(count(db, "SELECT count(*) FROM case_file WHERE status = 'closed'") == 0);
        CHECK(count(db, "SELECT count(*) FROM legal_hold WHERE scope = 'all'") == 0);
        CHECK(count(db, "SELECT count(*) FROM subject_key") == 0);
    }

    // The target already has people and cases, so the package's ids collide unless remapped.
    auto target = makeSession(f.targetPath, "target passphrase", "PS Successor");
    core::Database& dst = target->database();
    const auto existing = target->cases().createPerson(samplePerson("Existing Person"));
    REQUIRE(existing);
    REQUIRE(target->cases().openCase(sampleCase(*existing)));
    const std::int64_t existingCase = count(dst, "SELECT max(id) FROM case_file");

    auto imported =
        core::importHandover(dst, target->audit(), target->actor(), f.packagePath, secret("package passphrase"));
    REQUIRE(imported);
    CHECK(static_cast<std::int64_t>(imported->caseIds.size()) == openCases);
    CHECK(count(dst, "SELECT count(*) FROM person WHERE name = 'Existing Person'") == 1);
    for (const auto& [from, to] : imported->personIds) {
        CHECK(to != existing->value); // never merged into an existing person
    }
    // Attachments byte-identical.
    const std::int64_t newAttachment = count(dst, "SELECT id FROM attachment WHERE file_name = 'fit-note.bin'");
    auto bytes = target->cases().attachmentContent(core::AttachmentId{newAttachment});
    REQUIRE(bytes);
    CHECK(*bytes == f.attachmentBytes);

    // Every row and column arrived: exporting the imported cases again gives the same content.
    std::vector<core::CaseId> again;
    for (const auto& [from, to] : imported->caseIds) {
        again.push_back(core::CaseId{to});
    }
    core::HandoverExportOptions options;
    options.cases = again;
    options.kdf = fastKdf();
    auto second = core::exportHandover(dst, target->audit(), f.clock, target->actor(), f.dir / "again.cbk",
                                       secret("another"), options);
    REQUIRE(second);
    CHECK(second->contentSha256 == summary->contentSha256);
    for (const auto& [table, n] : summary->counts) {
        INFO(table);
        CHECK(second->counts[table] == n);
    }
    for (const auto& [table, n] : second->counts) {
        INFO(table);
        CHECK(summary->counts[table] == n);
    }

    // Audit: the export in the source (with the file's digest, no names), the import in the target
    // naming the source's signed head; every chain verifies.
    CHECK(count(src, "SELECT count(*) FROM audit_log WHERE action = 'export' AND record_type = 'handover' AND "
                     "summary LIKE '%"
                         + summary->fileSha256 + "%'")
          == 1);
    CHECK(count(dst, "SELECT count(*) FROM audit_log WHERE action = 'import' AND summary LIKE '%" + summary->sourceHead
                         + "%' AND summary LIKE '%" + summary->signerFingerprint + "%'")
          == 1);
    for (const auto& name : summary->people) {
        CHECK(count(src,
                    "SELECT count(*) FROM audit_log WHERE record_type = 'handover' AND summary LIKE '%" + name + "%'")
              == 0);
    }
    for (core::Session* s : {f.source.get(), target.get()}) {
        auto verified = s->audit().verify(s->database());
        REQUIRE(verified);
        CHECK(verified->ok());
    }
    auto pkg = core::Store::open(f.packagePath, secret("package passphrase"), core::appMigrations());
    REQUIRE(pkg);
    auto pkgVerified = f.source->audit().verify((*pkg)->database());
    REQUIRE(pkgVerified);
    CHECK(pkgVerified->ok());
    CHECK(pkgVerified->entriesChecked == 1);
    // The target's own person and case are untouched.
    CHECK(count(dst, "SELECT count(*) FROM case_file WHERE id = " + std::to_string(existingCase)
                         + " AND person_id = " + std::to_string(existing->value))
          == 1);
    for (const auto& [from, to] : imported->caseIds) {
        CHECK(to != existingCase);
    }
}

TEST_CASE("handover: --case picks the cases, an unknown case is refused and leaves no package", "[dp][handover]")
{
    HandoverFixture f;
    REQUIRE(f.closedCase > 0);
    auto summary = f.exportAll({core::CaseId{f.closedCase}});
    REQUIRE(summary);
    CHECK(summary->counts.at("case_file") == 1);
    CHECK(summary->counts.at("person") == 1);
    auto inspected = core::inspectHandover(f.packagePath, secret("package passphrase"));
    REQUIRE(inspected);
    REQUIRE(inspected->cases.size() == 1);
    CHECK(inspected->cases.front().status == "closed");
    CHECK(inspected->sourceHead == summary->sourceHead);

    fs::remove(f.packagePath);
    const auto audited = count(f.source->database(), "SELECT count(*) FROM audit_log");
    auto missing = f.exportAll({core::CaseId{999999}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == core::ErrorCode::NotFound);
    CHECK_FALSE(fs::exists(f.packagePath));
    CHECK(count(f.source->database(), "SELECT count(*) FROM audit_log") == audited);
}

TEST_CASE("handover: the source's passphrase does not open the package", "[dp][handover]")
{
    HandoverFixture f;
    REQUIRE(f.exportAll());
    auto wrong = core::inspectHandover(f.packagePath, secret("source passphrase"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == core::ErrorCode::WrongPassphrase);
}

TEST_CASE("handover: a tampered package is refused and the target is left as it was", "[dp][handover]")
{
    HandoverFixture f;
    REQUIRE(f.exportAll());
    const auto pristine = readFile(f.packagePath);
    auto target = makeSession(f.targetPath, "target passphrase", "PS Successor");
    core::Database& dst = target->database();
    const std::string before = dumpAll(dst);
    auto importIt = [&] {
        return core::importHandover(dst, target->audit(), target->actor(), f.packagePath, secret("package passphrase"));
    };

    SECTION("a byte of a page")
    {
        flipByte(f.packagePath, 4096 + 4096 * 3 + 500);
    }
    SECTION("a byte of the header (copy A's key slot)")
    {
        flipByte(f.packagePath, 60);
    }
    SECTION("a byte of the header (copy B's KDF salt)")
    {
        flipByte(f.packagePath, 2048 + 70);
    }
    SECTION("the signature, by someone who knows the passphrase")
    {
        auto pkg = core::Store::open(f.packagePath, secret("package passphrase"), core::appMigrations());
        REQUIRE(pkg);
        auto sig = (*pkg)->database().queryText("SELECT value FROM store_meta WHERE key = 'handover_signature'");
        REQUIRE(sig);
        std::string flipped = *sig;
        flipped[10] = flipped[10] == '0' ? '1' : '0';
        exec((*pkg)->database(), "UPDATE store_meta SET value = '" + flipped + "' WHERE key = 'handover_signature'");
    }
    SECTION("a row, by someone who knows the passphrase")
    {
        auto pkg = core::Store::open(f.packagePath, secret("package passphrase"), core::appMigrations());
        REQUIRE(pkg);
        exec((*pkg)->database(), "UPDATE chronology_entry SET body = body || ' (edited)' WHERE id = 3");
    }
    SECTION("the manifest re-signed with another key (a different signer than expected)")
    {
        // Another store's package carries another signer; an import that names the expected
        // fingerprint refuses it.
        core::HandoverImportOptions expect;
        expect.expectedSigner = "0000 0000 0000 0000 0000 0000 0000 0000 0000 0000";
        auto refused = core::importHandover(dst, target->audit(), target->actor(), f.packagePath,
                                            secret("package passphrase"), expect);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::InvalidArgument);
        CHECK(dumpAll(dst) == before);
        return;
    }
    CHECK(readFile(f.packagePath) != pristine);
    auto refused = importIt();
    REQUIRE_FALSE(refused);
    INFO(refused.error().detail);
    CHECK(refused.error().code == core::ErrorCode::StoreDamaged);
    CHECK(dumpAll(dst) == before);
}

TEST_CASE("handover: the expected signer is accepted, the same package is not imported twice", "[dp][handover]")
{
    HandoverFixture f;
    auto summary = f.exportAll();
    REQUIRE(summary);
    auto fingerprint = core::handoverFingerprint(f.source->database());
    REQUIRE(fingerprint);
    CHECK(*fingerprint == summary->signerFingerprint);
    auto target = makeSession(f.targetPath, "target passphrase", "PS Successor");
    core::HandoverImportOptions expect;
    expect.expectedSigner = *fingerprint;
    REQUIRE(core::importHandover(target->database(), target->audit(), target->actor(), f.packagePath,
                                 secret("package passphrase"), expect));
    const std::string after = dumpAll(target->database());
    auto replay = core::importHandover(target->database(), target->audit(), target->actor(), f.packagePath,
                                       secret("package passphrase"));
    REQUIRE_FALSE(replay);
    CHECK(replay.error().code == core::ErrorCode::AlreadyExists);
    CHECK(dumpAll(target->database()) == after);
}

TEST_CASE("handover: an import that fails half-way leaves the target byte-for-byte as it was", "[dp][handover]")
{
    HandoverFixture f;
    REQUIRE(f.exportAll());
    auto target = makeSession(f.targetPath, "target passphrase", "PS Successor");
    core::Database& dst = target->database();
    REQUIRE(target->cases().createPerson(samplePerson("Existing Person")));
    const std::string before = dumpAll(dst);
    const auto mainBefore = readFile(f.targetPath);
    const auto walBefore = readFile(f.targetPath.string() + "-wal");
    core::HandoverImportOptions failing;
    std::uint64_t calls = 0;
    failing.progress = [&](std::uint64_t done, std::uint64_t total) {
        ++calls;
        return done < total / 2; // the injected failure point: half-way through the rows
    };
    auto failed = core::importHandover(dst, target->audit(), target->actor(), f.packagePath,
                                       secret("package passphrase"), failing);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == core::ErrorCode::Cancelled);
    CHECK(calls > 1);
    CHECK(dumpAll(dst) == before);
    CHECK(readFile(f.targetPath) == mainBefore);
    CHECK(readFile(f.targetPath.string() + "-wal") == walBefore);
    auto verified = target->audit().verify(dst);
    REQUIRE(verified);
    CHECK(verified->ok());
}

TEST_CASE("handover: a process killed during the import leaves the target store as it was", "[dp][handover]")
{
    HandoverFixture f;
    REQUIRE(f.exportAll());
    std::string before;
    {
        auto target = makeSession(f.targetPath, "target passphrase", "PS Successor");
        REQUIRE(target->cases().createPerson(samplePerson("Existing Person")));
        before = dumpAll(target->database());
    }
    f.source.reset();
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        core::SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "PS Successor";
        auto target = core::Session::open(f.targetPath, secret("target passphrase"), options);
        if (!target) {
            _exit(2);
        }
        core::HandoverImportOptions dying;
        dying.progress = [](std::uint64_t done, std::uint64_t total) {
            if (done >= total / 2) {
                std::raise(SIGKILL); // killed with half the rows written into the open transaction
            }
            return true;
        };
        (void)core::importHandover((*target)->database(), (*target)->audit(), "PS Successor", f.packagePath,
                                   secret("package passphrase"), dying);
        _exit(3); // not reached when the kill happened
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    auto target = openSession(f.targetPath, "target passphrase", "PS Successor");
    CHECK(dumpAll(target->database()) == before);
    auto verified = target->audit().verify(target->database());
    REQUIRE(verified);
    CHECK(verified->ok());
    // And the import still works afterwards.
    REQUIRE(core::importHandover(target->database(), target->audit(), target->actor(), f.packagePath,
                                 secret("package passphrase")));
}

TEST_CASE("handover: a case closed among the chosen person's cases stays behind with its records", "[dp][handover]")
{
    HandoverFixture f;
    core::Database& src = f.source->database();
    const std::int64_t closing = count(src, "SELECT max(id) FROM case_file WHERE status <> 'closed'");
    exec(src, "UPDATE case_file SET status = 'closed', closed_on = opened_on, outcome = 'other', next_review_on = NULL "
              "WHERE id = "
                  + std::to_string(closing));
    auto summary = f.exportAll();
    REQUIRE(summary);
    auto target = makeSession(f.targetPath, "target passphrase", "PS Successor");
    auto imported = core::importHandover(target->database(), target->audit(), target->actor(), f.packagePath,
                                         secret("package passphrase"));
    REQUIRE(imported);
    std::vector<core::CaseId> again;
    for (const auto& [from, to] : imported->caseIds) {
        again.push_back(core::CaseId{to});
    }
    core::HandoverExportOptions options;
    options.cases = again;
    options.kdf = fastKdf();
    auto second = core::exportHandover(target->database(), target->audit(), f.clock, target->actor(),
                                       f.dir / "again.cbk", secret("another"), options);
    REQUIRE(second);
    for (const auto& [table, n] : summary->counts) {
        INFO(table);
        CHECK(second->counts[table] == n);
    }
    CHECK(second->contentSha256 == summary->contentSha256);
}

TEST_CASE("handover: export and import time on a larger caseload (not run by ctest)", "[.][bench][handover]")
{
    TempDir dir;
    auto source = makeSession(dir / "big.cbk", "pw", "PS Outgoing");
    core::FictionalCaseloadOptions o;
    o.people = 300;
    o.cases = 400;
    o.chronologyEntries = 8000;
    o.entriesPerTransaction = 500;
    o.today = day("2026-11-22");
    REQUIRE(core::generateFictionalCaseload(*source, o));
    core::FakeClock clock{core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}}};
    core::HandoverExportOptions options;
    options.kdf = fastKdf();
    const auto t0 = std::chrono::steady_clock::now();
    auto summary = core::exportHandover(source->database(), source->audit(), clock, source->actor(), dir / "p.cbk",
                                        secret("pkg"), options);
    REQUIRE(summary);
    const auto t1 = std::chrono::steady_clock::now();
    auto target = makeSession(dir / "t.cbk", "pw2", "PS Successor");
    const auto t2 = std::chrono::steady_clock::now();
    REQUIRE(core::importHandover(target->database(), target->audit(), target->actor(), dir / "p.cbk", secret("pkg")));
    const auto t3 = std::chrono::steady_clock::now();
    using ms = std::chrono::milliseconds;
    WARN("cases " << summary->counts["case_file"] << ", chronology " << summary->counts["chronology_entry"]
                  << ": export " << std::chrono::duration_cast<ms>(t1 - t0).count() << " ms, import "
                  << std::chrono::duration_cast<ms>(t3 - t2).count() << " ms");
}

} // namespace casebook::test
