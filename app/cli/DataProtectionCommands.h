// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Command.h"
#include "cli/Context.h"

#include "support/Result.h"

#include <string>
#include <string_view>

namespace casebook::cli {

// The data-protection commands (issue 15), declared apart from Command.h so that adding one does
// not rebuild every other command.
/// Reports a refusal the user can act on (a rule, a hold, a bad field, a missing record) with its
/// detail on the first line; any other error as Context::fail does.
inline int failWithDetail(const Context& context, std::string_view command, const core::Error& error)
{
    if (error.code == core::ErrorCode::RuleViolation || error.code == core::ErrorCode::InvalidArgument
        || error.code == core::ErrorCode::NotFound || error.code == core::ErrorCode::AlreadyExists) {
        return context.fail(ExitCode::Failure, std::string(command) + ": " + error.detail);
    }
    return context.fail(error, context.storePath);
}

const CommandSpec& sarCommand();
const CommandSpec& holdCommand();
const CommandSpec& eraseCommand();
const CommandSpec& retentionCommand();
const CommandSpec& recoveryKeyCommand();
const CommandSpec& recoverCommand();
const CommandSpec& handoverCommand();
/// `handover export|import|show|fingerprint`, reached through `handover`; nullptr for another action.
const CommandSpec* handoverSubcommand(std::string_view action);

} // namespace casebook::cli
