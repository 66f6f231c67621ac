// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/StoreCareDialog.h"

#include "session/ErrorMessages.h"
#include "support/DateEdit.h"
#include "support/ScreenFit.h"
#include "support/Tables.h"

#ifndef Q_MOC_RUN
#include "audit/AuditHead.h"
#include "audit/AuditLog.h"
#include "audit/HeadAnchor.h"
#include "crypto/SecretString.h"
#include "service/Session.h"
#include "service/StoreEvents.h"
#include "store/Store.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
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
        return StoreCareDialog::tr("Created");
    case core::AuditAction::Update:
        return StoreCareDialog::tr("Changed");
    case core::AuditAction::Delete:
        return StoreCareDialog::tr("Deleted");
    case core::AuditAction::Export:
        return StoreCareDialog::tr("Exported");
    case core::AuditAction::Import:
        return StoreCareDialog::tr("Imported");
    case core::AuditAction::Erase:
        return StoreCareDialog::tr("Erased");
    case core::AuditAction::Open:
        return StoreCareDialog::tr("Opened");
    case core::AuditAction::Backup:
        return StoreCareDialog::tr("Backed up");
    case core::AuditAction::Restore:
        return StoreCareDialog::tr("Restored");
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

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

} // namespace

StoreCareDialog::StoreCareDialog(core::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("storeCareDialog"));
    setWindowTitle(tr("Store and audit log"));

    // Made first so that Tab reaches the tabs before the pages' fields.
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("storeCareTabs"));

    // The store: what it is, a full check and a backup.
    auto* storePage = new QWidget(tabs);
    m_info = new QLabel(storePage);
    m_info->setObjectName(QStringLiteral("storeInfo"));
    m_info->setTextFormat(Qt::RichText);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_info->setWordWrap(true);
    m_verify = new QPushButton(tr("&Verify every page"), storePage);
    m_verify->setObjectName(QStringLiteral("verifyStoreButton"));
    m_verify->setToolTip(tr("Authenticates every page and log frame and both header copies, then runs SQLite's "
                            "integrity check, as casebook-cli verify does"));
    m_backup = new QPushButton(tr("&Back up…"), storePage);
    m_backup->setObjectName(QStringLiteral("backupStoreButton"));
    m_backup->setToolTip(tr("Writes an encrypted copy under its own key that opens with this store's passphrase; "
                            "recorded in the audit log"));
    m_cancel = new QPushButton(tr("Stop"), storePage);
    m_cancel->setObjectName(QStringLiteral("stopStoreWorkButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(storePage);
    m_progress->setObjectName(QStringLiteral("storeWorkProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_result = new QLabel(storePage);
    m_result->setObjectName(QStringLiteral("storeWorkResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* storeButtons = new QHBoxLayout;
    storeButtons->addWidget(m_verify);
    storeButtons->addWidget(m_backup);
    storeButtons->addWidget(m_cancel);
    storeButtons->addStretch();
    auto* storeLayout = new QVBoxLayout(storePage);
    storeLayout->addWidget(m_info);
    storeLayout->addLayout(storeButtons);
    storeLayout->addWidget(m_progress);
    storeLayout->addWidget(m_result);
    storeLayout->addStretch();
    connect(m_verify, &QPushButton::clicked, this, &StoreCareDialog::verifyStore);
    connect(m_backup, &QPushButton::clicked, this, &StoreCareDialog::chooseBackup);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelled) {
            m_cancelled->store(true);
        }
    });

    // The audit log: the latest entries, filtered as the sergeant asks.
    auto* auditPage = new QWidget(tabs);
    m_kind = new QComboBox(auditPage);
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_kind->setAccessibleName(tr("Kind of record"));
    m_record = new QLineEdit(auditPage);
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setAccessibleName(tr("Record number"));
    m_record->setPlaceholderText(tr("any"));
    m_record->setClearButtonEnabled(true);
    m_action = new QComboBox(auditPage);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Any action"), -1);
    for (core::AuditAction action : kActions) {
        m_action->addItem(actionText(action), static_cast<int>(action));
    }
    m_words = new QLineEdit(auditPage);
    m_words->setObjectName(QStringLiteral("auditWords"));
    m_words->setAccessibleName(tr("Words in who or what"));
    m_words->setPlaceholderText(tr("in who or what, e.g. a name or \"summary\""));
    m_words->setClearButtonEnabled(true);
    m_fromSet = new QCheckBox(tr("&From"), auditPage);
    m_fromSet->setObjectName(QStringLiteral("auditFromSet"));
    m_from = new DateEdit(QDate::currentDate().addMonths(-1), auditPage);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setEnabled(false);
    m_toSet = new QCheckBox(tr("U&ntil"), auditPage);
    m_toSet->setObjectName(QStringLiteral("auditUntilSet"));
    m_to = new DateEdit(QDate::currentDate(), auditPage);
    m_to->setObjectName(QStringLiteral("auditUntil"));
    m_to->setAccessibleName(tr("Until"));
    m_to->setEnabled(false);
    m_audit = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("auditTable"), tr("Audit log entries"), auditPage);
    m_table->setModel(m_audit);
    m_shown = new QLabel(auditPage);
    m_shown->setObjectName(QStringLiteral("auditShown"));
    auto* chainButton = new QPushButton(tr("Check the &chain"), auditPage);
    chainButton->setObjectName(QStringLiteral("auditChainButton"));
    chainButton->setToolTip(tr("Recomputes every entry's hash from the first to the recorded head, as casebook-cli "
                               "audit verify does"));
    m_chain = new QLabel(auditPage);
    m_chain->setObjectName(QStringLiteral("auditChain"));
    m_chain->setWordWrap(true);

    auto* filters = new QGridLayout;
    auto* kindLabel = new QLabel(tr("&Kind:"), auditPage);
    kindLabel->setBuddy(m_kind);
    auto* recordLabel = new QLabel(tr("Record n&umber:"), auditPage);
    recordLabel->setBuddy(m_record);
    auto* actionLabel = new QLabel(tr("Acti&on:"), auditPage);
    actionLabel->setBuddy(m_action);
    auto* wordsLabel = new QLabel(tr("&Words:"), auditPage);
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
    chainRow->addWidget(chainButton);
    chainRow->addWidget(m_chain, 1);
    auto* auditLayout = new QVBoxLayout(auditPage);
    auditLayout->addLayout(filters);
    auditLayout->addWidget(m_table, 1);
    auditLayout->addWidget(m_shown);
    auditLayout->addLayout(chainRow);
    for (QComboBox* box : {m_kind, m_action}) {
        connect(box, &QComboBox::currentIndexChanged, this, &StoreCareDialog::filterAudit);
    }
    for (QLineEdit* edit : {m_record, m_words}) {
        connect(edit, &QLineEdit::textChanged, this, &StoreCareDialog::filterAudit);
    }
    connect(m_fromSet, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toSet, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox* box : {m_fromSet, m_toSet}) {
        connect(box, &QCheckBox::toggled, this, &StoreCareDialog::filterAudit);
    }
    for (DateEdit* edit : {m_from, m_to}) {
        connect(edit, &DateEdit::dateChanged, this, &StoreCareDialog::filterAudit);
    }
    connect(chainButton, &QPushButton::clicked, this, &StoreCareDialog::verifyChain);
    connect(this, &StoreCareDialog::workFinished, chainButton, [chainButton] { chainButton->setEnabled(true); });
    connect(m_verify, &QPushButton::clicked, chainButton, [chainButton] { chainButton->setEnabled(false); });

    tabs->addTab(storePage, tr("The &store"));
    tabs->addTab(auditPage, tr("&Audit log"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &StoreCareDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    showInfo();
    loadAudit();
    fitOnShow(this, QSize(1040, 640));
}

StoreCareDialog::~StoreCareDialog()
{
    if (m_worker != nullptr) {
        m_cancelled->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

void StoreCareDialog::showInfo()
{
    const auto info = m_session.store().info();
    if (!info) {
        m_info->setText(tr("What the store is cannot be read: %1").arg(errorMessage(info.error()).toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    QString head = tr("empty");
    std::int64_t entries = 0;
    if (auto read = core::readAuditHead(m_session.database()); read && read->has_value()) {
        head = QString::fromStdString(core::formatAuditHead(**read));
        entries = (*read)->seq;
    }
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString rows;
    rows += row(tr("File"), QString::fromStdString(info->path.string()));
    rows += row(tr("Format"),
                tr("Casebook store format %1, schema version %2").arg(info->formatVersion).arg(info->schemaVersion));
    rows += row(tr("Encryption"), tr("%1, every page and log frame").arg(QString::fromStdString(info->cipher)));
    rows += row(tr("Key derivation"), tr("%1: %2 of memory, %3 passes, %4 lanes")
                                          .arg(QString::fromStdString(info->kdf))
                                          .arg(locale.formattedDataSize(qint64{info->kdfParams.memoryKiB} * 1024))
                                          .arg(info->kdfParams.iterations)
                                          .arg(info->kdfParams.parallelism));
    rows += row(tr("Unlocked by"), info->keySlotsInUse > 1 ? tr("the passphrase or the recovery key")
                                                           : tr("the passphrase (no recovery key)"));
    rows += row(tr("Size"), tr("%1 in %2 pages of %3 bytes")
                                .arg(locale.formattedDataSize(static_cast<qint64>(info->fileBytes)))
                                .arg(locale.toString(static_cast<qulonglong>(info->pageCount)))
                                .arg(info->pageSize));
    rows += row(tr("Audit log"), tr("%1 entries; head %2").arg(locale.toString(static_cast<qlonglong>(entries)), head));
    m_info->setText(QStringLiteral("<table>%1</table>").arg(rows));
}

void StoreCareDialog::loadAudit()
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

void StoreCareDialog::filterAudit()
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
        m_audit->appendRow({cell(QString::number(r.seq)), cell(when.toString(QStringLiteral("d MMM yyyy HH:mm:ss"))),
                            cell(who), cell(actionText(e.action)), cell(kindText(e.recordType)),
                            cell(QString::fromStdString(e.recordId)), cell(what)});
        ++shown;
    }
    m_table->resizeColumnsToContents();
    m_shown->setText(m_entries.size() < kAuditShown
                         ? tr("%1 of the log's %2 entries shown.").arg(shown).arg(m_entries.size())
                         : tr("%1 of the latest %2 entries shown; casebook-cli audit list shows every entry.")
                               .arg(shown)
                               .arg(m_entries.size()));
}

void StoreCareDialog::verifyChain()
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
                             .arg(QString::fromStdString(checked->firstBreak->detail)));
    }
}

void StoreCareDialog::chooseBackup()
{
    const QString store = QString::fromStdString(m_session.store().path().stem().string());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1 backup %2.cbk").arg(store, QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back up the store"), suggested, tr("Casebook stores (*.cbk)"), nullptr,
                                     QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    bool ok = false;
    QString passphrase =
        QInputDialog::getText(this, tr("Back up the store"), tr("This store's passphrase (the backup opens with it):"),
                              QLineEdit::Password, QString(), &ok);
    if (ok && !passphrase.isEmpty()) {
        backUpTo(path, passphrase);
    }
    passphrase.fill(QChar(u'\0'));
}

void StoreCareDialog::backUpTo(const QString& path, const QString& passphrase)
{
    const QByteArray typed = passphrase.toUtf8();
    auto secret =
        std::make_shared<core::SecretString>(std::string(typed.constData(), static_cast<std::size_t>(typed.size())));
    const std::filesystem::path out = path.toStdString();
    run(tr("Writing the backup…"),
        [this, out, secret](const std::atomic<bool>& cancelled, const std::function<void(int, int)>& progress) {
            const core::Status written =
                core::backUpAndRecord(m_session.store(), m_session.audit(), m_session.actor(), out, *secret,
                                      [&](std::uint64_t done, std::uint64_t total) {
                                          progress(static_cast<int>(done), static_cast<int>(total));
                                          return !cancelled.load();
                                      });
            secret->clear();
            if (!written) {
                return written.error().code == core::ErrorCode::Cancelled
                           ? tr("The backup was stopped; no file was left behind.")
                           : tr("No backup was written: %1").arg(errorMessage(written.error()));
            }
            return tr("Backed up to %1. It opens with this store's passphrase, under a key of its own, and the audit "
                      "log records it. Keep it somewhere as safe as the laptop.")
                .arg(QString::fromStdString(out.string()));
        });
}

void StoreCareDialog::verifyStore()
{
    run(tr("Checking every page…"),
        [this](const std::atomic<bool>& cancelled, const std::function<void(int, int)>& progress) {
            const auto report = m_session.store().verify([&](std::uint64_t done, std::uint64_t total) {
                progress(static_cast<int>(done), static_cast<int>(total));
                return !cancelled.load();
            });
            if (!report) {
                return report.error().code == core::ErrorCode::Cancelled
                           ? tr("The check was stopped before the end.")
                           : tr("The store could not be checked: %1").arg(errorMessage(report.error()));
            }
            if (report->ok()) {
                return tr("No problem found: %1 pages, %2 log frames and %3 header copies authenticated, and "
                          "SQLite's integrity check passed.")
                    .arg(report->pagesChecked)
                    .arg(report->walFramesChecked)
                    .arg(report->headerCopiesValid);
            }
            QStringList lines;
            for (const core::CheckFinding& finding : report->findings) {
                lines << QString::fromStdString(finding.message);
            }
            return tr("%n problem(s) found. Keep a copy of the store as it is, restore your latest backup and "
                      "tell your information security team:\n",
                      "", static_cast<int>(report->findings.size()))
                   + lines.join(QLatin1Char('\n'));
        });
}

void StoreCareDialog::run(const QString& label,
                          std::function<QString(const std::atomic<bool>&, const std::function<void(int, int)>&)> job)
{
    if (m_worker != nullptr) {
        return;
    }
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_verify->setEnabled(false);
    m_backup->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_result->setText(label);
    auto result = std::make_shared<QString>();
    QPointer<QProgressBar> bar = m_progress;
    // The session is used by the worker alone until it finishes: the dialog is modal, and locking
    // calls stopWork, which waits for it.
    m_worker = QThread::create([job = std::move(job), cancelled = m_cancelled, result, bar] {
        *result = job(*cancelled, [bar](int done, int total) {
            QMetaObject::invokeMethod(
                bar,
                [bar, done, total] {
                    if (bar != nullptr && total > 0) {
                        bar->setRange(0, total);
                        bar->setValue(done);
                    }
                },
                Qt::QueuedConnection);
        });
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        if (m_worker == nullptr) {
            return; // stopWork has already waited for it and let it go
        }
        m_worker->deleteLater();
        m_worker = nullptr;
        m_progress->hide();
        m_cancel->setEnabled(false);
        m_verify->setEnabled(true);
        m_backup->setEnabled(true);
        m_result->setText(*result);
        showInfo();
        loadAudit(); // a backup adds an entry
        emit workFinished();
    });
    m_worker->start();
}

void StoreCareDialog::stopWork()
{
    if (m_worker != nullptr) {
        m_cancelled->store(true);
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    done(QDialog::Rejected);
}

void StoreCareDialog::reject()
{
    if (m_worker != nullptr) {
        m_cancelled->store(true); // Close or Escape stops the work first; the dialog stays until it has
        return;
    }
    QDialog::reject();
}

} // namespace casebook::ui
