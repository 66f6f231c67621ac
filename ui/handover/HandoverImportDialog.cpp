// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "handover/HandoverImportDialog.h"

#include "session/ErrorMessages.h"
#include "support/ScreenFit.h"

#include "dp/Handover.h"
#include "service/Session.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace casebook::ui {

namespace {

QString describe(const core::HandoverSummary& s)
{
    QString text = HandoverImportDialog::tr("Package %1, number %2 from its store, written %3\n")
                       .arg(QString::fromStdString(s.packageId))
                       .arg(s.sequence)
                       .arg(QString::fromStdString(s.createdAt));
    text += HandoverImportDialog::tr("Signer: %1\n").arg(QString::fromStdString(s.signerFingerprint));
    text += HandoverImportDialog::tr("Source audit head: %1\n\n").arg(QString::fromStdString(s.sourceHead));
    text += HandoverImportDialog::tr("%n case(s):\n", nullptr, static_cast<int>(s.cases.size()));
    for (const core::HandoverCase& c : s.cases) {
        text += QStringLiteral("  %1 — %2 (%3)\n")
                    .arg(QString::fromStdString(c.person), QString::fromStdString(c.summary),
                         QString::fromStdString(c.status));
    }
    text += HandoverImportDialog::tr("%n person(s), each added as a new person.\n", nullptr,
                                     static_cast<int>(s.people.size()));
    return text;
}

} // namespace

HandoverImportDialog::HandoverImportDialog(core::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import a handover package"));
    setObjectName(QStringLiteral("handoverImportDialog"));
    auto* intro = new QLabel(tr("Check the package first: the signer fingerprint should match the one your "
                                "predecessor read to you. Its cases are then added to this store under new ids."),
                             this);
    intro->setWordWrap(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("packagePathEdit"));
    m_path->setAccessibleName(tr("Package file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("packagePassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Package passphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("Pac&kage"), pathRow);
    // A row holding a layout gets a label without a buddy, which shows the "&": the field is its buddy.
    qobject_cast<QLabel*>(form->labelForField(pathRow))->setBuddy(m_path);
    form->addRow(tr("Pass&phrase"), m_passphrase);
    m_check = new QPushButton(tr("&Check package"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_contents = new QPlainTextEdit(this);
    m_contents->setObjectName(QStringLiteral("packageContentsView"));
    m_contents->setAccessibleName(tr("What the package holds"));
    m_contents->setReadOnly(true);
    m_contents->setTabChangesFocus(true);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { run(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverImportDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_browse, &QPushButton::clicked, this, &HandoverImportDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_passphrase, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_check, 0, Qt::AlignLeft);
    layout->addWidget(m_contents, 1);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    fitOnShow(this, QSize(620, 520));
}

HandoverImportDialog::~HandoverImportDialog()
{
    if (m_worker != nullptr) {
        m_worker->wait();
        delete m_worker;
    }
}

void HandoverImportDialog::stopWork()
{
    m_cancel->store(true);
    if (m_worker != nullptr) {
        m_worker->wait();
    }
    done(QDialog::Rejected);
}

void HandoverImportDialog::reject()
{
    if (m_worker == nullptr) {
        QDialog::reject();
    }
}

void HandoverImportDialog::choosePath()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a handover package"), m_path->text(),
                                                      tr("Casebook stores (*.cbk);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void HandoverImportDialog::run(bool import)
{
    if (m_worker != nullptr || m_path->text().isEmpty() || (import && !m_import->isEnabled())) {
        return;
    }
    auto passphrase = std::make_shared<core::SecretString>(m_passphrase->text().toStdString());
    const std::filesystem::path file = m_path->text().toStdString();
    auto summary = std::make_shared<core::Result<core::HandoverSummary>>(core::makeError(core::ErrorCode::Cancelled));
    core::Session* session = &m_session;
    m_worker = QThread::create([session, file, passphrase, summary, import, cancel = m_cancel] {
        if (!import) {
            *summary = core::inspectHandover(file, *passphrase);
            return;
        }
        core::HandoverImportOptions options;
        options.progress = [cancel](std::uint64_t, std::uint64_t) { return !cancel->load(); };
        auto done =
            core::importHandover(session->database(), session->audit(), session->actor(), file, *passphrase, options);
        if (done) {
            *summary = done->package;
        } else {
            *summary = done.error();
        }
    });
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_progress->setVisible(true);
    connect(m_worker, &QThread::finished, this, [this, summary, import] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_progress->setVisible(false);
        m_check->setEnabled(true);
        if (!*summary) {
            m_contents->setPlainText(tr("The package was refused: %1").arg(errorMessage(summary->error())));
            return;
        }
        if (import) {
            m_passphrase->setText(QString()); // as everywhere a passphrase is dropped
            accept();
            return;
        }
        m_contents->setPlainText(describe(**summary));
        m_import->setEnabled(true);
    });
    m_worker->start();
}

} // namespace casebook::ui
