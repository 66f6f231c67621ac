// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal to core/store: the on-disk header of an encrypted store (see FORMAT.md).

#include "crypto/SecretString.h"
#include "store/Store.h"
#include "support/Result.h"

#include <botan/secmem.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>

namespace casebook::core::format {

inline constexpr std::size_t kHeaderBytes = 4096; ///< prefix of the main file; logical offset 0 is here
inline constexpr std::size_t kCopyBytes = 2048;   ///< copy A at 0, copy B at 2048
inline constexpr std::uint16_t kFormatVersion = 1;
inline constexpr std::uint8_t kAeadXChaCha20Poly1305 = 1;
inline constexpr std::uint32_t kPageSize = 4096;
inline constexpr std::uint8_t kReserve = 40; ///< nonce (24) + tag (16) at the end of every page
inline constexpr std::size_t kNonceBytes = 24;
inline constexpr std::size_t kTagBytes = 16;
inline constexpr std::size_t kSlots = 4;
inline constexpr std::array<std::uint8_t, 8> kMagic = {'C', 'A', 'S', 'E', 'B', 'K', 0x1a, 0x01};

enum class SlotType : std::uint8_t { Empty = 0, Passphrase = 1, RecoveryKey = 2 };

/// One key slot: the data key wrapped under a key derived from a passphrase.
struct KeySlot {
    SlotType type = SlotType::Empty;
    KdfParams kdf;
    std::array<std::uint8_t, 32> salt{};
    std::array<std::uint8_t, kNonceBytes> wrapNonce{};
    std::array<std::uint8_t, 32 + kTagBytes> wrappedKey{};
};

/// One parsed, checksum-valid copy of the header.
struct Header {
    std::uint16_t formatVersion = kFormatVersion;
    std::uint8_t aeadId = kAeadXChaCha20Poly1305;
    std::uint8_t reserve = kReserve;
    std::uint32_t pageSize = kPageSize;
    std::array<std::uint8_t, 16> fileId{};
    std::uint32_t flags = 0;
    std::uint64_t generation = 1;
    std::array<KeySlot, kSlots> slots{};
    std::array<std::uint8_t, 32> mac{};
};

/// The data key and the subkeys derived from it (HKDF-SHA256, salt = file id).
struct Keys {
    Botan::secure_vector<std::uint8_t> dataKey; ///< 32 bytes
    Botan::secure_vector<std::uint8_t> pageKey; ///< "encvfs/v1/page"
    Botan::secure_vector<std::uint8_t> headerKey;
    Botan::secure_vector<std::uint8_t> maskKey; ///< 16 bytes for SipHash, masks WAL checksums
    std::array<std::uint8_t, 16> fileId{};
    std::uint32_t pageSize = kPageSize;
    std::uint8_t reserve = kReserve;
};

/// What reading the header found: both copies, which one is current.
struct HeaderState {
    std::optional<Header> copies[2];
    int current = -1; ///< index of the copy with the highest generation
    const Header& header() const { return *copies[current]; }
};

/// Serialises one copy (kCopyBytes) including its checksum. The MAC must already be set.
std::array<std::uint8_t, kCopyBytes> serialize(const Header& header);
/// Parses one copy; nullopt when the magic, version or checksum is wrong.
std::optional<Header> parseCopy(const std::uint8_t* bytes, ErrorCode* whyNot);

/// Positioned I/O on a store's main file, for header reads and writes through a handle that holds
/// a lock (see vfs::ExclusiveLock).
class HeaderIo {
public:
    virtual ~HeaderIo() = default;
    virtual Result<std::size_t> readAt(void* data, std::size_t size, std::uint64_t offset) = 0;
    virtual Status writeAt(const void* data, std::size_t size, std::uint64_t offset) = 0;
    virtual Status sync() = 0;
    virtual Result<std::uint64_t> size() = 0;
};

/// Reads and classifies the header through `io`.
Result<HeaderState> readHeader(HeaderIo& io);
/// writeHeaderUpdate through `io`.
Status writeHeaderUpdate(HeaderIo& io, const HeaderState& old, Header next);

/// Reads and classifies the header at the start of `path`.
Result<HeaderState> readHeader(const std::filesystem::path& path);
/// Classifies the first `size` bytes of a file (up to kHeaderBytes).
Result<HeaderState> parseHeader(const std::uint8_t* bytes, std::size_t size);
/// Writes the header with the A/B protocol: the older copy first, fsync, then the other, fsync.
Status writeHeaderUpdate(const std::filesystem::path& path, const HeaderState& old, Header next);
/// Creates `path` exclusively with a fresh header holding `keys` in a passphrase slot.
Status createFile(const std::filesystem::path& path, const Header& header);

KdfParams calibrate(const KdfChoice& choice);
Result<Ok> checkKdfBounds(const KdfParams& params, bool creating);

/// A fresh random data key and file id, with derived subkeys.
Keys newKeys();
/// Derives subkeys from a data key and file id.
Keys deriveKeys(Botan::secure_vector<std::uint8_t> dataKey, const Header& header);

/// Wraps `keys.dataKey` into slot `index` of `header` under `passphrase` (new salt, given KDF).
Status wrapIntoSlot(Header& header, std::size_t index, SlotType type, const Keys& keys, std::string_view secret,
                    const KdfParams& kdf);
/// Tries every slot of `type`; WrongPassphrase when none opens, HeaderCorrupt/StoreDamaged on MAC failure.
Result<Keys> unlock(const Header& header, std::string_view secret, SlotType type = SlotType::Passphrase,
                    std::size_t* slotOut = nullptr);
/// Unlocks with the current copy; when that fails and the other copy is valid and different, tries
/// the other one and, if it opens, makes it current and sets `*fellBack`. A copy doctored with a
/// higher generation or edited KDF parameters then opens from the intact copy.
Result<Keys> unlockState(HeaderState& state, std::string_view secret, std::size_t* slotOut, bool* fellBack);
/// Recomputes the header MAC with the header key.
void seal(Header& header, const Keys& keys);
bool macValid(const Header& header, const Keys& keys);

std::string cipherName(std::uint8_t aeadId);

} // namespace casebook::core::format
