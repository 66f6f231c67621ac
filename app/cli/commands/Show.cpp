// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/TextOutput.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"

#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 1> kPositionals = {"CASE"};

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
    std::ostream& out = context.out;
    const core::Case& c = view->record;
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
    out << "\nRecords: " << countOf<core::Adjustment>(*session, id) << " adjustments, "
        << countOf<core::Absence>(*session, id) << " absences, " << countOf<core::LimitedDuty>(*session, id)
        << " limited duties, " << countOf<core::OhReferral>(*session, id) << " OH referrals, "
        << countOf<core::UppProcedure>(*session, id) << " UPP/UAP, " << countOf<core::ConductReferral>(*session, id)
        << " conduct referrals, " << countOf<core::IllHealthRetirement>(*session, id) << " ill-health retirements, "
        << countOf<core::ActionPlan>(*session, id) << " action plans; " << view->contacts.size() << " contacts, "
        << view->attachments.size() << " attachments.\n";

    if (auto due = session->due().all(
            core::Date::fromSysDays(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())), 28);
        due) {
        bool header = false;
        for (const core::DueItem& item : *due) {
            if (item.source.caseId != id) {
                continue;
            }
            if (!header) {
                out << "\nDates (as of today)\n";
                header = true;
            }
            const auto& d = item.source.derived;
            out << "  " << d.date.toIso() << "  " << column(d.title, 48) << "  " << d.ruleId << " ("
                << core::toString(d.status) << "; " << oneLine(d.citation.provision) << ")\n";
        }
    }

    out << "\nChronology (" << view->chronology.size() << " entries)\n";
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
    }
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& showCommand()
{
    static const CommandSpec spec{
        "show",
        "Show one case: details, dates, records and its chronology.",
        "CASE",
        "Prints the case with its person, the latest holistic review, how many records of each\n"
        "kind it holds, its derived dates as of today with rule and citation, and the whole\n"
        "chronology with each decision's rationale. Medical entries are marked [medical].\n",
        {},
        {},
        kPositionals,
        runShow,
    };
    return spec;
}

} // namespace casebook::cli
