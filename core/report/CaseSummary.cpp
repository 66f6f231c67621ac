// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CaseSummary.h"

#include "report/Words.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/ImprovementPeriod.h"
#include "procedure/OhReferral.h"
#include "procedure/ProcedureEnums.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"

#include <algorithm>
#include <array>
#include <map>

namespace casebook::core {

namespace {

constexpr std::array<std::pair<SummarySection, std::string_view>, 8> kSectionCodes{{
    {SummarySection::Meeting, "meeting"},
    {SummarySection::Person, "person"},
    {SummarySection::Chronology, "chronology"},
    {SummarySection::Adjustments, "adjustments"},
    {SummarySection::Procedures, "procedures"},
    {SummarySection::OccupationalHealth, "occupational_health"},
    {SummarySection::Decisions, "decisions"},
    {SummarySection::Actions, "actions"},
}};

constexpr std::string_view kWithheldText = "[withheld: medical detail]";

std::string optionalDate(const std::optional<Date>& date)
{
    return date ? date->toIso() : std::string("-");
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (const auto& part : parts) {
        out += (out.empty() ? "" : std::string(separator)) + part;
    }
    return out;
}

std::string citationText(const DerivedDate& derived)
{
    std::string text = derived.citation.instrument;
    if (!derived.citation.provision.empty()) {
        text += (text.empty() ? "" : ", ") + derived.citation.provision;
    }
    return text;
}

/// Builds the blocks of one summary, counting what it withholds as it goes.
class SummaryBuilder {
public:
    SummaryBuilder(Session& session, const CaseView& view, const SummaryOptions& options)
        : m_session(session)
        , m_view(view)
        , m_options(options)
        , m_allowed(medicalDetailAllowed(view.consents, options.audience, options.generatedOn))
    {
    }

    Result<ReportDocument> build()
    {
        m_doc.title = "Case summary: " + m_view.person.name + " (case " + std::to_string(m_view.record.id.value) + ")";
        m_doc.marking = m_options.marking;
        m_doc.handling = m_options.handling;
        m_doc.generatedOn = m_options.generatedOn;
        m_doc.author = m_options.author;
        m_doc.audience = audienceName(m_options.audience);
        for (const auto& [section, code] : kSectionCodes) {
            if (m_options.sections.contains(section)) {
                m_doc.sections.emplace_back(code);
                if (Status added = add(section); !added) {
                    return added.error();
                }
            }
        }
        statement();
        return std::move(m_doc);
    }

private:
    Status add(SummarySection section)
    {
        switch (section) {
        case SummarySection::Meeting:
            meeting();
            return Ok{};
        case SummarySection::Person:
            person();
            return Ok{};
        case SummarySection::Chronology:
            chronology();
            return Ok{};
        case SummarySection::Adjustments:
            return adjustments();
        case SummarySection::Procedures:
            return procedures();
        case SummarySection::OccupationalHealth:
            return occupationalHealth();
        case SummarySection::Decisions:
            decisions();
            return Ok{};
        case SummarySection::Actions:
            return actions();
        }
        return Ok{};
    }

    void withhold(const std::string& category, int items)
    {
        if (items == 0) {
            return;
        }
        auto found = std::find_if(m_doc.withheld.begin(), m_doc.withheld.end(),
                                  [&](const WithheldCategory& w) { return w.category == category; });
        if (found == m_doc.withheld.end()) {
            m_doc.withheld.push_back({category, items});
        } else {
            found->items += items;
        }
    }

    /// The text when medical detail may be shown; the withheld marker (counted) otherwise.
    std::string medical(const std::string& text, const std::string& category)
    {
        if (m_allowed || text.empty()) {
            return text;
        }
        withhold(category, 1);
        return std::string(kWithheldText);
    }

    void meeting()
    {
        m_doc.heading("Meeting");
        m_doc.keyValues({{"Purpose", m_options.meetingPurpose},
                         {"Date", optionalDate(m_options.meetingDate)},
                         {"Attendees", joined(m_options.attendees, "; ")},
                         {"Prepared by", m_options.author},
                         {"Prepared on", m_options.generatedOn.toIso()},
                         {"Audience", m_doc.audience}});
        if (!m_options.agenda.empty()) {
            std::vector<std::vector<std::string>> rows;
            for (std::size_t i = 0; i < m_options.agenda.size(); ++i) {
                rows.push_back({std::to_string(i + 1), m_options.agenda[i]});
            }
            m_doc.table({"#", "Agenda item"}, std::move(rows));
        }
    }

    void person()
    {
        const Person& p = m_view.person;
        const Case& c = m_view.record;
        m_doc.heading("Person and case");
        m_doc.keyValues({{"Name", p.name},
                         {"Number", p.number},
                         {"Rank or grade", p.rankOrGrade},
                         {"Role", p.role},
                         {"Team", p.team},
                         {"Line manager", p.lineManagerName},
                         {"Duty status", codeInWords(toCode(p.dutyStatus))},
                         {"Staff association", codeInWords(toCode(p.staffAssociation))}});
        std::vector<std::string> types;
        for (CaseType type : c.types) {
            types.emplace_back(codeInWords(toCode(type)));
        }
        m_doc.keyValues({{"Case", std::to_string(c.id.value)},
                         {"Summary", c.summary},
                         {"Types", joined(types, ", ")},
                         {"Status", codeInWords(toCode(c.status))},
                         {"RAG", codeInWords(toCode(c.rag))},
                         {"Owner", c.owner},
                         {"Opened", c.opened.toIso()},
                         {"Next review", optionalDate(c.nextReview)},
                         {"Outcome", c.outcome ? codeInWords(toCode(*c.outcome)) : std::string("-")}});
    }

    void chronology()
    {
        m_doc.heading("Chronology");
        std::vector<std::vector<std::string>> rows;
        int withheld = 0;
        for (const ChronologyEntry& e : m_view.chronology) {
            const bool hide = e.medical && !m_allowed;
            withheld += hide ? 1 : 0;
            rows.push_back({e.date.toIso(), e.time ? e.time->toText() : "", codeInWords(toCode(e.kind)),
                            hide ? std::string(kWithheldText) : e.title, hide ? std::string() : e.body, e.author});
        }
        withhold("medical chronology entries", withheld);
        if (rows.empty()) {
            m_doc.paragraph("Nothing recorded.");
            return;
        }
        m_doc.table({"Date", "Time", "Kind", "Title", "Detail", "By"}, std::move(rows));
    }

    void decisions()
    {
        m_doc.heading("Decision log");
        std::vector<std::vector<std::string>> rows;
        int withheld = 0;
        for (const ChronologyEntry& e : m_view.chronology) {
            if (!e.decision) {
                continue;
            }
            if (e.medical && !m_allowed) {
                ++withheld;
                rows.push_back({e.date.toIso(), std::string(kWithheldText), "", "", e.decision->decidedBy});
                continue;
            }
            const DecisionRecord& d = *e.decision;
            rows.push_back({e.date.toIso(), d.notToAct ? "Not to act: " + d.decision : d.decision, d.optionsConsidered,
                            d.rationale, d.decidedBy});
        }
        withhold("medical decisions", withheld);
        if (rows.empty()) {
            m_doc.paragraph("No decisions recorded.");
            return;
        }
        m_doc.table({"Date", "Decision", "Options considered", "Rationale", "Decided by"}, std::move(rows));
    }

    Status adjustments();
    Status procedures();
    Status occupationalHealth();
    Status actions();
    void statement();

    Session& m_session;
    const CaseView& m_view;
    const SummaryOptions& m_options;
    const bool m_allowed;
    ReportDocument m_doc;
};

Status SummaryBuilder::adjustments()
{
    auto list = m_session.procedures().listForCase<Adjustment>(m_view.record.id);
    if (!list) {
        return list.error();
    }
    m_doc.heading("Current adjustments");
    std::vector<std::vector<std::string>> rows;
    for (const Adjustment& a : *list) {
        if (a.decision == AdjustmentDecision::Declined) {
            continue;
        }
        rows.push_back({a.barrier, codeInWords(toCode(a.decision)), a.rationale, optionalDate(a.implementedDate),
                        optionalDate(a.reviewDate), medical(a.ohAdvice, "occupational health advice on adjustments")});
    }
    if (rows.empty()) {
        m_doc.paragraph("No current adjustments.");
        return Ok{};
    }
    m_doc.table({"Barrier", "Decision", "Rationale", "Implemented", "Review", "OH advice"}, std::move(rows));
    return Ok{};
}

namespace {

/// "2026-01-05 to 2026-04-04 (3 months)", with a typed end and its reason when one replaces the derived end.
std::string improvementPeriodText(const UppProcedure& u, const WorkingCalendar& calendar)
{
    const ImprovementPeriod period = improvementPeriod(u, calendar);
    std::string text = optionalDate(period.start) + " to " + optionalDate(period.effectiveEnd);
    if (u.improvementPeriodMonths) {
        text += " (" + std::to_string(*u.improvementPeriodMonths) + " months)";
    }
    if (period.typedOverride) {
        text += "; typed end, derived " + period.derivedEnd->toIso() + ": " + u.improvementPeriodEndReason;
    }
    return text;
}

} // namespace

Status SummaryBuilder::procedures()
{
    auto upps = m_session.procedures().listForCase<UppProcedure>(m_view.record.id);
    if (!upps) {
        return upps.error();
    }
    m_doc.heading("Procedures and deadlines");
    for (const UppProcedure& u : *upps) {
        m_doc.keyValues({{"Procedure", u.kind == UppGround::Attendance ? "UAP" : "UPP"},
                         {"Regime", codeInWords(toCode(u.regime()))},
                         {"Stage", codeInWords(toCode(u.stage))},
                         {"Improvement period", improvementPeriodText(u, m_session.rules().calendar)},
                         {"Paused from", optionalDate(u.pausedFrom)}});
    }
    auto due = m_session.due().all(m_options.generatedOn);
    if (!due) {
        return due.error();
    }
    std::vector<std::vector<std::string>> rows;
    for (const DueItem& item : *due) {
        if (item.source.caseId != m_view.record.id) {
            continue;
        }
        const DerivedDate& d = item.source.derived;
        rows.push_back({d.date.toIso(), d.title, d.ruleId, citationText(d), std::string(toString(d.status)),
                        item.overridden ? "local date: " + item.overrideReason : std::string()});
    }
    if (rows.empty()) {
        m_doc.paragraph("No open derived dates.");
        return Ok{};
    }
    m_doc.table({"Date", "What", "Rule", "Citation", "Rule status", "Note"}, std::move(rows));
    return Ok{};
}

Status SummaryBuilder::occupationalHealth()
{
    auto referrals = m_session.procedures().listForCase<OhReferral>(m_view.record.id);
    auto absences = m_session.procedures().listForCase<Absence>(m_view.record.id);
    if (!referrals || !absences) {
        return !referrals ? referrals.error() : absences.error();
    }
    m_doc.heading("Occupational health");
    std::vector<std::vector<std::string>> rows;
    for (const OhReferral& r : *referrals) {
        std::vector<std::string> recommendations;
        for (const auto& rec : r.recommendations) {
            recommendations.push_back(rec.text);
        }
        const bool hide = !m_allowed && !(r.reason.empty() && r.questions.empty() && recommendations.empty());
        withhold("occupational health referral detail", hide ? 1 : 0);
        const auto shown = [hide](const std::string& text) { return hide ? std::string(kWithheldText) : text; };
        rows.push_back({r.referralDate.toIso(), shown(r.reason), shown(joined(r.questions, "; ")),
                        optionalDate(r.appointment), optionalDate(r.reportReceived),
                        shown(joined(recommendations, "; "))});
    }
    if (rows.empty()) {
        m_doc.paragraph("No occupational health referrals.");
    } else {
        m_doc.table({"Referred", "Reason", "Questions", "Appointment", "Report received", "Recommendations"},
                    std::move(rows));
    }
    rows.clear();
    for (const Absence& a : *absences) {
        std::vector<std::string> notes;
        for (const FitNote& f : a.fitNotes) {
            notes.push_back(f.from.toIso() + " to " + f.to.toIso() + (f.note.empty() ? "" : ": " + f.note));
        }
        rows.push_back({a.start.toIso(), optionalDate(a.end), medical(a.reasonCategory, "sickness absence reasons"),
                        medical(joined(notes, "; "), "fit note detail"), a.workRelated ? "yes" : "no"});
    }
    if (!rows.empty()) {
        m_doc.table({"Absence from", "To", "Reason", "Fit notes", "Work related"}, std::move(rows));
    }
    return Ok{};
}

Status SummaryBuilder::actions()
{
    auto plans = m_session.procedures().listForCase<ActionPlan>(m_view.record.id);
    if (!plans) {
        return plans.error();
    }
    m_doc.heading("Actions");
    std::vector<std::vector<std::string>> rows;
    for (const ActionPlan& plan : *plans) {
        for (const ActionObjective& o : plan.objectives) {
            if (!o.completed) {
                rows.push_back({plan.title, o.text, o.owner, optionalDate(o.due)});
            }
        }
    }
    if (rows.empty()) {
        m_doc.paragraph("No open actions.");
        return Ok{};
    }
    m_doc.table({"Plan", "Action", "Owner", "Due"}, std::move(rows));
    return Ok{};
}

void SummaryBuilder::statement()
{
    if (m_doc.withheld.empty()) {
        if (m_options.audience == ConsentAudience::Officer) {
            m_doc.note("Medical detail is included: this copy is for the officer, whose own data it is.");
        } else {
            m_doc.note(m_allowed
                           ? "Medical detail is included: the officer's recorded consent covers " + m_doc.audience + "."
                           : "No medical detail was withheld.");
        }
        return;
    }
    for (const WithheldCategory& w : m_doc.withheld) {
        m_doc.note("Withheld: " + w.category + " (" + std::to_string(w.items) + (w.items == 1 ? " item" : " items")
                   + ") \xE2\x80\x94 the officer's consent does not cover " + m_doc.audience + ".");
    }
}

} // namespace

std::set<SummarySection> SummaryOptions::allSummarySections()
{
    std::set<SummarySection> all;
    for (const auto& [section, code] : kSectionCodes) {
        all.insert(section);
    }
    return all;
}

std::string_view toCode(SummarySection section)
{
    for (const auto& [value, code] : kSectionCodes) {
        if (value == section) {
            return code;
        }
    }
    return {};
}

std::optional<SummarySection> summarySectionFromCode(std::string_view code)
{
    for (const auto& [value, text] : kSectionCodes) {
        if (text == code) {
            return value;
        }
    }
    return std::nullopt;
}

std::string audienceName(ConsentAudience audience)
{
    switch (audience) {
    case ConsentAudience::Hr:
        return "HR";
    case ConsentAudience::LineManager:
        return "Line manager";
    case ConsentAudience::StaffRepresentative:
        return "Staff representative";
    case ConsentAudience::ProfessionalStandards:
        return "Professional standards";
    case ConsentAudience::OccupationalHealth:
        return "Occupational health";
    case ConsentAudience::Officer:
        return "the officer";
    }
    return "unknown audience";
}

bool medicalDetailAllowed(std::span<const Consent> consents, ConsentAudience audience, Date asOf)
{
    return audience == ConsentAudience::Officer || consentCovers(consents, audience, asOf);
}

Result<ReportDocument> buildCaseSummary(Session& session, CaseId caseId, const SummaryOptions& options)
{
    auto view = session.cases().loadCase(caseId);
    if (!view) {
        return view.error();
    }
    return SummaryBuilder(session, *view, options).build();
}

} // namespace casebook::core
