// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/PassphraseReader.h"

#include <array>
#include <cerrno>
#include <csignal>

#include <termios.h>
#include <unistd.h>

namespace casebook::cli {

namespace {

constexpr std::array kRestoringSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

// Shared with the signal handler, which may only touch these plain objects.
struct termios s_savedTerminal {};
struct termios s_quietTerminal {};
volatile std::sig_atomic_t s_terminalFd = -1;
std::array<struct sigaction, kRestoringSignals.size()> s_previousActions{};
struct sigaction s_previousStop {};

void writeAll(int fd, std::string_view text)
{
    while (!text.empty()) {
        const ssize_t written = ::write(fd, text.data(), text.size());
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
}

extern "C" void restoreTerminalAndReraise(int signal)
{
    const int fd = s_terminalFd;
    if (fd >= 0) {
        ::tcsetattr(fd, TCSANOW, &s_savedTerminal);
        [[maybe_unused]] const ssize_t ignored = ::write(STDERR_FILENO, "\n", 1);
    }
    for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
        if (kRestoringSignals[i] == signal) {
            ::sigaction(signal, &s_previousActions[i], nullptr);
        }
    }
    ::raise(signal);
}

extern "C" void restoreTerminalWhileStopped(int /*signal*/)
{
    const int fd = s_terminalFd;
    if (fd >= 0) {
        ::tcsetattr(fd, TCSANOW, &s_savedTerminal);
    }
    ::kill(::getpid(), SIGSTOP); // stop here, as Ctrl-Z asked; SIGSTOP cannot be caught or blocked
    if (fd >= 0) {
        ::tcsetattr(fd, TCSANOW, &s_quietTerminal); // continued: the prompt is still waiting
    }
}

/// Turns terminal echo off for its lifetime; a fatal signal meanwhile restores echo before it
/// takes effect, so an interrupted prompt never leaves the user's shell without echo. Ctrl-Z
/// restores echo while stopped and turns it off again on continuing.
class EchoOff {
public:
    explicit EchoOff(int fd)
    {
        if (::tcgetattr(fd, &s_savedTerminal) != 0) {
            return;
        }
        s_quietTerminal = s_savedTerminal;
        s_quietTerminal.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        s_quietTerminal.c_lflag |= static_cast<tcflag_t>(ECHONL);
        s_terminalFd = fd;
        struct sigaction action {};
        action.sa_handler = restoreTerminalAndReraise;
        ::sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
            ::sigaction(kRestoringSignals[i], &action, &s_previousActions[i]);
        }
        action.sa_handler = restoreTerminalWhileStopped;
        ::sigaction(SIGTSTP, &action, &s_previousStop);
        ::tcsetattr(fd, TCSAFLUSH, &s_quietTerminal);
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active) {
            return;
        }
        ::tcsetattr(s_terminalFd, TCSAFLUSH, &s_savedTerminal);
        s_terminalFd = -1;
        for (std::size_t i = 0; i < kRestoringSignals.size(); ++i) {
            ::sigaction(kRestoringSignals[i], &s_previousActions[i], nullptr);
        }
        ::sigaction(SIGTSTP, &s_previousStop, nullptr);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_active = false;
};

} // namespace

PassphraseReader::PassphraseReader(int inputFd, int promptFd)
    : m_inputFd(inputFd)
    , m_promptFd(promptFd)
    , m_terminal(::isatty(inputFd) == 1)
{
}

std::optional<core::SecretString> PassphraseReader::read(std::string_view prompt) const
{
    if (!m_terminal) {
        return readLine();
    }
    // Echo goes off before the prompt appears: input typed after the prompt is never echoed,
    // and TCSAFLUSH cannot discard it.
    const EchoOff echoOff(m_inputFd);
    writeAll(m_promptFd, prompt);
    return readLine();
}

std::optional<core::SecretString> PassphraseReader::readLine() const
{
    // One byte at a time, so that nothing after this line is consumed (the next passphrase
    // may follow) and no stdio buffer ever holds the secret. Every path returns `line` itself,
    // so the secret is built in place and never left behind in a moved-from copy.
    std::optional<core::SecretString> line{std::in_place};
    bool sawAnything = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(m_inputFd, &c, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 || (n == 0 && !sawAnything)) {
            line.reset();
            return line;
        }
        if (n == 0 || c == '\n') {
            break;
        }
        sawAnything = true;
        line->push_back(c);
        c = 0;
    }
    if (!line->empty() && line->view().back() == '\r') {
        line->pop_back();
    }
    return line;
}

} // namespace casebook::cli
