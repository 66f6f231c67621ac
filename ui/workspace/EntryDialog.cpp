// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/EntryDialog.h"
#include "support/Today.h"

#include "support/DateEdit.h"
#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"
#include "workspace/Labels.h"
#include "workspace/sections/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <initializer_list>

namespace casebook::ui {

EntryDialog::EntryDialog(bool decision, const QString& author, Save save, QWidget* parent)
    : QDialog(parent)
    , m_isDecision(decision)
    , m_author(author)
    , m_save(std::move(save))
{
    setObjectName(decision ? QStringLiteral("decisionDialog") : QStringLiteral("entryDialog"));
    setWindowTitle(decision ? tr("Record a decision") : tr("Add to the chronology"));

    m_date = casebook::ui::dateEdit(todayQDate(), this);
    m_date->setObjectName(QStringLiteral("entryDate"));
    m_date->setAccessibleName(tr("Date"));
    // A meeting or a call happened at a time: optional, off until ticked.
    m_timeSet = new QCheckBox(tr("at"), this);
    m_timeSet->setObjectName(QStringLiteral("entryTimeSet"));
    m_timeSet->setAccessibleName(tr("Record the time"));
    m_time = new QTimeEdit(QTime(9, 0), this);
    m_time->setObjectName(QStringLiteral("entryTime"));
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setEnabled(false);
    connect(m_timeSet, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    if (!decision) {
        // A decision has no kind to choose; the box is not made at all so that nothing stray sits
        // over the form (it once covered the Date label) or in the Tab order.
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("entryKind"));
        m_kind->setAccessibleName(tr("Kind of entry"));
        for (core::EntryKind k : {core::EntryKind::Meeting, core::EntryKind::Note, core::EntryKind::Communication,
                                  core::EntryKind::Other}) {
            m_kind->addItem(entryKindText(k), static_cast<int>(k));
        }
        m_kind->setCurrentIndex(1);
    }
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("entryBody"));
    m_body->setAccessibleName(tr("What happened"));
    m_body->setTabChangesFocus(true);
    m_medical = new QCheckBox(tr("Holds &medical information (withheld from exports without consent)"), this);
    m_medical->setObjectName(QStringLiteral("entryMedical"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), row(this, {m_date, m_timeSet, m_time}));
    if (!decision) {
        form->addRow(tr("&Kind:"), m_kind);
    }
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_errors.add(QStringLiteral("title"), this));
    if (decision) {
        m_decision = new QLineEdit(this);
        m_decision->setObjectName(QStringLiteral("decisionText"));
        m_decision->setAccessibleName(tr("Decision"));
        m_options = new QPlainTextEdit(this);
        m_options->setObjectName(QStringLiteral("decisionOptions"));
        m_options->setAccessibleName(tr("Options considered"));
        m_options->setTabChangesFocus(true);
        m_options->setMaximumHeight(70);
        m_rationale = new QPlainTextEdit(this);
        m_rationale->setObjectName(QStringLiteral("decisionRationale"));
        m_rationale->setAccessibleName(tr("Rationale"));
        m_rationale->setTabChangesFocus(true);
        m_medicalRationale = new QPlainTextEdit(this);
        m_medicalRationale->setObjectName(QStringLiteral("decisionMedicalRationale"));
        m_medicalRationale->setAccessibleName(tr("Medical rationale (withheld from exports without consent)"));
        m_medicalRationale->setToolTip(m_medicalRationale->accessibleName());
        m_medicalRationale->setTabChangesFocus(true);
        m_medicalRationale->setMaximumHeight(70);
        m_medical->setToolTip(tr("Without medical consent, exports keep this decision's title, the decision and its "
                                 "rationale when a medical rationale is given apart, and withhold the medical "
                                 "rationale, the options considered and the notes; with no medical rationale the whole "
                                 "decision is withheld."));
        m_decidedBy = new QLineEdit(author, this);
        m_decidedBy->setObjectName(QStringLiteral("decidedBy"));
        m_decidedBy->setAccessibleName(tr("Decided by"));
        form->addRow(tr("D&ecision:"), m_decision);
        form->addRow(QString(), m_errors.add(QStringLiteral("decision"), this));
        form->addRow(tr("&Options considered:"), m_options);
        form->addRow(tr("&Rationale:"), m_rationale);
        form->addRow(QString(), m_errors.add(QStringLiteral("rationale"), this));
        form->addRow(tr("Medical r&ationale:"), m_medicalRationale);
        form->addRow(tr("Decided &by:"), m_decidedBy);
        form->addRow(QString(), m_errors.add(QStringLiteral("decided by"), this));
        form->addRow(tr("&Notes:"), m_body);
        m_body->setMaximumHeight(70);
    } else {
        form->addRow(tr("&What happened:"), m_body);
        m_medicalDetail = new QPlainTextEdit(this);
        m_medicalDetail->setObjectName(QStringLiteral("entryMedicalDetail"));
        m_medicalDetail->setAccessibleName(tr("Medical detail (only this is withheld from exports without consent)"));
        m_medicalDetail->setToolTip(tr("Diagnosis, treatment or other medical detail, kept apart from what happened: "
                                       "without the officer's consent an export shows the entry and says that its "
                                       "medical detail was withheld."));
        m_medicalDetail->setPlaceholderText(tr("Kept apart: only this is withheld without consent"));
        m_medicalDetail->setTabChangesFocus(true);
        m_medicalDetail->setMaximumHeight(70);
        form->addRow(tr("Medical deta&il:"), m_medicalDetail);
        m_medical->setText(tr("The title or text hold &medical information too (withhold the whole entry)"));
        m_medical->setToolTip(tr("Without medical consent, exports withhold the whole entry, not only its medical "
                                 "detail."));
    }
    form->addRow(QString(), m_errors.add(QStringLiteral("body"), this));
    form->addRow(QString(), m_medical);

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Tab follows the form from top to bottom (the fields are made in another order).
    QWidget* previous = nullptr;
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_date, m_timeSet, m_time, m_kind, m_title, m_decision, m_options, m_rationale,
                                         m_medicalRationale, m_decidedBy, m_body, m_medicalDetail, m_medical}) {
        if (field == nullptr) {
            continue;
        }
        if (previous != nullptr) {
            setTabOrder(previous, field);
        }
        previous = field;
    }

    auto* fields = new QWidget(this);
    fields->setLayout(form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields, this), 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    fitOnShow(this);
    askBeforeDiscarding(this);
}

QString EntryDialog::fieldError(const QString& field) const
{
    return m_errors.text(field);
}

core::ChronologyEntry EntryDialog::entry() const
{
    core::ChronologyEntry e;
    e.date = toCoreDate(m_date->date());
    if (m_timeSet->isChecked()) {
        if (auto time = core::TimeOfDay::fromHm(m_time->time().hour(), m_time->time().minute())) {
            e.time = *time;
        }
    }
    e.kind = m_isDecision ? core::EntryKind::Decision : static_cast<core::EntryKind>(m_kind->currentData().toInt());
    e.title = m_title->text().trimmed().toStdString();
    e.body = m_body->toPlainText().toStdString();
    e.medical = m_medical->isChecked();
    if (m_medicalDetail != nullptr) {
        e.medicalDetail = m_medicalDetail->toPlainText().trimmed().toStdString();
    }
    e.author = m_author.toStdString();
    if (m_isDecision) {
        e.decision = core::DecisionRecord{m_decision->text().trimmed().toStdString(),
                                          m_options->toPlainText().toStdString(),
                                          m_rationale->toPlainText().trimmed().toStdString(),
                                          m_decidedBy->text().trimmed().toStdString(),
                                          false,
                                          m_medicalRationale->toPlainText().trimmed().toStdString()};
    }
    return e;
}

void EntryDialog::accept()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    m_errors.clear();
    m_general->hide();
    const core::Status saved = m_save(entry());
    if (saved) {
        QDialog::accept();
        return;
    }
    const QStringList unplaced = m_errors.show(saved.error());
    if (!unplaced.isEmpty()) {
        m_general->setText(unplaced.join(QStringLiteral("\n")));
        m_general->show();
    }
}

} // namespace casebook::ui
