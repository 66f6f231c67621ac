// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/Migrations.h"

#include <span>

namespace casebook::core {

/// Casebook's schema: every step from an empty store to this build's tables, oldest first. The
/// store applies whatever list it is given (Store::create, open, importPlaintext, restore); this
/// is the one the app, the command line and the tests give it.
std::span<const Migration> appMigrations();

} // namespace casebook::core
