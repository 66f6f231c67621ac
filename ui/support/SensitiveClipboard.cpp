// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/SensitiveClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QPointer>
#include <QTimer>

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

std::chrono::milliseconds& delay()
{
    static std::chrono::milliseconds value{30000};
    return value;
}

/// One timer for the application's life (a child of the application object, so it goes with it).
QTimer* clearTimer()
{
    static QPointer<QTimer> timer;
    if (timer.isNull() && QCoreApplication::instance() != nullptr) {
        timer = new QTimer(QCoreApplication::instance());
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, [] { SensitiveClipboard::clearIfOurs(); });
    }
    return timer.data();
}

} // namespace

void SensitiveClipboard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(QString::fromLatin1(kPasswordManagerHint), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(mime); // the clipboard owns it now
    lastCopied() = digestOf(text);
    if (QTimer* timer = clearTimer()) {
        timer->start(delay()); // a later copy restarts the countdown
    }
}

void SensitiveClipboard::clearIfOurs()
{
    if (QTimer* timer = clearTimer()) {
        timer->stop();
    }
    if (lastCopied().isEmpty()) {
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (digestOf(clipboard->text()) == lastCopied()) {
        clipboard->clear();
    }
    lastCopied().clear();
}

std::chrono::milliseconds SensitiveClipboard::clearAfter()
{
    return delay();
}

void SensitiveClipboard::setClearAfter(std::chrono::milliseconds value)
{
    delay() = value;
}

} // namespace casebook::ui
