// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/RecentStores.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace casebook::ui {

namespace {

constexpr int kMaxRecentStores = 6;

} // namespace

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("casebook/casebook.cbk"));
}

QStringList recentStores()
{
    QStringList out;
    for (const QString& path : QSettings().value(QStringLiteral("stores/recent")).toStringList()) {
        if (QFileInfo::exists(path)) {
            out << path;
        }
    }
    return out;
}

void rememberStore(const QString& path)
{
    // Settings hold store paths only: never a passphrase or anything from inside a store.
    QStringList recent = QSettings().value(QStringLiteral("stores/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentStores) {
        recent.removeLast();
    }
    QSettings().setValue(QStringLiteral("stores/recent"), recent);
}

} // namespace casebook::ui
