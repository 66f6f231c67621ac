// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace casebook::cli::test {

/// What one run of the casebook-cli binary produced.
struct CliRun {
    int exitCode = -1; ///< the exit status, or 128 + signal number when killed by a signal
    std::string out;
    std::string err;
};

/// Environment changes for the child: a value sets the variable, nullopt removes it.
using EnvChanges = std::vector<std::pair<std::string, std::optional<std::string>>>;

/// Runs the real casebook-cli with `args`, writes `input` to its stdin (a pipe, then closed) and
/// captures stdout, stderr and the exit code. CASEBOOK_STORE and XDG_DATA_HOME are removed from
/// the inherited environment before `env` is applied.
CliRun runCli(const std::vector<std::string>& args, const std::string& input = {}, const EnvChanges& env = {});

/// `--store PATH` followed by `args`.
std::vector<std::string> withStore(const std::filesystem::path& store, const std::vector<std::string>& args);

/// `args` followed by the fast key-derivation options for tests (8 MiB, 1 pass, 1 lane).
std::vector<std::string> withFastKdf(std::vector<std::string> args);

/// Runs `init` with fast KDF options and `passphrase`; returns the run.
CliRun initStore(const std::filesystem::path& store, const std::string& passphrase);

} // namespace casebook::cli::test
