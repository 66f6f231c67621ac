// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/DisclosureDialog.h"
#include "support/Today.h"

#include "dataprotection/SarSupport.h"
#include "report/ExportAudit.h"
#include "report/ExportRunner.h"
#include "report/PdfExport.h"
#include "service/Session.h"
#include "support/ClearFile.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"
#include "support/SystemClock.h"
#include "support/Tables.h"
#include "workspace/Labels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace casebook::ui {

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
        showMessage(m_message, tr("Could not collect the records: %1").arg(userMessage(review.error())));
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
        auto* key = readOnlyItem(qs(item.key));
        m_model->appendRow({readOnlyItem(qs(item.title)), readOnlyItem(decision),
                            readOnlyItem(item.thirdParties.empty() ? QString() : qs(item.thirdParties.front())), key});
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
        showMessage(m_message, userMessage(done.error()));
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
    auto package = service.build(m_sar, todayDate());
    if (!package) {
        showMessage(m_message, userMessage(package.error()));
        return false;
    }
    auto pdf = renderPdf(package->document);
    if (!pdf) {
        showMessage(m_message, tr("The PDF could not be made: %1").arg(userMessage(pdf.error())));
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
                    tr("The package could not be audited, so it was removed: %1").arg(userMessage(logged.error())));
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
