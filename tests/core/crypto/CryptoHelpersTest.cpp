// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "crypto/Digest.h"
#include "crypto/Ed25519.h"
#include "crypto/Encoding.h"
#include "crypto/Random.h"

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

using namespace casebook::core;

namespace {

std::vector<std::uint8_t> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

} // namespace

TEST_CASE("SHA-256 matches the FIPS 180-2 vector, whole or in pieces", "[crypto][digest]")
{
    const std::string abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    CHECK(sha256Hex("abc") == abc);
    CHECK(hexEncode(sha256(bytesOf("abc"))) == abc);
    Sha256 pieces;
    pieces.update(std::string_view("a")).update(bytesOf("b")).update("c", 1).update(nullptr, 0);
    CHECK(pieces.finalHex() == abc);
    // After final() the hasher starts again empty.
    CHECK(pieces.finalHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("HMAC-SHA-256 matches RFC 4231 test case 2", "[crypto][digest]")
{
    CHECK(hexEncode(hmacSha256(bytesOf("Jefe"), bytesOf("what do ya want for nothing?")))
          == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST_CASE("hex and base64 round-trip and refuse what is not theirs", "[crypto][encoding]")
{
    const std::vector<std::uint8_t> bytes{0x00, 0xff, 0x10, 0xab};
    CHECK(hexEncode(bytes) == "00ff10ab");
    CHECK(hexDecode("00FF10ab") == bytes);
    CHECK_FALSE(hexDecode("0g"));
    CHECK_FALSE(hexDecode("abc"));
    CHECK(base64Encode(bytesOf("Casebook")) == "Q2FzZWJvb2s=");
    CHECK(base64Decode("Q2FzZWJvb2s=") == bytesOf("Casebook"));
    CHECK_FALSE(base64Decode("Q2F*ZWJvb2s="));
}

TEST_CASE("random bytes differ from call to call", "[crypto][random]")
{
    CHECK(randomBytes(16).size() == 16);
    CHECK(randomBytes(32) != randomBytes(32));
    CHECK(randomSecret(32).size() == 32);
}

TEST_CASE("an Ed25519 signature verifies, and fails for another message, key or a malformed key", "[crypto][ed25519]")
{
    const Ed25519Key key = Ed25519Key::generate();
    const auto message = bytesOf("casebook-handover/1 manifest\n{}");
    const auto signature = key.sign(message);
    CHECK(signature.size() == 64);
    CHECK(key.publicKey().size() == 32);
    CHECK(ed25519Verify(key.publicKey(), message, signature));
    CHECK_FALSE(ed25519Verify(key.publicKey(), bytesOf("another message"), signature));
    CHECK_FALSE(ed25519Verify(Ed25519Key::generate().publicKey(), message, signature));
    CHECK_FALSE(ed25519Verify(bytesOf("short"), message, signature));

    const auto reloaded = Ed25519Key::fromPrivate(key.privateKey());
    REQUIRE(reloaded);
    CHECK(reloaded->publicKey() == key.publicKey());
    CHECK(ed25519Verify(key.publicKey(), message, reloaded->sign(message)));
    CHECK_FALSE(Ed25519Key::fromPrivate(bytesOf("not a key")));
}
