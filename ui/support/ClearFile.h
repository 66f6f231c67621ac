// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "support/Result.h"
#endif

#include <QByteArray>
#include <QString>

#include <filesystem>

namespace casebook::ui {

/// Writes `bytes`, which are clear text leaving the store, to `path` as core::writeFileAtomically
/// does: through an unnamed temporary file that gets its name only when complete, owner-only, so
/// a kill or a full disk leaves no partial clear-text file. Replaces an existing file (the save
/// dialog has asked). Any thread.
core::Status writeFileAtomically(const QString& path, const QByteArray& bytes);

/// `path` (from a file dialog) as the file system spells it, for core::exportFile.
std::filesystem::path exportPath(const QString& path);

} // namespace casebook::ui
