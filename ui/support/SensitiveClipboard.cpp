// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/SensitiveClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>

namespace casebook::ui {

namespace {

/// A digest of what was copied, never the text itself.
QByteArray& lastCopied()
{
    static QByteArray digest;
    return digest;
}

QByteArray digestOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

void SensitiveClipboard::copy(const QString& text)
{
    QGuiApplication::clipboard()->setText(text);
    lastCopied() = digestOf(text);
}

void SensitiveClipboard::clearIfOurs()
{
    if (lastCopied().isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (digestOf(clipboard->text()) == lastCopied()) {
        clipboard->clear();
    }
    lastCopied().clear();
}

} // namespace casebook::ui
