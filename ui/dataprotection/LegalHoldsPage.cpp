// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dataprotection/LegalHoldsPage.h"
#include "support/Today.h"
#include "workspace/Labels.h"

#include "service/Session.h"
#include "support/Messages.h"
#include "support/Tables.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace casebook::ui {

namespace {

QString kindText(core::HoldKind kind)
{
    switch (kind) {
    case core::HoldKind::Litigation:
        return LegalHoldsPage::tr("Litigation");
    case core::HoldKind::Tribunal:
        return LegalHoldsPage::tr("Tribunal");
    case core::HoldKind::PersonalInjury:
        return LegalHoldsPage::tr("Personal injury");
    case core::HoldKind::Investigation:
        return LegalHoldsPage::tr("Investigation");
    case core::HoldKind::Inquiry:
        return LegalHoldsPage::tr("Inquiry");
    case core::HoldKind::Complaint:
        return LegalHoldsPage::tr("Complaint");
    case core::HoldKind::Other:
        return LegalHoldsPage::tr("Other");
    }
    return {};
}

constexpr int kScopePerson = 0;
constexpr int kScopeCase = 1;
constexpr int kScopeAll = 2;

} // namespace

LegalHoldsPage::LegalHoldsPage(core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("legalHoldsPage"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("holdScope"));
    m_scope->setAccessibleName(tr("Hold covers"));
    m_scope->addItems({tr("A person and all their cases"), tr("One case"), tr("Everything in the store")});
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("holdSubject"));
    m_subject->setAccessibleName(tr("Person or case held"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("holdKind"));
    m_kind->setAccessibleName(tr("Kind of hold"));
    for (auto kind :
         {core::HoldKind::Litigation, core::HoldKind::Tribunal, core::HoldKind::PersonalInjury,
          core::HoldKind::Investigation, core::HoldKind::Inquiry, core::HoldKind::Complaint, core::HoldKind::Other}) {
        m_kind->addItem(kindText(kind), static_cast<int>(kind));
    }
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("holdReference"));
    m_reference->setAccessibleName(tr("Reference"));
    m_reference->setPlaceholderText(tr("Why it is held: a claim or matter number (no names)"));
    m_placedOn = new DateEdit(todayQDate(), this);
    m_placedOn->setObjectName(QStringLiteral("holdPlacedOn"));
    m_placedOn->setAccessibleName(tr("Placed on"));
    m_place = new QPushButton(tr("&Place hold"), this);
    m_place->setObjectName(QStringLiteral("holdPlace"));

    auto* form = new QFormLayout;
    form->addRow(tr("Hold &covers"), m_scope);
    form->addRow(tr("&Who or which"), m_subject);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Re&ference"), m_reference);
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_placedOn);
    placeRow->addWidget(m_place);
    placeRow->addStretch(1);
    form->addRow(tr("Placed &on"), placeRow);
    // QFormLayout gives a row's label the layout, not the widget, as buddy.
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(placeRow))) {
        label->setBuddy(m_placedOn);
    }

    m_model = new QStandardItemModel(this);
    m_table = makeReadOnlyTable(QStringLiteral("holdTable"), tr("Legal holds"), this);
    m_table->setModel(m_model);
    // Made after the table it sits under, so that Tab reaches it in reading order.
    m_showReleased = new QCheckBox(tr("Show released &holds"), this);
    m_showReleased->setObjectName(QStringLiteral("holdShowReleased"));

    auto* releaseRow = new QHBoxLayout;
    m_releaseOn = new DateEdit(todayQDate(), this);
    m_releaseOn->setObjectName(QStringLiteral("holdReleaseOn"));
    m_releaseOn->setAccessibleName(tr("Released on"));
    auto* releaseLabel = new QLabel(tr("Released o&n"), this);
    releaseLabel->setBuddy(m_releaseOn);
    m_release = new QPushButton(tr("&Release hold"), this);
    m_release->setObjectName(QStringLiteral("holdRelease"));
    releaseRow->addWidget(m_showReleased);
    releaseRow->addStretch(1);
    releaseRow->addWidget(releaseLabel);
    releaseRow->addWidget(m_releaseOn);
    releaseRow->addWidget(m_release);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("holdMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(releaseRow);
    layout->addWidget(m_message);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &LegalHoldsPage::fillSubjects);
    connect(m_place, &QPushButton::clicked, this, &LegalHoldsPage::place);
    connect(m_release, &QPushButton::clicked, this, &LegalHoldsPage::release);
    connect(m_showReleased, &QCheckBox::toggled, this, &LegalHoldsPage::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LegalHoldsPage::updateButtons);
    fillSubjects();
    reload();
}

LegalHoldsPage::~LegalHoldsPage() = default;

void LegalHoldsPage::fillSubjects()
{
    m_subject->clear();
    const int scope = m_scope->currentIndex();
    if (scope == kScopePerson) {
        if (auto people = m_session.cases().listPeople()) {
            for (const core::Person& p : *people) {
                m_subject->addItem(qs(p.name), QVariant::fromValue<qint64>(p.id.value));
            }
        }
    } else if (scope == kScopeCase) {
        std::map<std::int64_t, QString> names;
        if (auto people = m_session.cases().listPeople()) {
            for (const core::Person& p : *people) {
                names[p.id.value] = qs(p.name);
            }
        }
        if (auto cases = m_session.cases().listCases()) {
            for (const core::Case& c : *cases) {
                m_subject->addItem(tr("Case %1: %2 (%3)").arg(c.id.value).arg(names[c.person.value], qs(c.summary)),
                                   QVariant::fromValue<qint64>(c.id.value));
            }
        }
    }
    m_subject->setEnabled(scope != kScopeAll);
    updateButtons();
}

void LegalHoldsPage::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("ID"), tr("Covers"), tr("Kind"), tr("Placed"), tr("Released"), tr("Reference")});
    m_holds.clear();
    core::HoldService holds(m_session.database(), m_session.audit(), m_session.actor());
    auto list = holds.list(m_showReleased->isChecked());
    if (!list) {
        m_message->setText(tr("Could not list the holds: %1").arg(userMessage(list.error())));
        updateButtons();
        return;
    }
    m_holds = std::move(*list);
    std::map<std::int64_t, QString> names;
    if (auto people = m_session.cases().listPeople()) {
        for (const core::Person& p : *people) {
            names[p.id.value] = qs(p.name);
        }
    }
    for (const core::LegalHold& h : m_holds) {
        QString covers = tr("Everything");
        if (h.person) {
            covers = tr("%1 (person %2)").arg(names[h.person->value]).arg(h.person->value);
        } else if (h.caseId) {
            covers = tr("Case %1").arg(h.caseId->value);
        }
        m_model->appendRow({readOnlyItem(QString::number(h.id)), readOnlyItem(covers), readOnlyItem(kindText(h.kind)),
                            readOnlyItem(qs(h.placedOn.toIso())),
                            readOnlyItem(h.releasedOn ? qs(h.releasedOn->toIso()) : tr("open")),
                            readOnlyItem(qs(h.reference))});
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const core::LegalHold* LegalHoldsPage::selected() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= static_cast<int>(m_holds.size())) {
        return nullptr;
    }
    return &m_holds[static_cast<std::size_t>(index.row())];
}

void LegalHoldsPage::updateButtons()
{
    m_place->setEnabled(m_scope->currentIndex() == kScopeAll || m_subject->currentIndex() >= 0);
    const core::LegalHold* h = selected();
    m_release->setEnabled(h != nullptr && !h->releasedOn);
}

void LegalHoldsPage::place()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    core::LegalHold hold;
    const int scope = m_scope->currentIndex();
    hold.scope = scope == kScopePerson ? core::HoldScope::Person
                 : scope == kScopeCase ? core::HoldScope::Case
                                       : core::HoldScope::All;
    const qint64 subject = m_subject->currentData().toLongLong();
    if (scope == kScopePerson) {
        hold.person = core::PersonId{subject};
    } else if (scope == kScopeCase) {
        hold.caseId = core::CaseId{subject};
    }
    hold.kind = static_cast<core::HoldKind>(m_kind->currentData().toInt());
    hold.reference = m_reference->text().trimmed().toStdString();
    hold.placedOn = toCoreDate(m_placedOn->date());
    core::HoldService holds(m_session.database(), m_session.audit(), m_session.actor());
    auto placed = holds.place(hold);
    if (!placed) {
        m_message->setText(tr("The hold was not placed: %1").arg(userMessage(placed.error())));
        return;
    }
    m_reference->clear();
    reload();
    m_message->setText(
        tr("Placed legal hold %1. Nothing it covers can be erased or disposed of until it is released.").arg(*placed));
    emit holdsChanged();
}

void LegalHoldsPage::release()
{
    if (firstUnreadableDate(this) != nullptr) {
        return;
    }
    const core::LegalHold* h = selected();
    if (h == nullptr) {
        return;
    }
    const std::int64_t id = h->id;
    core::HoldService holds(m_session.database(), m_session.audit(), m_session.actor());
    if (auto released = holds.release(id, toCoreDate(m_releaseOn->date())); !released) {
        m_message->setText(tr("The hold was not released: %1").arg(userMessage(released.error())));
        return;
    }
    reload();
    m_message->setText(tr("Released legal hold %1 on %2.").arg(id).arg(m_releaseOn->date().toString(Qt::ISODate)));
    emit holdsChanged();
}

} // namespace casebook::ui
