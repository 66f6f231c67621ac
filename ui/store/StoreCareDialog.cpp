// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "store/StoreCareDialog.h"
#include "support/Today.h"

#include "session/ErrorMessages.h"
#include "support/ScreenFit.h"

#ifndef Q_MOC_RUN
#include "audit/AuditHead.h"
#include "audit/AuditLog.h"
#include "audit/HeadAnchor.h"
#include "crypto/SecretString.h"
#include "service/Session.h"
#include "service/StoreEvents.h"
#include "store/Store.h"
#endif

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace casebook::ui {

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

    m_log = new AuditLogPage(session, tabs);
    m_log->setObjectName(QStringLiteral("auditLogPage"));

    tabs->addTab(storePage, tr("The &store"));
    tabs->addTab(m_log, tr("&Audit log"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &StoreCareDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);

    showInfo();
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
    rows += row(tr("Key derivation"), tr("%1: %2 of memory, passes: %3, lanes: %4")
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

void StoreCareDialog::chooseBackup()
{
    const QString store = QString::fromStdString(m_session.store().path().stem().string());
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 backup %2.cbk").arg(store, todayQDate().toString(Qt::ISODate)));
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
    m_log->setChainCheckEnabled(false); // the worker has the session until it is done
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
        m_log->reload(); // a backup adds an entry
        m_log->setChainCheckEnabled(true);
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
