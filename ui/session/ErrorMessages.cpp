// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/ErrorMessages.h"

#include "support/Messages.h"

namespace casebook::ui {

QString errorMessage(const core::Error& error)
{
    return userMessage(error);
}

} // namespace casebook::ui
