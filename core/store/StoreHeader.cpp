// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/StoreHeader.h"

#include "store/PosixFile.h"

#include <botan/aead.h>
#include <botan/hash.h>
#include <botan/kdf.h>
#include <botan/mac.h>
#include <botan/pwdhash.h>
#include <botan/system_rng.h>

#include <algorithm>
#include <chrono>
#include <cstring>

namespace casebook::core::format {
namespace {

constexpr std::size_t kCoreBytes = 40;
constexpr std::size_t kSlotOffset = 48;
constexpr std::size_t kSlotBytes = 128;
constexpr std::size_t kMacOffset = kSlotOffset + kSlots * kSlotBytes; // 560
constexpr std::size_t kSumOffset = kMacOffset + 32;                   // 592
constexpr std::size_t kUsedBytes = kSumOffset + 32;                   // 624
constexpr std::array<std::uint8_t, 16> kSqliteMagic = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                       'o', 'r', 'm', 'a', 't', ' ', '3', 0};

// Limits on parameters read from a header, so a doctored header cannot make unlock take forever.
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMaxIterations = 10;
constexpr std::uint32_t kMaxParallelism = 16;
constexpr KdfParams kFloor{64 * 1024, 3, 4};

void put16(std::uint8_t* p, std::uint16_t v)
{
    p[0] = static_cast<std::uint8_t>(v >> 8);
    p[1] = static_cast<std::uint8_t>(v);
}
void put32(std::uint8_t* p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i) {
        p[i] = static_cast<std::uint8_t>(v >> (24 - 8 * i));
    }
}
void put64(std::uint8_t* p, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i) {
        p[i] = static_cast<std::uint8_t>(v >> (56 - 8 * i));
    }
}
std::uint16_t get16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>((p[0] << 8) | p[1]);
}
std::uint32_t get32(const std::uint8_t* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}
std::uint64_t get64(const std::uint8_t* p)
{
    return (std::uint64_t{get32(p)} << 32) | get32(p + 4);
}

using Copy = std::array<std::uint8_t, kCopyBytes>;

Copy serializeBody(const Header& h)
{
    Copy out{};
    std::copy(kMagic.begin(), kMagic.end(), out.begin());
    put16(&out[8], h.formatVersion);
    out[10] = h.aeadId;
    out[11] = h.reserve;
    put32(&out[12], h.pageSize);
    std::copy(h.fileId.begin(), h.fileId.end(), out.begin() + 16);
    put32(&out[32], h.flags);
    put64(&out[40], h.generation);
    for (std::size_t i = 0; i < kSlots; ++i) {
        std::uint8_t* s = &out[kSlotOffset + i * kSlotBytes];
        const KeySlot& slot = h.slots[i];
        s[0] = static_cast<std::uint8_t>(slot.type);
        put32(s + 4, slot.kdf.memoryKiB);
        put32(s + 8, slot.kdf.iterations);
        put32(s + 12, slot.kdf.parallelism);
        std::copy(slot.salt.begin(), slot.salt.end(), s + 16);
        std::copy(slot.wrapNonce.begin(), slot.wrapNonce.end(), s + 48);
        std::copy(slot.wrappedKey.begin(), slot.wrappedKey.end(), s + 72);
    }
    return out;
}

// SHA-256 over the whole copy with the checksum field itself taken as zero, so that a change to
// any byte of the copy, padding included, is seen.
std::array<std::uint8_t, 32> copyChecksum(const std::uint8_t* copy)
{
    static constexpr std::array<std::uint8_t, 32> kZeros{};
    auto hash = Botan::HashFunction::create_or_throw("SHA-256");
    hash->update(copy, kSumOffset);
    hash->update(kZeros.data(), kZeros.size());
    hash->update(copy + kUsedBytes, kCopyBytes - kUsedBytes);
    std::array<std::uint8_t, 32> out{};
    hash->final(out.data());
    return out;
}

// Associated data for wrapping: the immutable core, the slot index and the slot's parameters, so
// that editing any of them makes the unwrap fail.
std::vector<std::uint8_t> wrapAad(const Header& h, std::size_t index)
{
    const Copy body = serializeBody(h);
    std::vector<std::uint8_t> aad(body.begin(), body.begin() + kCoreBytes);
    aad.push_back(static_cast<std::uint8_t>(index));
    const std::uint8_t* s = &body[kSlotOffset + index * kSlotBytes];
    aad.insert(aad.end(), s, s + 48); // type, m, t, p, salt
    return aad;
}

Botan::secure_vector<std::uint8_t> deriveKek(std::string_view secret, const KeySlot& slot)
{
    auto family = Botan::PasswordHashFamily::create_or_throw("Argon2id");
    auto hash = family->from_params(slot.kdf.memoryKiB, slot.kdf.iterations, slot.kdf.parallelism);
    Botan::secure_vector<std::uint8_t> kek(32);
    hash->derive_key(kek.data(), kek.size(), secret.data(), secret.size(), slot.salt.data(), slot.salt.size());
    return kek;
}

Botan::secure_vector<std::uint8_t> hkdf(const Botan::secure_vector<std::uint8_t>& secret,
                                        const std::array<std::uint8_t, 16>& salt, std::string_view label,
                                        std::size_t length)
{
    auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
    return kdf->derive_key(length, secret.data(), secret.size(), salt.data(), salt.size(),
                           reinterpret_cast<const std::uint8_t*>(label.data()), label.size());
}

std::array<std::uint8_t, 32> computeMac(const Header& h, const Keys& keys)
{
    const Copy body = serializeBody(h);
    auto mac = Botan::MessageAuthenticationCode::create_or_throw("HMAC(SHA-256)");
    mac->set_key(keys.headerKey);
    mac->update(body.data(), kMacOffset);
    std::array<std::uint8_t, 32> out{};
    mac->final(out.data());
    return out;
}

} // namespace

Copy serialize(const Header& header)
{
    Copy out = serializeBody(header);
    std::copy(header.mac.begin(), header.mac.end(), out.begin() + kMacOffset);
    const auto sum = copyChecksum(out.data());
    std::copy(sum.begin(), sum.end(), out.begin() + kSumOffset);
    return out;
}

std::optional<Header> parseCopy(const std::uint8_t* b, ErrorCode* whyNot)
{
    auto fail = [&](ErrorCode code) {
        if (whyNot != nullptr) {
            *whyNot = code;
        }
        return std::nullopt;
    };
    if (!std::equal(kMagic.begin(), kMagic.end(), b)) {
        return fail(ErrorCode::NotAStore);
    }
    // The checksum is checked before anything else is believed: its position and algorithm are
    // fixed for every format version (FORMAT.md), so a damaged version field reads as damage,
    // not as "written by a newer Casebook".
    const auto sum = copyChecksum(b);
    if (!std::equal(sum.begin(), sum.end(), b + kSumOffset)) {
        return fail(ErrorCode::HeaderCorrupt);
    }
    Header h;
    h.formatVersion = get16(b + 8);
    if (h.formatVersion > kFormatVersion) {
        return fail(ErrorCode::UnsupportedVersion);
    }
    if (h.formatVersion == 0) {
        return fail(ErrorCode::HeaderCorrupt);
    }
    h.aeadId = b[10];
    h.reserve = b[11];
    h.pageSize = get32(b + 12);
    if (h.aeadId != kAeadXChaCha20Poly1305 || h.pageSize != kPageSize || h.reserve != kReserve) {
        return fail(ErrorCode::UnsupportedVersion);
    }
    std::copy(b + 16, b + 32, h.fileId.begin());
    h.flags = get32(b + 32);
    h.generation = get64(b + 40);
    for (std::size_t i = 0; i < kSlots; ++i) {
        const std::uint8_t* s = b + kSlotOffset + i * kSlotBytes;
        KeySlot& slot = h.slots[i];
        if (s[0] > static_cast<std::uint8_t>(SlotType::RecoveryKey)) {
            return fail(ErrorCode::UnsupportedVersion);
        }
        slot.type = static_cast<SlotType>(s[0]);
        slot.kdf = {get32(s + 4), get32(s + 8), get32(s + 12)};
        std::copy(s + 16, s + 48, slot.salt.begin());
        std::copy(s + 48, s + 72, slot.wrapNonce.begin());
        std::copy(s + 72, s + 120, slot.wrappedKey.begin());
    }
    std::copy(b + kMacOffset, b + kMacOffset + 32, h.mac.begin());
    return h;
}

namespace {

class PosixHeaderIo final : public HeaderIo {
public:
    explicit PosixHeaderIo(PosixFile& file)
        : m_file(file)
    {
    }
    Result<std::size_t> readAt(void* data, std::size_t size, std::uint64_t offset) override
    {
        return m_file.readAt(data, size, offset);
    }
    Status writeAt(const void* data, std::size_t size, std::uint64_t offset) override
    {
        return m_file.writeAt(data, size, offset);
    }
    Status sync() override { return m_file.sync(); }
    Result<std::uint64_t> size() override { return m_file.size(); }

private:
    PosixFile& m_file;
};

} // namespace

Result<HeaderState> readHeader(HeaderIo& io)
{
    std::array<std::uint8_t, kHeaderBytes> bytes{};
    auto got = io.readAt(bytes.data(), bytes.size(), 0);
    if (!got) {
        return got.error();
    }
    auto state = parseHeader(bytes.data(), *got);
    if (!state) {
        return state;
    }
    // A store always has its 4 KiB header and at least page 1: anything shorter was cut.
    auto size = io.size();
    if (!size) {
        return size.error();
    }
    if (*size <= kHeaderBytes) {
        return makeError(ErrorCode::StoreDamaged, "the file is truncated (" + std::to_string(*size)
                                                      + " bytes): a store is its 4096-byte header and pages");
    }
    return state;
}

Result<HeaderState> readHeader(const std::filesystem::path& path)
{
    auto file = PosixFile::open(path, PosixFile::Mode::ReadOnly);
    if (!file) {
        return file.error();
    }
    PosixHeaderIo io(*file);
    auto state = readHeader(io);
    if (!state) {
        return makeError(state.error().code, state.error().detail + ": " + path.string());
    }
    return state;
}

Result<HeaderState> parseHeader(const std::uint8_t* bytes, std::size_t size)
{
    if (size >= kSqliteMagic.size() && std::equal(kSqliteMagic.begin(), kSqliteMagic.end(), bytes)) {
        return makeError(ErrorCode::NotEncrypted, "plain SQLite file");
    }
    if (size < kCopyBytes) {
        return makeError(size == 0 ? ErrorCode::NotAStore : ErrorCode::HeaderCorrupt, "file too short for a header");
    }
    HeaderState state;
    ErrorCode why[2] = {ErrorCode::NotAStore, ErrorCode::NotAStore};
    for (std::size_t i = 0; i < 2; ++i) {
        if (size >= (i + 1) * kCopyBytes) {
            state.copies[i] = parseCopy(bytes + i * kCopyBytes, &why[i]);
        }
    }
    if (!state.copies[0] && !state.copies[1]) {
        for (ErrorCode code : {ErrorCode::UnsupportedVersion, ErrorCode::HeaderCorrupt}) {
            if (why[0] == code || why[1] == code) {
                return makeError(code, "no valid header copy");
            }
        }
        return makeError(ErrorCode::NotAStore, "no Casebook header");
    }
    if (!state.copies[1] || (state.copies[0] && state.copies[0]->generation >= state.copies[1]->generation)) {
        state.current = 0;
    } else {
        state.current = 1;
    }
    return state;
}

Status writeHeaderUpdate(const std::filesystem::path& path, const HeaderState& old, Header next)
{
    auto file = PosixFile::open(path, PosixFile::Mode::ReadWrite);
    if (!file) {
        return file.error();
    }
    PosixHeaderIo io(*file);
    return writeHeaderUpdate(io, old, std::move(next));
}

Status writeHeaderUpdate(HeaderIo& io, const HeaderState& old, Header next)
{
    next.generation = old.header().generation + 1;
    const Copy bytes = serialize(next);
    auto* file = &io;
    // The copy that is not current (older or damaged) goes first, so a crash between the two
    // writes leaves the previous header intact in the other copy.
    const int first = old.current == 0 ? 1 : 0;
    for (int which : {first, 1 - first}) {
        if (auto st = file->writeAt(bytes.data(), bytes.size(), static_cast<std::uint64_t>(which) * kCopyBytes); !st) {
            return st;
        }
        if (auto st = file->sync(); !st) {
            return st;
        }
    }
    return Ok{};
}

Status createFile(const std::filesystem::path& path, const Header& header)
{
    auto file = PosixFile::open(path, PosixFile::Mode::CreateExclusive);
    if (!file) {
        return file.error();
    }
    std::array<std::uint8_t, kHeaderBytes> bytes{};
    const Copy copy = serialize(header);
    std::copy(copy.begin(), copy.end(), bytes.begin());
    std::copy(copy.begin(), copy.end(), bytes.begin() + kCopyBytes);
    if (auto st = file->writeAt(bytes.data(), bytes.size(), 0); !st) {
        return st;
    }
    if (auto st = file->sync(); !st) {
        return st;
    }
    return syncDirectoryOf(path);
}

Result<Ok> checkKdfBounds(const KdfParams& p, bool creating)
{
    const bool withinCaps = p.memoryKiB <= kMaxMemoryKiB && p.iterations <= kMaxIterations
                            && p.parallelism <= kMaxParallelism && p.parallelism >= 1 && p.iterations >= 1
                            && p.memoryKiB >= 8 * p.parallelism;
    if (!withinCaps) {
        return makeError(creating ? ErrorCode::InvalidArgument : ErrorCode::HeaderCorrupt,
                         "Argon2id parameters out of range");
    }
    if (creating && p.memoryKiB < 8 * 1024) {
        return makeError(ErrorCode::InvalidArgument, "Argon2id memory below 8 MiB");
    }
    return Ok{};
}

KdfParams calibrate(const KdfChoice& choice)
{
    if (choice.targetMs == 0) {
        return choice.params;
    }
    // Time one derivation at the floor, then scale memory (not passes) to reach the target:
    // memory cost is what makes guessing expensive on GPUs.
    KeySlot probe;
    probe.kdf = kFloor;
    const auto start = std::chrono::steady_clock::now();
    (void)deriveKek("calibration", probe);
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double scale = ms > 1.0 ? choice.targetMs / ms : 1.0;
    const double wantKiB = std::clamp(kFloor.memoryKiB * scale, double{kFloor.memoryKiB}, double{kMaxMemoryKiB});
    KdfParams out = kFloor;
    out.memoryKiB = static_cast<std::uint32_t>(wantKiB) / 1024 * 1024;
    return out;
}

Keys deriveKeys(Botan::secure_vector<std::uint8_t> dataKey, const Header& header)
{
    Keys keys;
    keys.fileId = header.fileId;
    keys.pageSize = header.pageSize;
    keys.reserve = header.reserve;
    keys.pageKey = hkdf(dataKey, header.fileId, "encvfs/v1/page", 32);
    keys.headerKey = hkdf(dataKey, header.fileId, "encvfs/v1/hdr", 32);
    keys.maskKey = hkdf(dataKey, header.fileId, "encvfs/v1/cksum-mask", 16);
    keys.dataKey = std::move(dataKey);
    return keys;
}

Keys newKeys()
{
    Header fresh;
    Botan::system_rng().randomize(fresh.fileId.data(), fresh.fileId.size());
    Botan::secure_vector<std::uint8_t> dataKey(32);
    Botan::system_rng().randomize(dataKey.data(), dataKey.size());
    return deriveKeys(std::move(dataKey), fresh);
}

Status wrapIntoSlot(Header& header, std::size_t index, SlotType type, const Keys& keys, std::string_view secret,
                    const KdfParams& kdf)
{
    if (index >= kSlots) {
        return makeError(ErrorCode::InvalidArgument, "no such key slot");
    }
    KeySlot& slot = header.slots[index];
    slot.type = type;
    slot.kdf = kdf;
    Botan::system_rng().randomize(slot.salt.data(), slot.salt.size());
    Botan::system_rng().randomize(slot.wrapNonce.data(), slot.wrapNonce.size());
    try {
        const auto kek = deriveKek(secret, slot);
        auto aead = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::ENCRYPTION);
        aead->set_key(kek);
        aead->set_associated_data_vec(wrapAad(header, index));
        aead->start(slot.wrapNonce.data(), slot.wrapNonce.size());
        Botan::secure_vector<std::uint8_t> buffer(keys.dataKey.begin(), keys.dataKey.end());
        aead->finish(buffer);
        std::copy(buffer.begin(), buffer.end(), slot.wrappedKey.begin());
    } catch (const std::exception& e) {
        return makeError(ErrorCode::InvalidArgument, std::string("key wrap failed: ") + e.what());
    }
    return Ok{};
}

Result<Keys> unlockState(HeaderState& state, std::string_view secret, std::size_t* slotOut, bool* fellBack)
{
    if (fellBack != nullptr) {
        *fellBack = false;
    }
    auto keys = unlock(state.header(), secret, SlotType::Passphrase, slotOut);
    const int other = 1 - state.current;
    if (keys || !state.copies[other] || serialize(*state.copies[other]) == serialize(state.header())) {
        return keys;
    }
    auto fallback = unlock(*state.copies[other], secret, SlotType::Passphrase, slotOut);
    if (!fallback) {
        return keys; // the first copy's answer (a wrong passphrase opens neither)
    }
    // A current copy sealed with this very key was written by someone holding it: a passphrase
    // change that a crash interrupted before the second copy. The older passphrase is revoked.
    if (macValid(state.header(), *fallback)) {
        return keys;
    }
    state.current = other;
    if (fellBack != nullptr) {
        *fellBack = true;
    }
    return fallback;
}

Result<Keys> unlock(const Header& header, std::string_view secret, SlotType type, std::size_t* slotOut)
{
    bool anySlot = false;
    for (std::size_t i = 0; i < kSlots; ++i) {
        const KeySlot& slot = header.slots[i];
        if (slot.type != type) {
            continue;
        }
        anySlot = true;
        if (auto bounds = checkKdfBounds(slot.kdf, false); !bounds) {
            return bounds.error();
        }
        Botan::secure_vector<std::uint8_t> kek;
        try {
            kek = deriveKek(secret, slot);
        } catch (const std::exception& e) {
            return makeError(ErrorCode::Io, std::string("key derivation failed: ") + e.what());
        }
        auto aead = Botan::AEAD_Mode::create_or_throw("ChaCha20Poly1305", Botan::DECRYPTION);
        aead->set_key(kek);
        aead->set_associated_data_vec(wrapAad(header, i));
        aead->start(slot.wrapNonce.data(), slot.wrapNonce.size());
        Botan::secure_vector<std::uint8_t> buffer(slot.wrappedKey.begin(), slot.wrappedKey.end());
        try {
            aead->finish(buffer);
        } catch (const Botan::Invalid_Authentication_Tag&) {
            continue;
        }
        Keys keys = deriveKeys(std::move(buffer), header);
        if (!macValid(header, keys)) {
            return makeError(ErrorCode::StoreDamaged, "header MAC mismatch: key slots were altered");
        }
        if (slotOut != nullptr) {
            *slotOut = i;
        }
        return keys;
    }
    if (!anySlot) {
        return makeError(ErrorCode::HeaderCorrupt, "header has no key slot of the requested kind");
    }
    return makeError(ErrorCode::WrongPassphrase);
}

void seal(Header& header, const Keys& keys)
{
    header.mac = computeMac(header, keys);
}

bool macValid(const Header& header, const Keys& keys)
{
    const auto expected = computeMac(header, keys);
    return Botan::constant_time_compare(expected.data(), header.mac.data(), expected.size());
}

std::string cipherName(std::uint8_t aeadId)
{
    return aeadId == kAeadXChaCha20Poly1305 ? "XChaCha20-Poly1305" : "unknown";
}

} // namespace casebook::core::format
