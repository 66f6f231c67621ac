// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/SarDialog.h"

#include "report/ExportAudit.h"
#include "report/ExportRunner.h"
#include "report/PdfExport.h"
#include "service/Session.h"
#include "support/DateEdit.h"
#include "support/ScreenFit.h"
#include "support/SystemClock.h"
#include "support/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace casebook::ui {

namespace {

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

core::Date toCore(const QDate& date)
{
    return core::Date::fromYmd(date.year(), date.month(), date.day()).value();
}

QDate toQt(core::Date date)
{
    return {date.year(), date.month(), date.day()};
}

DateEdit* dateEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new DateEdit(QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel* makeMessageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

core::Date today()
{
    return core::Date::fromSysDays(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
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
        showMessage(m_error, tr("Could not read the requests: %1").arg(qs(listed.error().detail)));
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
        m_model->appendRow({cell(QString::number(r.id.value)), cell(qs(r.reference)),
                            cell(index >= 0 ? m_person->itemText(index) : QString()), cell(qs(r.receivedOn.toIso())),
                            cell(status), cell(due ? qs(due->date.toIso()) : QStringLiteral("-")),
                            cell(due ? qs(due->ruleId) : QStringLiteral("-"))});
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
    m_current.receivedOn = today();
    m_table->clearSelection();
    m_person->setEnabled(m_person->count() > 0);
    m_reference->clear();
    m_received->setDate(QDate::currentDate());
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
    sar.receivedOn = toCore(m_received->date());
    sar.channel = static_cast<core::SarChannel>(m_channel->currentData().toInt());
    sar.extensionNotifiedOn =
        m_extension->isChecked() ? std::optional(toCore(m_extensionOn->date())) : std::optional<core::Date>{};
    sar.extensionReason = m_extensionReason->text().trimmed().toStdString();
    sar.status = static_cast<core::SarStatus>(m_status->currentData().toInt());
    sar.closedOn =
        sar.status == core::SarStatus::Open ? std::optional<core::Date>{} : std::optional(toCore(m_closedOn->date()));
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
        m_clockReceivedCheck->isChecked() ? std::optional(toCore(m_clockReceived->date())) : std::nullopt;
    auto pending = std::find_if(m_current.clockEvents.rbegin(), m_current.clockEvents.rend(),
                                [kind](const core::SarClockEvent& e) { return e.kind == kind && !e.receivedOn; });
    if (pending != m_current.clockEvents.rend() && received) {
        pending->receivedOn = received;
    } else {
        m_current.clockEvents.push_back({kind, toCore(m_clockRequested->date()), received});
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
        m_deadline->setText(qs(timeline.error().detail));
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
            showMessage(m_error, qs(added.error().detail));
            return;
        }
        id = added->value;
    } else if (auto updated = sars.update(sar); !updated) {
        showMessage(m_error, qs(updated.error().detail));
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

DisclosureDialog::DisclosureDialog(core::Session& session, core::SarId sar, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_sar(sar)
{
    setObjectName(QStringLiteral("disclosureDialog"));
    setWindowTitle(tr("Disclosure review, request %1").arg(sar.value));

    m_model = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("disclosureItems"), tr("Items held about the person"), this);
    m_table->setModel(m_model);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("disclosureDetail"));
    m_detail->setAccessibleName(tr("The selected item"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_table, 3);
    top->addWidget(m_detail, 2);

    auto* decisionRow = new QHBoxLayout;
    m_disclose = new QRadioButton(tr("&Disclose"), this);
    m_disclose->setObjectName(QStringLiteral("disclosureDisclose"));
    m_redact = new QRadioButton(tr("&Redact words"), this);
    m_redact->setObjectName(QStringLiteral("disclosureRedact"));
    m_withhold = new QRadioButton(tr("&Withhold"), this);
    m_withhold->setObjectName(QStringLiteral("disclosureWithhold"));
    m_disclose->setChecked(true);
    decisionRow->addWidget(m_disclose);
    decisionRow->addWidget(m_redact);
    decisionRow->addWidget(m_withhold);
    decisionRow->addStretch(1);
    auto* fields = new QFormLayout;
    fields->addRow(tr("Decision"), decisionRow);
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("disclosureWords"));
    m_words->setAccessibleName(tr("Words to redact"));
    m_words->setPlaceholderText(tr("Exactly as they appear in the item"));
    fields->addRow(tr("W&ords to redact"), m_words);
    auto* reasonRow = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("disclosureReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. DPA 2018 Sch 2 para 16 (third party); kept in the store only"));
    m_record = new QPushButton(tr("Re&cord decision"), this);
    m_record->setObjectName(QStringLiteral("disclosureRecord"));
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_record);
    fields->addRow(tr("Re&ason"), reasonRow);
    // A row holding a layout gets a label without a buddy, which shows the "&": the field is its buddy.
    qobject_cast<QLabel*>(fields->labelForField(reasonRow))->setBuddy(m_reason);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("disclosureSummary"));
    m_summary->setWordWrap(true);
    m_message = makeMessageLabel(QStringLiteral("disclosureMessage"), this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_package = buttons->addButton(tr("Write &package…"), QDialogButtonBox::ActionRole);
    m_package->setObjectName(QStringLiteral("disclosurePackage"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(fields);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisclosureDialog::showItem);
    connect(m_record, &QPushButton::clicked, this, &DisclosureDialog::record);
    connect(m_package, &QPushButton::clicked, this, &DisclosureDialog::choosePackageFolder);
    connect(m_redact, &QRadioButton::toggled, m_words, &QWidget::setEnabled);
    m_words->setEnabled(false);
    reload();
    fitOnShow(this, QSize(1180, 640));
}

DisclosureDialog::~DisclosureDialog() = default;

void DisclosureDialog::reload()
{
    const QString keep = selectedKey();
    const core::SystemClock clock;
    core::DisclosureService service(m_session.database(), m_session.audit(), clock, m_session.actor());
    auto review = service.collect(m_sar);
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Item"), tr("Decision"), tr("May name"), tr("Key")});
    if (!review) {
        showMessage(m_message, tr("Could not collect the records: %1").arg(qs(review.error().detail)));
        m_review.reset();
        return;
    }
    m_review = std::make_unique<core::DisclosureReview>(std::move(*review));
    int suggested = 0;
    for (const core::DisclosureItem& item : m_review->items) {
        const auto d = m_review->decisions.find(item.key);
        QString decision = d == m_review->decisions.end()
                               ? (item.thirdParties.empty() ? tr("disclose") : tr("UNDECIDED"))
                               : qs(core::toCode(d->second.decision));
        suggested += item.thirdParties.empty() ? 0 : 1;
        auto* key = cell(qs(item.key));
        m_model->appendRow({cell(qs(item.title)), cell(decision),
                            cell(item.thirdParties.empty() ? QString() : qs(item.thirdParties.front())), key});
    }
    m_summary->setText(
        tr("%1 items about %2; %3 may name third parties, %4 of them undecided. The matcher finds the names of other "
           "people and contacts held in the store (or their surname); it cannot find nicknames, initials, "
           "misspellings or people identifiable from context, so read every item. Reasons and redacted words stay "
           "in the store.")
            .arg(m_review->items.size())
            .arg(qs(m_review->personName))
            .arg(suggested)
            .arg(m_review->undecidedSuggestions().size()));
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 260));
    m_table->setColumnWidth(2, std::min(m_table->columnWidth(2), 260));
    if (keep.isEmpty() || !selectItem(keep)) {
        if (m_model->rowCount() > 0) {
            m_table->selectRow(0);
        }
    }
    showItem();
}

QString DisclosureDialog::selectedKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->item(current.row(), 3)->text() : QString();
}

bool DisclosureDialog::selectItem(const QString& key)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row, 3)->text() == key) {
            m_table->selectRow(row);
            m_table->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

void DisclosureDialog::showItem()
{
    const QString key = selectedKey();
    const core::DisclosureItem* item = m_review ? m_review->find(key.toStdString()) : nullptr;
    if (item == nullptr) {
        m_detail->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(qs(item->title).toHtmlEscaped());
    for (const std::string& why : item->thirdParties) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Third party?"), qs(why).toHtmlEscaped());
    }
    html += QStringLiteral("<table>");
    for (const auto& [label, value] : item->fields) {
        html += QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>")
                    .arg(qs(label).toHtmlEscaped(),
                         qs(value).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    const auto d = m_review->decisions.find(item->key);
    if (d != m_review->decisions.end()) {
        html += QStringLiteral("<p><b>%1</b> %2 — %3</p>")
                    .arg(tr("Decided:"), qs(core::toCode(d->second.decision)), qs(d->second.reason).toHtmlEscaped());
        for (const std::string& words : d->second.redactions) {
            html += QStringLiteral("<p>%1 %2</p>").arg(tr("Redacted:"), qs(words).toHtmlEscaped());
        }
    }
    m_detail->setHtml(html);
}

void DisclosureDialog::record()
{
    const QString key = selectedKey();
    if (key.isEmpty()) {
        showMessage(m_message, tr("Choose an item first."));
        return;
    }
    const core::DisclosureDecision decision = m_redact->isChecked()     ? core::DisclosureDecision::Redact
                                              : m_withhold->isChecked() ? core::DisclosureDecision::Withhold
                                                                        : core::DisclosureDecision::Disclose;
    const core::SystemClock clock;
    core::DisclosureService service(m_session.database(), m_session.audit(), clock, m_session.actor());
    auto done = service.decide(m_sar, key.toStdString(), decision, m_reason->text().trimmed().toStdString(),
                               m_words->text().toStdString());
    if (!done) {
        showMessage(m_message, qs(done.error().detail));
        return;
    }
    m_words->clear();
    showMessage(m_message, tr("Recorded: %1 %2.").arg(key, qs(core::toCode(decision))));
    reload();
}

void DisclosureDialog::choosePackageFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose an empty folder for the package"));
    if (!folder.isEmpty()) {
        writePackage(folder);
    }
}

bool DisclosureDialog::writePackage(const QString& folder)
{
    QDir dir(folder);
    if (dir.exists() && !dir.isEmpty()) {
        showMessage(m_message, tr("%1 is not empty; choose an empty or new folder.").arg(folder));
        return false;
    }
    const core::SystemClock clock;
    core::DisclosureService service(m_session.database(), m_session.audit(), clock, m_session.actor());
    auto package = service.build(m_sar, today());
    if (!package) {
        showMessage(m_message, qs(package.error().detail));
        return false;
    }
    auto pdf = renderPdf(package->document);
    if (!pdf) {
        showMessage(m_message, tr("The PDF could not be made: %1").arg(qs(pdf.error().detail)));
        return false;
    }
    const std::string pdfBytes = pdf->toStdString();
    const std::string manifest = core::disclosureManifest("disclosure.pdf", pdfBytes, package->attachments);
    bool ok = dir.mkpath(QStringLiteral("attachments"));
    if (ok) {
        QFile::setPermissions(dir.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        ok = writeFileAtomically(dir.filePath(QStringLiteral("disclosure.pdf")), *pdf).has_value();
    }
    for (const core::PackagedAttachment& a : package->attachments) {
        ok = ok
             && writeFileAtomically(dir.filePath(QStringLiteral("attachments/") + qs(a.fileName)),
                                    QByteArray::fromStdString(a.bytes))
                    .has_value();
    }
    ok = ok
         && writeFileAtomically(dir.filePath(QStringLiteral("manifest.txt")), QByteArray::fromStdString(manifest))
                .has_value();
    const auto cleanUp = [&dir] {
        for (const QString& name : {QStringLiteral("disclosure.pdf"), QStringLiteral("manifest.txt")}) {
            dir.remove(name);
        }
        QDir(dir.filePath(QStringLiteral("attachments"))).removeRecursively();
    };
    if (!ok) {
        cleanUp();
        showMessage(m_message, tr("Could not write the package in %1; nothing was kept.").arg(folder));
        return false;
    }
    const std::string pdfSha = core::sha256Hex(pdfBytes);
    if (auto logged = service.recordPackage(m_sar, *package, pdfSha, core::sha256Hex(manifest)); !logged) {
        cleanUp();
        showMessage(m_message,
                    tr("The package could not be audited, so it was removed: %1").arg(qs(logged.error().detail)));
        return false;
    }
    showMessage(m_message, tr("Wrote the package to %1: %2 disclosed, %3 redacted, %4 withheld, %5 attachment(s); "
                              "PDF SHA-256 %6. It is NOT encrypted: deliver it securely and delete it when no "
                              "longer needed.")
                               .arg(folder)
                               .arg(package->disclosed)
                               .arg(package->redacted)
                               .arg(package->withheld)
                               .arg(package->attachments.size())
                               .arg(qs(pdfSha)));
    reload();
    return true;
}

} // namespace casebook::ui
