// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace casebook::ui {

/// Where a first store goes: casebook/casebook.cbk under the user's data folder.
QString defaultStorePath();
/// The stores opened lately (settings "stores/recent"), newest first, those still there only.
QStringList recentStores();
/// Puts `path` first among the recent stores (at most six are kept). Settings hold store paths
/// only: never a passphrase or anything from inside a store.
void rememberStore(const QString& path);

} // namespace casebook::ui
