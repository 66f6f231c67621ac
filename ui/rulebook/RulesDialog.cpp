// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rulebook/RulesDialog.h"
#include "support/ScreenFit.h"
#include "support/Today.h"
#include "workspace/Labels.h"

#include "rulebook/PoliciesPage.h"
#include "rulebook/RuleEdits.h"
#include "rulebook/RuleTableModel.h"
#include "rulebook/VersionsPage.h"

#include "procedure/UppProcedure.h"
#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QDate toQt(core::Date date)
{
    return {date.year(), date.month(), date.day()};
}

QLabel* errorLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::BrightText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

RulesDialog::RulesDialog(core::Session& session, QUndoStack& undo, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Rules and calendar"));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("rulesTabs"));
    tabs->addTab(createRulesPage(), tr("&Rules"));
    m_versionsPage = new VersionsPage(m_session, this);
    tabs->addTab(m_versionsPage, tr("&Versions and procedures"));
    m_policiesPage = new PoliciesPage(m_session, m_undo, this);
    tabs->addTab(m_policiesPage, tr("Counting &policies"));
    tabs->addTab(createCalendarPage(), tr("&Bank holidays"));
    connect(m_versionsPage, &VersionsPage::openCaseRequested, this, &RulesDialog::openCaseRequested);
    connect(m_versionsPage, &VersionsPage::repinned, this, &RulesDialog::procedureRepinned);
    // A re-pin on the versions page changes which procedures each version governs.
    connect(tabs, &QTabWidget::currentChanged, this, &RulesDialog::showPinnedProcedures);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    fitOnShow(this, QSize(1000, 620));

    if (!m_session.skippedLocalRules().empty()) {
        QString text = tr("Some local changes no longer fit the rules shipped with this version and are not applied:");
        for (const std::string& skipped : m_session.skippedLocalRules()) {
            text += QStringLiteral("\n• ") + qs(skipped);
        }
        showError(m_overrideError, text);
    }
}

RulesDialog::~RulesDialog() = default;

QWidget* RulesDialog::createRulesPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(
        tr("Each time limit Casebook computes comes from one of these rules. \"How sure\" says whether it was read "
           "in the regulations themselves or taken from a parallel instrument, secondary material or local policy. "
           "A force may change an amount; the reason is recorded and the shipped value kept."),
        page);
    intro->setWordWrap(true);

    m_rules = new RuleTableModel(m_session.rules(), this);
    m_ruleTable = makeReadOnlyTable(QStringLiteral("ruleTable"), tr("Rules in force"), page);
    m_ruleTable->setModel(m_rules);
    m_ruleTable->resizeColumnsToContents();
    m_ruleTable->setColumnWidth(RuleTableModel::Title, 320);
    m_ruleTable->setColumnWidth(RuleTableModel::Citation, 260);
    m_ruleTable->setColumnWidth(RuleTableModel::Versions, 360);
    m_ruleTable->setColumnHidden(RuleTableModel::Kind, true);

    m_ruleDetail = new QLabel(page);
    m_ruleDetail->setObjectName(QStringLiteral("ruleDetail"));
    m_ruleDetail->setWordWrap(true);
    m_ruleDetail->setTextFormat(Qt::RichText);
    m_ruleDetail->setOpenExternalLinks(false); // no network at run time: the link is shown, not followed
    m_ruleDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_amount = new QSpinBox(page);
    m_amount->setObjectName(QStringLiteral("overrideAmount"));
    m_amount->setAccessibleName(tr("New amount"));
    m_amount->setRange(0, 3650);
    m_amount->setMaximumWidth(120);
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setAccessibleName(tr("Reason for the local change"));
    m_reason->setPlaceholderText(tr("Why the force uses a different amount (required)"));
    m_applyOverride = new QPushButton(tr("&Change for this force"), page);
    m_applyOverride->setObjectName(QStringLiteral("applyOverrideButton"));
    m_restore = new QPushButton(tr("Restore &shipped value"), page);
    m_restore->setObjectName(QStringLiteral("restoreRuleButton"));
    m_overrideError = errorLabel(QStringLiteral("overrideError"), page);

    auto* form = new QFormLayout;
    form->addRow(tr("New &amount:"), m_amount);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(QString(), m_overrideError);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_restore);
    buttons->addWidget(m_applyOverride);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_ruleTable, 1);
    layout->addWidget(m_ruleDetail);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_ruleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesDialog::showSelectedRule);
    connect(m_applyOverride, &QPushButton::clicked, this, &RulesDialog::applyOverride);
    connect(m_restore, &QPushButton::clicked, this, &RulesDialog::restoreRule);
    showPinnedProcedures();
    return page;
}

void RulesDialog::showPinnedProcedures()
{
    const int row = selectedRuleRow();
    std::vector<RuleTableModel::PinnedProcedure> pinned;
    auto procedures = m_session.procedures().openUppProcedures();
    for (const core::UppProcedure& u : procedures ? *procedures : std::vector<core::UppProcedure>{}) {
        const QString kind = u.kind == core::UppGround::Performance ? tr("UPP") : tr("UAP");
        pinned.push_back(
            {u.pinnedPack, u.pinnedVersion, tr("Case %1 (%2 %3)").arg(u.caseId.value).arg(kind).arg(u.id.value)});
    }
    auto records = m_session.procedures().openPinnedRecords();
    for (const core::PinnedRecord& r : records ? *records : std::vector<core::PinnedRecord>{}) {
        pinned.push_back({r.pinnedPack, r.pinnedVersion,
                          tr("Case %1 (%2 %3)").arg(r.caseId.value).arg(pinnedKindLabel(r.recordType)).arg(r.id)});
    }
    m_rules->setPinnedProcedures(std::move(pinned));
    if (row >= 0) {
        m_ruleTable->selectRow(row);
    }
    showSelectedRule();
}

int RulesDialog::selectedRuleRow() const
{
    const QModelIndexList rows = m_ruleTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void RulesDialog::showSelectedRule()
{
    const int row = selectedRuleRow();
    const core::Rule* rule = m_rules->ruleAt(row);
    const bool adjustable = rule != nullptr && rule->kind != core::RuleKind::Constraint;
    m_amount->setEnabled(adjustable);
    m_reason->setEnabled(adjustable);
    m_applyOverride->setEnabled(adjustable);
    m_restore->setEnabled(rule != nullptr && rule->localOverride.has_value());
    if (rule == nullptr) {
        m_ruleDetail->setText(tr("Choose a rule to see where it comes from."));
        return;
    }
    m_amount->setValue(rule->amount);
    QString text = tr("<b>%1</b> (%2)<br>%3, %4<br>Source: %5")
                       .arg(qs(rule->title).toHtmlEscaped(), qs(rule->id).toHtmlEscaped(),
                            qs(rule->citation.instrument).toHtmlEscaped(), qs(rule->citation.provision).toHtmlEscaped(),
                            qs(rule->citation.url).toHtmlEscaped());
    // Every version of its pack: its dates, the rule there, the open procedures it governs.
    text += QStringLiteral("<br>") + m_rules->versionsDetail(row);
    m_ruleDetail->setText(text);
}

void RulesDialog::applyOverride()
{
    const int row = selectedRuleRow();
    const core::Rule* rule = m_rules->ruleAt(row);
    if (rule == nullptr) {
        return;
    }
    const QString packId = m_rules->packIdAt(row);
    const std::string ruleId = rule->id;
    core::Status done = setRuleOverrideUndoable(m_undo, m_session.localRules(), utf8(packId),
                                                {ruleId, m_amount->value(), utf8(m_reason->text().trimmed())});
    if (!done) {
        // Keep what was typed; say what is wrong beside the form.
        showError(m_overrideError, fieldMessage(done.error()));
        const auto& problems = done.error().problems;
        const bool reason = !problems.empty() && problems.front().field == "reason";
        (reason ? static_cast<QWidget*>(m_reason) : m_amount)->setFocus();
        return;
    }
    showError(m_overrideError, {});
    m_reason->clear();
    m_rules->refresh();
    m_ruleTable->selectRow(row);
}

void RulesDialog::restoreRule()
{
    const int row = selectedRuleRow();
    const core::Rule* rule = m_rules->ruleAt(row);
    if (rule == nullptr) {
        return;
    }
    const std::string ruleId = rule->id;
    core::Status done = clearRuleOverrideUndoable(m_undo, m_session.localRules(), utf8(m_rules->packIdAt(row)), ruleId);
    showError(m_overrideError, done ? QString() : userMessage(done.error()));
    m_rules->refresh();
    m_ruleTable->selectRow(row);
}

QWidget* RulesDialog::createCalendarPage()
{
    auto* page = new QWidget(this);
    auto* intro = new QLabel(tr("Working-day time limits skip weekends and these bank holidays (England and Wales). "
                                "Years marked \"projected\" are not yet announced. Add a local holiday, or remove one "
                                "that did not happen; the reason is recorded."),
                             page);
    intro->setWordWrap(true);

    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("holidayYear"));
    m_year->setAccessibleName(tr("Year shown"));
    m_year->setRange(2000, 2100);
    m_year->setValue(todayQDate().year());

    m_holidays = new QStandardItemModel(0, 3, this);
    m_holidays->setHorizontalHeaderLabels({tr("Date"), tr("Holiday"), tr("Source")});
    m_holidayTable = makeReadOnlyTable(QStringLiteral("holidayTable"), tr("Bank holidays"), page);
    m_holidayTable->setModel(m_holidays);

    m_holidayDate = new DateEdit(todayQDate(), page);
    m_holidayDate->setObjectName(QStringLiteral("holidayDate"));
    m_holidayDate->setAccessibleName(tr("Holiday date"));
    m_holidayTitle = new QLineEdit(page);
    m_holidayTitle->setObjectName(QStringLiteral("holidayTitle"));
    m_holidayTitle->setAccessibleName(tr("Holiday name"));
    m_holidayReason = new QLineEdit(page);
    m_holidayReason->setObjectName(QStringLiteral("holidayReason"));
    m_holidayReason->setAccessibleName(tr("Reason for the change"));
    m_holidayReason->setPlaceholderText(tr("Required"));
    // Made in the order they are laid out, so Tab reaches "Remove" before "Add".
    m_removeHoliday = new QPushButton(tr("Remove selected &holiday"), page);
    m_removeHoliday->setObjectName(QStringLiteral("removeHolidayButton"));
    m_addHoliday = new QPushButton(tr("&Add local holiday"), page);
    m_addHoliday->setObjectName(QStringLiteral("addHolidayButton"));
    m_holidayError = errorLabel(QStringLiteral("holidayError"), page);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Year:"), page));
    static_cast<QLabel*>(top->itemAt(0)->widget())->setBuddy(m_year);
    top->addWidget(m_year);
    top->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_holidayDate);
    form->addRow(tr("&Name:"), m_holidayTitle);
    form->addRow(tr("Rea&son:"), m_holidayReason);
    form->addRow(QString(), m_holidayError);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_removeHoliday);
    buttons->addWidget(m_addHoliday);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_holidayTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_year, &QSpinBox::valueChanged, this, &RulesDialog::reloadHolidays);
    connect(m_addHoliday, &QPushButton::clicked, this, &RulesDialog::addHoliday);
    connect(m_removeHoliday, &QPushButton::clicked, this, &RulesDialog::removeHoliday);
    reloadHolidays();
    return page;
}

void RulesDialog::reloadHolidays()
{
    m_holidays->removeRows(0, m_holidays->rowCount());
    const int year = m_year->value();
    for (const core::BankHoliday& holiday : m_session.rules().calendar.holidays()) {
        if (holiday.date.year() != year) {
            continue;
        }
        QString source = holiday.local ? tr("Local") : (holiday.projected ? tr("Projected") : tr("GOV.UK"));
        auto* dateItem = new QStandardItem(qs(holiday.date.toIso()));
        dateItem->setData(toQt(holiday.date), Qt::UserRole);
        m_holidays->appendRow({dateItem, new QStandardItem(qs(holiday.title)), new QStandardItem(source)});
    }
    m_holidayTable->resizeColumnsToContents();
}

void RulesDialog::addHoliday()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    core::Status done =
        editCalendarUndoable(m_undo, m_session.localRules(),
                             {toCoreDate(m_holidayDate->date()), core::CalendarEditKind::AddHoliday,
                              utf8(m_holidayTitle->text().trimmed()), utf8(m_holidayReason->text().trimmed())});
    if (!done) {
        showError(m_holidayError, userMessage(done.error()));
        return;
    }
    showError(m_holidayError, {});
    m_holidayTitle->clear();
    m_holidayReason->clear();
    m_year->setValue(m_holidayDate->date().year());
    reloadHolidays();
}

void RulesDialog::removeHoliday()
{
    const QModelIndex current = m_holidayTable->currentIndex();
    if (!current.isValid()) {
        showError(m_holidayError, tr("Choose a holiday in the table first."));
        return;
    }
    const QDate date = m_holidays->item(current.row(), 0)->data(Qt::UserRole).toDate();
    const core::Date day = toCoreDate(date);
    // A local holiday is simply taken back; a shipped one is removed with the reason given.
    auto edits = m_session.localRules().calendarEdits();
    bool isLocalAddition = false;
    if (edits) {
        for (const core::CalendarEdit& edit : *edits) {
            isLocalAddition = isLocalAddition || (edit.date == day && edit.kind == core::CalendarEditKind::AddHoliday);
        }
    }
    core::Status done = isLocalAddition
                            ? clearCalendarEditUndoable(m_undo, m_session.localRules(), day)
                            : editCalendarUndoable(m_undo, m_session.localRules(),
                                                   {day, core::CalendarEditKind::RemoveHoliday, std::string(),
                                                    utf8(m_holidayReason->text().trimmed())});
    if (!done) {
        showError(m_holidayError, userMessage(done.error()));
        return;
    }
    showError(m_holidayError, {});
    reloadHolidays();
}

} // namespace casebook::ui
