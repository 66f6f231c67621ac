// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Messages.h"
#include "support/Tables.h"
#include "workspace/CaseSection.h"
#include "workspace/UndoableChange.h"
#include "workspace/sections/FormDialog.h"

#ifndef Q_MOC_RUN
#include "support/Result.h"
#endif

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <functional>
#include <memory>
#include <vector>

namespace casebook::ui {

/// Everything a list of one kind of record needs: its words, its columns, its form, and how it
/// is read and written through the services. The sections of the case workspace are built from
/// these (see RecordKinds.cpp), so every list behaves alike: Add, Edit (or double-click), Remove,
/// a details pane for the selected record, and every change undoable.
template <typename T> struct RecordKind {
    /// Reads the record back from the form; an error names the field at fault ("limited_duty.end: ...").
    using Reader = std::function<core::Result<T>()>;
    using Form = std::function<Reader(FormDialog& dialog, const T& initial)>;

    /// A further change to the selected record with its own small form (record an event, add an
    /// objective), or a side effect (save a copy of an attachment) when `run` is set.
    struct Action {
        QString text;        ///< button text, e.g. tr("Record &event…")
        QString name;        ///< object name suffix, e.g. "RecordEvent"
        QString dialogTitle; ///< title of the form
        QString undoText;    ///< e.g. tr("record UPP event")
        Form form;
        std::function<void(const T& record, QWidget* parent)> run;
    };

    QString title;   ///< the tab title
    QString name;    ///< object-name stem ("limitedDuties"): the table, buttons and details pane use it
    QString noun;    ///< for undo texts and dialogs, e.g. tr("limited duty")
    QString addText; ///< e.g. tr("&Add limited duty…")
    QString empty;   ///< what the details pane says when the case has none
    QStringList headers;
    std::function<QStringList(const T&)> cells;
    Form form;                                ///< the Add and Edit form
    std::function<QString(const T&)> details; ///< optional HTML for the selected record
    std::vector<Action> actions;

    std::function<core::Result<std::vector<T>>()> list;
    std::function<core::Result<T>(qint64)> get;
    std::function<core::Result<qint64>(const T&)> add;
    /// Puts a removed record back (undo of Remove, redo of Add) given the id it had; by default
    /// it adds a copy (which gets a new id).
    std::function<core::Result<qint64>(const T&, qint64 previousId)> restore;
    std::function<core::Status(const T&)> update; ///< optional: without it there is no Edit
    std::function<core::Status(qint64)> remove;
    std::function<qint64(const T&)> idOf;
    std::function<T()> blank; ///< a new record of this case, as the Add form starts
    /// Consent for records that are the person's consent: the document then also says the
    /// person's consent changed (CaseDocument::consentChanged).
    ChangeKind changeKind = ChangeKind::Records;
};

/// A tab listing one kind of record of the case (see RecordKind).
template <typename T> class RecordSection final : public CaseSection {
public:
    RecordSection(RecordKind<T> kind, const SectionContext& context, QWidget* parent)
        : CaseSection(parent)
        , m_kind(std::move(kind))
        , m_undoStack(&context.undo)
        , m_caseId(context.caseId.value)
        , m_personId(context.personId.value)
    {
        if (!m_kind.restore) {
            m_kind.restore = [add = m_kind.add](const T& record, qint64) { return add(record); };
        }
        setObjectName(m_kind.name + QStringLiteral("Section"));
        m_model = new QStandardItemModel(this);
        m_table = makeReadOnlyTable(m_kind.name, m_kind.title, this);
        m_table->setModel(m_model);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);

        auto* buttons = new QHBoxLayout;
        auto* add = button(m_kind.addText, QStringLiteral("Add"), tr("Add a %1").arg(m_kind.noun));
        buttons->addWidget(add);
        connect(add, &QPushButton::clicked, this, [this] { addRecord(); });
        if (m_kind.update) {
            m_edit = button(tr("Edit…"), QStringLiteral("Edit"), tr("Edit the selected %1").arg(m_kind.noun));
            buttons->addWidget(m_edit);
            connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
            connect(m_table, &QTableView::activated, this, [this] { editSelected(); });
        }
        for (std::size_t i = 0; i < m_kind.actions.size(); ++i) {
            const auto& action = m_kind.actions[i];
            auto* b = button(action.text, action.name,
                             action.dialogTitle.isEmpty() ? QString(action.text).remove(u'&').remove(u'…')
                                                          : action.dialogTitle);
            b->setToolTip(b->accessibleName());
            m_actionButtons.push_back(b);
            buttons->addWidget(b);
            connect(b, &QPushButton::clicked, this, [this, i] { runAction(i); });
        }
        m_remove = button(tr("Remove"), QStringLiteral("Remove"), tr("Remove the selected %1").arg(m_kind.noun));
        buttons->addWidget(m_remove);
        connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
        buttons->addStretch();

        auto* layout = new QVBoxLayout(this);
        layout->addLayout(buttons);
        if (m_kind.details) {
            m_details = new QTextBrowser(this);
            m_details->setObjectName(m_kind.name + QStringLiteral("Details"));
            m_details->setAccessibleName(tr("Details of the selected %1").arg(m_kind.noun));
            m_details->setOpenLinks(false);
            auto* split = new QSplitter(Qt::Vertical, this);
            split->addWidget(m_table);
            split->addWidget(m_details);
            split->setStretchFactor(0, 3);
            split->setStretchFactor(1, 2);
            split->setChildrenCollapsible(false);
            layout->addWidget(split, 1);
        } else {
            layout->addWidget(m_table, 1);
        }
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this] { selectionChanged(); });
        selectionChanged();
    }

    QString title() const override { return m_kind.title; }
    int recordCount() const override { return static_cast<int>(m_records.size()); }
    QStandardItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void reload() override
    {
        const qint64 keep = selectedId();
        m_model->clear();
        m_model->setHorizontalHeaderLabels(m_kind.headers);
        m_records.clear();
        auto records = m_kind.list();
        if (!records) {
            m_model->appendRow(
                new QStandardItem(tr("These records could not be read: %1").arg(userMessage(records.error()))));
            return;
        }
        int selectRow = -1;
        for (T& record : *records) {
            const qint64 id = m_kind.idOf(record);
            QList<QStandardItem*> row;
            for (const QString& text : m_kind.cells(record)) {
                auto* item = new QStandardItem(text);
                item->setEditable(false);
                item->setToolTip(text);
                row << item;
            }
            row.front()->setData(QVariant::fromValue<qint64>(id), Qt::UserRole);
            if (id == keep) {
                selectRow = m_model->rowCount();
            }
            m_model->appendRow(row);
            m_records.push_back(std::move(record));
        }
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
        }
        if (selectRow < 0 && m_model->rowCount() > 0) {
            selectRow = 0;
        }
        if (selectRow >= 0) {
            m_table->setCurrentIndex(m_model->index(selectRow, 0));
        }
        selectionChanged();
    }

    qint64 selectedId() const
    {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            return 0;
        }
        const QStandardItem* first = m_model->item(current.row(), 0);
        return first != nullptr ? first->data(Qt::UserRole).toLongLong() : 0;
    }

    void addRecord()
    {
        FormDialog dialog(tr("Add a %1").arg(m_kind.noun), this);
        const auto read = m_kind.form(dialog, m_kind.blank());
        dialog.setSave([&]() -> core::Status {
            auto record = read();
            if (!record) {
                return record.error();
            }
            return commitAdd(std::move(*record));
        });
        dialog.exec();
    }

    void editSelected()
    {
        const T* current = selected();
        if (current == nullptr || !m_kind.update) {
            return;
        }
        FormDialog dialog(tr("Edit the %1").arg(m_kind.noun), this);
        const auto read = m_kind.form(dialog, *current);
        const T before = *current;
        dialog.setSave([&]() -> core::Status {
            auto record = read();
            if (!record) {
                return record.error();
            }
            return commitUpdate(before, std::move(*record), tr("edit %1").arg(m_kind.noun));
        });
        dialog.exec();
    }

    void runAction(std::size_t index)
    {
        const T* current = selected();
        if (current == nullptr || index >= m_kind.actions.size()) {
            return;
        }
        const auto& action = m_kind.actions[index];
        if (action.run) {
            action.run(*current, this);
            return;
        }
        FormDialog dialog(action.dialogTitle, this);
        const auto read = action.form(dialog, *current);
        const T before = *current;
        dialog.setSave([&]() -> core::Status {
            auto record = read();
            if (!record) {
                return record.error();
            }
            return commitUpdate(before, std::move(*record), action.undoText);
        });
        dialog.exec();
    }

    void removeSelected()
    {
        const qint64 id = selectedId();
        if (id == 0) {
            return;
        }
        auto copy = m_kind.get(id);
        if (!copy) {
            return;
        }
        auto key = std::make_shared<qint64>(id);
        UndoableChange change;
        change.caseId = m_caseId;
        change.text = tr("remove %1").arg(m_kind.noun);
        change.apply = [remove = m_kind.remove, key] { return remove(*key); };
        change.revert = [restore = m_kind.restore, key, record = *copy]() -> core::Status {
            auto restored = restore(record, *key);
            if (!restored) {
                return restored.error();
            }
            *key = *restored;
            return core::Ok{};
        };
        if (applyUndoable(undoStack(), stamped(std::move(change)))) {
            emit changed();
        }
    }

private:
    QPushButton* button(const QString& text, const QString& suffix, const QString& accessible)
    {
        auto* b = new QPushButton(text, this);
        b->setObjectName(m_kind.name + suffix);
        b->setAccessibleName(accessible);
        return b;
    }

    QUndoStack& undoStack() const { return *m_undoStack; }

    /// The change with what it is to (RecordKind::changeKind and the case's person).
    UndoableChange stamped(UndoableChange change) const
    {
        change.kind = m_kind.changeKind;
        change.personId = m_personId;
        return change;
    }

    const T* selected() const
    {
        const qint64 id = selectedId();
        for (const T& record : m_records) {
            if (m_kind.idOf(record) == id) {
                return &record;
            }
        }
        return nullptr;
    }

    void selectionChanged()
    {
        const T* current = selected();
        if (m_edit != nullptr) {
            m_edit->setEnabled(current != nullptr);
        }
        m_remove->setEnabled(current != nullptr);
        for (QPushButton* b : m_actionButtons) {
            b->setEnabled(current != nullptr);
        }
        if (m_details != nullptr) {
            m_details->setHtml(current != nullptr ? m_kind.details(*current)
                                                  : QStringLiteral("<p>%1</p>").arg(m_kind.empty.toHtmlEscaped()));
        }
    }

    core::Status commitAdd(T record)
    {
        auto key = std::make_shared<qint64>(0);
        UndoableChange change;
        change.caseId = m_caseId;
        change.text = tr("add %1").arg(m_kind.noun);
        change.apply = [add = m_kind.add, restore = m_kind.restore, key, record]() -> core::Status {
            auto added = *key == 0 ? add(record) : restore(record, *key);
            if (!added) {
                return added.error();
            }
            *key = *added;
            return core::Ok{};
        };
        change.revert = [remove = m_kind.remove, key] { return remove(*key); };
        auto done = applyUndoable(undoStack(), stamped(std::move(change)));
        if (done) {
            emit changed();
        }
        return done;
    }

    core::Status commitUpdate(T before, T after, const QString& text)
    {
        UndoableChange change;
        change.caseId = m_caseId;
        change.text = text;
        change.apply = [update = m_kind.update, after = std::move(after)] { return update(after); };
        change.revert = [update = m_kind.update, before = std::move(before)] { return update(before); };
        auto done = applyUndoable(undoStack(), stamped(std::move(change)));
        if (done) {
            emit changed();
        }
        return done;
    }

    RecordKind<T> m_kind;
    QUndoStack* m_undoStack = nullptr;
    std::int64_t m_caseId = 0;
    std::int64_t m_personId = 0;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    std::vector<QPushButton*> m_actionButtons;
    std::vector<T> m_records;
};

} // namespace casebook::ui
