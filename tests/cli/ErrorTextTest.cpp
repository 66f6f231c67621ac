// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/ErrorText.h"

#include <catch2/catch.hpp>

using casebook::cli::ExitCode;
using casebook::cli::exitCodeFor;
using casebook::core::ErrorCode;

TEST_CASE("every error code has one sentence of text", "[errortext]")
{
    // ErrorText.cpp switches over the enum without a default, so -Wswitch flags a missing code;
    // this checks that each sentence is a single, complete line.
    for (int i = 0; i <= static_cast<int>(ErrorCode::RuleViolation); ++i) {
        const auto text = casebook::cli::errorText(static_cast<ErrorCode>(i));
        INFO("error code " << i);
        CHECK(text.size() > 10);
        CHECK(text.back() == '.');
        CHECK(text.find('\n') == std::string_view::npos);
    }
}

TEST_CASE("wrong passphrase exits 3, damage exits 4, everything else 1", "[errortext]")
{
    CHECK(exitCodeFor(ErrorCode::WrongPassphrase) == ExitCode::WrongPassphrase);
    CHECK(exitCodeFor(ErrorCode::HeaderCorrupt) == ExitCode::Damaged);
    CHECK(exitCodeFor(ErrorCode::StoreDamaged) == ExitCode::Damaged);
    CHECK(exitCodeFor(ErrorCode::NotEncrypted) == ExitCode::Failure);
    CHECK(exitCodeFor(ErrorCode::NotAStore) == ExitCode::Failure);
    CHECK(exitCodeFor(ErrorCode::Io) == ExitCode::Failure);
    CHECK(static_cast<int>(ExitCode::Usage) == 2);
}
