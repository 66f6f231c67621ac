// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/sections/AbsenceSection.h"
#include "support/Today.h"

#include "workspace/Labels.h"
#include "workspace/UndoableChange.h"
#include "workspace/sections/FormDialog.h"
#include "workspace/sections/FormFields.h"

#include "procedure/Absence.h"
#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace casebook::ui {

namespace {

/// The id of the selected row's record, 0 for none (or a row from another case).
qint64 selectedId(QTableView* table, QStandardItemModel* model)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() ? model->item(current.row(), 0)->data(Qt::UserRole).toLongLong() : 0;
}

/// Table with Add, Edit and Remove, as the RecordSection lists have: Edit and Remove only while a
/// row of this case is selected.
QTableView* listLayout(CaseSection* section, QStandardItemModel* model, const QString& name, const QString& addText,
                       QWidget* above, std::function<void()> add, std::function<void()> edit,
                       std::function<void()> remove)
{
    auto* table = makeReadOnlyTable(name, withoutMnemonics(section->title()), section);
    table->setModel(model);
    auto* addButton = new QPushButton(addText, section);
    addButton->setObjectName(name + QStringLiteral("Add"));
    auto* editButton = new QPushButton(CaseSection::tr("Edit…"), section);
    editButton->setObjectName(name + QStringLiteral("Edit"));
    editButton->setAccessibleName(CaseSection::tr("Edit the selected record"));
    auto* removeButton = new QPushButton(CaseSection::tr("Remove"), section);
    removeButton->setObjectName(name + QStringLiteral("Remove"));
    removeButton->setAccessibleName(CaseSection::tr("Remove the selected record"));
    QObject::connect(addButton, &QPushButton::clicked, section, std::move(add));
    QObject::connect(editButton, &QPushButton::clicked, section, edit);
    QObject::connect(table, &QTableView::activated, section, std::move(edit));
    QObject::connect(removeButton, &QPushButton::clicked, section, std::move(remove));
    const auto selectionChanged = [table, model, editButton, removeButton] {
        const bool selected = selectedId(table, model) != 0;
        editButton->setEnabled(selected);
        removeButton->setEnabled(selected);
    };
    QObject::connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, section, selectionChanged);
    QObject::connect(model, &QAbstractItemModel::modelReset, section, selectionChanged);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, section, selectionChanged);
    selectionChanged();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(section);
    if (above != nullptr) {
        layout->addWidget(above);
    }
    layout->addLayout(buttons);
    layout->addWidget(table, 1);
    return table;
}

/// Adds `record` through the service as one undoable change; redo adds it again.
template <typename T> core::Status addUndoable(const SectionContext& context, T record, const QString& text)
{
    auto id = std::make_shared<decltype(T::id)>();
    core::Session& session = context.session;
    UndoableChange change;
    change.caseId = context.caseId.value;
    change.text = text;
    change.apply = [&session, record, id]() -> core::Status {
        auto added = session.procedures().add(record);
        if (!added) {
            return added.error();
        }
        *id = *added;
        return core::Ok{};
    };
    change.revert = [&session, id]() { return session.procedures().remove<T>(*id); };
    return applyUndoable(context.undo, std::move(change));
}

/// Removes a record as one undoable change; undo adds a copy back.
template <typename T>
core::Status removeUndoable(const SectionContext& context, decltype(T::id) recordId, const QString& text)
{
    core::Session& session = context.session;
    auto copy = session.procedures().get<T>(recordId);
    if (!copy) {
        return copy.error();
    }
    auto id = std::make_shared<decltype(T::id)>(recordId);
    UndoableChange change;
    change.caseId = context.caseId.value;
    change.text = text;
    change.apply = [&session, id]() { return session.procedures().remove<T>(*id); };
    change.revert = [&session, record = *copy, id]() -> core::Status {
        auto added = session.procedures().add(record);
        if (!added) {
            return added.error();
        }
        *id = *added;
        return core::Ok{};
    };
    return applyUndoable(context.undo, std::move(change));
}

QString payBandText(core::PayBand band)
{
    switch (band) {
    case core::PayBand::Full:
        return CaseSection::tr("full pay");
    case core::PayBand::Half:
        return CaseSection::tr("half pay");
    case core::PayBand::Nil:
        return CaseSection::tr("nil pay");
    case core::PayBand::NotAbsent:
        break;
    }
    return CaseSection::tr("not absent");
}

} // namespace

QString AbsenceSection::sickPayText(const core::SickPayPosition& p)
{
    QString text = tr("<b>Sick pay today</b> (%1): <b>%2</b>.").arg(dateText(p.asOf), payBandText(p.band));
    if (p.nextTransition) {
        text += QLatin1Char(' ') + tr("Next: %1 from %2.").arg(payBandText(p.nextBand), dateText(p.nextTransition));
    }
    text += QStringLiteral("<br>")
            + tr("In the %n months from %1: %2 days on full pay and %3 on half pay (%4 sick days in all).", "",
                 p.lookbackMonths)
                  .arg(dateText(p.windowStart))
                  .arg(p.fullPayDaysUsed)
                  .arg(p.halfPayDaysUsed)
                  .arg(p.sickDaysUsed);
    text += QStringLiteral("<br>")
            + tr("<b>Left:</b> %1 of %2 days on full pay, %3 of %4 days on half pay (Police Regulations 2003 reg 28 "
                 "and Annex K, as the sick-pay rules state them).")
                  .arg(p.fullPayDaysLeft)
                  .arg(p.fullPayAllowance)
                  .arg(p.halfPayDaysLeft)
                  .arg(p.halfPayAllowance);
    return text;
}

AbsenceSection::AbsenceSection(const SectionContext& context, QWidget* parent)
    : CaseSection(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("absenceSection"));
    m_model = new QStandardItemModel(this);
    m_bradford = new QLabel(this);
    m_bradford->setObjectName(QStringLiteral("bradfordLabel"));
    m_bradford->setWordWrap(true);
    m_bradford->setTextFormat(Qt::RichText);
    m_sickPay = new QLabel(this);
    m_sickPay->setObjectName(QStringLiteral("sickPayLabel"));
    m_sickPay->setWordWrap(true);
    m_sickPay->setTextFormat(Qt::RichText);
    auto* summary = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(m_sickPay);
    summaryLayout->addWidget(m_bradford);
    m_table = listLayout(
        this, m_model, QStringLiteral("absences"), tr("&Add absence…"), summary, [this] { addAbsence(); },
        [this] { editSelected(); }, [this] { removeSelected(); });
}

void AbsenceSection::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("From"), tr("To"), tr("Reason"), tr("Protected"), tr("Half pay from"), tr("Nil pay from"), tr("Case")});
    const core::Date today = toCoreDate(todayQDate());
    auto report = m_context.session.attendance().forPerson(m_context.personId, today);
    if (!report) {
        // The absences are still listed (without pay dates) so that the one at fault can be
        // corrected or removed.
        m_bradford->setText(tr("The absences cannot be assessed: %1").arg(userMessage(report.error()).toHtmlEscaped()));
        m_sickPay->setText(tr("<b>Sick pay</b> cannot be worked out until the absence at fault is corrected."));
        if (auto absences = m_context.session.procedures().listForCase<core::Absence>(m_context.caseId)) {
            for (const core::Absence& a : *absences) {
                auto* first = readOnlyItem(dateText(a.start));
                first->setData(QVariant::fromValue<qint64>(a.id.value), Qt::UserRole);
                m_model->appendRow({first, readOnlyItem(a.end ? dateText(a.end) : tr("ongoing")),
                                    readOnlyItem(qs(a.reasonCategory)), readOnlyItem(QString()),
                                    readOnlyItem(QString()), readOnlyItem(QString()), readOnlyItem(tr("this case"))});
            }
        }
        m_table->resizeColumnsToContents();
        return;
    }
    m_sickPay->setText(sickPayText(report->sickPay));
    const auto& b = report->bradford;
    m_bradford->setText(
        tr("<b>Bradford factor</b> over %1 – %2: <b>%3</b> (spells: %4, days: %5). Without disability-related and "
           "adjustment-covered absences (Equality Act 2010 s.20): <b>%6</b> (spells: %7, days: %8). Trigger points "
           "are your force's policy.")
            .arg(dateText(b.windowStart), dateText(b.windowEnd))
            .arg(b.all.score)
            .arg(b.all.spells)
            .arg(b.all.days)
            .arg(b.excludingProtected.score)
            .arg(b.excludingProtected.spells)
            .arg(b.excludingProtected.days));
    auto absences = m_context.session.procedures().listForCase<core::Absence>(m_context.caseId);
    std::map<std::int64_t, core::Absence> byId;
    if (absences) {
        for (core::Absence& a : *absences) {
            byId.emplace(a.id.value, std::move(a));
        }
    }
    for (const core::AbsencePay& pay : report->pay) {
        const auto found = byId.find(pay.absence.value);
        const bool here = found != byId.end();
        QString reason = here ? qs(found->second.reasonCategory) : tr("(another case)");
        QString protectedText;
        if (here && (found->second.disabilityRelated || found->second.coveredByAdjustment)) {
            protectedText = found->second.disabilityRelated ? tr("Disability-related") : tr("Covered by adjustment");
        }
        auto* first = readOnlyItem(dateText(pay.projection.start));
        first->setData(QVariant::fromValue<qint64>(here ? pay.absence.value : 0), Qt::UserRole);
        m_model->appendRow({first, readOnlyItem(pay.projection.end ? dateText(pay.projection.end) : tr("ongoing")),
                            readOnlyItem(reason), readOnlyItem(protectedText),
                            readOnlyItem(dateText(pay.projection.halfPayFrom)),
                            readOnlyItem(dateText(pay.projection.nilPayFrom)),
                            readOnlyItem(here ? tr("this case") : tr("case %1").arg(pay.caseId.value))});
    }
    m_table->resizeColumnsToContents();
}

int AbsenceSection::recordCount() const
{
    return m_model->rowCount();
}

void AbsenceSection::addAbsence()
{
    core::Absence blank;
    blank.caseId = m_context.caseId;
    blank.start = toCoreDate(todayQDate());
    openForm(blank);
}

void AbsenceSection::editSelected()
{
    const qint64 id = selectedId(m_table, m_model);
    if (id == 0) {
        return;
    }
    if (auto record = m_context.session.procedures().get<core::Absence>(core::AbsenceId{id})) {
        openForm(*record);
    }
}

void AbsenceSection::openForm(const core::Absence& initial)
{
    const bool editing = initial.id.value != 0;
    FormDialog dialog(editing ? tr("Edit the absence") : tr("Add an absence"), this);
    auto* start = dateEdit(initial.start, &dialog);
    start->setObjectName(QStringLiteral("absenceStart"));
    const OptionalDate end = optionalDate(tr("ended"), initial.end, &dialog);
    end.set->setObjectName(QStringLiteral("absenceEnded"));
    end.date->setObjectName(QStringLiteral("absenceEnd"));
    auto* reason = new QComboBox(&dialog);
    reason->setObjectName(QStringLiteral("absenceReason"));
    reason->setEditable(true);
    reason->addItems({tr("musculoskeletal"), tr("stress"), tr("anxiety/depression"), tr("respiratory"),
                      tr("gastrointestinal"), tr("injury on duty"), tr("surgery"), tr("other")});
    if (editing) {
        reason->setCurrentText(qs(initial.reasonCategory));
    }
    auto* workRelated = new QCheckBox(tr("Work-related"), &dialog);
    workRelated->setChecked(initial.workRelated);
    auto* assault = new QCheckBox(tr("Assault on duty (Operation Hampshire)"), &dialog);
    assault->setChecked(initial.assaultOnDuty);
    auto* disability = new QCheckBox(tr("Disability-related"), &dialog);
    disability->setObjectName(QStringLiteral("absenceDisability"));
    disability->setChecked(initial.disabilityRelated);
    auto* covered = new QCheckBox(tr("Covered by an agreed adjustment"), &dialog);
    covered->setChecked(initial.coveredByAdjustment);
    dialog.addRow(tr("&From:"), start, QStringLiteral("absence.start"));
    dialog.addRow(tr("&To:"), row(&dialog, {end.set, end.date}), QStringLiteral("absence.end"));
    dialog.addRow(tr("&Reason:"), reason, QStringLiteral("absence.reasonCategory"));
    dialog.addRow(QString(), workRelated);
    dialog.addRow(QString(), assault);
    dialog.addRow(QString(), disability);
    dialog.addRow(QString(), covered);
    dialog.setSave([&] {
        core::Absence a = initial; // keeps fit notes and pay decisions recorded elsewhere
        a.start = toCoreDate(start->date());
        a.end = end.value();
        a.reasonCategory = reason->currentText().trimmed().toStdString();
        a.workRelated = workRelated->isChecked();
        a.assaultOnDuty = assault->isChecked();
        a.disabilityRelated = disability->isChecked();
        a.coveredByAdjustment = covered->isChecked();
        core::Session& session = m_context.session;
        auto done = editing ? applyReplacement(
                        m_context.undo, m_context.caseId.value, tr("edit absence"),
                        [&session](const core::Absence& r) { return session.procedures().update(r); }, initial, a)
                            : addUndoable(m_context, a, tr("add absence"));
        if (done) {
            emit changed();
        }
        return done;
    });
    dialog.exec();
}

void AbsenceSection::removeSelected()
{
    if (const qint64 id = selectedId(m_table, m_model); id != 0) {
        if (removeUndoable<core::Absence>(m_context, core::AbsenceId{id}, tr("remove absence"))) {
            emit changed();
        }
    }
}

} // namespace casebook::ui
