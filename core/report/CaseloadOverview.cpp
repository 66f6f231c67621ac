// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CaseloadOverview.h"
#include "report/Words.h"

#include "procedure/ActionPlan.h"
#include "procedure/Conduct.h"
#include "procedure/OhReferral.h"
#include "procedure/ProcedureEnums.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "report/CsvWriter.h"
#include "service/Session.h"

#include <algorithm>

namespace casebook::core {

namespace {

template <typename T> Result<int> countFor(Session& session, CaseId caseId)
{
    auto list = session.procedures().listForCase<T>(caseId);
    if (!list) {
        return list.error();
    }
    return static_cast<int>(list->size());
}

Result<std::string> furthestStage(Session& session, CaseId caseId)
{
    auto upps = session.procedures().listForCase<UppProcedure>(caseId);
    if (!upps) {
        return upps.error();
    }
    std::optional<UppStage> furthest;
    for (const UppProcedure& u : *upps) {
        furthest = furthest ? std::max(*furthest, u.stage) : u.stage;
    }
    return furthest ? codeInWords(toCode(*furthest)) : std::string();
}

Status fillCounts(Session& session, const Case& c, OverviewRow& row)
{
    auto oh = countFor<OhReferral>(session, c.id);
    auto psd = countFor<ConductReferral>(session, c.id);
    auto ihr = countFor<IllHealthRetirement>(session, c.id);
    auto plans = countFor<ActionPlan>(session, c.id);
    auto stage = furthestStage(session, c.id);
    for (const auto* failed : {&oh, &psd, &ihr, &plans}) {
        if (!*failed) {
            return failed->error();
        }
    }
    if (!stage) {
        return stage.error();
    }
    row.ohReferrals = *oh;
    row.psdReferrals = *psd;
    row.illHealthRetirements = *ihr;
    row.actionPlans = *plans;
    row.stage = *stage;
    return Ok{};
}

void addTotals(CaseloadOverview& overview, const Case& c, const OverviewRow& row)
{
    auto& t = overview.totals;
    ++t["cases"];
    for (CaseType type : c.types) {
        ++t["cases by type: " + codeInWords(toCode(type))];
    }
    ++t["cases by status: " + row.status];
    if (!row.stage.empty()) {
        ++t["UPP/UAP by stage: " + row.stage];
    }
    if (!row.outcome.empty()) {
        ++t["outcome: " + row.outcome];
    }
    t["OH referrals"] += row.ohReferrals;
    t["PSD referrals"] += row.psdReferrals;
    t["ill-health retirements"] += row.illHealthRetirements;
    t["action plans"] += row.actionPlans;
}

} // namespace

std::string anonymousLabel(std::size_t index)
{
    std::string letters;
    std::size_t n = index + 1;
    while (n > 0) {
        letters.insert(letters.begin(), static_cast<char>('A' + static_cast<int>((n - 1) % 26)));
        n = (n - 1) / 26;
    }
    return "Officer " + letters;
}

Result<CaseloadOverview> CaseloadOverview::build(Session& session, Date asOf, bool anonymised)
{
    auto cases = session.cases().listCases();
    auto people = session.cases().listPeople();
    if (!cases || !people) {
        return !cases ? cases.error() : people.error();
    }
    std::sort(people->begin(), people->end(), [](const Person& a, const Person& b) { return a.id < b.id; });
    std::map<PersonId, std::string> names;
    for (std::size_t i = 0; i < people->size(); ++i) {
        names[(*people)[i].id] = anonymised ? anonymousLabel(i) : (*people)[i].name;
    }
    std::sort(cases->begin(), cases->end(), [](const Case& a, const Case& b) { return a.id < b.id; });
    CaseloadOverview overview{asOf, anonymised, {}, {}};
    for (const Case& c : *cases) {
        OverviewRow row;
        row.subject = names[c.person];
        row.caseId = c.id.value;
        for (CaseType type : c.types) {
            row.types += (row.types.empty() ? "" : "; ") + codeInWords(toCode(type));
        }
        row.status = codeInWords(toCode(c.status));
        row.opened = c.opened;
        row.closed = c.closed ? c.closed->toIso() : std::string();
        row.durationDays = c.opened.daysUntil(c.closed.value_or(asOf));
        row.outcome = c.outcome ? codeInWords(toCode(*c.outcome)) : std::string();
        if (Status counted = fillCounts(session, c, row); !counted) {
            return counted.error();
        }
        addTotals(overview, c, row);
        overview.rows.push_back(std::move(row));
    }
    return overview;
}

std::string CaseloadOverview::toCsv() const
{
    CsvWriter csv;
    csv.addRow({"Officer", "Case", "Types", "Status", "UPP/UAP stage", "Opened", "Closed", "Duration (days)", "Outcome",
                "OH referrals", "PSD referrals", "Ill-health retirements", "Action plans"});
    for (const OverviewRow& r : rows) {
        csv.addRow({r.subject, std::to_string(r.caseId), r.types, r.status, r.stage, r.opened.toIso(), r.closed,
                    std::to_string(r.durationDays), r.outcome, std::to_string(r.ohReferrals),
                    std::to_string(r.psdReferrals), std::to_string(r.illHealthRetirements),
                    std::to_string(r.actionPlans)});
    }
    csv.addRow({});
    csv.addRow({"Figure (as of " + asOf.toIso() + ")", "Count"});
    for (const auto& [figure, count] : totals) {
        csv.addRow({figure, std::to_string(count)});
    }
    return csv.text();
}

} // namespace casebook::core
