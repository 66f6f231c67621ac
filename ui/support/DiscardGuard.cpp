// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/DiscardGuard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>

namespace casebook::ui {

namespace {

class DiscardGuard final : public QObject {
public:
    explicit DiscardGuard(QDialog* dialog)
        : QObject(dialog)
        , m_dialog(dialog)
    {
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && watched == m_dialog) {
            m_initial = formState(m_dialog);
        } else if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && m_dialog->isVisible()
                && formState(m_dialog) != m_initial) {
                if (!askDiscard()) {
                    return true; // keep editing: the form stays as it is
                }
                m_dialog->reject();
                return true;
            }
        }
        return false;
    }

private:
    bool askDiscard()
    {
        QMessageBox box(QMessageBox::Question, QDialog::tr("Discard changes?"),
                        QDialog::tr("What you typed in \"%1\" is not saved. Discard it?").arg(m_dialog->windowTitle()),
                        QMessageBox::NoButton, m_dialog);
        box.setObjectName(QStringLiteral("discardQuestion"));
        QPushButton* discard = box.addButton(QDialog::tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardButton"));
        QPushButton* keep = box.addButton(QDialog::tr("&Keep editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepEditingButton"));
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == discard;
    }

    QDialog* m_dialog;
    QString m_initial;
};

} // namespace

QString formState(const QWidget* form)
{
    QString state;
    for (const QWidget* w : form->findChildren<QWidget*>()) {
        if (const auto* line = qobject_cast<const QLineEdit*>(w); line != nullptr && line->parentWidget() != nullptr
                                                                  && !line->parentWidget()->inherits("QAbstractSpinBox")
                                                                  && !line->parentWidget()->inherits("QComboBox")) {
            state += line->text();
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
            state += plain->toPlainText();
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(w); rich != nullptr && !rich->isReadOnly()) {
            state += rich->toPlainText();
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            state += combo->currentText();
        } else if (const auto* check = qobject_cast<const QCheckBox*>(w)) {
            state += check->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
        } else if (const auto* date = qobject_cast<const QDateTimeEdit*>(w)) {
            state += date->dateTime().toString(Qt::ISODate);
        } else {
            continue;
        }
        state += QChar(u'\x1f');
    }
    return state;
}

void askBeforeDiscarding(QDialog* dialog)
{
    dialog->installEventFilter(new DiscardGuard(dialog));
}

} // namespace casebook::ui
