// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/ProcedureDueDates.h"

#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/ImprovementPeriod.h"
#include "procedure/LimitedDuty.h"
#include "procedure/PackPin.h"
#include "procedure/ProcedureEnums.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "repo/ProcedureRepository.h"
#include "service/ProcedureAttendance.h"

#include <set>

namespace casebook::core {

namespace {

/// A date the records give directly (a review date someone set), shown as local policy.
DerivedDate recordedDate(std::string ruleId, std::string title, Date date, std::string basisEvent, Citation citation)
{
    DerivedDate d;
    d.ruleId = std::move(ruleId);
    d.title = std::move(title);
    d.date = date;
    d.basisEvent = std::move(basisEvent);
    d.basisDate = date;
    d.citation = std::move(citation);
    d.status = RuleStatus::Local;
    return d;
}

EventDates eventDates(const ProcedureEvents& events)
{
    EventDates dates;
    for (const ProcedureEvent& event : events) {
        dates.insert_or_assign(event.name, event.date);
    }
    return dates;
}

} // namespace

ProcedureDueDates::ProcedureDueDates(Database& db, const ProcedureRules& rules, std::optional<PersonId> person)
    : m_db(db)
    , m_rules(rules)
    , m_person(person)
{
}

template <typename T> Result<std::vector<T>> ProcedureDueDates::records(const Cases& cases) const
{
    ProcedureRepository<T> repo(m_db);
    if (!m_person) {
        return repo.listAll();
    }
    std::vector<T> out; // one person's few cases: read them case by case
    for (const auto& [id, ref] : cases) {
        Result<std::vector<T>> some = repo.listForCase(id);
        if (!some) {
            return some.error();
        }
        std::move(some->begin(), some->end(), std::back_inserter(out));
    }
    return out;
}

Result<ProcedureDueDates::Cases> ProcedureDueDates::openCases() const
{
    Result<Statement> st = m_db.prepare(
        m_person ? "SELECT id, person_id, next_review_on FROM case_file"
                   " WHERE status <> 'closed' AND person_id = ?1 ORDER BY id"
                 : "SELECT id, person_id, next_review_on FROM case_file WHERE status <> 'closed' ORDER BY id");
    if (!st) {
        return st.error();
    }
    if (m_person) {
        st->bind(1, m_person->value);
    }
    Cases cases;
    for (;;) {
        Result<bool> row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            return cases;
        }
        procedure_sql::RowReader reader(*st, "case_file");
        CaseRef ref{CaseId{reader.integer(0)}, PersonId{reader.integer(1)}, reader.optionalDate(2)};
        if (Status read = reader.status(); !read) {
            return read.error();
        }
        cases.emplace(ref.id, ref);
    }
}

Result<std::vector<DueDate>> ProcedureDueDates::collect() const
{
    Result<Cases> cases = openCases();
    if (!cases) {
        return cases.error();
    }
    std::vector<DueDate> out;
    for (const auto& [id, ref] : *cases) {
        if (ref.nextReview) {
            out.push_back({id, ref.person, "case_file", id.value,
                           recordedDate("case.next_review", "Case review", *ref.nextReview, "next_review_on",
                                        {"Casebook case record", "next review date", ""}),
                           true, std::nullopt});
        }
    }
    for (auto add :
         {&ProcedureDueDates::addRuleDates, &ProcedureDueDates::addSickPay, &ProcedureDueDates::addRecordedReviews}) {
        if (Status st = (this->*add)(out, *cases); !st) {
            return st.error();
        }
    }
    return out;
}

Status ProcedureDueDates::addRuleDates(std::vector<DueDate>& out, const Cases& cases) const
{
    const DeadlineEngine engine = m_rules.engine();
    auto derive = [&](CaseId caseId, std::string_view type, std::int64_t id, const RulePack& pack,
                      const EventDates& events, std::optional<Date> pausedFrom = std::nullopt) {
        const auto ref = cases.find(caseId);
        if (ref == cases.end()) {
            return; // closed case
        }
        for (DerivedDate& d : engine.derive(pack, events)) {
            if (d.targetDate) {
                continue; // the event the deadline governs has happened
            }
            const bool needsAction = !d.targetEvent.empty();
            out.push_back({caseId, ref->second.person, std::string(type), id, std::move(d), needsAction, pausedFrom});
        }
    };
    Result<std::vector<UppProcedure>> upps = records<UppProcedure>(cases);
    if (!upps) {
        return upps.error();
    }
    Result<std::vector<ConductReferral>> conduct = records<ConductReferral>(cases);
    if (!conduct) {
        return conduct.error();
    }
    Result<std::vector<IllHealthRetirement>> ihr = records<IllHealthRetirement>(cases);
    if (!ihr) {
        return ihr.error();
    }
    Result<std::vector<InjuryAward>> awards = records<InjuryAward>(cases);
    if (!awards) {
        return awards.error();
    }
    Result<std::vector<LimitedDuty>> duties = records<LimitedDuty>(cases);
    if (!duties) {
        return duties.error();
    }
    for (const UppProcedure& upp : *upps) {
        if (upp.stage != UppStage::Concluded) {
            // The validator keeps pausedFor and pausedFrom together.
            // The pinned pack version (a record pinned to a version no longer shipped has no dates
            // here; ProcedureService::uppDates says so and it can be re-pinned).
            const RulePack* pinned = m_rules.uppPackFor(upp);
            if (pinned == nullptr) {
                continue;
            }
            const RulePack& pack = *pinned;
            derive(upp.caseId, "upp_procedure", upp.id.value, pack, eventDates(upp.events), upp.pausedFrom);
            // The improvement period's end, derived from the notice and the period chosen; a milestone.
            if (auto end = improvementPeriodEndDate(upp, pack, m_rules.calendar); end && cases.contains(upp.caseId)) {
                out.push_back({upp.caseId, cases.at(upp.caseId).person, "upp_procedure", upp.id.value, std::move(*end),
                               false, upp.pausedFrom});
            }
        }
    }
    // Each record's dates come from the pack version pinned to it (a record pinned to a version no
    // longer shipped has no dates here; ProcedureService::previewRepinOf says so and it can be re-pinned).
    auto derivePinned = [&](const auto& record, std::string_view type) {
        const RulePack* version = governingVersion(m_rules, record);
        if (version == nullptr || !cases.contains(record.caseId)) {
            return;
        }
        for (DerivedDate& d : datesUnder(engine, record, *version)) {
            if (d.targetDate) {
                continue; // the event the deadline governs has happened
            }
            const bool needsAction = !d.targetEvent.empty();
            out.push_back({record.caseId, cases.at(record.caseId).person, std::string(type), record.id.value,
                           std::move(d), needsAction, std::nullopt});
        }
    };
    for (const ConductReferral& referral : *conduct) {
        derivePinned(referral, "conduct_referral");
    }
    for (const IllHealthRetirement& retirement : *ihr) {
        derivePinned(retirement, "ill_health_retirement");
    }
    for (const InjuryAward& award : *awards) {
        derivePinned(award, "injury_award");
    }
    for (const LimitedDuty& duty : *duties) {
        const auto ref = cases.find(duty.caseId);
        if (duty.end || ref == cases.end()) {
            continue;
        }
        derivePinned(duty, "limited_duty"); // the adjusted-duties review
        // Local review dates are planned, not derived: they show while ahead and drop off once passed,
        // since nothing records whether a planned review took place.
        for (Date review : duty.reviewDates) {
            out.push_back({duty.caseId, ref->second.person, "limited_duty", duty.id.value,
                           recordedDate("limited_duties.local_review", "Limited duties review (local)", review,
                                        "review_date", {"Force limited duties policy", "review date", ""}),
                           false, std::nullopt});
        }
    }
    return Ok{};
}

Status ProcedureDueDates::addSickPay(std::vector<DueDate>& out, const Cases& cases) const
{
    // Only people with an absence on an open case have pay dates; asking for everyone else's
    // absences one person at a time was most of the due list's cost on a large caseload.
    std::set<PersonId> people;
    {
        Result<Statement> st = m_db.prepare("SELECT DISTINCT c.person_id FROM absence a JOIN case_file c"
                                            " ON c.id = a.case_id WHERE c.status <> 'closed'"
                                            " AND (?1 IS NULL OR c.person_id = ?1)");
        if (!st) {
            return st.error();
        }
        if (m_person) {
            st->bind(1, m_person->value);
        }
        for (;;) {
            Result<bool> row = st->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            people.insert(PersonId{st->columnInt(0)});
        }
    }
    const ProcedureAttendance attendance(m_db, m_rules);
    for (PersonId person : people) {
        Result<std::vector<AbsencePay>> pays = attendance.payFor(person);
        if (!pays && pays.error().code == ErrorCode::RuleViolation) {
            if (Status shown = addPayProblem(out, cases, person, pays.error().detail); !shown) {
                return shown;
            }
            continue;
        }
        if (!pays) {
            return pays.error();
        }
        for (const AbsencePay& pay : *pays) {
            if (!cases.contains(pay.caseId)) {
                continue;
            }
            std::set<std::string> decided; // transitions with a recorded pay discretion decision
            for (const SickPayDecision& decision : pay.decisions) {
                decided.insert(decision.transition == SickPayTransition::HalfPay ? "half_pay_start" : "nil_pay_start");
            }
            const PayProjection& p = pay.projection;
            // The rules of the sick-pay version the absence is pinned to.
            const RulePack* version = m_rules.sickPay.atVersion(pay.packVersion);
            const Rule* fullPay = version ? version->find(version->id + ".full_pay.allowance") : nullptr;
            const Rule* halfPay = version ? version->find(version->id + ".half_pay.allowance") : nullptr;
            auto transition = [&](const Rule* rule, const std::optional<Date>& from, const char* title) {
                if (rule == nullptr || !from) {
                    return;
                }
                DerivedDate d = recordedDate(rule->id, title, *from, "absence_start", rule->citation);
                d.basisDate = p.start;
                d.kind = rule->kind;
                d.amount = rule->amount;
                d.shippedAmount = rule->amount;
                d.status = rule->status;
                out.push_back({pay.caseId, person, "absence", pay.absence.value, std::move(d), false, std::nullopt});
            };
            transition(fullPay, p.halfPayFrom, "Half pay starts (full-pay sick allowance used)");
            transition(halfPay, p.nilPayFrom, "Nil pay starts (half-pay sick allowance used)");
            for (const DerivedDate& review : p.reviews) {
                if (!decided.contains(review.basisEvent)) {
                    out.push_back({pay.caseId, person, "absence", pay.absence.value, review, true, std::nullopt});
                }
            }
        }
    }
    return Ok{};
}

Status ProcedureDueDates::addPayProblem(std::vector<DueDate>& out, const Cases& cases, PersonId person,
                                        const std::string& detail) const
{
    Result<std::vector<Absence>> absences = ProcedureRepository<Absence>(m_db).listForPerson(person);
    if (!absences) {
        return absences.error();
    }
    const auto colon = detail.find(": ");
    const std::string rule = colon == std::string::npos ? std::string(kAbsenceNoOverlapRule) : detail.substr(0, colon);
    const std::string what = colon == std::string::npos ? detail : detail.substr(colon + 2);
    for (const Absence& absence : *absences) {
        if (!cases.contains(absence.caseId)) {
            continue;
        }
        DerivedDate d = recordedDate(rule, "Sick pay dates not worked out: " + what, absence.start, "absence_start",
                                     {"Casebook absence record", "absences of one person", ""});
        out.push_back({absence.caseId, person, "absence", absence.id.value, std::move(d), true, std::nullopt,
                       "sick pay dates of absence " + std::to_string(absence.id.value) + " not worked out: " + what
                           + " (rule " + rule + ")"});
    }
    return Ok{};
}

Status ProcedureDueDates::addRecordedReviews(std::vector<DueDate>& out, const Cases& cases) const
{
    Result<std::vector<Adjustment>> adjustments = records<Adjustment>(cases);
    if (!adjustments) {
        return adjustments.error();
    }
    for (const Adjustment& a : *adjustments) {
        const auto ref = cases.find(a.caseId);
        if (ref != cases.end() && a.reviewDate && a.decision != AdjustmentDecision::Declined) {
            out.push_back({a.caseId, ref->second.person, "adjustment", a.id.value,
                           recordedDate("adjustment.review", "Adjustment review", *a.reviewDate, "review_date",
                                        {"College of Policing workplace adjustments passport", "review date", ""}),
                           true, std::nullopt});
        }
    }
    Result<std::vector<ActionPlan>> plans = records<ActionPlan>(cases);
    if (!plans) {
        return plans.error();
    }
    for (const ActionPlan& plan : *plans) {
        const auto ref = cases.find(plan.caseId);
        if (ref == cases.end()) {
            continue;
        }
        for (const ActionObjective& objective : plan.objectives) {
            if (objective.due && !objective.completed) {
                out.push_back({plan.caseId, ref->second.person, "action_plan", plan.id.value,
                               recordedDate("action_plan.objective", objective.text, *objective.due, "due",
                                            {"Action plan", "objective due date", ""}),
                               true, std::nullopt});
            }
        }
    }
    return Ok{};
}

} // namespace casebook::core
