// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/OverviewReport.h"

#include <cctype>
#include <map>

namespace casebook::core {

ReportDocument overviewReport(const CaseloadOverview& overview, std::string marking, std::string handling,
                              std::string author)
{
    ReportDocument report;
    report.title =
        std::string("Caseload overview as of ") + overview.asOf.toIso() + (overview.anonymised ? " (anonymised)" : "");
    report.marking = std::move(marking);
    report.handling = std::move(handling);
    report.generatedOn = overview.asOf;
    report.author = std::move(author);
    report.audience = "Chief inspector";
    report.sections = {"figures", "cases"};

    // The figures, grouped by what comes before the colon ("cases by type: upp" -> "cases by type").
    std::map<std::string, std::vector<std::vector<std::string>>> groups;
    for (const auto& [figure, count] : overview.totals) {
        const auto colon = figure.find(": ");
        const std::string group = colon == std::string::npos ? std::string("figures") : figure.substr(0, colon);
        const std::string name = colon == std::string::npos ? figure : figure.substr(colon + 2);
        groups[group].push_back({name, std::to_string(count)});
    }
    report.heading("Figures");
    report.paragraph(std::to_string(overview.rows.size()) + " cases in the store, open and closed.");
    for (auto& [group, rows] : groups) {
        std::string title = group;
        if (!title.empty()) {
            title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
        }
        report.table({title, "Count"}, std::move(rows));
    }
    report.heading("Cases");
    std::vector<std::vector<std::string>> rows;
    rows.reserve(overview.rows.size());
    for (const OverviewRow& r : overview.rows) {
        rows.push_back({r.subject, std::to_string(r.caseId), r.types, r.status, r.stage, r.opened.toIso(), r.closed,
                        std::to_string(r.durationDays), r.outcome, std::to_string(r.ohReferrals),
                        std::to_string(r.psdReferrals), std::to_string(r.illHealthRetirements),
                        std::to_string(r.actionPlans)});
    }
    report.table({"Officer", "Case", "Types", "Status", "Stage", "Opened", "Closed", "Days", "Outcome", "OH", "PSD",
                  "IHR", "Plans"},
                 std::move(rows));
    report.note("OH: occupational health referrals; PSD: referrals to Professional Standards; IHR: ill-health "
                "retirements; Plans: action plans.");
    return report;
}

} // namespace casebook::core
