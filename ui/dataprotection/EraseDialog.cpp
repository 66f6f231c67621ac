// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/EraseDialog.h"

#include "service/Session.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"
#include "support/SystemClock.h"
#include "workspace/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString personName(core::Session& session, std::int64_t id)
{
    auto person = session.cases().person(core::PersonId{id});
    return person ? qs(person->name) : QStringLiteral("person %1").arg(id);
}

} // namespace

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

EraseDialog::EraseDialog(core::Session& session, std::int64_t person, std::optional<std::int64_t> caseId,
                         std::string rule, QWidget* parent, bool anonymise)
    : QDialog(parent)
    , m_session(session)
    , m_personId(person)
    , m_rule(std::move(rule))
    , m_anonymise(anonymise)
{
    build(caseId);
}

EraseDialog::EraseDialog(core::Session& session, std::int64_t person, RecordToDispose record, std::string rule,
                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(person)
    , m_rule(std::move(rule))
    , m_record(record)
{
    build(std::nullopt);
}

void EraseDialog::build(std::optional<std::int64_t> caseId)
{
    const bool anonymise = m_anonymise;
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(anonymise ? tr("Anonymise for good") : m_record ? tr("Dispose of for good") : tr("Erase for good"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("eraseScope"));
    m_scope->setAccessibleName(tr("What to erase"));
    if (m_record) {
        const QString what = m_record->kind == core::RetentionKind::SarRequest
                                 ? tr("Subject access request %1 and its file, about %2")
                                 : tr("Conduct referral %1 (the local copy), about %2");
        m_scope->addItem(what.arg(m_record->id).arg(personName(m_session, m_personId)),
                         QVariant::fromValue<qint64>(m_record->id));
    } else {
        if (caseId) {
            m_scope->addItem(tr("Case %1 only").arg(*caseId), QVariant::fromValue<qint64>(*caseId));
        }
        m_scope->addItem(tr("%1 and every case about them").arg(personName(m_session, m_personId)),
                         QVariant::fromValue<qint64>(-1));
    }
    m_scope->setEnabled(m_rule == "erasure" && m_scope->count() > 1);
    m_whatGoes = wrappedLabel(QStringLiteral("eraseWhatGoes"), this);
    m_blocked = wrappedLabel(QStringLiteral("eraseBlocked"), this);
    QFont bold = m_blocked->font();
    bold.setBold(true);
    m_blocked->setFont(bold);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("eraseReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("The ground and who authorised it (kept in the erasure register, not the audit)"));
    if (m_rule != "erasure") {
        m_reason->setText(tr("Retention period ended (%1)").arg(qs(m_rule)));
    }
    m_confirm =
        new QCheckBox(tr("I understand that this cannot be undone (backups keep the records until they expire)"), this);
    m_confirm->setObjectName(QStringLiteral("eraseConfirm"));
    m_certificate = new QPlainTextEdit(this);
    m_certificate->setObjectName(QStringLiteral("eraseCertificate"));
    m_certificate->setAccessibleName(tr("Disposal certificate"));
    m_certificate->setReadOnly(true);
    m_certificate->setTabChangesFocus(true);
    m_certificate->hide();

    auto* form = new QFormLayout;
    form->addRow(anonymise ? tr("&Anonymise") : m_record ? tr("&Dispose of") : tr("&Erase"), m_scope);
    form->addRow(tr("What goes"), m_whatGoes);
    form->addRow(QString(), m_blocked);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_erase = buttons->addButton(anonymise  ? tr("Anonymise for &good")
                                 : m_record ? tr("Dispose of for &good")
                                            : tr("Erase for &good"),
                                 QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_erase, &QPushButton::clicked, this, &EraseDialog::erase);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &EraseDialog::showPreview);
    connect(m_reason, &QLineEdit::textChanged, this, &EraseDialog::updateButton);
    connect(m_confirm, &QCheckBox::toggled, this, &EraseDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_certificate, 1);
    layout->addWidget(buttons);
    showPreview();
    fitOnShow(this, QSize(720, 420));
}

EraseDialog::~EraseDialog() = default;

void EraseDialog::showPreview()
{
    const core::SystemClock clock;
    core::ErasureService erasure(m_session.database(), m_session.audit(), clock, m_session.actor());
    const qint64 scope = m_scope->currentData().toLongLong();
    auto preview = m_record    ? erasure.previewRecord(m_record->kind, m_record->id)
                   : scope < 0 ? erasure.previewPerson(core::PersonId{m_personId})
                               : erasure.previewCase(core::CaseId{scope});
    if (!preview) {
        m_preview.reset();
        m_whatGoes->setText(tr("Cannot tell what would go: %1").arg(userMessage(preview.error())));
        updateButton();
        return;
    }
    m_preview = std::make_unique<core::ErasurePreview>(std::move(*preview));
    QStringList rows;
    std::int64_t total = 0;
    for (const auto& [table, n] : m_preview->rows) {
        // Anonymising keeps the person, the cases, their types and the person's requests.
        const bool kept =
            m_anonymise
            && (table == "person" || table == "case_file" || table == "case_type" || table == "sar_request");
        if (n > 0 && !kept) {
            rows << QStringLiteral("%1 %2").arg(n).arg(qs(table));
            total += n;
        }
    }
    const QString keptText =
        !m_anonymise ? QString()
        : scope < 0  ? tr("Kept, anonymised: the person as \"Anonymised person %1\" and each case's types, status, "
                           "RAG, dates and outcome, for the counts. ")
                          .arg(m_personId)
                    : tr("Kept, anonymised: the case's types, status, RAG, dates and outcome, for the counts. ");
    m_whatGoes->setText(keptText
                        + tr("%1 rows (%2); %3 attachment(s), %4 bytes; %5 search index entries. The audit log keeps "
                             "a tombstone (ids and counts only) and a disposal certificate is issued.")
                              .arg(total)
                              .arg(rows.join(QStringLiteral(", ")))
                              .arg(m_preview->attachments)
                              .arg(m_preview->attachmentBytes)
                              .arg(m_preview->indexEntries));
    QStringList blocked;
    for (const std::string& b : m_preview->blockedBy) {
        blocked << qs(b);
    }
    m_blocked->setText(blocked.isEmpty()
                           ? QString()
                           : tr("Cannot be erased while held by: %1. Release the hold, or close the request, first.")
                                 .arg(blocked.join(QStringLiteral(", "))));
    m_blocked->setVisible(!blocked.isEmpty());
    updateButton();
}

void EraseDialog::updateButton()
{
    m_erase->setEnabled(!m_erased && m_preview && m_preview->blockedBy.empty() && m_confirm->isChecked()
                        && !m_reason->text().trimmed().isEmpty());
}

void EraseDialog::erase()
{
    const core::SystemClock clock;
    core::ErasureService erasure(m_session.database(), m_session.audit(), clock, m_session.actor());
    const qint64 scope = m_scope->currentData().toLongLong();
    const std::string reason = m_reason->text().trimmed().toStdString();
    auto certificate = m_record      ? erasure.disposeRecord(m_record->kind, m_record->id, reason, m_rule)
                       : m_anonymise ? (scope < 0 ? erasure.anonymisePerson(core::PersonId{m_personId}, reason, m_rule)
                                                  : erasure.anonymiseCase(core::CaseId{scope}, reason, m_rule))
                                     : (scope < 0 ? erasure.erasePerson(core::PersonId{m_personId}, reason, m_rule)
                                                  : erasure.eraseCase(core::CaseId{scope}, reason, m_rule));
    if (!certificate) {
        m_blocked->setText(userMessage(certificate.error()));
        m_blocked->show();
        return;
    }
    m_erased = true;
    m_certificate->setPlainText(qs(certificate->text));
    m_certificate->show();
    m_scope->setEnabled(false);
    m_reason->setEnabled(false);
    m_confirm->setEnabled(false);
    m_erase->hide();
}

} // namespace casebook::ui
