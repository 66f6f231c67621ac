// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rulebook/VersionsPage.h"
#include "workspace/Labels.h"

#include "procedure/PackPin.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"
#include "support/Messages.h"
#include "support/Tables.h"

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

namespace casebook::ui {

namespace {

constexpr int kPackRole = Qt::UserRole + 1;
constexpr int kVersionRole = Qt::UserRole + 2;
constexpr int kProcedureRole = Qt::UserRole + 3;
constexpr int kCaseRole = Qt::UserRole + 4;
constexpr int kTypeRole = Qt::UserRole + 5;     ///< the record's table: "upp_procedure", "absence", ...
constexpr int kSelectedRole = Qt::UserRole + 6; ///< the version its dates select
constexpr int kPinnedPackRole = Qt::UserRole + 7;

/// Previews (no reason) or re-pins a record of any pinned kind.
core::Result<core::Repin> repinPlan(core::ProcedureService& procedures, const std::string& type, qint64 id,
                                    std::optional<int> version, const std::string* reason)
{
    auto run = [&]<typename T>(const T*) {
        const decltype(T::id) recordId{id};
        return reason == nullptr ? procedures.previewRepinOf<T>(recordId, version)
                                 : procedures.repinOf<T>(recordId, version, *reason);
    };
    if (type == "conduct_referral") {
        return run(static_cast<const core::ConductReferral*>(nullptr));
    }
    if (type == "ill_health_retirement") {
        return run(static_cast<const core::IllHealthRetirement*>(nullptr));
    }
    if (type == "injury_award") {
        return run(static_cast<const core::InjuryAward*>(nullptr));
    }
    if (type == "limited_duty") {
        return run(static_cast<const core::LimitedDuty*>(nullptr));
    }
    if (type == "absence") {
        return run(static_cast<const core::Absence*>(nullptr));
    }
    return run(static_cast<const core::UppProcedure*>(nullptr));
}

void setLabel(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

QString pinnedKindLabel(const std::string& recordType)
{
    if (recordType == "conduct_referral") {
        return VersionsPage::tr("Conduct referral");
    }
    if (recordType == "ill_health_retirement") {
        return VersionsPage::tr("Ill-health retirement");
    }
    if (recordType == "injury_award") {
        return VersionsPage::tr("Injury award");
    }
    if (recordType == "limited_duty") {
        return VersionsPage::tr("Limited duty");
    }
    if (recordType == "absence") {
        return VersionsPage::tr("Absence");
    }
    return VersionsPage::tr("UPP");
}

VersionsPage::VersionsPage(core::Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* intro = new QLabel(
        tr("A rule pack may have several versions in time; a procedure of every kind is pinned to the version its "
           "dates select when it is recorded, so a new version never moves its dates. Re-pin a procedure to move it to "
           "another "
           "version: the reason is recorded and the dates that move are listed."),
        this);
    intro->setWordWrap(true);

    m_versions = new QStandardItemModel(0, 7, this);
    m_versions->setHorizontalHeaderLabels({tr("Pack"), tr("Version"), tr("From"), tr("To"), tr("Governs matters by"),
                                           tr("Transitional rule"), tr("Open procedures")});
    m_versionTable = makeReadOnlyTable(QStringLiteral("versionTable"), tr("Rule pack versions"), this);
    m_versionTable->setModel(m_versions);

    m_procedures = new QStandardItemModel(0, 5, this);
    m_procedures->setHorizontalHeaderLabels(
        {tr("Case"), tr("Procedure"), tr("Came to attention"), tr("Pinned version"), tr("Dates select")});
    m_procedureTable =
        makeReadOnlyTable(QStringLiteral("pinnedProcedureTable"), tr("Open procedures this version governs"), this);
    m_procedureTable->setModel(m_procedures);

    m_openCase = new QPushButton(tr("&Open case"), this);
    m_openCase->setObjectName(QStringLiteral("openPinnedCaseButton"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("repinVersion"));
    m_target->setAccessibleName(tr("Version to pin"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("repinReason"));
    m_reason->setAccessibleName(tr("Reason for re-pinning"));
    m_reason->setPlaceholderText(tr("Why this procedure moves to another version (required)"));
    m_repin = new QPushButton(tr("Re-p&in"), this);
    m_repin->setObjectName(QStringLiteral("repinButton"));
    m_moved = new QLabel(this);
    m_moved->setObjectName(QStringLiteral("movedDates"));
    m_moved->setWordWrap(true);
    m_moved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("repinError"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_error->hide();

    auto* openRow = new QHBoxLayout;
    openRow->addStretch();
    openRow->addWidget(m_openCase);
    auto* form = new QFormLayout;
    form->addRow(tr("Re-pin &to:"), m_target);
    form->addRow(tr("Rea&son:"), m_reason);
    auto* repinRow = new QHBoxLayout;
    repinRow->addWidget(m_moved, 1);
    repinRow->addWidget(m_repin);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_versionTable, 2);
    layout->addWidget(m_procedureTable, 1);
    layout->addLayout(openRow);
    layout->addLayout(form);
    layout->addLayout(repinRow);
    layout->addWidget(m_error);

    connect(m_versionTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VersionsPage::showProcedures);
    connect(m_procedureTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VersionsPage::procedureChosen);
    connect(m_procedureTable, &QTableView::doubleClicked, this, &VersionsPage::openCase);
    connect(m_openCase, &QPushButton::clicked, this, &VersionsPage::openCase);
    connect(m_target, &QComboBox::currentIndexChanged, this, &VersionsPage::preview);
    connect(m_repin, &QPushButton::clicked, this, &VersionsPage::repin);
    reload();
}

void VersionsPage::reload()
{
    const int keep = m_versionTable->currentIndex().row();
    m_versions->removeRows(0, m_versions->rowCount());
    auto open = m_session.procedures().openUppProcedures();
    const std::vector<core::UppProcedure> procedures = open ? *open : std::vector<core::UppProcedure>{};
    if (!open) {
        setLabel(m_error, userMessage(open.error()));
    }
    auto others = m_session.procedures().openPinnedRecords();
    const std::vector<core::PinnedRecord> records = others ? *others : std::vector<core::PinnedRecord>{};
    if (!others) {
        setLabel(m_error, userMessage(others.error()));
    }
    const core::ProcedureRules& rules = m_session.rules();
    for (const core::RulePack* pack : rules.allPacks()) {
        for (const core::RulePack* version : pack->allVersions()) {
            int governed = 0;
            for (const core::UppProcedure& u : procedures) {
                governed += u.pinnedPack == pack->id && u.pinnedVersion == version->version ? 1 : 0;
            }
            for (const core::PinnedRecord& r : records) {
                governed += r.pinnedPack == pack->id && r.pinnedVersion == version->version ? 1 : 0;
            }
            QString transition = tr("—");
            if (const core::Rule* rule = version->find(version->transition.rule)) {
                transition = tr("%1 %2 (%3)")
                                 .arg(qs(rule->citation.instrument), qs(rule->citation.provision),
                                      qs(core::toString(rule->status)));
            }
            auto* packItem = new QStandardItem(qs(pack->id));
            packItem->setData(qs(pack->id), kPackRole);
            packItem->setData(version->version, kVersionRole);
            m_versions->appendRow(
                {packItem, new QStandardItem(QString::number(version->version)),
                 new QStandardItem(qs(version->effectiveFrom.toIso())),
                 new QStandardItem(version->effectiveTo ? qs(version->effectiveTo->toIso()) : tr("in force")),
                 new QStandardItem(qs(version->transition.by)), new QStandardItem(transition),
                 new QStandardItem(QString::number(governed))});
        }
    }
    m_versionTable->resizeColumnsToContents();
    if (keep >= 0 && keep < m_versions->rowCount()) {
        m_versionTable->selectRow(keep);
    }
    showProcedures();
}

void VersionsPage::showProcedures()
{
    m_procedures->removeRows(0, m_procedures->rowCount());
    const QModelIndex current = m_versionTable->selectionModel()->currentIndex();
    const QModelIndexList rows = m_versionTable->selectionModel()->selectedRows();
    if (!rows.isEmpty() || current.isValid()) {
        const QModelIndex at = m_versions->index(rows.isEmpty() ? current.row() : rows.front().row(), 0);
        const std::string packId = at.data(kPackRole).toString().toStdString();
        const int version = at.data(kVersionRole).toInt();
        auto open = m_session.procedures().openUppProcedures();
        for (const core::UppProcedure& u : open ? *open : std::vector<core::UppProcedure>{}) {
            if (u.pinnedPack != packId || u.pinnedVersion != version) {
                continue;
            }
            auto* caseItem = new QStandardItem(tr("Case %1").arg(u.caseId.value));
            caseItem->setData(QVariant::fromValue<qint64>(u.caseId.value), kCaseRole);
            caseItem->setData(QVariant::fromValue<qint64>(u.id.value), kProcedureRole);
            caseItem->setData(QStringLiteral("upp_procedure"), kTypeRole);
            const QString kind = u.kind == core::UppGround::Performance ? tr("Performance") : tr("Attendance");
            const core::RulePack* selected = m_session.rules().uppSelectedVersion(u);
            m_procedures->appendRow(
                {caseItem, new QStandardItem(tr("%1 (UPP %2)").arg(kind).arg(u.id.value)),
                 new QStandardItem(qs(u.cameToAttention.toIso())), new QStandardItem(QString::number(u.pinnedVersion)),
                 new QStandardItem(selected ? QString::number(selected->version) : tr("regime not loaded"))});
        }
        auto others = m_session.procedures().openPinnedRecords();
        for (const core::PinnedRecord& r : others ? *others : std::vector<core::PinnedRecord>{}) {
            if (r.pinnedPack != packId || r.pinnedVersion != version) {
                continue;
            }
            auto* caseItem = new QStandardItem(tr("Case %1").arg(r.caseId.value));
            caseItem->setData(QVariant::fromValue<qint64>(r.caseId.value), kCaseRole);
            caseItem->setData(QVariant::fromValue<qint64>(r.id), kProcedureRole);
            caseItem->setData(qs(r.recordType), kTypeRole);
            caseItem->setData(r.selectedVersion, kSelectedRole);
            caseItem->setData(qs(r.pinnedPack), kPinnedPackRole);
            m_procedures->appendRow({caseItem,
                                     new QStandardItem(tr("%1 %2").arg(pinnedKindLabel(r.recordType)).arg(r.id)),
                                     new QStandardItem(r.from ? qs(r.from->toIso()) : tr("—")),
                                     new QStandardItem(QString::number(r.pinnedVersion)),
                                     new QStandardItem(QString::number(r.selectedVersion))});
        }
    }
    m_procedureTable->resizeColumnsToContents();
    procedureChosen();
}

qint64 VersionsPage::selectedProcedure(qint64* caseId, std::string* recordType) const
{
    const QModelIndexList rows = m_procedureTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return 0;
    }
    const QModelIndex at = m_procedures->index(rows.front().row(), 0);
    if (caseId != nullptr) {
        *caseId = at.data(kCaseRole).toLongLong();
    }
    if (recordType != nullptr) {
        *recordType = at.data(kTypeRole).toString().toStdString();
    }
    return at.data(kProcedureRole).toLongLong();
}

void VersionsPage::procedureChosen()
{
    std::string type;
    const qint64 id = selectedProcedure(nullptr, &type);
    m_target->blockSignals(true);
    m_target->clear();
    if (id != 0 && type != "upp_procedure") {
        const QModelIndex at = m_procedures->index(m_procedureTable->selectionModel()->selectedRows().front().row(), 0);
        const std::string packId = at.data(kPinnedPackRole).toString().toStdString();
        m_target->addItem(tr("The version its dates select (%1)").arg(at.data(kSelectedRole).toInt()), 0);
        for (const core::RulePack* pack : m_session.rules().allPacks()) {
            for (const core::RulePack* version :
                 pack->id == packId ? pack->allVersions() : std::vector<const core::RulePack*>{}) {
                m_target->addItem(
                    tr("Version %1, from %2").arg(version->version).arg(qs(version->effectiveFrom.toIso())),
                    version->version);
            }
        }
    } else if (id != 0) {
        auto record = m_session.procedures().get<core::UppProcedure>(core::UppProcedureId{id});
        const core::RulePack* pack = record ? m_session.rules().uppPack(record->regime()) : nullptr;
        if (pack != nullptr) {
            m_target->addItem(
                tr("The version its dates select (%1)").arg(m_session.rules().uppSelectedVersion(*record)->version), 0);
            for (const core::RulePack* version : pack->allVersions()) {
                m_target->addItem(
                    tr("Version %1, from %2").arg(version->version).arg(qs(version->effectiveFrom.toIso())),
                    version->version);
            }
        }
    }
    m_target->blockSignals(false);
    m_openCase->setEnabled(id != 0);
    m_target->setEnabled(id != 0);
    m_reason->setEnabled(id != 0);
    m_repin->setEnabled(id != 0);
    preview();
}

void VersionsPage::preview()
{
    std::string type;
    const qint64 id = selectedProcedure(nullptr, &type);
    if (id == 0) {
        setLabel(m_moved, tr("Choose a version, then a procedure it governs."));
        return;
    }
    const int version = m_target->currentData().toInt();
    auto plan =
        repinPlan(m_session.procedures(), type, id, version == 0 ? std::nullopt : std::optional<int>(version), nullptr);
    if (!plan) {
        setLabel(m_moved, userMessage(plan.error()));
        return;
    }
    QString text =
        tr("Re-pinning moves %1 version %2 → %3: ").arg(qs(plan->pack)).arg(plan->fromVersion).arg(plan->toVersion);
    if (plan->moved.empty()) {
        text += tr("no date moves.");
    }
    for (const core::MovedDate& m : plan->moved) {
        text += QStringLiteral("\n• %1: %2 → %3")
                    .arg(qs(m.title), m.before ? qs(m.before->toIso()) : tr("none"),
                         m.after ? qs(m.after->toIso()) : tr("none"));
    }
    setLabel(m_moved, text);
}

void VersionsPage::repin()
{
    std::string type;
    const qint64 id = selectedProcedure(nullptr, &type);
    if (id == 0) {
        return;
    }
    const int version = m_target->currentData().toInt();
    const std::string reason = m_reason->text().trimmed().toStdString();
    auto done =
        repinPlan(m_session.procedures(), type, id, version == 0 ? std::nullopt : std::optional<int>(version), &reason);
    if (!done) {
        setLabel(m_error, userMessage(done.error())); // what was typed stays
        m_reason->setFocus();
        return;
    }
    setLabel(m_error, {});
    m_reason->clear();
    QString text = tr("Re-pinned %1 %2 to %3 version %4 (was %5). ")
                       .arg(pinnedKindLabel(type))
                       .arg(id)
                       .arg(qs(done->pack))
                       .arg(done->toVersion)
                       .arg(done->fromVersion);
    text += done->moved.empty() ? tr("No date moved.") : tr("Dates moved:");
    for (const core::MovedDate& m : done->moved) {
        text += QStringLiteral("\n• %1: %2 → %3")
                    .arg(qs(m.title), m.before ? qs(m.before->toIso()) : tr("none"),
                         m.after ? qs(m.after->toIso()) : tr("none"));
    }
    reload();
    setLabel(m_moved, text);
    emit repinned();
}

void VersionsPage::openCase()
{
    qint64 caseId = 0;
    if (selectedProcedure(&caseId) != 0 && caseId != 0) {
        emit openCaseRequested(caseId);
    }
}

} // namespace casebook::ui
