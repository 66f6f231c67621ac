// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

#include <map>

namespace casebook::test {

/// The Alt+letter of a label ("Record a d&ecision" gives 'e'), or a null QChar when it has none.
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i; // "&&" is a literal ampersand
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

/// Every Alt+letter that two things on `window`'s screen at once claim (menu titles, buttons,
/// labels with a buddy, tabs, checkable group boxes), as "e: &Edit / Record a d&ecision". When two
/// claim a letter, Qt calls the shortcut ambiguous and Alt+letter does nothing, or types the letter
/// into the field that has the focus.
inline QStringList mnemonicClashes(const QWidget* window)
{
    std::map<QChar, QStringList> claims;
    const auto claim = [&claims](const QString& text) {
        if (const QChar key = mnemonicOf(text); !key.isNull()) {
            claims[key].push_back(text);
        }
    };
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        if (bar->isVisibleTo(window)) {
            for (const QAction* action : bar->actions()) {
                if (action->isVisible()) {
                    claim(action->text());
                }
            }
        }
    }
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window) {
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            claim(button->text());
        } else if (const auto* label = qobject_cast<const QLabel*>(w); label != nullptr && label->buddy() != nullptr) {
            claim(label->text());
        } else if (const auto* box = qobject_cast<const QGroupBox*>(w); box != nullptr && box->isCheckable()) {
            claim(box->title());
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                claim(tabs->tabText(i));
            }
        }
    }
    QStringList clashes;
    for (const auto& [key, texts] : claims) {
        if (texts.size() > 1) {
            clashes.push_back(QString(key) + QStringLiteral(": ") + texts.join(QStringLiteral(" / ")));
        }
    }
    return clashes;
}

} // namespace casebook::test
