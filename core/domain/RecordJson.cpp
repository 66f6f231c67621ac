// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/RecordJson.h"

#include <nlohmann/json.hpp>

#include <string>

namespace casebook::core {
namespace {

using nlohmann::json;

json optionalDate(const std::optional<Date>& date)
{
    return date.has_value() ? json(date->toIso()) : json(nullptr);
}

template <typename E> json code(E value)
{
    return json(std::string(toCode(value)));
}

} // namespace

json toJson(const Person& v)
{
    return json{{"id", v.id.value},
                {"name", v.name},
                {"number", v.number},
                {"kind", code(v.kind)},
                {"rank_or_grade", v.rankOrGrade},
                {"role", v.role},
                {"team", v.team},
                {"line_manager_id", v.lineManagerId ? json(v.lineManagerId->value) : json(nullptr)},
                {"line_manager_name", v.lineManagerName},
                {"duty_status", code(v.dutyStatus)},
                {"pension_scheme", code(v.pensionScheme)},
                {"staff_association", code(v.staffAssociation)},
                {"notes", v.notes}};
}

json toJson(const Case& v)
{
    json types = json::array();
    for (const CaseType type : v.types) {
        types.push_back(code(type));
    }
    return json{{"id", v.id.value},
                {"person_id", v.person.value},
                {"summary", v.summary},
                {"types", types},
                {"status", code(v.status)},
                {"rag", code(v.rag)},
                {"owner", v.owner},
                {"opened_on", v.opened.toIso()},
                {"closed_on", optionalDate(v.closed)},
                {"next_review_on", optionalDate(v.nextReview)},
                {"outcome", v.outcome ? code(*v.outcome) : json(nullptr)},
                {"outcome_note", v.outcomeNote}};
}

json toJson(const ChronologyEntry& v)
{
    json decision = nullptr;
    if (v.decision.has_value()) {
        decision = json{{"decision", v.decision->decision},   {"options_considered", v.decision->optionsConsidered},
                        {"rationale", v.decision->rationale}, {"decided_by", v.decision->decidedBy},
                        {"not_to_act", v.decision->notToAct}, {"medical_rationale", v.decision->medicalRationale}};
    }
    return json{{"id", v.id.value},
                {"case_id", v.caseId.value},
                {"entry_date", v.date.toIso()},
                {"entry_time", v.time ? json(v.time->toText()) : json(nullptr)},
                {"kind", code(v.kind)},
                {"title", v.title},
                {"body", v.body},
                {"medical", v.medical},
                {"medical_detail", v.medicalDetail},
                {"author", v.author},
                {"decision", decision}};
}

json toJson(const EntryAmendment& v)
{
    return json{{"id", v.id.value},           {"entry_id", v.entryId.value},
                {"case_id", v.caseId.value},  {"amended_on", v.amendedOn.toIso()},
                {"amended_by", v.amendedBy},  {"reason", v.reason},
                {"correction", v.correction}, {"medical", v.medical}};
}

json toJson(const HolisticReview& v)
{
    return json{{"id", v.id.value},
                {"case_id", v.caseId.value},
                {"version", v.version},
                {"reviewed_on", v.reviewedOn.toIso()},
                {"reviewer", v.reviewer},
                {"background", v.background},
                {"wellbeing", v.wellbeing},
                {"attendance", v.attendance},
                {"performance", v.performance},
                {"conduct", v.conduct},
                {"adjustments", v.adjustments},
                {"occupational_health", v.occupationalHealth},
                {"stakeholders", v.stakeholders},
                {"recommendations", v.recommendations}};
}

json toJson(const Consent& v)
{
    return json{{"id", v.id.value},
                {"person_id", v.person.value},
                {"audience", code(v.audience)},
                {"category", code(v.category)},
                {"answer", code(v.answer)},
                {"given_on", v.given.toIso()},
                {"withdrawn_on", optionalDate(v.withdrawn)},
                {"obtained", v.obtained},
                {"note", v.note}};
}

json toJson(const Contact& v)
{
    return json{{"id", v.id.value},     {"name", v.name},   {"organisation", v.organisation},
                {"role", code(v.role)}, {"phone", v.phone}, {"email", v.email},
                {"notes", v.notes}};
}

json toJson(const SupportService& v)
{
    return json{{"id", v.id.value},
                {"name", v.name},
                {"description", v.description},
                {"contact_details", v.contactDetails},
                {"active", v.active}};
}

json toJson(const Signposting& v)
{
    return json{{"id", v.id.value},
                {"case_id", v.caseId.value},
                {"service_id", v.service.value},
                {"offered_on", v.offered.toIso()},
                {"response", code(v.response)},
                {"note", v.note}};
}

json toJson(const Attachment& v)
{
    return json{
        {"id", v.id.value}, {"case_id", v.caseId.value},   {"file_name", v.fileName}, {"media_type", v.mediaType},
        {"size", v.size},   {"added_on", v.added.toIso()}, {"medical", v.medical},    {"note", v.note}};
}

} // namespace casebook::core
