// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace casebook::core {

/// Who is working: the sergeant's name, rank, collar number and force, and the protective marking
/// and handling line their exports carry unless they choose others. The desktop app and
/// casebook-cli read it from the same small file (identityPath()), so the audit log's actor, a
/// decision's "decided by" and a summary's "prepared by" name the sergeant, not the computer's user
/// account. It is the only personal data kept outside the encrypted store, and it is not sensitive.
struct Identity {
    std::string name;
    std::string rank;
    std::string collarNumber;
    std::string force;
    std::string marking;  ///< default protective marking of exports; empty: the built-in default
    std::string handling; ///< default handling line of exports; empty: the built-in default

    /// Nobody has said who they are yet.
    bool empty() const { return name.empty(); }
    /// "PS 1234 Jane Smith": rank, collar number and name, as it goes on "by", "decided by" and
    /// "prepared by"; empty when no name is set.
    std::string signature() const;

    bool operator==(const Identity&) const = default;
};

/// The file's text: one `key = value` per line (name, rank, collar_number, force, marking,
/// handling); blank lines and lines starting with '#' are ignored. An unknown key or a line
/// without '=' is an InvalidArgument naming the line; a value longer than 200 characters too.
Result<Identity> parseIdentity(std::string_view text);
std::string formatIdentity(const Identity& identity);

/// $XDG_CONFIG_HOME/casebook/identity.conf, else ~/.config/casebook/identity.conf.
std::filesystem::path identityPath();
/// An identity file's contents; a missing file is an empty identity, not an error.
Result<Identity> loadIdentity(const std::filesystem::path& path);
/// Writes the file (0600, folders made 0700), replacing it in one step.
Status saveIdentity(const std::filesystem::path& path, const Identity& identity);

} // namespace casebook::core
