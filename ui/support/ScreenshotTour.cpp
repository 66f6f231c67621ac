// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/ScreenshotTour.h"

#include "MainWindow.h"
#include "report/ExportDialog.h"
#include "rulebook/RulesDialog.h"
#include "session/SessionController.h"
#include "workspace/CaseDocument.h"
#include "workspace/WorkspaceWidget.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace casebook::ui {

void runScreenshotTour(MainWindow& window, const QString& dir)
{
    QDir().mkpath(dir);
    auto ok = std::make_shared<bool>(true);
    auto save = [ok, dir](QWidget& widget, const QString& name) {
        *ok = widget.grab().save(QDir(dir).filePath(name), "PNG") && *ok;
    };
    auto caseTabs = [&window]() { return window.workspace()->findChild<QTabWidget*>(QStringLiteral("caseTabs")); };
    auto rules = std::make_shared<RulesDialog*>(nullptr);
    std::vector<std::function<void()>> steps = {
        [&window, save] { save(window, QStringLiteral("1-caseload.png")); },
        [caseTabs] { caseTabs()->setCurrentIndex(1); },
        [&window, save] { save(window, QStringLiteral("2-case-chronology.png")); },
        [caseTabs] { caseTabs()->setCurrentIndex(2); },
        [&window, save] { save(window, QStringLiteral("3-case-holistic-review.png")); },
    };
    // Every record tab of the open case, named after the tab's object name.
    for (int tab = 3; tab < 3 + 12; ++tab) {
        steps.emplace_back([caseTabs, tab] {
            if (tab < caseTabs()->count()) {
                caseTabs()->setCurrentIndex(tab);
            }
        });
        steps.emplace_back([&window, save, caseTabs, tab] {
            if (tab < caseTabs()->count()) {
                save(window, QStringLiteral("3-tab-%1-%2.png").arg(tab).arg(caseTabs()->widget(tab)->objectName()));
            }
        });
    }
    // Forms as they open: a reasonable adjustment, a UPP/UAP procedure and a decision.
    for (const QString& button :
         {QStringLiteral("adjustmentsAdd"), QStringLiteral("uppAdd"), QStringLiteral("addDecisionButton")}) {
        steps.emplace_back([&window, button] {
            if (auto* b = window.workspace()->findChild<QPushButton*>(button)) {
                // Queued: the form's exec() then runs the rest of the tour from its own loop.
                QMetaObject::invokeMethod(b, &QPushButton::click, Qt::QueuedConnection);
            }
        });
        steps.emplace_back([save, button] {
            if (QWidget* form = QApplication::activeModalWidget()) {
                save(*form, QStringLiteral("7-form-%1.png").arg(button));
                form->close();
            }
        });
    }
    // The summary for a meeting: the dialog with its preview, and the PDF it writes.
    steps.emplace_back([&window] {
        if (auto* b = window.workspace()->findChild<QPushButton*>(QStringLiteral("exportSummaryButton"))) {
            QMetaObject::invokeMethod(b, &QPushButton::click, Qt::QueuedConnection);
        }
    });
    steps.emplace_back([save, dir] {
        if (auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget())) {
            save(*dialog, QStringLiteral("8-summary-for-a-meeting.png"));
            dialog->exportTo(QDir(dir).filePath(QStringLiteral("8-summary.pdf")), ExportFormat::Pdf);
        }
    });
    steps.emplace_back([] {}); // the PDF is written meanwhile
    steps.emplace_back([] {
        if (QWidget* dialog = QApplication::activeModalWidget()) {
            dialog->close();
        }
    });
    steps.insert(steps.end(),
                 {
                     [&window] {
                         window.workspace()->showDueDashboard();
                         // Select a regulation's date, so that its explanation shows.
                         auto* table = window.workspace()->findChild<QTableView*>(QStringLiteral("dueTable"));
                         QAbstractItemModel* model = table != nullptr ? table->model() : nullptr;
                         for (int row = 0; model != nullptr && row < model->rowCount(); ++row) {
                             if (model->index(row, 7).data().toString().startsWith(QStringLiteral("upp."))) {
                                 table->setFocus();
                                 table->setCurrentIndex(model->index(row, 0));
                                 break;
                             }
                         }
                     },
                     [&window, save] { save(window, QStringLiteral("4-due-and-overdue.png")); },
                     [&window, rules] {
                         *rules =
                             new RulesDialog(window.document()->session(), window.document()->undoStack(), &window);
                         (*rules)->show();
                     },
                     [save, rules] { save(**rules, QStringLiteral("5-rules-and-calendar.png")); },
                     [&window] { window.lock(); },
                     [&window, save] { save(window, QStringLiteral("6-locked.png")); },
                     [ok] { QCoreApplication::exit(*ok ? 0 : 1); },
                 });
    auto index = std::make_shared<std::size_t>(0);
    auto* timer = new QTimer(&window);
    timer->setInterval(400); // time to lay out and paint between steps
    QObject::connect(timer, &QTimer::timeout, &window, [timer, index, steps] {
        if (*index < steps.size()) {
            steps[(*index)++]();
        } else {
            timer->stop();
        }
    });
    timer->start();
}

} // namespace casebook::ui
