// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace casebook::cli {

/// The process exit codes of casebook-cli (documented in README, "Command line").
enum class ExitCode {
    Ok = 0,              ///< the command did what was asked
    Failure = 1,         ///< any other failure (missing file, refused overwrite, I/O, mismatched passphrases)
    Usage = 2,           ///< the command line itself is wrong: unknown command or option, bad or missing argument
    WrongPassphrase = 3, ///< the passphrase does not unlock the store
    Damaged = 4,         ///< the store is damaged or was modified (failed authentication or integrity check)
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace casebook::cli
