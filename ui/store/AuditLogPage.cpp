// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/AuditLogPage.h"
#include "support/Today.h"

#include "session/ErrorMessages.h"
#include "support/DateEdit.h"
#include "support/Tables.h"

#ifndef Q_MOC_RUN
#include "audit/AuditLog.h"
#include "service/Session.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <array>
#include <set>

namespace casebook::ui {

namespace {

/// The latest entries the log viewer reads; older ones are for `casebook-cli audit list`.
constexpr std::size_t kAuditShown = 2000;

constexpr std::array kActions = {core::AuditAction::Create, core::AuditAction::Update, core::AuditAction::Delete,
                                 core::AuditAction::Export, core::AuditAction::Import, core::AuditAction::Erase,
                                 core::AuditAction::Open,   core::AuditAction::Backup, core::AuditAction::Restore};

QString actionText(core::AuditAction action)
{
    switch (action) {
    case core::AuditAction::Create:
        return AuditLogPage::tr("Created");
    case core::AuditAction::Update:
        return AuditLogPage::tr("Changed");
    case core::AuditAction::Delete:
        return AuditLogPage::tr("Deleted");
    case core::AuditAction::Export:
        return AuditLogPage::tr("Exported");
    case core::AuditAction::Import:
        return AuditLogPage::tr("Imported");
    case core::AuditAction::Erase:
        return AuditLogPage::tr("Erased");
    case core::AuditAction::Open:
        return AuditLogPage::tr("Opened");
    case core::AuditAction::Backup:
        return AuditLogPage::tr("Backed up");
    case core::AuditAction::Restore:
        return AuditLogPage::tr("Restored");
    }
    return {};
}

/// "chronology_entry" as "Chronology entry".
QString kindText(const std::string& recordType)
{
    QString text = QString::fromStdString(recordType).replace(u'_', u' ');
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

/// The entry's UTC time stamp in local time.
QDateTime localTime(const std::string& at)
{
    return QDateTime::fromString(QString::fromStdString(at), Qt::ISODate).toLocalTime();
}

/// What broke the chain, in words: the break's detail is for the log.
QString breakReason(core::AuditBreak::Reason reason)
{
    using Reason = core::AuditBreak::Reason;
    switch (reason) {
    case Reason::SeqGap:
        return AuditLogPage::tr("an entry is missing before it");
    case Reason::PrevHashMismatch:
        return AuditLogPage::tr("it does not follow from the entry before it");
    case Reason::HashMismatch:
        return AuditLogPage::tr("its contents were changed after it was written");
    case Reason::Malformed:
        return AuditLogPage::tr("it cannot be read");
    case Reason::TailMissing:
        return AuditLogPage::tr("the entries from it to the recorded end are missing");
    case Reason::HeadMismatch:
        return AuditLogPage::tr("it is not the recorded last entry");
    }
    return AuditLogPage::tr("it does not match");
}

} // namespace

AuditLogPage::AuditLogPage(core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->setAccessibleName(tr("Kind of record"));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setAccessibleName(tr("Record number"));
    m_record->setPlaceholderText(tr("any"));
    m_record->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), -1);
    for (core::AuditAction action : kActions) {
        m_action->addItem(actionText(action), static_cast<int>(action));
    }
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("auditWords"));
    m_words->setAccessibleName(tr("Words in who or what"));
    m_words->setPlaceholderText(tr("in who or what, e.g. a name or \"summary\""));
    m_words->setClearButtonEnabled(true);
    m_fromSet = new QCheckBox(tr("&From"), this);
    m_fromSet->setObjectName(QStringLiteral("auditFromSet"));
    m_from = new DateEdit(todayQDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setEnabled(false);
    m_toSet = new QCheckBox(tr("U&ntil"), this);
    m_toSet->setObjectName(QStringLiteral("auditUntilSet"));
    m_to = new DateEdit(todayQDate(), this);
    m_to->setObjectName(QStringLiteral("auditUntil"));
    m_to->setAccessibleName(tr("Until"));
    m_to->setEnabled(false);
    m_audit = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("auditTable"), tr("Audit log entries"), this);
    m_table->setModel(m_audit);
    m_shown = new QLabel(this);
    m_shown->setObjectName(QStringLiteral("auditShown"));
    m_chainButton = new QPushButton(tr("Check the &chain"), this);
    m_chainButton->setObjectName(QStringLiteral("auditChainButton"));
    m_chainButton->setToolTip(tr("Recomputes every entry's hash from the first to the recorded head, as casebook-cli "
                                 "audit verify does"));
    m_chain = new QLabel(this);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);

    auto* filters = new QGridLayout;
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    auto* recordLabel = new QLabel(tr("Record n&umber:"), this);
    recordLabel->setBuddy(m_record);
    auto* actionLabel = new QLabel(tr("Acti&on:"), this);
    actionLabel->setBuddy(m_action);
    auto* wordsLabel = new QLabel(tr("&Words:"), this);
    wordsLabel->setBuddy(m_words);
    filters->addWidget(kindLabel, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(recordLabel, 0, 2);
    filters->addWidget(m_record, 0, 3);
    filters->addWidget(actionLabel, 0, 4);
    filters->addWidget(m_action, 0, 5);
    filters->addWidget(wordsLabel, 1, 0);
    filters->addWidget(m_words, 1, 1, 1, 3);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromSet);
    dates->addWidget(m_from);
    dates->addWidget(m_toSet);
    dates->addWidget(m_to);
    filters->addLayout(dates, 1, 4, 1, 2);
    filters->setColumnStretch(3, 1);
    auto* chainRow = new QHBoxLayout;
    chainRow->addWidget(m_chainButton);
    chainRow->addWidget(m_chain, 1);
    auto* auditLayout = new QVBoxLayout(this);
    auditLayout->addLayout(filters);
    auditLayout->addWidget(m_table, 1);
    auditLayout->addWidget(m_shown);
    auditLayout->addLayout(chainRow);
    for (QComboBox* box : {m_kind, m_action}) {
        connect(box, &QComboBox::currentIndexChanged, this, &AuditLogPage::filterAudit);
    }
    for (QLineEdit* edit : {m_record, m_words}) {
        connect(edit, &QLineEdit::textChanged, this, &AuditLogPage::filterAudit);
    }
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromSet, m_toSet}) {
        connect(box, &QCheckBox::toggled, this, &AuditLogPage::filterAudit);
    }
    for (DateEdit* edit : {m_from, m_to}) {
        connect(edit, &DateEdit::dateChanged, this, &AuditLogPage::filterAudit);
    }
    connect(m_chainButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);

    reload();
}

void AuditLogPage::setChainCheckEnabled(bool enabled)
{
    m_chainButton->setEnabled(enabled);
}

void AuditLogPage::reload()
{
    core::AuditFilter latest;
    latest.newestFirst = true;
    latest.limit = kAuditShown;
    auto entries = m_session.audit().list(m_session.database(), latest);
    m_entries = entries ? std::move(*entries) : std::vector<core::AuditRecord>{};
    if (!entries) {
        m_chain->setText(tr("The audit log cannot be read: %1").arg(errorMessage(entries.error())));
    }
    const QString kept = m_kind->currentData().toString();
    std::set<std::string> kinds;
    for (const core::AuditRecord& record : m_entries) {
        kinds.insert(record.entry.recordType);
    }
    {
        const QSignalBlocker quiet(m_kind);
        m_kind->clear();
        m_kind->addItem(tr("Any kind"), QString());
        for (const std::string& kind : kinds) {
            m_kind->addItem(kindText(kind), QString::fromStdString(kind));
        }
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(kept)));
    }
    filterAudit();
}

void AuditLogPage::filterAudit()
{
    const QString kind = m_kind->currentData().toString();
    const int action = m_action->currentData().toInt();
    const QString record = m_record->text().trimmed();
    const QString words = m_words->text().trimmed();
    const QDate from = m_fromSet->isChecked() ? m_from->date() : QDate(); // invalid: no bound
    const QDate until = m_toSet->isChecked() ? m_to->date() : QDate();
    m_audit->clear();
    m_audit->setHorizontalHeaderLabels(
        {tr("No."), tr("When"), tr("Who"), tr("Action"), tr("Record"), tr("Number"), tr("What")});
    int shown = 0;
    for (const core::AuditRecord& r : m_entries) {
        const core::AuditEntry& e = r.entry;
        const QDateTime when = localTime(r.at);
        const QString who = QString::fromStdString(e.actor);
        const QString what = QString::fromStdString(e.summary);
        if ((!kind.isEmpty() && QString::fromStdString(e.recordType) != kind)
            || (action >= 0 && static_cast<int>(e.action) != action)
            || (!record.isEmpty() && QString::fromStdString(e.recordId) != record)
            || (!words.isEmpty() && !who.contains(words, Qt::CaseInsensitive)
                && !what.contains(words, Qt::CaseInsensitive))
            || (from.isValid() && when.date() < from) || (until.isValid() && when.date() > until)) {
            continue;
        }
        m_audit->appendRow({readOnlyItem(QString::number(r.seq)),
                            readOnlyItem(when.toString(QStringLiteral("d MMM yyyy HH:mm:ss"))), readOnlyItem(who),
                            readOnlyItem(actionText(e.action)), readOnlyItem(kindText(e.recordType)),
                            readOnlyItem(QString::fromStdString(e.recordId)), readOnlyItem(what)});
        ++shown;
    }
    m_table->resizeColumnsToContents();
    m_shown->setText(m_entries.size() < kAuditShown
                         ? tr("%1 of the log's %2 entries shown.").arg(shown).arg(m_entries.size())
                         : tr("%1 of the latest %2 entries shown; casebook-cli audit list shows every entry.")
                               .arg(shown)
                               .arg(m_entries.size()));
}

void AuditLogPage::verifyChain()
{
    auto checked = m_session.audit().verify(m_session.database());
    if (!checked) {
        m_chain->setText(tr("The audit log cannot be read: %1").arg(errorMessage(checked.error())));
    } else if (checked->ok()) {
        m_chain->setText(tr("The chain holds: %1 entries, each hash matches, up to the recorded head.")
                             .arg(checked->entriesChecked));
    } else {
        m_chain->setText(tr("The chain is broken at entry %1: %2. The log was altered outside Casebook, or the store "
                            "is damaged; keep a copy of the store and tell your information security team.")
                             .arg(checked->firstBreak->seq)
                             .arg(breakReason(checked->firstBreak->reason)));
    }
}

} // namespace casebook::ui
