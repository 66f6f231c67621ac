// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "lock/DesktopLockWatcher.h"

#include <QDBusConnection>

namespace casebook::ui {

DesktopLockWatcher::DesktopLockWatcher(QObject* parent)
    : QObject(parent)
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto& [service, path] :
             {std::pair{QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver")},
              std::pair{QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("/org/gnome/ScreenSaver")}}) {
            if (session.connect(service, path, service, QStringLiteral("ActiveChanged"), this,
                                SLOT(screenSaverActiveChanged(bool)))) {
                ++m_sources;
            }
        }
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()
        && system.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1/session/auto"),
            QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this, SLOT(sessionLock()))) {
        ++m_sources;
    }
}

void DesktopLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active) {
        emit desktopLocked();
    }
}

void DesktopLockWatcher::sessionLock()
{
    emit desktopLocked();
}

} // namespace casebook::ui
