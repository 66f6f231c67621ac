// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/NewCaseDialog.h"
#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"
#include "support/Today.h"

#include "support/DateEdit.h"
#include "workspace/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

NewCaseDialog::NewCaseDialog(const std::vector<core::Person>& people, const QString& owner, Save save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_people(people)
{
    setObjectName(QStringLiteral("newCaseDialog"));
    setWindowTitle(tr("Open a case"));

    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("casePerson"));
    m_person->setAccessibleName(tr("Who the case is about"));
    m_person->addItem(tr("Someone new (type their details below)"), QVariant());
    for (const core::Person& p : m_people) {
        m_person->addItem(qs(p.name) + (p.number.empty() ? QString() : QStringLiteral(" (%1)").arg(qs(p.number))),
                          QVariant::fromValue<qint64>(p.id.value));
    }
    m_name = lineEdit(QStringLiteral("personName"), tr("Name"), this);
    m_number = lineEdit(QStringLiteral("personNumber"), tr("Collar or staff number"), this);
    m_rank = lineEdit(QStringLiteral("personRank"), tr("Rank or grade"), this);
    m_team = lineEdit(QStringLiteral("personTeam"), tr("Team"), this);
    m_lineManager = lineEdit(QStringLiteral("personLineManager"), tr("Line manager"), this);

    auto* personBox = new QGroupBox(tr("Person"), this);
    auto* personForm = new QFormLayout(personBox);
    personForm->addRow(tr("&Person:"), m_person);
    personForm->addRow(tr("&Name:"), m_name);
    personForm->addRow(QString(), m_errors.add(QStringLiteral("name"), this));
    personForm->addRow(tr("N&umber:"), m_number);
    personForm->addRow(tr("&Rank or grade:"), m_rank);
    personForm->addRow(tr("&Team:"), m_team);
    personForm->addRow(tr("&Line manager:"), m_lineManager);

    m_summary = lineEdit(QStringLiteral("caseSummary"), tr("Case summary"), this);
    m_summary->setPlaceholderText(tr("One line, e.g. \"Return to work after knee surgery\""));
    auto* typesWidget = new QWidget(this);
    auto* typesGrid = new QGridLayout(typesWidget);
    typesGrid->setContentsMargins(0, 0, 0, 0);
    for (int t = 0; t <= static_cast<int>(core::CaseType::Wellbeing); ++t) {
        const auto type = static_cast<core::CaseType>(t);
        auto* box = new QCheckBox(caseTypeText(type), typesWidget);
        box->setObjectName(QStringLiteral("caseType%1").arg(t));
        m_types[type] = box;
        typesGrid->addWidget(box, t / 2, t % 2);
    }
    m_rag = new QComboBox(this);
    m_rag->setObjectName(QStringLiteral("caseRag"));
    m_rag->setAccessibleName(tr("RAG rating"));
    for (core::Rag rag : {core::Rag::Green, core::Rag::Amber, core::Rag::Red}) {
        m_rag->addItem(ragText(rag), static_cast<int>(rag));
    }
    m_owner = lineEdit(QStringLiteral("caseOwner"), tr("Owner"), this);
    m_owner->setText(owner);
    m_opened = new DateEdit(todayQDate(), this);
    m_opened->setObjectName(QStringLiteral("caseOpened"));
    m_opened->setAccessibleName(tr("Opened on"));
    m_nextReview = new DateEdit(todayQDate().addDays(28), this);
    m_nextReview->setObjectName(QStringLiteral("caseNextReview"));
    m_nextReview->setAccessibleName(tr("Next review"));

    auto* caseBox = new QGroupBox(tr("Case"), this);
    auto* caseForm = new QFormLayout(caseBox);
    caseForm->addRow(tr("&Summary:"), m_summary);
    caseForm->addRow(QString(), m_errors.add(QStringLiteral("summary"), this));
    caseForm->addRow(tr("Types:"), typesWidget);
    caseForm->addRow(QString(), m_errors.add(QStringLiteral("types"), this));
    caseForm->addRow(tr("R&AG:"), m_rag);
    caseForm->addRow(tr("&Owner:"), m_owner);
    caseForm->addRow(tr("Op&ened:"), m_opened);
    caseForm->addRow(tr("Ne&xt review:"), m_nextReview);
    caseForm->addRow(QString(), m_errors.add(QStringLiteral("next review"), this));

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &QComboBox::currentIndexChanged, this, &NewCaseDialog::updatePersonFields);

    auto* fields = new QWidget(this);
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(personBox);
    fieldsLayout->addWidget(caseBox);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields, this), 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    fitOnShow(this);
    askBeforeDiscarding(this);
}

QString NewCaseDialog::fieldError(const QString& field) const
{
    return m_errors.text(field);
}

void NewCaseDialog::updatePersonFields()
{
    const bool isNew = !m_person->currentData().isValid();
    for (QLineEdit* edit : {m_name, m_number, m_rank, m_team, m_lineManager}) {
        edit->setEnabled(isNew);
    }
}

void NewCaseDialog::accept()
{
    if (firstUnreadableDate(this) != nullptr) {
        return; // the field says why; what was typed stays
    }
    m_errors.clear();
    m_general->hide();
    core::Person person;
    if (m_person->currentData().isValid()) {
        person = m_people.at(static_cast<std::size_t>(m_person->currentIndex() - 1));
    } else {
        person.name = m_name->text().trimmed().toStdString();
        person.number = m_number->text().trimmed().toStdString();
        person.rankOrGrade = m_rank->text().trimmed().toStdString();
        person.team = m_team->text().trimmed().toStdString();
        person.lineManagerName = m_lineManager->text().trimmed().toStdString();
    }
    core::Case c;
    c.summary = m_summary->text().trimmed().toStdString();
    for (const auto& [type, box] : m_types) {
        if (box->isChecked()) {
            c.types.insert(type);
        }
    }
    c.rag = static_cast<core::Rag>(m_rag->currentData().toInt());
    c.owner = m_owner->text().trimmed().toStdString();
    c.opened = toCoreDate(m_opened->date());
    c.nextReview = toCoreDate(m_nextReview->date());
    const core::Status saved = m_save(person, c);
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
