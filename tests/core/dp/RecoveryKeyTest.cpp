// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The recovery key (issue 15 item 6): printed with checks, typos caught before any unlock,
// recovery sets a new passphrase and replaces the key.
#include "schema/AppSchema.h"
#include "support/TestSupport.h"

#include "dp/RecoveryKey.h"
#include "store/Store.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <string>

namespace casebook::test {

namespace {

std::string text(const core::SecretString& s)
{
    return std::string(s.view());
}

} // namespace

TEST_CASE("recovery key: printed form round-trips, every single typo and a swapped group are caught", "[dp][recovery]")
{
    std::array<std::uint8_t, 32> key{};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<std::uint8_t>(i * 37 + 11);
    }
    const std::string printed = text(core::recovery::encode(key));
    CHECK(printed.size() == 14 * 5 + 13);
    auto back = core::recovery::decode(printed);
    REQUIRE(back.has_value());
    CHECK(*back == key);
    // Forgiving input: lower case and spaces instead of hyphens.
    std::string relaxed = printed;
    for (char& c : relaxed) {
        c = c == '-' ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    CHECK(core::recovery::decode(relaxed).value() == key);
    // Every position, every other character: caught.
    const std::string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    int caught = 0;
    int tried = 0;
    for (std::size_t pos = 0; pos < printed.size(); ++pos) {
        if (printed[pos] == '-') {
            continue;
        }
        for (const char c : alphabet) {
            if (c == printed[pos]) {
                continue;
            }
            std::string typo = printed;
            typo[pos] = c;
            ++tried;
            auto decoded = core::recovery::decode(typo);
            caught += decoded.has_value() ? 0 : 1;
        }
    }
    CHECK(caught == tried);
    std::string swapped = printed;
    std::swap_ranges(swapped.begin(), swapped.begin() + 5, swapped.begin() + 6);
    if (swapped != printed) {
        CHECK_FALSE(core::recovery::decode(swapped).has_value());
    }
    const auto shortKey = core::recovery::decode(printed.substr(0, 20));
    REQUIRE_FALSE(shortKey.has_value());
    CHECK(shortKey.error().detail.find("14 groups") != std::string::npos);
    const auto firstGroup = core::recovery::decode("Z" + printed.substr(1));
    if (printed[0] != 'Z') {
        REQUIRE_FALSE(firstGroup.has_value());
        CHECK(firstGroup.error().detail.find("group 1") != std::string::npos);
    }
}

TEST_CASE("recovery key: while it is typed, the first complete group with a typo is named", "[dp][recovery]")
{
    std::array<std::uint8_t, 32> key{};
    key.fill(0x5a);
    const std::string printed = text(core::recovery::encode(key));
    CHECK(core::recovery::firstGroupWithTypo("") == 0);
    CHECK(core::recovery::firstGroupWithTypo(printed) == 0);
    CHECK(core::recovery::firstGroupWithTypo(printed.substr(0, 14)) == 0); // two groups and a bit
    std::string typo = printed;
    typo[13] = typo[13] == 'Q' ? 'R' : 'Q';                             // the third group
    CHECK(core::recovery::firstGroupWithTypo(typo.substr(0, 13)) == 0); // not complete yet
    CHECK(core::recovery::firstGroupWithTypo(typo.substr(0, 17)) == 3);
    CHECK(core::recovery::firstGroupWithTypo(typo) == 3);
    CHECK(core::recovery::firstGroupWithTypo("abc!e") == 1);
}

TEST_CASE("recovery key: add, recover with a new passphrase, the old key and passphrase stop working, remove",
          "[dp][recovery]")
{
    TempDir dir;
    const auto path = dir / "r.cbk";
    makeStore(path, "old passphrase", 3).reset(); // closed again
    CHECK_FALSE(core::recovery::present(path).value());
    CHECK_FALSE(core::recovery::add(path, core::SecretString("wrong")).has_value());
    auto first = core::recovery::add(path, core::SecretString("old passphrase"));
    REQUIRE(first.has_value());
    CHECK(core::recovery::present(path).value());
    // A typo is caught before any unlock is tried: the error names the group, not the passphrase.
    std::string typo = text(*first);
    typo[2] = typo[2] == 'A' ? 'B' : 'A';
    auto refused = core::recovery::recover(path, typo, core::SecretString("new passphrase"));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::InvalidArgument);
    CHECK(refused.error().detail.find("group 1") != std::string::npos);

    auto second = core::recovery::recover(path, text(*first), core::SecretString("new passphrase"));
    REQUIRE(second.has_value());
    CHECK(text(*second) != text(*first));
    CHECK_FALSE(core::Store::open(path, core::SecretString("old passphrase"), core::appMigrations()).has_value());
    {
        auto reopened = core::Store::open(path, core::SecretString("new passphrase"), core::appMigrations());
        REQUIRE(reopened.has_value());
        CHECK((*reopened)->database().queryInt("SELECT count(*) FROM person").value() >= 0);
    }
    // The replaced key no longer opens the store; the new one does.
    auto stale = core::recovery::recover(path, text(*first), core::SecretString("another"));
    REQUIRE_FALSE(stale.has_value());
    CHECK(stale.error().code == core::ErrorCode::WrongPassphrase);
    REQUIRE(core::recovery::remove(path, core::SecretString("new passphrase")));
    CHECK_FALSE(core::recovery::present(path).value());
    CHECK(core::recovery::remove(path, core::SecretString("new passphrase")).error().code == core::ErrorCode::NotFound);
    CHECK(core::recovery::recover(path, text(*second), core::SecretString("x")).error().code
          == core::ErrorCode::NotFound);
}

} // namespace casebook::test
