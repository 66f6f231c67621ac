// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/CliRunner.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace casebook::cli::test {

namespace {

/// The child's environment as "NAME=value" strings.
std::vector<std::string> childEnvironment(const EnvChanges& changes)
{
    // audit verify records the heads it sees under XDG_STATE_HOME: keep them out of the real home.
    const auto state = std::filesystem::temp_directory_path() / "casebook-cli-tests-state";
    EnvChanges all = {
        {"CASEBOOK_STORE", std::nullopt}, {"XDG_DATA_HOME", std::nullopt}, {"XDG_STATE_HOME", state.string()}};
    all.insert(all.end(), changes.begin(), changes.end());
    std::vector<std::string> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        env.emplace_back(*entry);
    }
    for (const auto& [name, value] : all) {
        std::erase_if(env, [&name = name](const std::string& e) { return e.rfind(name + "=", 0) == 0; });
        if (value) {
            env.push_back(name + "=" + *value);
        }
    }
    return env;
}

std::array<int, 2> makePipe()
{
    std::array<int, 2> fds{};
    if (::pipe2(fds.data(), O_CLOEXEC) != 0) {
        throw std::runtime_error(std::string("pipe2: ") + std::strerror(errno));
    }
    return fds;
}

/// Feeds `input` and drains both outputs at once, so a chatty child can never deadlock us.
void pump(int inFd, int outFd, int errFd, const std::string& input, CliRun& run)
{
    std::size_t written = 0;
    std::array<pollfd, 3> fds = {{{inFd, POLLOUT, 0}, {outFd, POLLIN, 0}, {errFd, POLLIN, 0}}};
    if (input.empty()) {
        ::close(inFd);
        fds[0].fd = -1;
    }
    while (fds[1].fd >= 0 || fds[2].fd >= 0) {
        if (::poll(fds.data(), fds.size(), 120'000) <= 0) {
            throw std::runtime_error("casebook-cli produced no output for 120 s");
        }
        if (fds[0].fd >= 0 && fds[0].revents != 0) {
            const ssize_t n = ::write(inFd, input.data() + written, input.size() - written);
            written += n > 0 ? static_cast<std::size_t>(n) : 0;
            if (n < 0 || written == input.size()) {
                ::close(inFd); // EOF after the last line; EPIPE when the child stopped reading
                fds[0].fd = -1;
            }
        }
        for (std::size_t i = 1; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) {
                continue;
            }
            std::array<char, 4096> buffer{};
            const ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
            if (n <= 0) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                continue;
            }
            (i == 1 ? run.out : run.err).append(buffer.data(), static_cast<std::size_t>(n));
        }
    }
    if (fds[0].fd >= 0) {
        ::close(inFd);
    }
}

} // namespace

CliRun runCli(const std::vector<std::string>& args, const std::string& input, const EnvChanges& env)
{
    // A child that exits before reading its stdin must not kill the test with SIGPIPE.
    ::signal(SIGPIPE, SIG_IGN);
    const auto in = makePipe();
    const auto out = makePipe();
    const auto err = makePipe();

    std::vector<std::string> argvStrings = {CASEBOOK_CLI_PATH};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argvStrings) {
        argv.push_back(a.data());
    }
    argv.push_back(nullptr);
    auto envStrings = childEnvironment(env);
    std::vector<char*> envp;
    for (auto& e : envStrings) {
        envp.push_back(e.data());
    }
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    for (int fd : {in[0], out[1], err[1]}) {
        ::close(fd);
    }
    if (spawned != 0) {
        for (int fd : {in[1], out[0], err[0]}) {
            ::close(fd);
        }
        throw std::runtime_error(std::string("posix_spawn: ") + std::strerror(spawned));
    }

    CliRun run;
    pump(in[1], out[0], err[0], input, run);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

std::vector<std::string> withStore(const std::filesystem::path& store, const std::vector<std::string>& args)
{
    std::vector<std::string> all = {"--store", store.string()};
    all.insert(all.end(), args.begin(), args.end());
    return all;
}

std::vector<std::string> withFastKdf(std::vector<std::string> args)
{
    for (const char* arg : {"--kdf-memory", "8", "--kdf-iterations", "1", "--kdf-parallelism", "1"}) {
        args.emplace_back(arg);
    }
    return args;
}

CliRun initStore(const std::filesystem::path& store, const std::string& passphrase)
{
    const auto args = withFastKdf({"init"});
    return runCli(withStore(store, args), passphrase + "\n");
}

} // namespace casebook::cli::test
