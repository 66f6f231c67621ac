// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/SarDialog.h"
#include "support/Today.h"

#include "dataprotection/DisclosureDialog.h"
#include "dataprotection/SarSupport.h"
#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"
#include "support/Tables.h"
#include "workspace/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

namespace {

QDate toQt(core::Date date)
{
    return {date.year(), date.month(), date.day()};
}

DateEdit* dateEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new DateEdit(todayQDate(), parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString clockKindText(core::SarClockKind kind)
{
    switch (kind) {
    case core::SarClockKind::Identity:
        return SarDialog::tr("identity");
    case core::SarClockKind::Authority:
        return SarDialog::tr("authority");
    case core::SarClockKind::Fee:
        return SarDialog::tr("fee");
    case core::SarClockKind::Clarification:
        return SarDialog::tr("clarification");
    }
    return {};
}

} // namespace

SarDialog::SarDialog(core::Session& session, std::optional<std::int64_t> select, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("sarDialog"));
    setWindowTitle(tr("Subject access requests"));
    auto rules = core::SubjectAccessRules::shipped(session.rules().calendar);
    if (rules) {
        m_rules = std::make_unique<core::SubjectAccessRules>(std::move(*rules));
    }

    auto* left = new QVBoxLayout;
    m_model = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("sarTable"), tr("Subject access requests"), this);
    m_table->setModel(m_model);
    m_table->setMinimumWidth(460);
    left->addWidget(m_table, 1);
    auto* leftButtons = new QHBoxLayout;
    m_showClosed = new QCheckBox(tr("Show &closed requests"), this);
    m_showClosed->setObjectName(QStringLiteral("sarShowClosed"));
    m_new = new QPushButton(tr("&New request"), this);
    m_new->setObjectName(QStringLiteral("sarNew"));
    leftButtons->addWidget(m_showClosed);
    leftButtons->addStretch(1);
    leftButtons->addWidget(m_new);
    left->addLayout(leftButtons);

    auto* form = new QWidget;
    auto* fields = new QFormLayout(form);
    m_person = new QComboBox(form);
    m_person->setObjectName(QStringLiteral("sarPerson"));
    m_person->setAccessibleName(tr("Person the request is about"));
    if (auto people = session.cases().listPeople()) {
        for (const core::Person& p : *people) {
            m_person->addItem(qs(p.name), QVariant::fromValue<qint64>(p.id.value));
        }
    }
    fields->addRow(tr("&Person"), m_person);
    m_reference = new QLineEdit(form);
    m_reference->setObjectName(QStringLiteral("sarReference"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("The force's reference; no names"));
    fields->addRow(tr("&Reference"), m_reference);
    m_received = dateEdit(QStringLiteral("sarReceived"), tr("Received on"), form);
    fields->addRow(tr("Recei&ved"), m_received);
    m_channel = new QComboBox(form);
    m_channel->setObjectName(QStringLiteral("sarChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (auto [channel, text] :
         {std::pair{core::SarChannel::Email, tr("E-mail")}, std::pair{core::SarChannel::Letter, tr("Letter")},
          std::pair{core::SarChannel::InPerson, tr("In person")}, std::pair{core::SarChannel::Phone, tr("Phone")},
          std::pair{core::SarChannel::Other, tr("Other")}}) {
        m_channel->addItem(text, static_cast<int>(channel));
    }
    fields->addRow(tr("C&hannel"), m_channel);

    m_clockList = new QLabel(form);
    m_clockList->setObjectName(QStringLiteral("sarClockList"));
    m_clockList->setWordWrap(true);
    fields->addRow(tr("Clock"), m_clockList);
    auto* clockRow = new QHBoxLayout;
    m_clockKind = new QComboBox(form);
    m_clockKind->setObjectName(QStringLiteral("sarClockKind"));
    m_clockKind->setAccessibleName(tr("What was asked for"));
    for (auto kind : {core::SarClockKind::Identity, core::SarClockKind::Clarification, core::SarClockKind::Authority,
                      core::SarClockKind::Fee}) {
        m_clockKind->addItem(clockKindText(kind), static_cast<int>(kind));
    }
    m_clockRequested = dateEdit(QStringLiteral("sarClockRequested"), tr("Asked for on"), form);
    m_clockReceivedCheck = new QCheckBox(tr("rece&ived"), form);
    m_clockReceivedCheck->setObjectName(QStringLiteral("sarClockReceivedCheck"));
    m_clockReceived = dateEdit(QStringLiteral("sarClockReceived"), tr("Received on"), form);
    m_clockReceived->setEnabled(false);
    m_addClock = new QPushButton(tr("&Add"), form);
    m_addClock->setObjectName(QStringLiteral("sarAddClock"));
    m_addClock->setToolTip(tr("Adds what was asked for, or records that the awaited one of this kind arrived"));
    clockRow->addWidget(m_clockKind);
    clockRow->addWidget(m_clockRequested);
    clockRow->addWidget(m_clockReceivedCheck);
    clockRow->addWidget(m_clockReceived);
    clockRow->addWidget(m_addClock);
    fields->addRow(tr("Asked for"), clockRow);

    auto* extensionRow = new QHBoxLayout;
    m_extension = new QCheckBox(tr("E&xtended; requester told on"), form);
    m_extension->setObjectName(QStringLiteral("sarExtension"));
    m_extensionOn = dateEdit(QStringLiteral("sarExtensionOn"), tr("Extension notified on"), form);
    m_extensionOn->setEnabled(false);
    extensionRow->addWidget(m_extension);
    extensionRow->addWidget(m_extensionOn);
    extensionRow->addStretch(1);
    fields->addRow(tr("Extension"), extensionRow);
    m_extensionReason = new QLineEdit(form);
    m_extensionReason->setObjectName(QStringLiteral("sarExtensionReason"));
    m_extensionReason->setAccessibleName(tr("Reasons for the extension"));
    fields->addRow(tr("Reasons"), m_extensionReason);

    auto* statusRow = new QHBoxLayout;
    m_status = new QComboBox(form);
    m_status->setObjectName(QStringLiteral("sarStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (auto [status, text] :
         {std::pair{core::SarStatus::Open, tr("Open")}, std::pair{core::SarStatus::Responded, tr("Responded")},
          std::pair{core::SarStatus::Refused, tr("Refused")}, std::pair{core::SarStatus::Withdrawn, tr("Withdrawn")}}) {
        m_status->addItem(text, static_cast<int>(status));
    }
    m_closedOn = dateEdit(QStringLiteral("sarClosedOn"), tr("Closed on"), form);
    m_closedOn->setEnabled(false);
    statusRow->addWidget(m_status);
    statusRow->addWidget(new QLabel(tr("on"), form));
    statusRow->addWidget(m_closedOn);
    statusRow->addStretch(1);
    fields->addRow(tr("S&tatus"), statusRow);
    // A row holding a layout gets a label without a buddy, which shows the "&": the field is its buddy.
    qobject_cast<QLabel*>(fields->labelForField(statusRow))->setBuddy(m_status);
    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(QStringLiteral("sarNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(56);
    fields->addRow(tr("Notes"), m_notes);
    m_deadline = new QLabel(form);
    m_deadline->setObjectName(QStringLiteral("sarDeadline"));
    m_deadline->setWordWrap(true);
    m_deadline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fields->addRow(tr("Due"), m_deadline);

    auto* right = new QVBoxLayout;
    right->addWidget(new FormScrollArea(form, this), 1);
    m_error = makeMessageLabel(QStringLiteral("sarError"), this);
    right->addWidget(m_error);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save request"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("sarSave"));
    m_review = buttons->addButton(tr("Review and pac&kage…"), QDialogButtonBox::ActionRole);
    m_review->setObjectName(QStringLiteral("sarReview"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.row() < static_cast<int>(m_requests.size())) {
            showRequest(m_requests[static_cast<std::size_t>(index.row())]);
        }
    });
    connect(m_showClosed, &QCheckBox::toggled, this, [this] { reload(currentRequest()); });
    connect(m_new, &QPushButton::clicked, this, &SarDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &SarDialog::save);
    connect(m_review, &QPushButton::clicked, this, &SarDialog::openReview);
    connect(m_addClock, &QPushButton::clicked, this, &SarDialog::addClockEvent);
    connect(m_clockReceivedCheck, &QCheckBox::toggled, m_clockReceived, &QWidget::setEnabled);
    connect(m_extension, &QCheckBox::toggled, this, [this](bool on) {
        m_extensionOn->setEnabled(on);
        showDeadline();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_closedOn->setEnabled(m_status->currentData().toInt() != static_cast<int>(core::SarStatus::Open));
    });
    for (DateEdit* edit : {m_received, m_extensionOn}) {
        connect(edit, &DateEdit::dateChanged, this, &SarDialog::showDeadline);
    }

    reload(select);
    if (select && !currentRequest() && !m_showClosed->isChecked()) {
        m_showClosed->setChecked(true); // a closed request asked for by id
    }
    fitOnShow(this, QSize(1180, 640));
}

SarDialog::~SarDialog() = default;

std::optional<std::int64_t> SarDialog::currentRequest() const
{
    return m_current.id.value != 0 ? std::optional(m_current.id.value) : std::nullopt;
}

void SarDialog::reload(std::optional<std::int64_t> select)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("ID"), tr("Reference"), tr("Person"), tr("Received"), tr("Status"), tr("Due"), tr("Rule")});
    m_requests.clear();
    if (!m_rules) {
        showMessage(m_error, tr("The subject-access rule packs could not be loaded; dates cannot be shown."));
        startNew();
        return;
    }
    core::SarService sars(m_session.database(), *m_rules, m_session.audit(), m_session.actor());
    auto listed = sars.list(m_showClosed->isChecked());
    if (!listed) {
        showMessage(m_error, tr("Could not read the requests: %1").arg(userMessage(listed.error())));
        return;
    }
    m_requests = std::move(*listed);
    int selectRow = -1;
    for (const core::SarRequest& r : m_requests) {
        auto timeline = core::sarTimeline(*m_rules, r);
        const core::DerivedDate* due = timeline ? timeline->deadline() : nullptr;
        QString status = m_status->itemText(m_status->findData(static_cast<int>(r.status)));
        if (timeline && timeline->pausedFrom && r.status == core::SarStatus::Open) {
            status = tr("Open (paused)");
        }
        const int index = m_person->findData(QVariant::fromValue<qint64>(r.person.value));
        m_model->appendRow({readOnlyItem(QString::number(r.id.value)), readOnlyItem(qs(r.reference)),
                            readOnlyItem(index >= 0 ? m_person->itemText(index) : QString()),
                            readOnlyItem(qs(r.receivedOn.toIso())), readOnlyItem(status),
                            readOnlyItem(due ? qs(due->date.toIso()) : QStringLiteral("-")),
                            readOnlyItem(due ? qs(due->ruleId) : QStringLiteral("-"))});
        if (select && r.id.value == *select) {
            selectRow = m_model->rowCount() - 1;
        }
    }
    m_table->resizeColumnsToContents();
    if (selectRow >= 0) {
        m_table->selectRow(selectRow);
        showRequest(m_requests[static_cast<std::size_t>(selectRow)]);
    } else {
        startNew();
    }
}

void SarDialog::showRequest(const core::SarRequest& sar)
{
    m_current = sar;
    showMessage(m_error, {});
    m_person->setCurrentIndex(m_person->findData(QVariant::fromValue<qint64>(sar.person.value)));
    m_person->setEnabled(false);
    m_reference->setText(qs(sar.reference));
    m_received->setDate(toQt(sar.receivedOn));
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(sar.channel)));
    m_extension->setChecked(sar.extensionNotifiedOn.has_value());
    if (sar.extensionNotifiedOn) {
        m_extensionOn->setDate(toQt(*sar.extensionNotifiedOn));
    }
    m_extensionReason->setText(qs(sar.extensionReason));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(sar.status)));
    if (sar.closedOn) {
        m_closedOn->setDate(toQt(*sar.closedOn));
    }
    m_notes->setPlainText(qs(sar.notes));
    m_review->setEnabled(true);
    showClock();
    showDeadline();
}

void SarDialog::startNew()
{
    m_current = core::SarRequest{};
    m_current.receivedOn = todayDate();
    m_table->clearSelection();
    m_person->setEnabled(m_person->count() > 0);
    m_reference->clear();
    m_received->setDate(todayQDate());
    m_channel->setCurrentIndex(0);
    m_extension->setChecked(false);
    m_extensionReason->clear();
    m_status->setCurrentIndex(0);
    m_notes->clear();
    m_review->setEnabled(false);
    showClock();
    showDeadline();
}

core::SarRequest SarDialog::fromForm() const
{
    core::SarRequest sar = m_current;
    if (sar.id.value == 0) {
        sar.person = core::PersonId{m_person->currentData().toLongLong()};
    }
    sar.reference = m_reference->text().trimmed().toStdString();
    sar.receivedOn = toCoreDate(m_received->date());
    sar.channel = static_cast<core::SarChannel>(m_channel->currentData().toInt());
    sar.extensionNotifiedOn =
        m_extension->isChecked() ? std::optional(toCoreDate(m_extensionOn->date())) : std::optional<core::Date>{};
    sar.extensionReason = m_extensionReason->text().trimmed().toStdString();
    sar.status = static_cast<core::SarStatus>(m_status->currentData().toInt());
    sar.closedOn = sar.status == core::SarStatus::Open ? std::optional<core::Date>{}
                                                       : std::optional(toCoreDate(m_closedOn->date()));
    sar.notes = m_notes->toPlainText().toStdString();
    return sar;
}

void SarDialog::addClockEvent()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    const auto kind = static_cast<core::SarClockKind>(m_clockKind->currentData().toInt());
    const std::optional<core::Date> received =
        m_clockReceivedCheck->isChecked() ? std::optional(toCoreDate(m_clockReceived->date())) : std::nullopt;
    auto pending = std::find_if(m_current.clockEvents.rbegin(), m_current.clockEvents.rend(),
                                [kind](const core::SarClockEvent& e) { return e.kind == kind && !e.receivedOn; });
    if (pending != m_current.clockEvents.rend() && received) {
        pending->receivedOn = received;
    } else {
        m_current.clockEvents.push_back({kind, toCoreDate(m_clockRequested->date()), received});
    }
    showClock();
    showDeadline();
}

void SarDialog::showClock()
{
    QStringList lines;
    for (const core::SarClockEvent& e : m_current.clockEvents) {
        lines << (e.receivedOn ? tr("%1 asked for %2, received %3")
                                     .arg(clockKindText(e.kind), qs(e.requestedOn.toIso()), qs(e.receivedOn->toIso()))
                               : tr("%1 asked for %2, awaited").arg(clockKindText(e.kind), qs(e.requestedOn.toIso())));
    }
    m_clockList->setText(lines.isEmpty() ? tr("Nothing asked for") : lines.join(QLatin1Char('\n')));
}

void SarDialog::showDeadline()
{
    if (!m_rules) {
        return;
    }
    auto timeline = core::sarTimeline(*m_rules, fromForm());
    if (!timeline) {
        m_deadline->setText(userMessage(timeline.error()));
        return;
    }
    QStringList lines;
    const core::DerivedDate* governing = timeline->deadline();
    for (const core::DerivedDate& d : timeline->dates) {
        lines << QStringLiteral("%1%2 — %3 (%4; %5, %6)")
                     .arg(qs(d.date.toIso()), &d == governing ? tr(" (in force)") : QString(), qs(d.title),
                          qs(d.ruleId), qs(d.citation.instrument), qs(d.citation.provision));
    }
    lines << tr("Clock started %1; %2 day(s) stopped")
                 .arg(qs(timeline->clockStarted.toIso()))
                 .arg(timeline->excludedDays);
    if (timeline->pausedFrom) {
        lines << tr("Paused since %1: something asked for has not arrived").arg(qs(timeline->pausedFrom->toIso()));
    }
    m_deadline->setText(lines.join(QLatin1Char('\n')));
}

void SarDialog::save()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    if (!m_rules) {
        return;
    }
    if (m_current.id.value == 0 && m_person->currentIndex() < 0) {
        showMessage(m_error, tr("Choose the person the request is about."));
        return;
    }
    core::SarService sars(m_session.database(), *m_rules, m_session.audit(), m_session.actor());
    const core::SarRequest sar = fromForm();
    std::int64_t id = sar.id.value;
    if (id == 0) {
        auto added = sars.add(sar);
        if (!added) {
            showMessage(m_error, userMessage(added.error()));
            return;
        }
        id = added->value;
    } else if (auto updated = sars.update(sar); !updated) {
        showMessage(m_error, userMessage(updated.error()));
        return;
    }
    if (sar.status != core::SarStatus::Open) {
        m_showClosed->setChecked(true);
    }
    reload(id);
    showMessage(m_error, tr("Saved request %1.").arg(id));
}

void SarDialog::openReview()
{
    if (!currentRequest()) {
        return;
    }
    DisclosureDialog dialog(m_session, m_current.id, this);
    dialog.exec();
}

} // namespace casebook::ui
