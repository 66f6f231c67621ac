// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Row mapping of UPP/UAP procedures (with their events) and conduct referrals (schema version 4).
#include "procedure/ProcedureEnums.h"
#include "repo/ProcedureRows.h"
#include "repo/ProcedureSql.h"

namespace casebook::core {

using namespace procedure_sql;

const std::string_view ProcedureRows<UppProcedure>::table = "upp_procedure";
const std::string_view ProcedureRows<UppProcedure>::columns =
    "case_id, kind, came_to_attention, came_to_attention_of, linked_upp_id, derived_regime, regime_override, "
    "regime_override_reason, stage, gross_incompetence, improvement_start, improvement_end, exceptional, paused_for, "
    "paused_from, improvement_months, improvement_end_reason, pinned_pack, pinned_version, pin_reason";

void ProcedureRows<UppProcedure>::bind(Statement& st, const UppProcedure& r)
{
    st.bind(1, r.caseId.value).bind(4, r.cameToAttentionOf).bind(8, r.regimeOverrideReason);
    bindCode(st, 2, r.kind);
    bindDate(st, 3, r.cameToAttention);
    bindId(st, 5, r.linkedEarlierMatter ? std::optional(r.linkedEarlierMatter->value) : std::nullopt);
    st.bind(6, r.derivedRegime.key);
    if (r.regimeOverride) {
        st.bind(7, r.regimeOverride->key);
    } else {
        st.bindNull(7);
    }
    bindCode(st, 9, r.stage);
    bindFlag(st, 10, r.grossIncompetence);
    bindDate(st, 11, r.improvementPeriodStart);
    bindDate(st, 12, r.improvementPeriodEnd);
    bindFlag(st, 13, r.exceptionalCircumstances);
    bindId(st, 14, r.pausedFor ? std::optional(r.pausedFor->value) : std::nullopt);
    bindDate(st, 15, r.pausedFrom);
    if (r.improvementPeriodMonths) {
        st.bind(16, static_cast<std::int64_t>(*r.improvementPeriodMonths));
    } else {
        st.bindNull(16);
    }
    st.bind(17, r.improvementPeriodEndReason);
    st.bind(18, r.pinnedPack).bind(19, static_cast<std::int64_t>(r.pinnedVersion)).bind(20, r.pinReason);
}

Result<UppProcedure> ProcedureRows<UppProcedure>::read(const Statement& st)
{
    RowReader row(st, table);
    UppProcedure r;
    r.id = UppProcedureId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.kind = row.code<UppGround>(2);
    r.cameToAttention = row.date(3);
    r.cameToAttentionOf = row.text(4);
    if (auto linked = row.optionalId(5)) {
        r.linkedEarlierMatter = UppProcedureId{*linked};
    }
    r.derivedRegime = UppRegime{row.text(6)};
    if (!st.columnIsNull(7)) {
        r.regimeOverride = UppRegime{row.text(7)};
    }
    r.regimeOverrideReason = row.text(8);
    r.stage = row.code<UppStage>(9);
    r.grossIncompetence = row.flag(10);
    r.improvementPeriodStart = row.optionalDate(11);
    r.improvementPeriodEnd = row.optionalDate(12);
    r.exceptionalCircumstances = row.flag(13);
    if (auto referral = row.optionalId(14)) {
        r.pausedFor = ConductReferralId{*referral};
    }
    r.pausedFrom = row.optionalDate(15);
    if (!st.columnIsNull(16)) {
        r.improvementPeriodMonths = static_cast<int>(row.integer(16));
    }
    r.improvementPeriodEndReason = row.text(17);
    r.pinnedPack = row.text(18);
    r.pinnedVersion = static_cast<int>(row.integer(19));
    r.pinReason = row.text(20);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<UppProcedure>::saveChildren(Database& db, const UppProcedure& r, std::int64_t id)
{
    return replaceEvents(db, "upp_event", id, r.events);
}

Status ProcedureRows<UppProcedure>::loadChildren(Database& db, UppProcedure& r)
{
    Result<ProcedureEvents> events = loadEvents(db, "upp_event", r.id.value);
    if (!events) {
        return events.error();
    }
    r.events = std::move(*events);
    return Ok{};
}

const std::string_view ProcedureRows<ConductReferral>::table = "conduct_referral";
const std::string_view ProcedureRows<ConductReferral>::columns =
    "case_id, referral_date, summary, severity, outcome, report_date, appeal_notice_date, pinned_pack, pinned_version, "
    "pin_reason";

void ProcedureRows<ConductReferral>::bind(Statement& st, const ConductReferral& r)
{
    st.bind(1, r.caseId.value).bind(3, r.summary).bind(5, r.outcome);
    bindDate(st, 2, r.referralDate);
    bindCode(st, 4, r.severity);
    bindDate(st, 6, r.reportDate);
    bindDate(st, 7, r.appealNoticeDate);
    st.bind(8, r.pinnedPack).bind(9, static_cast<std::int64_t>(r.pinnedVersion)).bind(10, r.pinReason);
}

Result<ConductReferral> ProcedureRows<ConductReferral>::read(const Statement& st)
{
    RowReader row(st, table);
    ConductReferral r;
    r.id = ConductReferralId{row.integer(0)};
    r.caseId = CaseId{row.integer(1)};
    r.referralDate = row.date(2);
    r.summary = row.text(3);
    r.severity = row.code<SeverityAssessment>(4);
    r.outcome = row.text(5);
    r.reportDate = row.optionalDate(6);
    r.appealNoticeDate = row.optionalDate(7);
    r.pinnedPack = row.text(8);
    r.pinnedVersion = static_cast<int>(row.integer(9));
    r.pinReason = row.text(10);
    if (Status ok = row.status(); !ok) {
        return ok.error();
    }
    return r;
}

Status ProcedureRows<ConductReferral>::saveChildren(Database&, const ConductReferral&, std::int64_t)
{
    return Ok{};
}

Status ProcedureRows<ConductReferral>::loadChildren(Database&, ConductReferral&)
{
    return Ok{};
}

} // namespace casebook::core
