// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/ServiceEndPage.h"
#include "support/Today.h"
#include "workspace/Labels.h"

#include "dp/Retention.h"
#include "service/Session.h"
#include "support/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

ServiceEndPage::ServiceEndPage(core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("serviceEndPage"));
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("serviceEndPerson"));
    m_person->setAccessibleName(tr("Person"));
    if (auto people = session.cases().listPeople()) {
        for (const core::Person& p : *people) {
            m_person->addItem(qs(p.name), QVariant::fromValue<qint64>(p.id.value));
        }
    }
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("serviceEndCurrent"));
    m_current->setWordWrap(true);
    m_ended = new QCheckBox(tr("Service has &ended"), this);
    m_ended->setObjectName(QStringLiteral("serviceEndEnded"));
    m_endedOn = new DateEdit(todayQDate(), this);
    m_endedOn->setObjectName(QStringLiteral("serviceEndDate"));
    m_endedOn->setAccessibleName(tr("Service ended on"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("serviceEndReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("e.g. retired, resigned, transferred (no medical detail)"));
    m_save = new QPushButton(tr("Sa&ve service end"), this);
    m_save->setObjectName(QStringLiteral("serviceEndSave"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("serviceEndMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* note = new QLabel(tr("Retention periods counted from the end of service start on this date. Clearing it "
                               "takes the person's records back off the review queue."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Person"), m_person);
    form->addRow(tr("Recorded"), m_current);
    form->addRow(QString(), m_ended);
    form->addRow(tr("Ended &on"), m_endedOn);
    form->addRow(tr("&Reason"), m_reason);
    form->addRow(QString(), m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_person, &QComboBox::currentIndexChanged, this, &ServiceEndPage::showCurrent);
    connect(m_ended, &QCheckBox::toggled, m_endedOn, &QWidget::setEnabled);
    connect(m_save, &QPushButton::clicked, this, &ServiceEndPage::save);
    m_save->setEnabled(m_person->count() > 0);
    showCurrent();
}

ServiceEndPage::~ServiceEndPage() = default;

void ServiceEndPage::showCurrent()
{
    m_message->clear();
    if (m_person->currentIndex() < 0) {
        m_current->setText(tr("No people in the store yet."));
        m_ended->setChecked(false);
        m_endedOn->setEnabled(false);
        return;
    }
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    auto ended = retention.serviceEnd(core::PersonId{m_person->currentData().toLongLong()});
    if (!ended) {
        m_current->setText(tr("Could not read it: %1").arg(userMessage(ended.error())));
        return;
    }
    if (*ended) {
        m_current->setText(tr("Service ended on %1").arg(qs((*ended)->toIso())));
        m_endedOn->setDate(QDate((*ended)->year(), (*ended)->month(), (*ended)->day()));
    } else {
        m_current->setText(tr("Still serving (no service end recorded)"));
    }
    m_ended->setChecked(ended->has_value());
    m_endedOn->setEnabled(ended->has_value());
}

void ServiceEndPage::save()
{
    if (m_ended->isChecked() && firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    if (m_person->currentIndex() < 0) {
        return;
    }
    std::optional<core::Date> endedOn;
    if (m_ended->isChecked()) {
        const QDate d = m_endedOn->date();
        endedOn = core::Date::fromYmd(d.year(), d.month(), d.day()).value();
    }
    const core::PersonId person{m_person->currentData().toLongLong()};
    core::RetentionService retention(m_session.database(), m_session.audit(), m_session.actor());
    if (auto st = retention.setServiceEnd(person, endedOn, m_reason->text().trimmed().toStdString()); !st) {
        m_message->setText(tr("Not saved: %1").arg(userMessage(st.error())));
        return;
    }
    const QString name = m_person->currentText();
    m_reason->clear();
    showCurrent();
    m_message->setText(endedOn ? tr("Saved: %1's service ended on %2.").arg(name, qs(endedOn->toIso()))
                               : tr("Saved: no service end recorded for %1.").arg(name));
    emit serviceEndChanged();
}

} // namespace casebook::ui
