// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecretString.h"
#include "support/Result.h"

#include <array>
#include <cstdint>
#include <filesystem>

namespace casebook::core {

/// A store's recovery key: 256 random bits in the header's recovery-key slot (slot type 2, see
/// core/store/FORMAT.md), for the force to hold apart from the laptop.
///
/// Printed as 14 groups of five characters from the alphabet 0-9 A-Z without I, L, O and U
/// (Crockford base 32): 13 groups of four key characters and one check character each (weights
/// 1, 3, 5, 7 and the group's position, so any one mistyped character and any swapped group is
/// caught), then one group of five characters of SHA-256 over the key. Typing is forgiving:
/// lower case, spaces and hyphens are accepted, O is read as 0 and I or L as 1. Every check runs
/// before any unlock is tried.
///
/// Each function works on a closed store (InvalidArgument while it is open in this process), and
/// rewrites only the header (both copies, A/B), as a passphrase change does.
namespace recovery {

/// The printed form of `key`.
SecretString encode(const std::array<std::uint8_t, 32>& key);
/// The key from its printed form; InvalidArgument naming the group with a typo (1-based), or the
/// whole-key check, or the wrong length.
Result<std::array<std::uint8_t, 32>> decode(std::string_view typed);
/// While a key is being typed: the first group (1-based) that is complete and wrong (a character
/// not in the alphabet, or its check character does not match), or 0 when every complete group so
/// far is right. The last group, a check of the whole key, is left to decode().
std::size_t firstGroupWithTypo(std::string_view typed);

/// Unlocks with the passphrase, puts a new random key in the recovery slot (replacing any
/// previous one) and returns its printed form. AlreadyExists when every slot is taken.
Result<SecretString> add(const std::filesystem::path& store, const SecretString& passphrase);
/// Unlocks with the passphrase and empties the recovery slot. NotFound when there is none.
Status remove(const std::filesystem::path& store, const SecretString& passphrase);
/// Checks the typed key (typos are reported before any unlock), opens the recovery slot with it,
/// sets `newPassphrase` in the passphrase slot and replaces the recovery key with a new one, whose
/// printed form is returned: the old key and the old passphrase no longer open this file (copies
/// and backups made earlier still do).
Result<SecretString> recover(const std::filesystem::path& store, std::string_view typedKey,
                             const SecretString& newPassphrase);
/// True when the header has a recovery slot (no passphrase needed).
Result<bool> present(const std::filesystem::path& store);

} // namespace recovery

} // namespace casebook::core
