// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CaseloadOverview.h"
#include "report/Words.h"

#include "report/CsvWriter.h"

#include <algorithm>
#include <map>

namespace casebook::core {

namespace {

void fillCounts(const CaseloadCounts& counts, const Case& c, OverviewRow& row)
{
    auto count = [&c](const std::map<CaseId, int>& of) {
        const auto found = of.find(c.id);
        return found == of.end() ? 0 : found->second;
    };
    row.ohReferrals = count(counts.oh);
    row.psdReferrals = count(counts.psd);
    row.illHealthRetirements = count(counts.ihr);
    row.actionPlans = count(counts.plans);
    const auto stage = counts.stage.find(c.id);
    row.stage = stage == counts.stage.end() ? std::string() : codeInWords(toCode(stage->second));
}

void addTotals(CaseloadOverview& overview, const Case& c, const OverviewRow& row)
{
    // The same words as the columns of the rows ("OH referrals"), each figure capitalised alike.
    auto& t = overview.totals;
    ++t["Cases"];
    for (CaseType type : c.types) {
        ++t["Cases by type: " + codeInWords(toCode(type))];
    }
    ++t["Cases by status: " + row.status];
    if (!row.stage.empty()) {
        ++t["Cases by UPP/UAP stage: " + row.stage];
    }
    if (!row.outcome.empty()) {
        ++t["Cases by outcome: " + row.outcome];
    }
    t["OH referrals"] += row.ohReferrals;
    t["PSD referrals"] += row.psdReferrals;
    t["Ill-health retirements"] += row.illHealthRetirements;
    t["Action plans"] += row.actionPlans;
}

} // namespace

std::vector<std::string> overviewColumns()
{
    return {"Officer",       "Case",         "Types",         "Status",
            "UPP/UAP stage", "Opened",       "Closed",        "Duration (days)",
            "Outcome",       "OH referrals", "PSD referrals", "Ill-health retirements",
            "Action plans"};
}

std::vector<std::string> overviewCells(const OverviewRow& r)
{
    return {r.subject,
            std::to_string(r.caseId),
            r.types,
            r.status,
            r.stage,
            r.opened.toIso(),
            r.closed,
            std::to_string(r.durationDays),
            r.outcome,
            std::to_string(r.ohReferrals),
            std::to_string(r.psdReferrals),
            std::to_string(r.illHealthRetirements),
            std::to_string(r.actionPlans)};
}

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

CaseloadOverview CaseloadOverview::build(const CaseloadInputs& inputs, Date asOf, bool anonymised)
{
    std::vector<const Person*> people;
    for (const Person& p : inputs.people) {
        people.push_back(&p);
    }
    std::sort(people.begin(), people.end(), [](const Person* a, const Person* b) { return a->id < b->id; });
    std::map<PersonId, std::string> names;
    for (std::size_t i = 0; i < people.size(); ++i) {
        names[people[i]->id] = anonymised ? anonymousLabel(i) : people[i]->name;
    }
    std::vector<const Case*> cases;
    for (const Case& c : inputs.cases) {
        cases.push_back(&c);
    }
    std::sort(cases.begin(), cases.end(), [](const Case* a, const Case* b) { return a->id < b->id; });
    CaseloadOverview overview{asOf, anonymised, {}, {}};
    for (const Case* each : cases) {
        const Case& c = *each;
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
        fillCounts(inputs.counts, c, row);
        addTotals(overview, c, row);
        overview.rows.push_back(std::move(row));
    }
    return overview;
}

std::string CaseloadOverview::toCsv() const
{
    CsvWriter csv;
    csv.addRow(overviewColumns());
    for (const OverviewRow& r : rows) {
        csv.addRow(overviewCells(r));
    }
    csv.addRow({});
    csv.addRow({"Figure (as of " + asOf.toIso() + ")", "Count"});
    for (const auto& [figure, count] : totals) {
        csv.addRow({figure, std::to_string(count)});
    }
    if (!auditHead.empty()) {
        csv.addRow({});
        csv.addRow({"Audit log head", auditHead});
    }
    return csv.text();
}

} // namespace casebook::core
