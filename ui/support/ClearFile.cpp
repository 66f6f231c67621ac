// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/ClearFile.h"

#include "support/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>

#include <filesystem>
#include <string_view>

namespace casebook::ui {

core::Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    const std::filesystem::path target = exportPath(path);
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    if (const std::error_code ec = core::writeFileAtomically(target, text, true); ec) {
        return core::makeError(core::ErrorCode::Io,
                               QCoreApplication::translate("casebook::ui::ClearFile", "cannot write %1: %2")
                                   .arg(path, QString::fromStdString(ec.message()))
                                   .toStdString());
    }
    return core::Ok{};
}

std::filesystem::path exportPath(const QString& path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace casebook::ui
