// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "crypto/SecretString.h"

#include <optional>
#include <string_view>

namespace casebook::cli {

/// Reads passphrases from a file descriptor: from a terminal with a prompt on stderr and echo
/// off, otherwise exactly one line per passphrase. Never buffers beyond the line it returns.
class PassphraseReader {
public:
    explicit PassphraseReader(int inputFd, int promptFd);

    /// True when the input is a terminal (prompts are shown and confirmations asked).
    bool isTerminal() const { return m_terminal; }

    /// Reads one passphrase without its line ending; nullopt at end of input or on a read error.
    std::optional<core::SecretString> read(std::string_view prompt) const;

private:
    std::optional<core::SecretString> readLine() const;

    int m_inputFd;
    int m_promptFd;
    bool m_terminal;
};

} // namespace casebook::cli
