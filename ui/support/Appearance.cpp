// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace casebook::ui {

namespace {

const QString kKey = QStringLiteral("appearance");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(230, 230, 230);
    const QColor disabled(130, 130, 130);
    const QColor highlight(42, 130, 218);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(70, 70, 74));
    p.setColor(QPalette::Midlight, QColor(60, 60, 64));
    p.setColor(QPalette::Mid, QColor(40, 40, 42));
    p.setColor(QPalette::Dark, QColor(25, 25, 27));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    return p;
}

/// The style the application started with, so "System" can go back to it.
struct Startup {
    QString styleName;
    QPalette palette;
};

Startup& startup()
{
    static Startup s = [] {
        Startup first;
        first.styleName = QApplication::style() != nullptr ? QApplication::style()->name() : QString();
        first.palette = QApplication::palette();
        return first;
    }();
    return s;
}

} // namespace

Appearance savedAppearance()
{
    const QString value = QSettings().value(kKey).toString();
    if (value == QLatin1String("light")) {
        return Appearance::Light;
    }
    if (value == QLatin1String("dark")) {
        return Appearance::Dark;
    }
    return Appearance::System;
}

void saveAppearance(Appearance appearance)
{
    static const QString names[] = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    QSettings().setValue(kKey, names[static_cast<int>(appearance)]);
}

void applyAppearance(Appearance appearance)
{
    const Startup& first = startup();
    switch (appearance) {
    case Appearance::System:
        if (!first.styleName.isEmpty()) {
            QApplication::setStyle(QStyleFactory::create(first.styleName));
        }
        QApplication::setPalette(first.palette);
        break;
    case Appearance::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Appearance::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace casebook::ui
