// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/KdfOptions.h"

#include <cstdint>
#include <optional>

namespace casebook::cli {

namespace {

// The same bounds core enforces when it creates a key slot; checked here for a clear message.
constexpr std::uint32_t kMinMemoryMiB = 8;
constexpr std::uint32_t kMaxMemoryMiB = 1024;
constexpr std::uint32_t kMaxIterations = 10;
constexpr std::uint32_t kMaxParallelism = 16;
constexpr std::uint32_t kMaxUnlockMs = 60'000;

/// Reads option `name` as a number in [low, high]; writes a usage error otherwise.
std::optional<std::uint32_t> boundedOption(const ParsedArgs& args, std::string_view name, std::uint32_t low,
                                           std::uint32_t high, std::uint32_t fallback, std::string& error)
{
    const auto text = args.value(name);
    if (!text) {
        return fallback;
    }
    const auto number = parseUnsigned(*text);
    if (!number || *number < low || *number > high) {
        if (!error.empty()) {
            return std::nullopt; // report the first bad option only
        }
        error = "--" + std::string(name) + " must be a whole number from " + std::to_string(low) + " to "
                + std::to_string(high) + ", not '" + *text + "'.";
        return std::nullopt;
    }
    return number;
}

} // namespace

const std::string_view kKdfOptionsHelp =
    "  --kdf-memory MIB        Argon2id memory in MiB (8 to 1024)\n"
    "  --kdf-iterations N      Argon2id passes (1 to 10)\n"
    "  --kdf-parallelism P     Argon2id lanes (1 to 16)\n"
    "                          (any of these fixes the parameters; the others default to 64 MiB, 3, 4)\n"
    "  --unlock-time MS        calibrate so that unlocking takes about MS milliseconds\n"
    "                          (default: calibrate for 700 ms, never below 64 MiB, 3 passes, 4 lanes)\n";

std::variant<core::KdfChoice, std::string> kdfChoiceFrom(const ParsedArgs& args)
{
    const bool fixed = args.has("kdf-memory") || args.has("kdf-iterations") || args.has("kdf-parallelism");
    std::string error;
    if (fixed && args.has("unlock-time")) {
        return std::string("--unlock-time cannot be combined with --kdf-memory, --kdf-iterations or "
                           "--kdf-parallelism.");
    }
    if (args.has("unlock-time")) {
        const auto ms = boundedOption(args, "unlock-time", 1, kMaxUnlockMs, 0, error);
        if (!ms) {
            return error;
        }
        return core::KdfChoice::calibrated(*ms);
    }
    if (!fixed) {
        return core::KdfChoice::calibrated();
    }
    const core::KdfParams defaults;
    const auto memoryMiB =
        boundedOption(args, "kdf-memory", kMinMemoryMiB, kMaxMemoryMiB, defaults.memoryKiB / 1024, error);
    const auto iterations = boundedOption(args, "kdf-iterations", 1, kMaxIterations, defaults.iterations, error);
    const auto parallelism = boundedOption(args, "kdf-parallelism", 1, kMaxParallelism, defaults.parallelism, error);
    if (!memoryMiB || !iterations || !parallelism) {
        return error;
    }
    return core::KdfChoice::fixed(core::KdfParams{*memoryMiB * 1024, *iterations, *parallelism});
}

std::string kdfFloorWarning(const core::KdfChoice& choice)
{
    if (choice.targetMs != 0) {
        return {}; // calibration never goes below the floor
    }
    const auto& p = choice.params;
    if (p.memoryKiB >= 64 * 1024 && p.iterations >= 3 && p.parallelism >= 4) {
        return {};
    }
    return "warning: the Argon2id parameters (" + std::to_string(p.memoryKiB / 1024) + " MiB, "
           + std::to_string(p.iterations) + " passes, " + std::to_string(p.parallelism)
           + " lanes) are below RFC 9106's recommended floor of 64 MiB, 3 passes, 4 lanes: the passphrase is "
             "cheaper to guess.";
}

} // namespace casebook::cli
