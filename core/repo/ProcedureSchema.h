// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step 4: procedure records of a case (core/procedure/), their child lists, the
/// adjustment-to-UPP links and the local overrides of derived dates. Every record belongs to a
/// case and goes with it (ON DELETE CASCADE); child rows go with their record. Dates are ISO TEXT
/// and enums stable codes (procedure/ProcedureEnums.h); child rows keep their order by id.
inline constexpr std::string_view kProcedureSchemaSql = R"sql(
CREATE TABLE conduct_referral(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    referral_date TEXT NOT NULL,
    summary TEXT NOT NULL,
    severity TEXT NOT NULL,
    outcome TEXT NOT NULL,
    report_date TEXT,
    appeal_notice_date TEXT
) STRICT;
CREATE TABLE upp_procedure(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    came_to_attention TEXT NOT NULL,
    came_to_attention_of TEXT NOT NULL,
    linked_upp_id INTEGER REFERENCES upp_procedure(id) ON DELETE SET NULL,
    derived_regime TEXT NOT NULL,
    regime_override TEXT,
    regime_override_reason TEXT NOT NULL,
    stage TEXT NOT NULL,
    gross_incompetence INTEGER NOT NULL,
    improvement_start TEXT,
    improvement_end TEXT,
    exceptional INTEGER NOT NULL,
    paused_for INTEGER REFERENCES conduct_referral(id) ON DELETE SET NULL,
    paused_from TEXT
) STRICT;
CREATE TABLE upp_event(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES upp_procedure(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    event_date TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE adjustment(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    barrier TEXT NOT NULL,
    requested_date TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    oh_advice TEXT NOT NULL,
    atw_advice TEXT NOT NULL,
    decision TEXT NOT NULL,
    rationale TEXT NOT NULL,
    decision_maker TEXT NOT NULL,
    decision_date TEXT,
    implemented_date TEXT,
    review_date TEXT,
    passport_version TEXT NOT NULL
) STRICT;
CREATE TABLE adjustment_upp(
    adjustment_id INTEGER NOT NULL REFERENCES adjustment(id) ON DELETE CASCADE,
    upp_id INTEGER NOT NULL REFERENCES upp_procedure(id) ON DELETE CASCADE,
    PRIMARY KEY(adjustment_id, upp_id)
) STRICT;
CREATE TABLE absence(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    start_date TEXT NOT NULL,
    end_date TEXT,
    reason_category TEXT NOT NULL,
    work_related INTEGER NOT NULL,
    assault_on_duty INTEGER NOT NULL,
    disability_related INTEGER NOT NULL,
    covered_by_adjustment INTEGER NOT NULL,
    rtw_interview TEXT
) STRICT;
CREATE TABLE absence_fit_note(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES absence(id) ON DELETE CASCADE,
    from_date TEXT NOT NULL,
    to_date TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE sick_pay_decision(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES absence(id) ON DELETE CASCADE,
    transition TEXT NOT NULL,
    decision TEXT NOT NULL,
    rationale TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_on TEXT NOT NULL
) STRICT;
CREATE TABLE limited_duty(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    oh_basis TEXT NOT NULL,
    outcome TEXT NOT NULL
) STRICT;
CREATE TABLE limited_duty_review(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES limited_duty(id) ON DELETE CASCADE,
    review_date TEXT NOT NULL
) STRICT;
CREATE TABLE action_plan(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    agreed_on TEXT NOT NULL
) STRICT;
CREATE TABLE action_objective(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT,
    completed_date TEXT
) STRICT;
CREATE TABLE action_review(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES action_plan(id) ON DELETE CASCADE,
    review_date TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE oh_referral(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    referral_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    appointment TEXT,
    report_received TEXT,
    consent_given INTEGER,
    share_sergeant INTEGER NOT NULL,
    share_hr INTEGER NOT NULL,
    share_line_manager INTEGER NOT NULL
) STRICT;
CREATE TABLE oh_question(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES oh_referral(id) ON DELETE CASCADE,
    text TEXT NOT NULL
) STRICT;
CREATE TABLE oh_recommendation(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES oh_referral(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    adjustment_id INTEGER REFERENCES adjustment(id) ON DELETE SET NULL,
    action_plan_id INTEGER REFERENCES action_plan(id) ON DELETE SET NULL
) STRICT;
CREATE TABLE ill_health_retirement(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    decision TEXT NOT NULL,
    decision_date TEXT,
    decision_detail TEXT NOT NULL
) STRICT;
CREATE TABLE ill_health_step(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES ill_health_retirement(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    event_date TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE injury_award(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    injury_date TEXT NOT NULL,
    description TEXT NOT NULL,
    decision TEXT NOT NULL,
    decision_date TEXT
) STRICT;
CREATE TABLE injury_award_step(
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES injury_award(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    event_date TEXT NOT NULL,
    note TEXT NOT NULL
) STRICT;
CREATE TABLE date_override(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    record_type TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    rule_id TEXT NOT NULL,
    shipped_date TEXT NOT NULL,
    override_date TEXT NOT NULL,
    reason TEXT NOT NULL,
    UNIQUE(record_type, record_id, rule_id)
) STRICT;
CREATE INDEX conduct_referral_case ON conduct_referral(case_id);
CREATE INDEX upp_procedure_case ON upp_procedure(case_id);
CREATE INDEX upp_event_owner ON upp_event(owner_id);
CREATE INDEX adjustment_case ON adjustment(case_id);
CREATE INDEX adjustment_upp_upp ON adjustment_upp(upp_id);
CREATE INDEX absence_case ON absence(case_id);
CREATE INDEX absence_fit_note_owner ON absence_fit_note(owner_id);
CREATE INDEX sick_pay_decision_owner ON sick_pay_decision(owner_id);
CREATE INDEX limited_duty_case ON limited_duty(case_id);
CREATE INDEX limited_duty_review_owner ON limited_duty_review(owner_id);
CREATE INDEX action_plan_case ON action_plan(case_id);
CREATE INDEX action_objective_owner ON action_objective(owner_id);
CREATE INDEX action_review_owner ON action_review(owner_id);
CREATE INDEX oh_referral_case ON oh_referral(case_id);
CREATE INDEX oh_question_owner ON oh_question(owner_id);
CREATE INDEX oh_recommendation_owner ON oh_recommendation(owner_id);
CREATE INDEX ill_health_retirement_case ON ill_health_retirement(case_id);
CREATE INDEX ill_health_step_owner ON ill_health_step(owner_id);
CREATE INDEX injury_award_case ON injury_award(case_id);
CREATE INDEX injury_award_step_owner ON injury_award_step(owner_id);
CREATE INDEX date_override_case ON date_override(case_id);
)sql";

/// Schema step 17: what an adjustment is ("no night shifts"), beside the barrier it removes.
/// Records made before it have none ('').
inline constexpr std::string_view kAdjustmentMeasureSql = R"sql(
ALTER TABLE adjustment ADD COLUMN measure TEXT NOT NULL DEFAULT '';
)sql";

} // namespace casebook::core
