// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Storage test plan item 17 (nonce hygiene) and the per-page AEAD binding.
#include "store/PageCipher.h"

#include <catch2/catch.hpp>

#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace casebook::core;

namespace {
std::vector<std::uint8_t> page(std::uint8_t fill)
{
    std::vector<std::uint8_t> p(format::kPageSize, fill);
    p[16] = 0x10; // page size 4096 as SQLite writes it
    p[17] = 0x00;
    p[20] = format::kReserve;
    return p;
}
std::array<std::uint8_t, format::kNonceBytes> nonceOf(const std::vector<std::uint8_t>& stored)
{
    std::array<std::uint8_t, format::kNonceBytes> n{};
    std::copy_n(stored.begin() + format::kPageSize - format::kReserve, n.size(), n.begin());
    return n;
}
} // namespace

TEST_CASE("the same page encrypted twice gives different ciphertext and both decrypt", "[cipher]")
{
    const auto keys = format::newKeys();
    PageCipher cipher(keys);
    const auto plain = page(0x5a);
    std::vector<std::uint8_t> a(format::kPageSize), b(format::kPageSize), out(format::kPageSize);
    cipher.encrypt(plain.data(), a.data(), 7);
    cipher.encrypt(plain.data(), b.data(), 7);
    CHECK(a != b);
    REQUIRE(cipher.decrypt(a.data(), out.data(), 7));
    CHECK(std::equal(out.begin(), out.end() - format::kReserve, plain.begin()));
    CHECK(std::all_of(out.end() - format::kReserve, out.end(), [](std::uint8_t x) { return x == 0; }));
}

TEST_CASE("a page is bound to its page number and its store", "[cipher]")
{
    const auto keys = format::newKeys();
    PageCipher cipher(keys);
    std::vector<std::uint8_t> stored(format::kPageSize), out(format::kPageSize);
    cipher.encrypt(page(1).data(), stored.data(), 3);
    CHECK_FALSE(cipher.decrypt(stored.data(), out.data(), 4));
    PageCipher other(format::newKeys());
    CHECK_FALSE(other.decrypt(stored.data(), out.data(), 3));
    const std::vector<std::uint8_t> zeros(format::kPageSize, 0);
    CHECK_FALSE(cipher.decrypt(zeros.data(), out.data(), 3)); // an all-zero page is never valid
}

TEST_CASE("nonces never repeat across 200,000 writes, two handles and a forked child", "[cipher][nonce]")
{
    const auto keys = format::newKeys();
    PageCipher first(keys);
    PageCipher second(keys);
    std::set<std::array<std::uint8_t, format::kNonceBytes>> seen;
    std::vector<std::uint8_t> stored(format::kPageSize);
    const auto plain = page(9);
    for (int i = 0; i < 100'000; ++i) {
        first.encrypt(plain.data(), stored.data(), 2);
        REQUIRE(seen.insert(nonceOf(stored)).second);
        second.encrypt(plain.data(), stored.data(), 2);
        REQUIRE(seen.insert(nonceOf(stored)).second);
    }
    // A forked child continues with the parent's handle: it must not reuse the parent's nonces.
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        for (int i = 0; i < 1000; ++i) {
            first.encrypt(plain.data(), stored.data(), 2);
            const auto n = nonceOf(stored);
            if (::write(fds[1], n.data(), n.size()) != static_cast<ssize_t>(n.size())) {
                ::_exit(1);
            }
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    for (int i = 0; i < 1000; ++i) {
        first.encrypt(plain.data(), stored.data(), 2);
        REQUIRE(seen.insert(nonceOf(stored)).second);
    }
    std::array<std::uint8_t, format::kNonceBytes> n{};
    int fromChild = 0;
    while (::read(fds[0], n.data(), n.size()) == static_cast<ssize_t>(n.size())) {
        REQUIRE(seen.insert(n).second);
        ++fromChild;
    }
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    CHECK(fromChild == 1000);
}
