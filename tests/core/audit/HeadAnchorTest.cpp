// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The audit head kept outside the store: its text form and the per-store state file that the app
// and casebook-cli share to notice a store rolled back to an older copy.
#include "audit/HeadAnchor.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace casebook;
using Kind = core::HeadComparison::Kind;

namespace {

core::AuditHead head(std::int64_t seq, std::uint8_t fill)
{
    core::AuditHead h;
    h.seq = seq;
    h.hash.fill(fill);
    return h;
}

} // namespace

TEST_CASE("an audit head reads back from its text form, and malformed text is refused", "[audit][anchor]")
{
    auto h = head(1234, 0xab);
    h.hash[0] = 0x01;
    const std::string text = core::formatAuditHead(h);
    CHECK(text.substr(0, 9) == "1234:01ab");
    CHECK(text.size() == 5 + 64);
    CHECK(core::parseAuditHead(text) == h);
    for (const char* bad : {"", "1234", ":abcd", "12x4:", "-1:00", "5:ABAB", "5:abc"}) {
        INFO(bad);
        CHECK_FALSE(core::parseAuditHead(bad));
    }
    CHECK_FALSE(core::parseAuditHead(text + "0"));
    CHECK_FALSE(core::parseAuditHead(text.substr(0, text.size() - 1) + "g"));
}

TEST_CASE("the state file tells a first sight, the same head, a later one, an older one and a replaced one apart",
          "[audit][anchor]")
{
    test::TempDir dir;
    const core::AuditHeadAnchors anchors(dir / "state" / "casebook" / "audit-heads");
    const auto store = dir / "s.cbk";
    const auto other = dir / "other.cbk";

    CHECK(anchors.check(store, head(5, 1)).kind == Kind::FirstSeen);
    CHECK(anchors.check(store, head(5, 1)).kind == Kind::Same);
    CHECK(anchors.check(store, head(7, 2)).kind == Kind::Ahead);
    const auto older = anchors.compare(store, head(5, 1));
    CHECK(older.kind == Kind::Older);
    CHECK(older.rolledBack());
    CHECK(older.seen == core::formatAuditHead(head(7, 2)));
    const auto replaced = anchors.compare(store, head(7, 3));
    CHECK(replaced.kind == Kind::Replaced);
    CHECK(replaced.rolledBack());
    // compare() records nothing; each store has its own line.
    CHECK(anchors.compare(store, head(7, 2)).kind == Kind::Same);
    CHECK(anchors.check(other, head(1, 9)).kind == Kind::FirstSeen);
    CHECK(anchors.compare(store, head(7, 2)).kind == Kind::Same);
    // A relative path and its absolute form are one store.
    CHECK(anchors.compare(std::filesystem::absolute(store) / "." / ".." / "s.cbk", head(7, 2)).kind == Kind::Same);

    struct stat st {};
    REQUIRE(::stat(anchors.file().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat((dir / "state" / "casebook").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    const auto bytes = test::readFile(anchors.file());
    const std::string text(bytes.begin(), bytes.end());
    CHECK(text.find("\t7:0202") != std::string::npos);
}

TEST_CASE("an unreadable line in the state file counts as nothing seen and is rewritten", "[audit][anchor]")
{
    test::TempDir dir;
    const core::AuditHeadAnchors anchors(dir / "audit-heads");
    const auto store = dir / "s.cbk";
    const std::string line = std::filesystem::absolute(store).lexically_normal().string() + "\tnot a head\n";
    test::writeFile(anchors.file(), std::vector<std::uint8_t>(line.begin(), line.end()));
    const auto seen = anchors.check(store, head(3, 4));
    CHECK(seen.kind == Kind::FirstSeen);
    CHECK(anchors.compare(store, head(3, 4)).kind == Kind::Same);
}
