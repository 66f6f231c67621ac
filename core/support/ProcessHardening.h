// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace casebook::core {

/// Keeps decrypted pages and keys out of crash dumps: no core files, and the process is not
/// dumpable (nor attachable by other users' debuggers). Call first thing in every executable.
/// Returns false if the operating system refused either setting.
bool hardenProcess() noexcept;

} // namespace casebook::core
