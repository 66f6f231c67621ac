// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "handover/HandoverExportDialog.h"

#include "session/CreateStoreDialog.h"
#include "session/ErrorMessages.h"
#include "support/ScreenFit.h"

#include "dp/Handover.h"
#include "report/Words.h"
#include "service/CaseService.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QThread>
#include <QVBoxLayout>

#include <map>
#include <memory>

namespace casebook::ui {

HandoverExportDialog::HandoverExportDialog(core::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Hand over cases"));
    setObjectName(QStringLiteral("handoverExportDialog"));
    auto* intro = new QLabel(tr("Writes the chosen cases, their people and all their records into a new encrypted "
                                "file with its own passphrase, signed by this store. Give your successor the file "
                                "and, by another channel, the passphrase."),
                             this);
    intro->setWordWrap(true);

    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("handoverCaseList"));
    m_cases->setAccessibleName(tr("Cases to hand over"));
    std::map<std::int64_t, std::string> names;
    if (auto people = m_session.cases().listPeople()) {
        for (const core::Person& p : *people) {
            names[p.id.value] = p.name;
        }
    }
    if (auto cases = m_session.cases().listCases()) {
        for (const core::Case& c : *cases) {
            auto* item = new QListWidgetItem(
                tr("%1 — %2").arg(QString::fromStdString(names[c.person.value]), QString::fromStdString(c.summary)),
                m_cases);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.id.value));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(c.status == core::CaseStatus::Closed ? Qt::Unchecked : Qt::Checked);
        }
    }
    auto* casesLabel = new QLabel(tr("&Cases"), this);
    casesLabel->setBuddy(m_cases);

    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("packagePassphraseEdit"));
    m_first->setEchoMode(QLineEdit::Password);
    m_first->setAccessibleName(tr("Package passphrase"));
    m_meter = StrengthMeter::make(this);
    m_second = new QLineEdit(this);
    m_second->setObjectName(QStringLiteral("packageRepeatEdit"));
    m_second->setEchoMode(QLineEdit::Password);
    m_second->setAccessibleName(tr("Repeat the package passphrase"));
    m_match = new QLabel(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("packagePathEdit"));
    m_path->setAccessibleName(tr("Package file"));
    // A name that says nothing about the caseload (data-protection brief 5.7).
    m_path->setText(QDir::home().filePath(
        QStringLiteral("handover-%1.cbk").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Package &passphrase"), m_first);
    form->addRow(QString(), m_meter.bar);
    form->addRow(QString(), m_meter.text);
    form->addRow(tr("&Repeat"), m_second);
    form->addRow(QString(), m_match);
    form->addRow(tr("&Save to"), pathRow);
    // A row holding a layout gets a label without a buddy, which shows the "&": the field is its buddy.
    qobject_cast<QLabel*>(form->labelForField(pathRow))->setBuddy(m_path);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("handoverProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverExportDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(casesLabel);
    layout->addWidget(m_cases, 1);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_cases, &QListWidget::itemChanged, this, &HandoverExportDialog::update);
    connect(m_first, &QLineEdit::textChanged, this, &HandoverExportDialog::update);
    connect(m_second, &QLineEdit::textChanged, this, &HandoverExportDialog::update);
    connect(m_path, &QLineEdit::textChanged, this, &HandoverExportDialog::update);
    connect(m_browse, &QPushButton::clicked, this, &HandoverExportDialog::choosePath);
    fitOnShow(this, QSize(620, 560));
    update();
}

HandoverExportDialog::~HandoverExportDialog()
{
    if (m_worker != nullptr) {
        m_worker->wait(); // it uses the session, which outlives this dialog only until a lock
        delete m_worker;
    }
}

void HandoverExportDialog::stopWork()
{
    m_cancel->store(true);
    if (m_worker != nullptr) {
        m_worker->wait();
    }
    done(QDialog::Rejected);
}

void HandoverExportDialog::reject()
{
    if (m_worker == nullptr) {
        QDialog::reject();
    }
}

void HandoverExportDialog::update()
{
    const PassphraseStrength strength = m_meter.show(m_first->text());
    const bool same = m_first->text() == m_second->text();
    m_match->setText(m_second->text().isEmpty() || same ? QString() : tr("The passphrases differ."));
    int checked = 0;
    for (int i = 0; i < m_cases->count(); ++i) {
        checked += m_cases->item(i)->checkState() == Qt::Checked ? 1 : 0;
    }
    const bool exists = QFileInfo::exists(m_path->text());
    m_status->setText(exists ? tr("That file exists; choose another name.")
                             : (checked == 0 ? tr("Choose at least one case.") : QString()));
    m_export->setEnabled(m_worker == nullptr && checked > 0 && !m_path->text().isEmpty() && !exists
                         && strength.level >= 1 && same);
}

void HandoverExportDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handover package"), m_path->text(),
                                                      tr("Casebook stores (*.cbk)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void HandoverExportDialog::start()
{
    if (!m_export->isEnabled()) {
        return;
    }
    core::HandoverExportOptions options;
    for (int i = 0; i < m_cases->count(); ++i) {
        if (m_cases->item(i)->checkState() == Qt::Checked) {
            options.cases.push_back(core::CaseId{m_cases->item(i)->data(Qt::UserRole).toLongLong()});
        }
    }
    QPointer<QProgressBar> bar = m_progress;
    options.progress = [bar, cancel = m_cancel](std::uint64_t done, std::uint64_t total) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, done, total] {
                if (bar) {
                    bar->setRange(0, 1000);
                    bar->setValue(total == 0 ? 0 : static_cast<int>(done * 1000 / total));
                }
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    auto passphrase = std::make_shared<core::SecretString>(m_first->text().toStdString());
    // setText, as everywhere a passphrase is dropped (clear() is an undoable edit in a normal field).
    m_first->setText(QString());
    m_second->setText(QString());
    const std::filesystem::path out = m_path->text().toStdString();
    auto result = std::make_shared<core::Result<core::HandoverSummary>>(core::makeError(core::ErrorCode::Cancelled));
    core::Session* session = &m_session;
    m_progress->setVisible(true);
    m_status->setText(tr("Writing the package…"));
    m_worker = QThread::create([session, out, passphrase, options, result] {
        core::SystemClock clock;
        *result = core::exportHandover(session->database(), session->audit(), clock, session->actor(), out, *passphrase,
                                       options);
    });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_progress->setVisible(false);
        if (!*result) {
            m_status->setText(tr("Could not write the package: %1").arg(errorMessage(result->error())));
            update();
            return;
        }
        m_result = tr("Package written: %1, %2.\nSigner fingerprint: %3\nSHA-256: %4")
                       .arg(QString::fromStdString(core::countInWords((*result)->counts["case_file"], "case", "cases")),
                            QString::fromStdString(core::countInWords((*result)->counts["person"], "person", "people")))
                       .arg(QString::fromStdString((*result)->signerFingerprint),
                            QString::fromStdString((*result)->fileSha256));
        accept();
    });
    update();
    m_worker->start();
}

} // namespace casebook::ui
