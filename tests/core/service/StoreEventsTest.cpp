// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Backups made from the app or the CLI are recorded in the audit log (issue 13 item 4; issue 10
// item 11); a backup the log cannot record does not stay behind.
#include "schema/AppSchema.h"
#include "support/TestSupport.h"

#include "audit/AuditLog.h"
#include "service/Session.h"
#include "service/StoreEvents.h"
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace casebook;

namespace {

core::SessionOptions options()
{
    core::SessionOptions o;
    o.resourcesDir = CASEBOOK_RESOURCES_DIR;
    o.actor = "PS 4821 Sam Taylor";
    return o;
}

} // namespace

TEST_CASE("A backup from a session is written, opens with the passphrase and is in the audit log", "[store-events]")
{
    test::TempDir dir;
    auto session = core::Session::create(dir / "live.cbk", test::secret("pw"), options(), test::fastKdf());
    REQUIRE(session);
    core::Session& s = **session;
    const auto out = dir / "copy.cbk";
    REQUIRE(core::backUpAndRecord(s.store(), s.audit(), s.actor(), out, test::secret("pw")));
    CHECK(std::filesystem::exists(out));
    CHECK(core::Store::open(out, test::secret("pw"), core::appMigrations()));

    core::AuditFilter last;
    last.newestFirst = true;
    last.limit = 1;
    const auto entries = s.audit().list(s.database(), last);
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    const core::AuditEntry& entry = entries->front().entry;
    CHECK(entry.action == core::AuditAction::Backup);
    CHECK(entry.actor == "PS 4821 Sam Taylor");
    CHECK(entry.recordType == "store");
    CHECK(entry.summary == "encrypted backup written to copy.cbk");
}

TEST_CASE("A backup over an existing file or with a wrong passphrase writes and records nothing", "[store-events]")
{
    test::TempDir dir;
    auto session = core::Session::create(dir / "live.cbk", test::secret("pw"), options(), test::fastKdf());
    REQUIRE(session);
    core::Session& s = **session;
    const auto count = [&] { return s.database().queryInt("SELECT count(*) FROM audit_log").value(); };
    const auto before = count();

    const auto wrong = core::backUpAndRecord(s.store(), s.audit(), s.actor(), dir / "wrong.cbk", test::secret("no"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == core::ErrorCode::WrongPassphrase);
    CHECK_FALSE(std::filesystem::exists(dir / "wrong.cbk"));

    REQUIRE(core::backUpAndRecord(s.store(), s.audit(), s.actor(), dir / "once.cbk", test::secret("pw")));
    const auto again = core::backUpAndRecord(s.store(), s.audit(), s.actor(), dir / "once.cbk", test::secret("pw"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == core::ErrorCode::AlreadyExists);
    CHECK(count() == before + 1); // only the one backup that was written
}

TEST_CASE("A backup the audit log refuses to record is removed with its side files", "[store-events]")
{
    // Issue 13 item 3: partial output is cleaned on every path, including the last one.
    test::TempDir dir;
    auto session = core::Session::create(dir / "live.cbk", test::secret("pw"), options(), test::fastKdf());
    REQUIRE(session);
    core::Session& s = **session;
    const auto count = [&] { return s.database().queryInt("SELECT count(*) FROM audit_log").value(); };
    const auto before = count();
    const auto out = dir / "unrecorded.cbk";
    // The log refuses an entry with no actor, after the backup itself has been written.
    const auto refused = core::backUpAndRecord(s.store(), s.audit(), "", out, test::secret("pw"));
    REQUIRE_FALSE(refused);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        INFO("file " << out.string() << suffix);
        CHECK_FALSE(std::filesystem::exists(out.string() + suffix));
    }
    CHECK(count() == before);
    CHECK(core::backUpAndRecord(s.store(), s.audit(), s.actor(), out, test::secret("pw")));
}
