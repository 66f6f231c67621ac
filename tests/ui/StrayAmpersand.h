// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Finds "&" shown literally where a mnemonic was meant: the workspace and dialog tests use it.
#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QString>
#include <QTextDocument>
#include <QWidget>

#include <utility>
#include <vector>

namespace casebook::test {

/// Text shown as it is (no mnemonics there) with an "&" that was meant as a mnemonic or doubled
/// for one: "&&", or "&" right before a letter. "Absence & sick pay" is fine; HTML entities in
/// rich text are not ampersands on screen.
inline bool strayAmpersand(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);"));
    if (Qt::mightBeRichText(text)) {
        text.remove(entity);
    }
    static const QRegularExpression stray(QStringLiteral("&(&|\\S)"));
    return stray.match(text).hasMatch();
}

/// Every place in `root` that shows text without reading mnemonics, each with what it says.
inline std::vector<std::pair<QString, QString>> plainTexts(QWidget* root)
{
    std::vector<std::pair<QString, QString>> out;
    const auto add = [&](const QString& where, const QString& text) { out.emplace_back(where, text); };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) && w != root) {
            continue;
        }
        const QString name = QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        if (w->isWindow()) {
            add(name + QStringLiteral(" window title"), w->windowTitle());
        }
        add(name + QStringLiteral(" tooltip"), w->toolTip());
        add(name + QStringLiteral(" accessible name"), w->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(w); label != nullptr && label->buddy() == nullptr) {
            add(name + QStringLiteral(" label"), label->text());
        }
        if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                add(name + QStringLiteral(" item"), list->item(i)->text());
                add(name + QStringLiteral(" item tooltip"), list->item(i)->toolTip());
            }
        }
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(name + QStringLiteral(" choice"), combo->itemText(i));
            }
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view != nullptr && view->model() != nullptr) {
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(name + QStringLiteral(" header"), model->headerData(c, Qt::Horizontal).toString());
            }
        }
    }
    return out;
}

} // namespace casebook::test
