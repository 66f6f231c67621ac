// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Result.h"

#include <QString>

namespace casebook::ui {

/// A sentence for the user about `error`: userMessage() (support/Messages.h), kept under this
/// name for the session code that calls it.
QString errorMessage(const core::Error& error);

} // namespace casebook::ui
