// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/OverviewReport.h"

#include "report/Words.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>

namespace casebook::core {

namespace {

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// The bars of one group of totals ("Cases by type: UPP" -> {"UPP", 3} for "Cases by type").
std::vector<std::pair<std::string, int>> group(const CaseloadOverview& overview, const std::string& name)
{
    std::vector<std::pair<std::string, int>> out;
    const std::string prefix = name + ": ";
    for (const auto& [figure, count] : overview.totals) {
        if (figure.rfind(prefix, 0) == 0) {
            out.emplace_back(figure.substr(prefix.size()), count);
        }
    }
    return out;
}

} // namespace

std::vector<std::pair<std::string, int>> openCasesByMonth(const CaseloadOverview& overview, int months)
{
    std::vector<std::pair<std::string, int>> out;
    const Date thisMonth = Date::fromYmd(overview.asOf.year(), overview.asOf.month(), 1).value();
    for (int back = months - 1; back >= 0; --back) {
        const Date first = thisMonth.addMonths(-back);
        // Open at the end of the month (or today, for this month).
        const Date end = back == 0 ? overview.asOf : first.addMonths(1).addDays(-1);
        int open = 0;
        for (const OverviewRow& row : overview.rows) {
            const auto closed = Date::parseIso(row.closed); // an error while open
            if (row.opened <= end && (!closed || *closed > end)) {
                ++open;
            }
        }
        char label[16];
        std::snprintf(label, sizeof label, "%s %02d", kMonths.at(static_cast<std::size_t>(first.month() - 1)),
                      first.year() % 100);
        out.emplace_back(label, open);
    }
    return out;
}

std::vector<ReportChart> overviewCharts(const CaseloadOverview& overview)
{
    std::vector<ReportChart> charts;
    // A chart with nothing to count says so in words: a bar labelled "None" with 0 beside it reads
    // as a stage or outcome called None.
    charts.push_back({"Cases by type", group(overview, "Cases by type"), false, "There are no cases."});
    charts.push_back({"Cases by UPP/UAP stage", group(overview, "Cases by UPP/UAP stage"), false,
                      "No case is in an unsatisfactory performance or attendance procedure."});
    charts.push_back({"Open cases at the end of each month", openCasesByMonth(overview, 12), true, {}});
    charts.push_back(
        {"Outcomes of closed cases", group(overview, "Cases by outcome"), false, "No case is closed yet."});
    return charts;
}

ReportDocument overviewReport(const CaseloadOverview& overview, std::string marking, std::string handling,
                              std::string author)
{
    ReportDocument report;
    report.title = std::string("Caseload overview as of ") + dateInWords(overview.asOf)
                   + (overview.anonymised ? " (anonymised)" : "");
    report.marking = std::move(marking);
    report.handling = std::move(handling);
    report.generatedOn = overview.asOf;
    report.author = std::move(author);
    report.audience = "Chief inspector";
    report.prepared = "Prepared for the chief inspector" + (report.author.empty() ? "" : " by " + report.author)
                      + " on " + dateInWords(overview.asOf) + ".";
    report.sections = {"chart", "figures", "cases"};
    report.landscape = true; // thirteen columns a case
    report.auditHead = overview.auditHead;
    report.charts = overviewCharts(overview);

    // The figures, grouped by what comes before the colon ("Cases by type: UPP" -> "Cases by
    // type"); the referral and plan counts together. The number of cases is said in words.
    std::map<std::string, std::vector<std::vector<std::string>>> groups;
    for (const auto& [figure, count] : overview.totals) {
        const auto colon = figure.find(": ");
        if (figure == "Cases") {
            continue;
        }
        const std::string title =
            colon == std::string::npos ? std::string("Referrals, retirements and plans") : figure.substr(0, colon);
        const std::string name = colon == std::string::npos ? figure : figure.substr(colon + 2);
        groups[title].push_back({name, std::to_string(count)});
    }
    report.heading("Figures");
    report.paragraph(countInWords(static_cast<long long>(overview.rows.size()), "case", "cases")
                     + " in the store, open and closed.");
    for (const char* title : {"Cases by status", "Cases by type", "Cases by UPP/UAP stage", "Cases by outcome",
                              "Referrals, retirements and plans"}) {
        if (auto found = groups.find(title); found != groups.end()) {
            report.table({title, "Count"}, std::move(found->second));
        }
    }
    report.heading("Cases");
    // The CSV keeps ISO dates for spreadsheets; the document writes them in words.
    const std::vector<std::string> columns = overviewColumns();
    const auto column = [&](std::string_view name) {
        return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
    };
    const std::size_t opened = column("Opened");
    const std::size_t closed = column("Closed");
    std::vector<std::vector<std::string>> rows;
    rows.reserve(overview.rows.size());
    for (const OverviewRow& r : overview.rows) {
        std::vector<std::string> cells = overviewCells(r);
        for (const std::size_t c : {opened, closed}) {
            if (c < cells.size()) {
                if (const auto date = Date::parseIso(cells[c])) {
                    cells[c] = dateInWords(*date);
                }
            }
        }
        rows.push_back(std::move(cells));
    }
    report.table(overviewColumns(), std::move(rows));
    return report;
}

} // namespace casebook::core
