// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cli/Command.h"

#include <string_view>

namespace casebook::cli {

// The rule commands (issue 14), declared apart from Command.h so that adding one does not rebuild
// every other command.
/// `policy list|set|clear`: the force's counting policies.
const CommandSpec& policyCommand();
/// `policy set` and `policy clear`, reached through `policy` (nullptr for another action).
const CommandSpec* policySubcommand(std::string_view action);
/// `repin [--kind KIND] ID`: pins a procedure record (UPP/UAP by default, or a conduct referral,
/// ill-health retirement, injury award, limited duty or absence) to another rule pack version and
/// prints the dates that move.
const CommandSpec& repinCommand();

} // namespace casebook::cli
