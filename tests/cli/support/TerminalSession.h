// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace casebook::cli::test {

/// casebook-cli running on a pseudo-terminal (its stdin, stdout and stderr), driven like a user.
/// The transcript is everything the terminal showed; the child is killed if still running at the end.
class TerminalSession {
public:
    explicit TerminalSession(const std::vector<std::string>& args);
    ~TerminalSession();
    TerminalSession(const TerminalSession&) = delete;
    TerminalSession& operator=(const TerminalSession&) = delete;

    /// Reads output until the transcript contains `text`; false after `timeoutMs` or at the end.
    bool waitFor(std::string_view text, int timeoutMs = 20'000);
    /// Types `text` as if at the keyboard.
    void type(std::string_view text) const;
    /// Whether the terminal currently echoes input.
    bool echoOn() const;
    /// Waits until the terminal's echo setting is `on`; false after `timeoutMs`.
    bool waitForEcho(bool on, int timeoutMs = 10'000) const;
    void sendSignal(int signal) const;
    /// Waits until the child has stopped (job control); false if it ended instead.
    bool waitStopped() const;
    /// Reads the rest of the output and returns the exit code (128 + signal when killed).
    int finish();

    const std::string& transcript() const { return m_transcript; }

private:
    bool readSome(int timeoutMs);

    int m_master = -1;
    pid_t m_pid = -1;
    std::string m_transcript;
};

} // namespace casebook::cli::test
