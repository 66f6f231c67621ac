// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan items 3 (header damage) and 13 (passphrase change).
#include "schema/AppSchema.h"
#include "store/StoreHeader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <functional>
#include <sys/stat.h>

using namespace casebook;
using namespace casebook::test;
using core::ErrorCode;
namespace format = core::format;

namespace {

// Rewrites both header copies after `edit`, with a valid checksum (an attacker can compute it).
void rewriteHeader(const std::filesystem::path& path, const std::function<void(format::Header&)>& edit)
{
    auto bytes = readFile(path);
    auto state = format::parseHeader(bytes.data(), bytes.size());
    REQUIRE(state);
    format::Header header = state->header();
    edit(header);
    const auto copy = format::serialize(header);
    std::copy(copy.begin(), copy.end(), bytes.begin());
    std::copy(copy.begin(), copy.end(), bytes.begin() + format::kCopyBytes);
    writeFile(path, bytes);
}

std::vector<std::uint8_t> pagesOf(const std::filesystem::path& path)
{
    auto bytes = readFile(path);
    return {bytes.begin() + format::kHeaderBytes, bytes.end()};
}

} // namespace

TEST_CASE("a damaged header copy A is survived by opening from copy B", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 50).reset();
    flipByte(path, 100);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    CHECK((*store)->database().queryInt("SELECT count(*) FROM t").value() == 50);
    auto report = (*store)->verify();
    REQUIRE(report);
    REQUIRE(report->findings.size() == 1);
    CHECK(report->findings[0].kind == core::CheckFinding::Kind::HeaderCopy);
    CHECK(report->findings[0].where == 0);
}

TEST_CASE("a flip in unused header padding is still seen as a damaged copy", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    flipByte(path, 2048 + 1500);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    auto report = (*store)->verify();
    REQUIRE(report);
    REQUIRE(report->findings.size() == 1);
    CHECK(report->findings[0].where == 1);
}

TEST_CASE("both header copies damaged is HeaderCorrupt, not a wrong passphrase", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    flipByte(path, 100);
    flipByte(path, 2048 + 100);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::HeaderCorrupt);
}

TEST_CASE("damaged version bytes in both copies read as damage, not as a newer format", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    flipByte(path, 8, 0x40);
    flipByte(path, 2048 + 8, 0x40);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::HeaderCorrupt);
}

TEST_CASE("editing Argon2 parameters or the file id makes the key unwrap fail", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    const auto pristine = readFile(path);

    rewriteHeader(path, [](format::Header& h) { h.slots[0].kdf.iterations += 1; });
    auto weakened = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(weakened);
    CHECK(weakened.error().code == ErrorCode::WrongPassphrase);

    writeFile(path, pristine);
    rewriteHeader(path, [](format::Header& h) { h.fileId[3] ^= 0xff; });
    auto moved = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(moved);
    CHECK(moved.error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("a header claiming another page size or a newer format is unsupported", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    const auto pristine = readFile(path);
    rewriteHeader(path, [](format::Header& h) { h.formatVersion = 2; });
    auto newer = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(newer);
    CHECK(newer.error().code == ErrorCode::UnsupportedVersion);

    writeFile(path, pristine);
    rewriteHeader(path, [](format::Header& h) { h.pageSize = 8192; });
    auto resized = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(resized);
    CHECK(resized.error().code == ErrorCode::UnsupportedVersion);
}

TEST_CASE("absurd KDF parameters in a doctored header are refused before any work", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    rewriteHeader(path, [](format::Header& h) { h.slots[0].kdf.memoryKiB = 0xffffffffU; });
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::HeaderCorrupt);
}

TEST_CASE("a key slot removed by someone without the key is detected by the header MAC", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "first", 1).reset();
    // The owner adds a second passphrase slot (with the key, so the MAC is resealed).
    {
        auto bytes = readFile(path);
        auto state = format::parseHeader(bytes.data(), bytes.size());
        auto keys = format::unlock(state->header(), "first");
        REQUIRE(keys);
        rewriteHeader(path, [&](format::Header& h) {
            REQUIRE(format::wrapIntoSlot(h, 1, format::SlotType::Passphrase, *keys, "second", {8 * 1024, 1, 1}));
            format::seal(h, *keys);
        });
    }
    REQUIRE(core::Store::open(path, secret("second"), core::appMigrations()));
    // Someone without the key drops slot 1 and fixes the checksum.
    rewriteHeader(path, [](format::Header& h) { h.slots[1] = format::KeySlot{}; });
    auto store = core::Store::open(path, secret("first"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::StoreDamaged);
}

TEST_CASE("changing the passphrase rewrites the header only, never a page", "[passphrase]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "old", 2000).reset();
    const auto pagesBefore = pagesOf(path);
    const auto headerBefore = readFile(path);

    REQUIRE(core::Store::changePassphrase(path, secret("old"), secret("new"), fastKdf()));
    CHECK(pagesOf(path) == pagesBefore);
    CHECK(readFile(path) != headerBefore);

    auto old = core::Store::open(path, secret("old"), core::appMigrations());
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::WrongPassphrase);
    auto store = core::Store::open(path, secret("new"), core::appMigrations());
    REQUIRE(store);
    CHECK((*store)->database().queryInt("SELECT count(*) FROM t").value() == 2000);
    CHECK((*store)->info()->headerGeneration == 2);
}

TEST_CASE("a wrong old passphrase changes nothing", "[passphrase]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "old", 1).reset();
    const auto before = readFile(path);
    auto st = core::Store::changePassphrase(path, secret("nope"), secret("new"), fastKdf());
    REQUIRE_FALSE(st);
    CHECK(st.error().code == ErrorCode::WrongPassphrase);
    CHECK(readFile(path) == before);
}

TEST_CASE("a crash between the two header writes leaves exactly one passphrase working", "[passphrase]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "old", 10).reset();
    const auto before = readFile(path);
    REQUIRE(core::Store::changePassphrase(path, secret("old"), secret("new"), fastKdf()));
    const auto after = readFile(path);

    // The older copy (B) is written first. Crash after it: B new, A old.
    auto firstWriteDone = before;
    std::copy(after.begin() + 2048, after.begin() + 4096, firstWriteDone.begin() + 2048);
    writeFile(path, firstWriteDone);
    CHECK(core::Store::open(path, secret("new"), core::appMigrations()));
    CHECK(core::Store::open(path, secret("old"), core::appMigrations()).error().code == ErrorCode::WrongPassphrase);

    // Crash during it: B torn, A old.
    auto torn = firstWriteDone;
    std::fill(torn.begin() + 2048 + 512, torn.begin() + 4096, std::uint8_t{0});
    writeFile(path, torn);
    CHECK(core::Store::open(path, secret("old"), core::appMigrations()));
    CHECK(core::Store::open(path, secret("new"), core::appMigrations()).error().code == ErrorCode::WrongPassphrase);
}

namespace {

// Rewrites only copy `which` after `edit`, with a valid checksum.
void rewriteOneCopy(const std::filesystem::path& path, std::size_t which,
                    const std::function<void(format::Header&)>& edit)
{
    auto bytes = readFile(path);
    auto copy = format::parseCopy(bytes.data() + which * format::kCopyBytes, nullptr);
    REQUIRE(copy);
    edit(*copy);
    const auto serialized = format::serialize(*copy);
    std::copy(serialized.begin(), serialized.end(),
              bytes.begin() + static_cast<std::ptrdiff_t>(which * format::kCopyBytes));
    writeFile(path, bytes);
}

} // namespace

// Failed before the fix: WrongPassphrase, although copy A was intact.
TEST_CASE("a doctored header copy with a higher generation falls back to the intact copy", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 3).reset();
    rewriteOneCopy(path, 1, [](format::Header& h) { h.generation += 5; });
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    CHECK((*store)->database().queryInt("SELECT count(*) FROM t").value() == 3);
    REQUIRE_FALSE((*store)->warnings().empty());
    CHECK((*store)->warnings()[0].find("header is damaged") != std::string::npos);
    store->reset();
    auto wrong = core::Store::open(path, secret("not it"), core::appMigrations());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
}

// Failed before the fix: an edited KDF parameter in one copy read as a wrong passphrase.
TEST_CASE("KDF parameters edited in one header copy read as damage and open from the other", "[header]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "pw", 1).reset();
    rewriteOneCopy(path, 0, [](format::Header& h) { h.slots[0].kdf.iterations += 1; });
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE(store);
    CHECK((*store)->warnings().size() == 1);
    // Changing the passphrase rewrites both copies from the intact one.
    store->reset();
    REQUIRE(core::Store::changePassphrase(path, secret("pw"), secret("new"), fastKdf()));
    auto reopened = core::Store::open(path, secret("new"), core::appMigrations());
    REQUIRE(reopened);
    CHECK((*reopened)->warnings().empty());
}

// Failed before the fix: both said "No such file" or an I/O error.
TEST_CASE("a store cut inside or right after its header is reported as damage", "[header][open]")
{
    for (const std::size_t keep : {2048U, 3000U, 4095U, 4096U}) {
        TempDir dir;
        const auto path = dir / "a.cbk";
        makeStore(path, "pw", 1).reset();
        auto bytes = readFile(path);
        bytes.resize(keep);
        writeFile(path, bytes);
        INFO("kept " << keep << " bytes");
        auto store = core::Store::open(path, secret("pw"), core::appMigrations());
        REQUIRE_FALSE(store);
        CHECK(store.error().code == ErrorCode::StoreDamaged);
        auto info = core::Store::peekInfo(path);
        REQUIRE_FALSE(info);
        CHECK(info.error().code == ErrorCode::StoreDamaged);
    }
}

// Failed before the fix: the read blocked forever waiting for a writer.
TEST_CASE("a FIFO at the store's path is refused at once, not waited on", "[header][open]")
{
    TempDir dir;
    const auto path = dir / "fifo.cbk";
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    auto info = core::Store::peekInfo(path);
    REQUIRE_FALSE(info);
    CHECK(info.error().code == ErrorCode::NotAStore);
    auto store = core::Store::open(path, secret("pw"), core::appMigrations());
    REQUIRE_FALSE(store);
    CHECK(store.error().code == ErrorCode::NotAStore);
}

// Failed before the fix: the first passphrase slot was re-wrapped, so "first" stopped working
// and "second" kept working.
TEST_CASE("changing the passphrase re-wraps the slot that opened, not the first one", "[passphrase]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "first", 1).reset();
    {
        auto bytes = readFile(path);
        auto state = format::parseHeader(bytes.data(), bytes.size());
        auto keys = format::unlock(state->header(), "first");
        REQUIRE(keys);
        rewriteHeader(path, [&](format::Header& h) {
            REQUIRE(format::wrapIntoSlot(h, 1, format::SlotType::Passphrase, *keys, "second", {8 * 1024, 1, 1}));
            format::seal(h, *keys);
        });
    }
    REQUIRE(core::Store::changePassphrase(path, secret("second"), secret("third"), fastKdf()));
    CHECK(core::Store::open(path, secret("first"), core::appMigrations()));
    CHECK(core::Store::open(path, secret("third"), core::appMigrations()));
    auto old = core::Store::open(path, secret("second"), core::appMigrations());
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::WrongPassphrase);
}

// Without --rekey, an old header plus the old passphrase opens every later version of the store
// (the data key is only re-wrapped); after a rekey it opens nothing.
TEST_CASE("rekey writes the store under a new data key and file id", "[passphrase][rekey]")
{
    TempDir dir;
    const auto path = dir / "a.cbk";
    makeStore(path, "old", 50).reset();
    const auto before = readFile(path);
    const std::vector<std::uint8_t> oldHeader(before.begin(), before.begin() + format::kHeaderBytes);
    REQUIRE(core::Store::rekey(path, secret("old"), secret("new"), fastKdf()));
    CHECK_FALSE(std::filesystem::exists(path.string() + ".rekeying"));

    auto store = core::Store::open(path, secret("new"), core::appMigrations());
    REQUIRE(store);
    CHECK((*store)->database().queryInt("SELECT count(*) FROM t").value() == 50);
    auto report = (*store)->verify();
    REQUIRE(report);
    CHECK(report->ok());
    store->reset();
    auto old = core::Store::open(path, secret("old"), core::appMigrations());
    REQUIRE_FALSE(old);
    CHECK(old.error().code == ErrorCode::WrongPassphrase);

    const auto after = readFile(path);
    auto oldState = format::parseHeader(before.data(), before.size());
    auto newState = format::parseHeader(after.data(), after.size());
    CHECK(oldState->header().fileId != newState->header().fileId);
    // No page ciphertext survives.
    for (std::size_t at = format::kHeaderBytes; at + 4096 <= std::min(before.size(), after.size()); at += 4096) {
        CHECK_FALSE(std::equal(before.begin() + static_cast<std::ptrdiff_t>(at),
                               before.begin() + static_cast<std::ptrdiff_t>(at + 4096),
                               after.begin() + static_cast<std::ptrdiff_t>(at)));
    }
    // The old header spliced onto the new file unwraps the old key, which reads no page.
    auto spliced = after;
    std::copy(oldHeader.begin(), oldHeader.end(), spliced.begin());
    writeFile(path, spliced);
    auto forged = core::Store::open(path, secret("old"), core::appMigrations());
    REQUIRE_FALSE(forged);
    CHECK(forged.error().code == ErrorCode::StoreDamaged);
}
