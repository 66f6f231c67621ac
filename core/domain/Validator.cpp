// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/Validator.h"

namespace casebook::core {
namespace {

/// 100000 → "100,000": the limits are quoted in messages a person reads.
std::string withThousands(std::size_t n)
{
    std::string digits = std::to_string(n);
    std::string out;
    const std::size_t lead = digits.size() % 3;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i != 0 && (i % 3) == lead % 3) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

bool isBlank(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

} // namespace

const std::vector<std::string_view>& problemIds()
{
    static const std::vector<std::string_view> ids = {
        // Validator's own
        "required",
        "too_long",
        "not_before",
        "not_chosen",
        // domain records (domain/*.cpp)
        "person.own_line_manager",
        "attachment.folder_in_name",
        "attachment.control_characters",
        "attachment.too_large",
        "case.no_types",
        "case.closed_date_missing",
        "case.closed_date_on_open_case",
        "case.outcome_on_open_case",
        "contact.email_invalid",
        "chronology.decision_missing",
        "chronology.decision_on_other_entry",
        "chronology.medical_detail_outside_rationale",
        "consent.withdrawn_not_given",
        // procedure records (procedure/ProcedureValidator.cpp)
        "procedure.no_case",
        "procedure.event_name",
        "upp_procedure.stage_not_in_regime",
        "adjustment.no_barrier",
        "adjustment.no_rationale",
        "adjustment.no_decision_maker",
        "adjustment.implemented_not_agreed",
        "adjustment.dates_out_of_order",
        "absence.ends_before_start",
        "absence.fit_note_ends_before_start",
        "absence.pay_decision_incomplete",
        "absence.assault_work_related",
        "limited_duty.ends_before_start",
        "limited_duty.review_before_start",
        "oh_referral.no_reason",
        "oh_referral.appointment_before_referral",
        "oh_referral.no_consent",
        "oh_referral.recommendation_empty",
        "conduct_referral.dates_out_of_order",
        "conduct_referral.report_without_assessment",
        "ill_health_retirement.no_decision_date",
        "action_plan.no_title",
        "action_plan.objective_incomplete",
        "date_override.no_reason",
        "date_override.no_target",
        "date_closure.no_reason",
        "date_closure.no_target",
        "date_closure.no_closed_by",
        "date_closure.reason_too_long",
        "upp_procedure.no_override_reason",
        "upp_procedure.pause_incomplete",
        "upp_procedure.period_months_range",
        "upp_procedure.period_end_differs",
        // checks in services (service/*.cpp)
        "upp_procedure.pause_on_other_case",
        "upp_procedure.links_itself",
        "upp_procedure.regime_not_loaded",
        "procedure.no_such_version",
        "procedure.pin_needs_reason",
        "absence.overlaps",
        "record.case_changed",
        "procedure.repin_needs_reason",
        "date_closure.already_closed",
        "local_rules.policy_needs_reason",
        "meeting.action_without_text",
        "meeting.action_without_owner",
        "meeting.next_before_this",
        "chronology.correction_unchanged",
        "consent.already_withdrawn",
        "consent.person_changed",
        // data protection and rule packs (dp/*.cpp, rules/RulePack.cpp)
        "disclosure.no_reason",
        "disclosure.no_words",
        "disclosure.attachment_redacted",
        "disclosure.words_not_found",
        "disclosure.undecided",
        "sar.person_changed",
        "disposal.no_reason",
        "legal_hold.already_released",
        "legal_hold.released_before_placed",
        "erasure.no_reason",
        "retention.period_needs_reason",
        "retention.decision_needs_reason",
        "rule.override_needs_reason",
        "rule.constraint_has_no_amount",
        "rule.amount_out_of_range",
        "recovery_key.bad_character",
        "recovery_key.wrong_length",
        "recovery_key.group_typo",
        "recovery_key.mismatch",
        "sar.asked_before_received",
        "sar.answered_before_asked",
        "sar.extension_incomplete",
        "sar.open_with_closing_date",
        "sar.closed_without_date",
        "sar.closed_before_received",
        "sar.extension_before_received",
        // typed dates (domain/TypedDate.cpp)
        "date.unreadable",
        "date.no_such_month",
        "date.no_such_day",
        // rule breaches and erasure blocks (rules/DeadlineEngine.cpp, dp/ErasureSupport.cpp)
        "rule.breach",
        "erasure.under_hold",
        "erasure.open_request",
        // records already stored that break a rule, and late or closed steps (service/ProcedureAttendance.cpp,
        // dp/SubjectAccess.cpp, dp/Disclosure.cpp, dp/RecordDisposal.cpp, rules/UppRegime.cpp)
        "absence.stored_ends_before_start",
        "absence.stored_overlap",
        "absence.pinned_version_missing",
        "absence.latest_pinned_version_missing",
        "sar.extension_late",
        "disclosure.request_closed",
        "disposal.request_open",
        "upp_regime.before_first",
    };
    return ids;
}

Error invalidField(std::string_view field, std::string_view id, std::string_view message, std::vector<std::string> args)
{
    std::string detail(field);
    detail += ": ";
    detail += message;
    return invalidProblem(std::move(detail), field, id, std::move(args));
}

Error invalidProblem(std::string detail, std::string_view field, std::string_view id, std::vector<std::string> args)
{
    Error error = makeError(ErrorCode::InvalidArgument, std::move(detail));
    error.problems.push_back(Problem{std::string(field), std::string(id), std::move(args)});
    return error;
}

Error withFieldPrefix(Error error, std::string_view prefix)
{
    error.detail.insert(0, prefix);
    for (Problem& problem : error.problems) {
        problem.field.insert(0, prefix);
    }
    return error;
}

std::size_t utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            ++count;
        }
    }
    return count;
}

Validator& Validator::required(std::string_view field, std::string_view value, std::size_t maxChars)
{
    if (isBlank(value)) {
        add(field, "required", "must not be empty", {});
        return *this;
    }
    return maxLength(field, value, maxChars);
}

Validator& Validator::maxLength(std::string_view field, std::string_view value, std::size_t maxChars)
{
    // Bytes bound code points from above, so most text never needs counting.
    if (value.size() <= maxChars) {
        return *this;
    }
    const std::size_t length = utf8Length(value);
    if (length > maxChars) {
        std::string message = "is ";
        message += withThousands(length);
        message += " characters long; the limit is ";
        message += withThousands(maxChars);
        add(field, "too_long", message, {withThousands(length), withThousands(maxChars)});
    }
    return *this;
}

Validator& Validator::notBefore(std::string_view laterField, const std::optional<Date>& later,
                                std::string_view earlierField, Date earlier)
{
    if (later.has_value() && *later < earlier) {
        std::string message = "(";
        message += later->toIso();
        message += ") is before ";
        message += earlierField;
        message += " (";
        message += earlier.toIso();
        message += ')';
        add(laterField, "not_before", message, {std::string(earlierField), later->toIso(), earlier.toIso()});
    }
    return *this;
}

Validator& Validator::check(bool condition, std::string_view field, std::string_view id, std::string_view message,
                            std::vector<std::string> args)
{
    if (!condition) {
        add(field, id, message, std::move(args));
    }
    return *this;
}

Status Validator::status() const
{
    if (m_problems.empty()) {
        return Ok{};
    }
    Error error = makeError(ErrorCode::InvalidArgument, m_detail);
    error.problems = m_problems;
    return error;
}

void Validator::add(std::string_view field, std::string_view id, std::string_view message,
                    std::vector<std::string> args)
{
    if (!m_detail.empty()) {
        m_detail += "; ";
    }
    m_detail += field;
    m_detail += ' ';
    m_detail += message;
    m_problems.push_back(Problem{std::string(field), std::string(id), std::move(args)});
}

} // namespace casebook::core
