// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/PageCipher.h"

#include <botan/aead.h>
#include <botan/mac.h>
#include <botan/system_rng.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <mutex>
#include <pthread.h>

namespace casebook::core {
namespace {

// Bumped in the child after every fork(). Comparing it costs a load, where asking getpid() for
// every page cost a system call (about 1 us here, a fifth of the page's encryption).
std::atomic<unsigned> s_forkGeneration{0};
std::atomic<std::uint64_t> s_encrypted{0};
std::atomic<std::uint64_t> s_decrypted{0};

unsigned forkGeneration()
{
    static std::once_flag once;
    std::call_once(once, [] { ::pthread_atfork(nullptr, nullptr, [] { s_forkGeneration.fetch_add(1); }); });
    return s_forkGeneration.load(std::memory_order_relaxed);
}

} // namespace

PageCipher::PageCipher(const format::Keys& keys)
    : m_enc(Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::ENCRYPTION))
    , m_dec(Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::DECRYPTION))
    , m_mask(Botan::MessageAuthenticationCode::create_or_throw("SipHash(2,4)"))
    , m_pageSize(keys.pageSize)
    , m_reserve(keys.reserve)
{
    m_enc->set_key(keys.pageKey);
    m_dec->set_key(keys.pageKey);
    m_maskKey = keys.maskKey;
    // AAD = "ENCVFS1" || file id || u32be(pgno) || u32be(page size)
    std::memcpy(m_aad.data(), "ENCVFS1", 7);
    std::copy(keys.fileId.begin(), keys.fileId.end(), m_aad.begin() + 7);
    for (int i = 0; i < 4; ++i) {
        m_aad[static_cast<std::size_t>(27 + i)] = static_cast<std::uint8_t>(m_pageSize >> (24 - 8 * i));
    }
    m_scratch.reserve(m_pageSize + 64);
}

PageCipher::~PageCipher() = default;

void PageCipher::setAad(std::uint32_t pgno)
{
    for (int i = 0; i < 4; ++i) {
        m_aad[static_cast<std::size_t>(23 + i)] = static_cast<std::uint8_t>(pgno >> (24 - 8 * i));
    }
}

void PageCipher::nextNonce(std::uint8_t* nonce)
{
    // A random per-handle prefix plus a counter: unique without an RNG call per page. A forked
    // child would share the prefix and counter, so the prefix is renewed after a fork.
    const unsigned generation = forkGeneration();
    if (generation != m_forkGeneration) {
        Botan::system_rng().randomize(m_noncePrefix.data(), m_noncePrefix.size());
        m_forkGeneration = generation;
        m_counter = 0;
    }
    std::copy(m_noncePrefix.begin(), m_noncePrefix.end(), nonce);
    const std::uint64_t c = m_counter++;
    for (int i = 0; i < 8; ++i) {
        nonce[16 + i] = static_cast<std::uint8_t>(c >> (56 - 8 * i));
    }
}

PageCipher::Totals PageCipher::totals()
{
    return {s_encrypted.load(std::memory_order_relaxed), s_decrypted.load(std::memory_order_relaxed)};
}

void PageCipher::encrypt(const std::uint8_t* plain, std::uint8_t* out, std::uint32_t pgno)
{
    s_encrypted.fetch_add(1, std::memory_order_relaxed);
    const std::uint32_t body = usable();
    std::uint8_t* nonce = out + body;
    nextNonce(nonce);
    setAad(pgno);
    m_enc->set_associated_data(m_aad.data(), m_aad.size());
    m_enc->start(nonce, format::kNonceBytes);
    m_scratch.assign(plain, plain + body);
    m_enc->finish(m_scratch, 0); // appends the 16-byte tag
    std::memcpy(out, m_scratch.data(), body);
    std::memcpy(out + body + format::kNonceBytes, m_scratch.data() + body, format::kTagBytes);
}

bool PageCipher::decrypt(const std::uint8_t* stored, std::uint8_t* out, std::uint32_t pgno)
{
    s_decrypted.fetch_add(1, std::memory_order_relaxed);
    const std::uint32_t body = usable();
    setAad(pgno);
    m_dec->set_associated_data(m_aad.data(), m_aad.size());
    m_dec->start(stored + body, format::kNonceBytes);
    m_scratch.assign(stored, stored + body);
    m_scratch.insert(m_scratch.end(), stored + body + format::kNonceBytes, stored + m_pageSize);
    try {
        m_dec->finish(m_scratch, 0);
    } catch (const Botan::Exception&) {
        return false;
    }
    std::memcpy(out, m_scratch.data(), body);
    std::memset(out + body, 0, m_reserve);
    return true;
}

void PageCipher::maskChecksum(std::uint8_t* checksum8, const std::uint8_t* salts8, std::uint64_t offset)
{
    std::uint8_t input[16];
    std::memcpy(input, salts8, 8);
    for (int i = 0; i < 8; ++i) {
        input[8 + i] = static_cast<std::uint8_t>(offset >> (56 - 8 * i));
    }
    m_mask->set_key(m_maskKey); // Botan's SipHash forgets its key in final()
    m_mask->update(input, sizeof input);
    std::uint8_t mask[8];
    m_mask->final(mask);
    for (int i = 0; i < 8; ++i) {
        checksum8[i] ^= mask[i];
    }
}

} // namespace casebook::core
