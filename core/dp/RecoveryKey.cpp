// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/RecoveryKey.h"

#include "crypto/Digest.h"
#include "crypto/Random.h"
#include "domain/Validator.h"
#include "store/EncryptedVfs.h"
#include "store/StoreHeader.h"

#include <algorithm>
#include <optional>
#include <string>

namespace casebook::core::recovery {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kKeyChars = 52; ///< 256 bits in 5-bit characters (4 padding bits)
constexpr std::size_t kGroups = 13;
constexpr std::size_t kTypedChars = kGroups * 5 + 5;
constexpr std::array<int, 4> kWeights = {1, 3, 5, 7};

int valueOf(char c)
{
    if (c >= 'a' && c <= 'z') {
        c = static_cast<char>(c - 'a' + 'A');
    }
    if (c == 'O') {
        c = '0';
    } else if (c == 'I' || c == 'L') {
        c = '1';
    }
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

char checkChar(const int* values, std::size_t group)
{
    int sum = static_cast<int>(group) * 11 + 7;
    for (std::size_t i = 0; i < 4; ++i) {
        sum += values[i] * kWeights[i];
    }
    return kAlphabet[static_cast<std::size_t>(sum % 32)];
}

std::array<int, kKeyChars> toValues(const std::array<std::uint8_t, 32>& key)
{
    std::array<int, kKeyChars> out{};
    for (std::size_t i = 0; i < kKeyChars; ++i) {
        int v = 0;
        for (std::size_t b = 0; b < 5; ++b) {
            const std::size_t bit = i * 5 + b;
            const int set = bit < 256 ? (key[bit / 8] >> (7 - bit % 8)) & 1 : 0;
            v = (v << 1) | set;
        }
        out[i] = v;
    }
    return out;
}

std::string wholeCheck(const std::array<std::uint8_t, 32>& key)
{
    const Sha256Digest digest = sha256(key);
    std::string out;
    for (std::size_t i = 0; i < 5; ++i) {
        out += kAlphabet[static_cast<std::size_t>(digest[i] % 32)];
    }
    return out;
}

/// The secret the slot is wrapped under: the canonical 52 key characters.
std::string slotSecret(const std::array<std::uint8_t, 32>& key)
{
    std::string out;
    for (const int v : toValues(key)) {
        out += kAlphabet[static_cast<std::size_t>(v)];
    }
    return out;
}

Status requireClosed(const std::filesystem::path& store)
{
    if (auto full = vfs::fullPath(store.string()); full && vfs::isRegistered(*full)) {
        return makeError(ErrorCode::InvalidArgument, "close the store before changing its key slots");
    }
    return Ok{};
}

std::optional<std::size_t> slotOf(const format::Header& header, format::SlotType type)
{
    for (std::size_t i = 0; i < format::kSlots; ++i) {
        if (header.slots[i].type == type) {
            return i;
        }
    }
    return std::nullopt;
}

/// Puts a fresh key in the recovery slot of `next` (reusing the slot, or the first empty one).
Result<SecretString> wrapNewKey(format::Header& next, const format::Keys& keys)
{
    const std::optional<std::size_t> slot = slotOf(next, format::SlotType::RecoveryKey)
                                                ? slotOf(next, format::SlotType::RecoveryKey)
                                                : slotOf(next, format::SlotType::Empty);
    if (!slot) {
        return makeError(ErrorCode::AlreadyExists, "every key slot of the store is in use");
    }
    std::array<std::uint8_t, 32> key{};
    randomFill(key);
    // The key has 256 bits of entropy; the slot still takes the passphrase slot's KDF cost.
    const std::optional<std::size_t> passphraseSlot = slotOf(next, format::SlotType::Passphrase);
    const KdfParams kdf = passphraseSlot ? next.slots[*passphraseSlot].kdf : KdfParams{};
    if (Status st = format::wrapIntoSlot(next, *slot, format::SlotType::RecoveryKey, keys, slotSecret(key), kdf); !st) {
        return st.error();
    }
    SecretString printed = encode(key);
    key.fill(0);
    return printed;
}

} // namespace

SecretString encode(const std::array<std::uint8_t, 32>& key)
{
    const std::array<int, kKeyChars> values = toValues(key);
    std::string out;
    for (std::size_t g = 0; g < kGroups; ++g) {
        for (std::size_t i = 0; i < 4; ++i) {
            out += kAlphabet[static_cast<std::size_t>(values[g * 4 + i])];
        }
        out += checkChar(&values[g * 4], g);
        out += '-';
    }
    out += wholeCheck(key);
    SecretString secret(out);
    std::fill(out.begin(), out.end(), '\0');
    return secret;
}

std::size_t firstGroupWithTypo(std::string_view typed)
{
    std::array<int, 5> group{};
    std::size_t filled = 0;
    std::size_t index = 0;
    bool bad = false;
    for (const char c : typed) {
        if (c == '-' || c == ' ' || c == '\t') {
            continue;
        }
        group[filled] = valueOf(c);
        bad = bad || group[filled] < 0;
        if (++filled < group.size()) {
            continue;
        }
        if (index >= kGroups) {
            return 0; // the whole-key check, or too much typed: decode() says which
        }
        if (bad || group[4] != valueOf(checkChar(group.data(), index))) {
            return index + 1;
        }
        filled = 0;
        ++index;
    }
    return 0;
}

Result<std::array<std::uint8_t, 32>> decode(std::string_view typed)
{
    std::string chars;
    for (const char c : typed) {
        if (c == '-' || c == ' ' || c == '\t') {
            continue;
        }
        if (valueOf(c) < 0) {
            return invalidProblem(std::string("the recovery key has a character that is not in it: '") + c + "'",
                                  "recovery key", "recovery_key.bad_character", {std::string(1, c)});
        }
        chars += c;
    }
    if (chars.size() != kTypedChars) {
        return invalidProblem("a recovery key has " + std::to_string(kTypedChars)
                                  + " characters (14 groups of 5); this has " + std::to_string(chars.size()),
                              "recovery key", "recovery_key.wrong_length",
                              {std::to_string(kTypedChars), std::to_string(chars.size())});
    }
    std::array<int, kKeyChars> values{};
    for (std::size_t g = 0; g < kGroups; ++g) {
        int group[4];
        for (std::size_t i = 0; i < 4; ++i) {
            group[i] = valueOf(chars[g * 5 + i]);
            values[g * 4 + i] = group[i];
        }
        if (valueOf(chars[g * 5 + 4]) != valueOf(checkChar(group, g))) {
            return invalidProblem("group " + std::to_string(g + 1) + " of the recovery key has a typo", "recovery key",
                                  "recovery_key.group_typo", {std::to_string(g + 1)});
        }
    }
    std::array<std::uint8_t, 32> key{};
    for (std::size_t bit = 0; bit < 256; ++bit) {
        if ((values[bit / 5] >> (4 - bit % 5)) & 1) {
            key[bit / 8] = static_cast<std::uint8_t>(key[bit / 8] | (1U << (7 - bit % 8)));
        }
    }
    std::string last;
    for (std::size_t i = 0; i < 5; ++i) {
        last += kAlphabet[static_cast<std::size_t>(valueOf(chars[kGroups * 5 + i]))];
    }
    if (last != wholeCheck(key)) {
        return invalidProblem("the recovery key's last group does not match the rest (two typos, or the key of another "
                              "store)",
                              "recovery key", "recovery_key.mismatch");
    }
    return key;
}

Result<bool> present(const std::filesystem::path& store)
{
    auto state = format::readHeader(store);
    if (!state) {
        return state.error();
    }
    return slotOf(state->header(), format::SlotType::RecoveryKey).has_value();
}

Result<SecretString> add(const std::filesystem::path& store, const SecretString& passphrase)
{
    if (Status st = requireClosed(store); !st) {
        return st.error();
    }
    auto state = format::readHeader(store);
    if (!state) {
        return state.error();
    }
    auto keys = format::unlock(state->header(), passphrase.view());
    if (!keys) {
        return keys.error();
    }
    format::Header next = state->header();
    Result<SecretString> printed = wrapNewKey(next, *keys);
    if (!printed) {
        return printed;
    }
    next.generation = state->header().generation + 1;
    format::seal(next, *keys);
    if (Status st = format::writeHeaderUpdate(store, *state, next); !st) {
        return st.error();
    }
    return printed;
}

Status remove(const std::filesystem::path& store, const SecretString& passphrase)
{
    if (Status st = requireClosed(store); !st) {
        return st;
    }
    auto state = format::readHeader(store);
    if (!state) {
        return state.error();
    }
    auto keys = format::unlock(state->header(), passphrase.view());
    if (!keys) {
        return keys.error();
    }
    format::Header next = state->header();
    const std::optional<std::size_t> slot = slotOf(next, format::SlotType::RecoveryKey);
    if (!slot) {
        return makeError(ErrorCode::NotFound, "the store has no recovery key");
    }
    next.slots[*slot] = format::KeySlot{};
    next.generation = state->header().generation + 1;
    format::seal(next, *keys);
    return format::writeHeaderUpdate(store, *state, next);
}

Result<SecretString> recover(const std::filesystem::path& store, std::string_view typedKey,
                             const SecretString& newPassphrase)
{
    Result<std::array<std::uint8_t, 32>> key = decode(typedKey); // typos caught before any unlock
    if (!key) {
        return key.error();
    }
    if (newPassphrase.empty()) {
        return makeError(ErrorCode::InvalidArgument, "empty passphrase");
    }
    if (Status st = requireClosed(store); !st) {
        return st.error();
    }
    auto state = format::readHeader(store);
    if (!state) {
        return state.error();
    }
    if (!slotOf(state->header(), format::SlotType::RecoveryKey)) {
        return makeError(ErrorCode::NotFound, "the store has no recovery key");
    }
    std::string secret = slotSecret(*key);
    key->fill(0);
    auto keys = format::unlock(state->header(), secret, format::SlotType::RecoveryKey);
    std::fill(secret.begin(), secret.end(), '\0');
    if (!keys) {
        return keys.error();
    }
    format::Header next = state->header();
    const std::optional<std::size_t> passphraseSlot = slotOf(next, format::SlotType::Passphrase);
    const std::optional<std::size_t> target = passphraseSlot ? passphraseSlot : slotOf(next, format::SlotType::Empty);
    if (!target) {
        return makeError(ErrorCode::AlreadyExists, "every key slot of the store is in use");
    }
    const std::size_t slot = *target;
    const KdfParams kdf = passphraseSlot ? next.slots[*passphraseSlot].kdf : KdfParams{};
    if (Status st = format::wrapIntoSlot(next, slot, format::SlotType::Passphrase, *keys, newPassphrase.view(), kdf);
        !st) {
        return st.error();
    }
    // Any other passphrase slot held a passphrase that may be lost or known to someone else: cleared.
    for (std::size_t i = 0; i < format::kSlots; ++i) {
        if (i != slot && next.slots[i].type == format::SlotType::Passphrase) {
            next.slots[i] = format::KeySlot{};
        }
    }
    Result<SecretString> printed = wrapNewKey(next, *keys);
    if (!printed) {
        return printed;
    }
    next.generation = state->header().generation + 1;
    format::seal(next, *keys);
    if (Status st = format::writeHeaderUpdate(store, *state, next); !st) {
        return st.error();
    }
    return printed;
}

} // namespace casebook::core::recovery
