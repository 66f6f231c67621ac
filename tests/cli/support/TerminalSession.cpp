// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/TerminalSession.h"

#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <stdexcept>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace casebook::cli::test {

TerminalSession::TerminalSession(const std::vector<std::string>& args)
{
    std::vector<std::string> argvStrings = {CASEBOOK_CLI_PATH};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argvStrings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);

    m_pid = ::forkpty(&m_master, nullptr, nullptr, nullptr);
    if (m_pid < 0) {
        throw std::runtime_error("forkpty failed");
    }
    if (m_pid == 0) {
        ::unsetenv("CASEBOOK_STORE");
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
}

TerminalSession::~TerminalSession()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    if (m_master >= 0) {
        ::close(m_master);
    }
}

bool TerminalSession::readSome(int timeoutMs)
{
    pollfd fd{m_master, POLLIN, 0};
    if (::poll(&fd, 1, timeoutMs) <= 0) {
        return false;
    }
    std::array<char, 1024> buffer{};
    const ssize_t n = ::read(m_master, buffer.data(), buffer.size());
    if (n <= 0) {
        return false; // EIO once the child has closed the terminal
    }
    m_transcript.append(buffer.data(), static_cast<std::size_t>(n));
    return true;
}

bool TerminalSession::waitFor(std::string_view text, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (m_transcript.find(text) == std::string::npos) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || !readSome(static_cast<int>(left.count()))) {
            return false;
        }
    }
    return true;
}

void TerminalSession::type(std::string_view text) const
{
    if (::write(m_master, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
        throw std::runtime_error("cannot type on the terminal");
    }
}

bool TerminalSession::echoOn() const
{
    termios attributes{};
    ::tcgetattr(m_master, &attributes);
    return (attributes.c_lflag & ECHO) != 0;
}

bool TerminalSession::waitForEcho(bool on, int timeoutMs) const
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (echoOn() != on) {
        if (std::chrono::steady_clock::now() > deadline) {
            return false;
        }
        ::usleep(10'000);
    }
    return true;
}

bool TerminalSession::waitStopped() const
{
    int status = 0;
    while (::waitpid(m_pid, &status, WUNTRACED) < 0 && errno == EINTR) {}
    return WIFSTOPPED(status);
}

void TerminalSession::sendSignal(int signal) const
{
    ::kill(m_pid, signal);
}

int TerminalSession::finish()
{
    while (readSome(20'000)) {}
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {}
    m_pid = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace casebook::cli::test
