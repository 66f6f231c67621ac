// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/ErrorText.h"
#include "cli/TextOutput.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "report/Words.h"
#include "rules/SickPay.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <ostream>
#include <string>
#include <string_view>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 1> kPositionals = {"CASE"};
constexpr std::array<OptionSpec, 2> kOptions = {{{"as-of", true}, {"format", true}}};

nlohmann::json scoreJson(const core::BradfordScore& score)
{
    return {{"spells", score.spells}, {"days", score.days}, {"score", score.score}};
}

/// The Bradford factor and the sick-pay position of the case's person as of a day, as the app's
/// Absence & sick pay page shows them.
struct Attendance {
    core::BradfordResult bradford;
    core::SickPayPosition pay;
};

core::Result<Attendance> attendanceOf(core::Session& session, core::PersonId person, core::Date asOf)
{
    auto report = session.attendance().forPerson(person, asOf);
    if (!report) {
        return report.error();
    }
    return Attendance{report->bradford, report->sickPay};
}

nlohmann::json attendanceJson(const Attendance& a, const core::CountingPolicies& policies)
{
    nlohmann::json pay = {{"windowStart", a.pay.windowStart.toIso()},   {"fullPayDaysUsed", a.pay.fullPayDaysUsed},
                          {"halfPayDaysUsed", a.pay.halfPayDaysUsed},   {"sickDaysUsed", a.pay.sickDaysUsed},
                          {"band", core::toString(a.pay.band)},         {"nextTransition", nullptr},
                          {"fullPayAllowance", a.pay.fullPayAllowance}, {"halfPayAllowance", a.pay.halfPayAllowance},
                          {"fullPayDaysLeft", a.pay.fullPayDaysLeft},   {"halfPayDaysLeft", a.pay.halfPayDaysLeft}};
    if (a.pay.nextTransition) {
        pay["nextTransition"] = {{"date", a.pay.nextTransition->toIso()}, {"band", core::toString(a.pay.nextBand)}};
    }
    const bool adjustments = policies.bradfordProtected == core::BradfordProtected::DisabilityAndAdjustment;
    return {{"bradford",
             {{"windowStart", a.bradford.windowStart.toIso()},
              {"windowEnd", a.bradford.windowEnd.toIso()},
              {"all", scoreJson(a.bradford.all)},
              {"excludingProtected", scoreJson(a.bradford.excludingProtected)},
              {"protectedLeavesOut", adjustments ? "disability_and_adjustment" : "disability_only"}}},
            {"sickPay", pay}};
}

template <typename T> std::size_t countOf(core::Session& session, core::CaseId id)
{
    auto records = session.procedures().listForCase<T>(id);
    return records ? records->size() : 0;
}

void line(std::ostream& out, std::string_view label, std::string_view value)
{
    if (!value.empty()) {
        out << "  " << column(label, 16) << oneLine(value) << '\n';
    }
}

int runShow(const Context& context, const ParsedArgs& args)
{
    const auto number = parseUnsigned(args.positionals.at(0));
    if (!number || *number == 0) {
        return context.fail(ExitCode::Usage, "show: CASE is a case id, as 'casebook-cli list' prints it.");
    }
    core::Date asOf = core::today(core::SystemClock{});
    if (const auto text = args.value("as-of")) {
        auto parsed = core::Date::parseIso(*text);
        if (!parsed) {
            return context.fail(ExitCode::Usage, "show: --as-of takes a date as YYYY-MM-DD, such as 2026-11-23.");
        }
        asOf = *parsed;
    }
    const std::string format = args.value("format").value_or("text");
    if (format != "text" && format != "json") {
        return context.fail(ExitCode::Usage, "show: --format is 'text' or 'json'.");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const core::CaseId id{static_cast<std::int64_t>(*number)};
    auto view = session->cases().loadCase(id);
    if (!view) {
        if (view.error().code == core::ErrorCode::NotFound) {
            return context.fail(ExitCode::Failure, "show: there is no case " + std::to_string(id.value)
                                                       + ". 'casebook-cli list --all' shows every case id.");
        }
        return context.fail(view.error(), context.storePath);
    }
    auto attendance = attendanceOf(*session, view->person.id, asOf);
    // A record that breaks a rule (two absences of one person sharing days, say) costs only the
    // figures it feeds: the rest of the case is still shown, with a line naming the fault.
    std::string attendanceProblem;
    if (!attendance) {
        if (attendance.error().code != core::ErrorCode::RuleViolation) {
            return context.fail(attendance.error(), context.storePath);
        }
        attendanceProblem = attendance.error().detail;
    }
    auto due = session->due().all(asOf, 28);
    if (!due) {
        return context.fail(due.error(), context.storePath);
    }
    std::ostream& out = context.out;
    const core::Case& c = view->record;
    if (format == "json") {
        nlohmann::json dates = nlohmann::json::array();
        for (const core::DueItem& item : *due) {
            if (item.source.caseId != id) {
                continue;
            }
            const auto& d = item.source.derived;
            nlohmann::json row = {
                {"date", d.date.toIso()},
                {"ruleId", d.ruleId},
                {"title", d.title},
                {"status", core::toString(d.status)},
                {"citation",
                 {{"instrument", d.citation.instrument}, {"provision", d.citation.provision}, {"url", d.citation.url}}},
                {"recordType", item.source.recordType},
                {"recordId", item.source.recordId},
                {"daysFromAsOf", item.daysFromAsOf},
                {"dateOverridden", item.overridden},
                {"calendarUnconfirmed", d.calendarUnconfirmed}};
            if (!item.source.problem.empty()) {
                row["problem"] = item.source.problem;
            }
            if (item.overridden) {
                row["shippedDate"] = item.shippedDate.toIso();
                row["overrideReason"] = item.overrideReason;
            }
            dates.push_back(std::move(row));
        }
        nlohmann::json doc = {{"case", c.id.value},          {"summary", c.summary},
                              {"person", view->person.name}, {"status", core::toCode(c.status)},
                              {"asOf", asOf.toIso()},        {"dates", dates}};
        if (attendance) {
            doc.update(attendanceJson(*attendance, session->rules().policies));
        } else {
            doc["attendanceProblem"] = attendanceProblem;
        }
        out << doc.dump(2) << '\n';
        return toInt(ExitCode::Ok);
    }
    out << "Case " << c.id.value << ": " << oneLine(c.summary) << '\n';
    std::string types;
    for (core::CaseType type : c.types) {
        types += (types.empty() ? "" : ", ") + std::string(core::toCode(type));
    }
    line(out, "Person", view->person.name + (view->person.number.empty() ? "" : " (" + view->person.number + ")"));
    line(out, "Rank/role", view->person.rankOrGrade + " " + view->person.role);
    line(out, "Team", view->person.team);
    line(out, "Types", types);
    line(out, "Status", std::string(core::toCode(c.status)) + ", RAG " + std::string(core::toCode(c.rag)));
    line(out, "Owner", c.owner);
    line(out, "Opened", c.opened.toIso());
    line(out, "Closed", c.closed ? c.closed->toIso() : "");
    line(out, "Next review", c.nextReview ? c.nextReview->toIso() : "");
    if (view->latestReview) {
        const auto& r = *view->latestReview;
        out << "\nHolistic review (version " << r.version << ", " << r.reviewedOn.toIso() << ", " << oneLine(r.reviewer)
            << ")\n";
        line(out, "Wellbeing", r.wellbeing);
        line(out, "Recommendations", r.recommendations);
    }
    const auto count = [](auto n, std::string_view one, std::string_view many) {
        return core::countInWords(static_cast<long long>(n), one, many);
    };
    out << "\nRecords: " << count(countOf<core::Adjustment>(*session, id), "adjustment", "adjustments") << ", "
        << count(countOf<core::Absence>(*session, id), "absence", "absences") << ", "
        << count(countOf<core::LimitedDuty>(*session, id), "limited duty", "limited duties") << ", "
        << count(countOf<core::OhReferral>(*session, id), "OH referral", "OH referrals") << ", "
        << countOf<core::UppProcedure>(*session, id) << " UPP/UAP, "
        << count(countOf<core::ConductReferral>(*session, id), "conduct referral", "conduct referrals") << ", "
        << count(countOf<core::IllHealthRetirement>(*session, id), "ill-health retirement", "ill-health retirements")
        << ", " << count(countOf<core::ActionPlan>(*session, id), "action plan", "action plans") << "; "
        << count(view->contacts.size(), "contact", "contacts") << ", "
        << count(view->attachments.size(), "attachment", "attachments") << ".\n";

    {
        bool header = false;
        for (const core::DueItem& item : *due) {
            if (item.source.caseId != id) {
                continue;
            }
            if (!header) {
                out << "\nDates (as of " << asOf.toIso() << ")\n";
                header = true;
            }
            const auto& d = item.source.derived;
            if (!item.source.problem.empty()) {
                out << "  not worked out: " << oneLine(item.source.problem) << '\n';
                continue;
            }
            out << "  " << d.date.toIso() << "  " << column(d.title, 48) << "  " << d.ruleId << " ("
                << core::toString(d.status) << "; " << oneLine(d.citation.provision) << ")\n";
        }
    }

    if (!attendance) {
        out << "\nBradford factor and sick pay not worked out: " << oneLine(attendanceProblem) << '\n';
    } else {
        const auto& b = attendance->bradford;
        const bool adjustments =
            session->rules().policies.bradfordProtected == core::BradfordProtected::DisabilityAndAdjustment;
        out << "\nBradford factor (" << b.windowStart.toIso() << " to " << b.windowEnd.toIso() << ")\n";
        out << "  all absences                " << b.all.score << " (" << b.all.spells << " spells, " << b.all.days
            << " days)\n";
        out << "  without protected absences  " << b.excludingProtected.score << " (" << b.excludingProtected.spells
            << " spells, " << b.excludingProtected.days << " days; leaves out disability-related"
            << (adjustments ? " and adjustment-covered" : "") << " absences)\n";
        const auto& p = attendance->pay;
        out << "\nSick pay on " << asOf.toIso() << ": " << core::toString(p.band) << "\n";
        out << "  used since " << p.windowStart.toIso() << ": " << p.fullPayDaysUsed << " full-pay, "
            << p.halfPayDaysUsed << " half-pay, " << p.sickDaysUsed << " sick days in all\n";
        out << "  left: " << p.fullPayDaysLeft << " of " << p.fullPayAllowance << " full-pay days, "
            << p.halfPayDaysLeft << " of " << p.halfPayAllowance << " half-pay days\n";
        if (p.nextTransition) {
            out << "  next: " << core::toString(p.nextBand) << " pay from " << p.nextTransition->toIso() << "\n";
        }
    }

    out << "\nChronology (" << core::countInWords(static_cast<long long>(view->chronology.size()), "entry", "entries")
        << ")\n";
    for (const core::ChronologyEntry& e : view->chronology) {
        out << "  " << e.date.toIso() << "  " << column(core::toCode(e.kind), 13) << (e.medical ? "[medical] " : "")
            << oneLine(e.title) << '\n';
        if (e.decision) {
            out << "      decision: " << oneLine(e.decision->decision) << '\n'
                << "      rationale: " << oneLine(e.decision->rationale) << " (" << oneLine(e.decision->decidedBy)
                << ")\n";
            if (!e.decision->medicalRationale.empty()) {
                out << "      medical rationale: " << oneLine(e.decision->medicalRationale) << '\n';
            }
        }
        if (!e.medicalDetail.empty()) {
            out << "      medical detail: " << oneLine(e.medicalDetail) << '\n';
        }
        for (const core::EntryAmendment& a : view->amendments) {
            if (a.entryId == e.id) {
                out << "      amended on " << a.amendedOn.toIso() << (a.amendedBy.empty() ? "" : " by ")
                    << oneLine(a.amendedBy) << (a.medical ? " [medical]" : "") << ": " << oneLine(a.correction)
                    << " (reason: " << oneLine(a.reason) << ")\n";
            }
        }
    }
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& showCommand()
{
    static const CommandSpec spec{
        "show",
        "Show one case: details, dates, Bradford factor, sick pay and its chronology.",
        "CASE [--as-of DATE] [--format text|json]",
        "Prints the case with its person, the latest holistic review, how many records of each\n"
        "kind it holds, its derived dates as of a day (default today) with rule and citation, the\n"
        "person's Bradford factor with and without protected absences, the sick-pay position (days\n"
        "used in the look-back window, pay band, next change of band), and the whole chronology\n"
        "with each decision's rationale and each correction (\"amended on\"). Medical entries are\n"
        "marked [medical]. The JSON form holds the dates, Bradford factor and sick-pay position,\n"
        "for scripts.\n",
        "  --as-of DATE            the day to work the figures out for (YYYY-MM-DD); default today\n"
        "  --format text|json      output form (default text)\n",
        kOptions,
        kPositionals,
        runShow,
    };
    return spec;
}

} // namespace casebook::cli
