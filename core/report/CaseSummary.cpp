// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/CaseSummary.h"

#include "report/DateExplanation.h"
#include "report/Words.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/ImprovementPeriod.h"
#include "procedure/OhReferral.h"
#include "procedure/ProcedureEnums.h"
#include "procedure/UppProcedure.h"
#include "rules/RulePack.h"
#include "support/Listed.h"

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
constexpr std::string_view kWithheldRationale = "[medical rationale withheld]";
constexpr std::string_view kWithheldDetail = "[withheld: no consent for this audience]";

constexpr std::array<std::pair<ChronologyRange, std::string_view>, 4> kRangeCodes{{
    {ChronologyRange::SinceLastMeeting, "last-meeting"},
    {ChronologyRange::Since, "since"},
    {ChronologyRange::KeyEvents, "key"},
    {ChronologyRange::All, "all"},
}};

/// The date in words, or "" (left out) when there is none.
std::string optionalDate(const std::optional<Date>& date)
{
    return date ? dateInWords(*date) : std::string();
}

/// The pairs whose value is not empty: a summary prints no "Outcome: -".
std::vector<std::pair<std::string, std::string>> filled(std::vector<std::pair<std::string, std::string>> pairs)
{
    std::erase_if(pairs, [](const auto& pair) { return pair.second.empty(); });
    return pairs;
}

std::string dueStateWords(const DueItem& item)
{
    if (item.state == DueState::Paused) {
        return "paused";
    }
    return daysInWords(item.daysFromAsOf);
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
    SummaryBuilder(const CaseSummaryInputs& inputs, const SummaryOptions& options)
        : m_inputs(inputs)
        , m_view(inputs.view)
        , m_options(options)
    {
    }

    ReportDocument build()
    {
        m_doc.title = "Case summary: " + m_view.person.name;
        m_doc.marking = m_options.marking;
        m_doc.handling = m_options.handling;
        m_doc.generatedOn = m_options.generatedOn;
        m_doc.author = m_options.author;
        m_doc.audience = audienceName(m_options.audience);
        m_doc.prepared = "Prepared for " + audienceInSentence(m_options.audience)
                         + (m_options.author.empty() ? "" : " by " + m_options.author) + " on "
                         + dateInWords(m_options.generatedOn) + ".";
        for (const auto& [section, code] : kSectionCodes) {
            if (m_options.sections.contains(section)) {
                m_doc.sections.emplace_back(code);
            }
        }
        m_since = chronologyStart(m_view.chronology, m_options);
        // Page 1 first: the meeting, the consent statement and what needs deciding.
        if (m_options.sections.contains(SummarySection::Meeting)) {
            meeting();
        }
        consentStatement();
        if (m_options.sections.contains(SummarySection::Meeting)) {
            toDecide();
        }
        for (SummarySection section :
             {SummarySection::Person, SummarySection::Adjustments, SummarySection::Procedures, SummarySection::Actions,
              SummarySection::Decisions, SummarySection::Chronology, SummarySection::OccupationalHealth}) {
            if (m_options.sections.contains(section)) {
                add(section);
            }
        }
        ruleKey();
        statement();
        return std::move(m_doc);
    }

private:
    void add(SummarySection section)
    {
        switch (section) {
        case SummarySection::Meeting:
            return; // on page 1, see build()
        case SummarySection::Person:
            return person();
        case SummarySection::Chronology:
            return chronology();
        case SummarySection::Adjustments:
            return adjustments();
        case SummarySection::Procedures:
            return procedures();
        case SummarySection::OccupationalHealth:
            return occupationalHealth();
        case SummarySection::Decisions:
            return decisions();
        case SummarySection::Actions:
            return actions();
        }
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

    /// True when the audience may see `category` of medical information on the summary's date.
    bool allowed(ConsentCategory category) const
    {
        return medicalDetailAllowed(m_view.consents, m_options.audience, category, m_options.generatedOn);
    }

    /// The text when `category` may be shown; the withheld marker (counted under `what`) otherwise.
    std::string medical(const std::string& text, ConsentCategory category, const std::string& what)
    {
        if (allowed(category) || text.empty()) {
            return text;
        }
        withhold(what, 1);
        return std::string(kWithheldText);
    }

    void meeting()
    {
        const Person& p = m_view.person;
        std::string about = p.name;
        for (const std::string& part : {p.rankOrGrade, p.number, p.team}) {
            if (!part.empty()) {
                about += ", " + part;
            }
        }
        m_doc.heading("Meeting");
        m_doc.keyValues(filled({{"About", about},
                                {"Purpose", m_options.meetingPurpose},
                                {"Meeting date", optionalDate(m_options.meetingDate)},
                                {"Attendees", joined(m_options.attendees, "; ")},
                                {"Prepared for", audienceInSentence(m_options.audience)},
                                {"Prepared by", m_options.author},
                                {"Prepared on", dateInWords(m_options.generatedOn)}}));
        if (m_view.latestReview) {
            const HolisticReview& r = *m_view.latestReview;
            // Background and recommendations only: the review's wellbeing and OH sections may hold
            // medical detail, which has no place on page 1.
            std::string situation = r.background;
            if (!r.recommendations.empty()) {
                situation += (situation.empty() ? "" : " ") + ("Recommended: " + r.recommendations);
            }
            if (!situation.empty()) {
                m_doc.heading("Situation");
                m_doc.paragraph(situation + " (holistic review of " + dateInWords(r.reviewedOn) + ")");
            }
        }
    }

    /// Who consented to what, for which audience, and when; then what this copy holds.
    void consentStatement()
    {
        m_doc.heading("Consent");
        const Date asOf = m_options.generatedOn;
        std::vector<std::string> lines;
        for (ConsentAudience audience : kConsentAudiences) {
            if (audience == ConsentAudience::Officer) {
                continue;
            }
            // Categories with the same answer on the same day read as one sentence.
            std::vector<std::pair<std::string, std::vector<std::string>>> groups;
            for (ConsentCategory category : kConsentCategories) {
                const Consent* answer = latestAnswer(m_view.consents, audience, category, asOf);
                if (answer == nullptr) {
                    continue;
                }
                std::string how = answer->obtained.empty() ? "" : " (" + answer->obtained + ")";
                std::string text;
                if (answer->answer == ConsentAnswer::Refused) {
                    text = "refused on " + dateInWords(answer->given) + how + " to share ";
                } else if (answer->withdrawn && !(asOf < *answer->withdrawn)) {
                    text = "withdrew on " + dateInWords(*answer->withdrawn) + " the consent given on "
                           + dateInWords(answer->given) + how + " to share ";
                } else {
                    text = "consented on " + dateInWords(answer->given) + how + " to share ";
                }
                auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == text; });
                if (group == groups.end()) {
                    groups.push_back({text, {categoryName(category)}});
                } else {
                    group->second.push_back(categoryName(category));
                }
            }
            for (const auto& [text, categories] : groups) {
                lines.push_back("The officer " + text + listed(categories) + " with " + audienceInSentence(audience)
                                + ".");
            }
        }
        if (lines.empty()) {
            lines.emplace_back("The officer's consent to sharing medical information has not been recorded.");
        }
        std::string consentText;
        for (const std::string& line : lines) {
            consentText += (consentText.empty() ? "" : " ") + line;
        }
        m_doc.paragraph(consentText);
        std::vector<std::string> included;
        std::vector<std::string> withheld;
        for (ConsentCategory category : kConsentCategories) {
            (allowed(category) ? included : withheld).push_back(categoryName(category));
        }
        std::string copy = "This copy is prepared for " + audienceInSentence(m_options.audience) + " on "
                           + dateInWords(m_options.generatedOn) + ". ";
        if (m_options.audience == ConsentAudience::Officer) {
            copy += "It is the officer's own information, so nothing is withheld.";
        } else if (withheld.empty()) {
            copy += "Consent covers all medical information, so it is included.";
        } else if (included.empty()) {
            copy += "Consent does not cover any medical information, so it is withheld throughout.";
        } else {
            copy += "It includes " + listed(included) + "; it withholds " + listed(withheld) + ".";
        }
        m_doc.paragraph(copy);
    }

    void toDecide()
    {
        if (m_options.agenda.empty()) {
            return;
        }
        m_doc.heading("To decide");
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < m_options.agenda.size(); ++i) {
            rows.push_back({std::to_string(i + 1), m_options.agenda[i]});
        }
        m_doc.table({"#", "What needs deciding"}, std::move(rows));
    }

    /// "since 12 January 2026" (the chronology's start), "" when the whole chronology is shown.
    std::string sinceWords() const { return m_since ? "since " + dateInWords(*m_since) : std::string(); }

    void person()
    {
        const Person& p = m_view.person;
        const Case& c = m_view.record;
        m_doc.heading("Person and case");
        m_doc.keyValues(filled({{"Name", p.name},
                                {"Number", p.number},
                                {"Rank or grade", p.rankOrGrade},
                                {"Role", p.role},
                                {"Team", p.team},
                                {"Line manager", p.lineManagerName},
                                {"Duty status", codeInWords(toCode(p.dutyStatus))},
                                {"Staff association", p.staffAssociation == StaffAssociation::Unknown
                                                          ? std::string()
                                                          : codeInWords(toCode(p.staffAssociation))}}));
        std::vector<std::string> types;
        for (CaseType type : c.types) {
            types.emplace_back(codeInWords(toCode(type)));
        }
        m_doc.keyValues(filled({{"Case", std::to_string(c.id.value)},
                                {"Summary", c.summary},
                                {"Types", joined(types, ", ")},
                                {"Status", codeInWords(toCode(c.status))},
                                {"RAG", codeInWords(toCode(c.rag))},
                                {"Owner", c.owner},
                                {"Opened", dateInWords(c.opened)},
                                {"Next review", optionalDate(c.nextReview)},
                                {"Outcome", c.outcome ? codeInWords(toCode(*c.outcome)) : std::string()}}));
    }

    void chronology()
    {
        const bool keyOnly = m_options.chronology == ChronologyRange::KeyEvents;
        m_doc.heading(keyOnly ? "Chronology: key events" : m_since ? "Chronology " + sinceWords() : "Chronology");
        std::vector<std::vector<std::string>> rows;
        int withheld = 0;
        int withheldAmendments = 0;
        int withheldDetails = 0;
        for (const ChronologyEntry& e : m_view.chronology) {
            if ((m_since && e.date < *m_since)
                || (keyOnly && e.kind != EntryKind::Meeting && e.kind != EntryKind::Decision)) {
                continue;
            }
            // A decision that keeps its medical rationale apart shows its management content (title,
            // decision, rationale); its free notes, flagged medical with it, are withheld.
            const bool medicalAllowed = allowed(ConsentCategory::MedicalDetail);
            const bool medicalHidden = e.medical && !medicalAllowed;
            const bool hide = medicalHidden && !separatelyMedical(e);
            const bool hideNotes = medicalHidden && separatelyMedical(e) && !e.body.empty();
            withheld += hide || hideNotes ? 1 : 0;
            std::string detail = hide ? std::string() : withAmendments(e, withheldAmendments);
            if (hideNotes) {
                detail = std::string(kWithheldText);
            }
            // Medical detail kept apart: only it is withheld, and the reader is told so in place.
            if (!hide && !e.medicalDetail.empty()) {
                withheldDetails += medicalAllowed ? 0 : 1;
                detail += (detail.empty() ? "" : "\n") + std::string("Medical detail: ")
                          + (medicalAllowed ? e.medicalDetail : std::string(kWithheldDetail));
            }
            rows.push_back({dateInWords(e.date), e.time ? e.time->toText() : "", codeInWords(toCode(e.kind)),
                            hide ? std::string(kWithheldText) : e.title, std::move(detail), e.author});
        }
        withhold("medical chronology entries", withheld);
        withhold("medical corrections to chronology entries", withheldAmendments);
        withhold("medical detail of chronology entries", withheldDetails);
        if (rows.empty()) {
            m_doc.paragraph(m_since ? "Nothing recorded " + sinceWords() + "." : "Nothing recorded.");
            return;
        }
        m_doc.table({"Date", "Time", "Kind", "Title", "Detail", "By"}, std::move(rows));
    }

    /// The entry's text as first written, then each correction recorded since ("Amended on
    /// 5 December 2026 by PS 1234 Jane Smith. Reason: …. Now reads: …"). A correction flagged medical is
    /// withheld like a medical entry, and counted in `withheld`.
    std::string withAmendments(const ChronologyEntry& e, int& withheld) const
    {
        std::string text = e.body;
        const bool medicalAllowed = allowed(ConsentCategory::MedicalDetail);
        for (const EntryAmendment& a : m_view.amendments) {
            if (a.entryId != e.id) {
                continue;
            }
            const bool hide = a.medical && !medicalAllowed;
            withheld += hide ? 1 : 0;
            text +=
                (text.empty() ? "" : "\n")
                + ("Amended on " + dateInWords(a.amendedOn) + (a.amendedBy.empty() ? "" : " by " + a.amendedBy) + ". ");
            text += hide ? std::string(kWithheldText) : "Reason: " + a.reason + ". Now reads: " + a.correction;
        }
        return text;
    }

    /// True when the entry is a decision whose medical part is its separate medical rationale.
    static bool separatelyMedical(const ChronologyEntry& e)
    {
        return e.decision && !e.decision->medicalRationale.empty();
    }

    void decisions()
    {
        const bool sinceStart = m_since && m_options.chronology != ChronologyRange::All;
        m_doc.heading(sinceStart ? "Decisions " + sinceWords() : "Decision log");
        std::vector<std::vector<std::string>> rows;
        int withheld = 0;
        int withheldRationales = 0;
        int withheldOptions = 0;
        const bool medicalAllowed = allowed(ConsentCategory::MedicalDetail);
        for (const ChronologyEntry& e : m_view.chronology) {
            if (!e.decision || (sinceStart && e.date < *m_since)) {
                continue;
            }
            const DecisionRecord& d = *e.decision;
            if (e.medical && !medicalAllowed && !separatelyMedical(e)) {
                ++withheld;
                rows.push_back({dateInWords(e.date), std::string(kWithheldText), "", "", d.decidedBy});
                continue;
            }
            std::string rationale = d.rationale;
            // Options considered are free text under a medical flag: withheld with the medical part.
            std::string options = d.optionsConsidered;
            if (e.medical && !medicalAllowed && !options.empty()) {
                options = std::string(kWithheldText);
                ++withheldOptions;
            }
            if (!d.medicalRationale.empty()) {
                const std::string medicalPart = medicalAllowed ? d.medicalRationale : std::string(kWithheldRationale);
                withheldRationales += medicalAllowed ? 0 : 1;
                // On a line of its own, so the reader sees where the management reasons end.
                rationale += (rationale.empty() ? "" : "\n") + ("Medical rationale: " + medicalPart);
            }
            std::string decision = d.notToAct ? "Not to act: " + d.decision : d.decision;
            for (const EntryAmendment& a : m_view.amendments) {
                if (a.entryId == e.id) {
                    decision += "\n(Amended on " + dateInWords(a.amendedOn) + "; the correction is in the chronology.)";
                }
            }
            rows.push_back({dateInWords(e.date), decision, options, rationale, d.decidedBy});
        }
        withhold("medical decisions", withheld);
        withhold("medical rationale of decisions", withheldRationales);
        withhold("options considered in medical decisions", withheldOptions);
        if (rows.empty()) {
            m_doc.paragraph(sinceStart ? "No decisions recorded " + sinceWords() + "." : "No decisions recorded.");
            return;
        }
        m_doc.table({"Date", "Decision", "Options considered", "Rationale", "Decided by"}, std::move(rows));
    }

    void adjustments();
    void procedures();
    void occupationalHealth();
    void actions();
    void ruleKey();
    void statement();

    const CaseSummaryInputs& m_inputs;
    const CaseView& m_view;
    const SummaryOptions& m_options;
    ReportDocument m_doc;
    std::optional<Date> m_since;          ///< the chronology's first day, or none for all of it
    std::set<RuleStatus> m_statusesShown; ///< for the key at the end
};

void SummaryBuilder::adjustments()
{
    m_doc.heading("Current adjustments");
    std::vector<std::vector<std::string>> rows;
    for (const Adjustment& a : m_inputs.adjustments) {
        if (a.decision == AdjustmentDecision::Declined) {
            continue;
        }
        const bool agreed = a.decision == AdjustmentDecision::Agreed || a.decision == AdjustmentDecision::PartlyAgreed;
        rows.push_back({a.measure.empty() ? "Not recorded" : a.measure, a.barrier, codeInWords(toCode(a.decision)),
                        a.rationale, optionalDate(a.implementedDate),
                        a.reviewDate ? optionalDate(a.reviewDate)
                        : agreed     ? "None set: needs one"
                                     : "",
                        medical(a.ohAdvice, ConsentCategory::OhAdvice, "occupational health advice on adjustments")});
    }
    if (rows.empty()) {
        m_doc.paragraph("No current adjustments.");
        return;
    }
    m_doc.table({"Adjustment", "Barrier it removes", "Decision", "Rationale", "Implemented", "Review", "OH advice"},
                std::move(rows));
}

namespace {

/// "2026-01-05 to 2026-04-04 (3 months)", with a typed end and its reason when one replaces the derived end.
std::string improvementPeriodText(const UppProcedure& u, const ImprovementPeriod& period)
{
    const std::string start = optionalDate(period.start);
    const std::string end = optionalDate(period.effectiveEnd);
    // Left out when neither end is known: a summary prints no "- to -".
    std::string text = !start.empty() && !end.empty() ? start + " to " + end
                       : !start.empty()               ? "from " + start
                       : !end.empty()                 ? "until " + end
                                                      : std::string();
    if (text.empty()) {
        return text;
    }
    if (u.improvementPeriodMonths) {
        text += " (" + countInWords(*u.improvementPeriodMonths, "month", "months") + ")";
    }
    if (period.typedOverride && period.derivedEnd) {
        text += "; end typed in place of " + dateInWords(*period.derivedEnd) + ": " + u.improvementPeriodEndReason;
    }
    return text;
}

} // namespace

void SummaryBuilder::procedures()
{
    m_doc.heading("Procedures and next dates");
    for (const auto& [u, period] : m_inputs.procedures) {
        m_doc.keyValues(filled({{"Procedure", u.kind == UppGround::Attendance ? "UAP" : "UPP"},
                                {"Regime", codeInWords(u.regime().key)},
                                {"Stage", codeInWords(toCode(u.stage))},
                                {"Improvement period", improvementPeriodText(u, period)},
                                {"Paused from", optionalDate(u.pausedFrom)}}));
    }
    std::vector<std::vector<std::string>> rows;
    for (const DueItem& item : m_inputs.due) {
        if (item.source.caseId != m_view.record.id) {
            continue;
        }
        const DerivedDate& d = item.source.derived;
        m_statusesShown.insert(d.status);
        rows.push_back({dateInWords(d.date), d.title, dueStateWords(item), citationText(d),
                        std::string(toString(d.status)),
                        item.overridden ? "local date: " + item.overrideReason : std::string()});
    }
    if (rows.empty()) {
        m_doc.paragraph("No open dates.");
        return;
    }
    m_doc.table({"Date", "What", "When", "Citation", "Rule status", "Note"}, std::move(rows));
}

void SummaryBuilder::occupationalHealth()
{
    m_doc.heading("Occupational health");
    std::vector<std::vector<std::string>> rows;
    for (const OhReferral& r : m_inputs.referrals) {
        std::vector<std::string> recommendations;
        for (const auto& rec : r.recommendations) {
            recommendations.push_back(rec.text);
        }
        const bool hide = !allowed(ConsentCategory::MedicalDetail) && !(r.reason.empty() && r.questions.empty());
        withhold("occupational health referral detail", hide ? 1 : 0);
        const auto shown = [hide](const std::string& text) { return hide ? std::string(kWithheldText) : text; };
        rows.push_back({dateInWords(r.referralDate), shown(r.reason), shown(joined(r.questions, "; ")),
                        optionalDate(r.appointment), optionalDate(r.reportReceived),
                        medical(joined(recommendations, "; "), ConsentCategory::OhAdvice,
                                "occupational health advice on adjustments")});
    }
    if (rows.empty()) {
        m_doc.paragraph("No occupational health referrals.");
    } else {
        m_doc.table({"Referred", "Reason", "Questions", "Appointment", "Report received", "Recommendations"},
                    std::move(rows));
    }
    rows.clear();
    for (const Absence& a : m_inputs.absences) {
        std::vector<std::string> notes;
        for (const FitNote& f : a.fitNotes) {
            notes.push_back(dateInWords(f.from) + " to " + dateInWords(f.to) + (f.note.empty() ? "" : ": " + f.note));
        }
        rows.push_back({dateInWords(a.start), a.end ? dateInWords(*a.end) : std::string("continuing"),
                        medical(a.reasonCategory, ConsentCategory::AbsenceReasons, "sickness absence reasons"),
                        medical(joined(notes, "; "), ConsentCategory::FitNotes, "fit note detail"),
                        a.workRelated ? "yes" : "no"});
    }
    if (!rows.empty()) {
        m_doc.heading("Absences");
        m_doc.table({"From", "To", "Reason", "Fit notes", "Work related"}, std::move(rows));
    }
}

void SummaryBuilder::actions()
{
    m_doc.heading("Open actions");
    std::vector<std::vector<std::string>> rows;
    for (const ActionPlan& plan : m_inputs.plans) {
        for (const ActionObjective& o : plan.objectives) {
            if (!o.completed) {
                rows.push_back({plan.title, o.text, o.owner, optionalDate(o.due)});
            }
        }
    }
    if (rows.empty()) {
        m_doc.paragraph("No open actions.");
        return;
    }
    m_doc.table({"Plan", "Action", "Owner", "Due"}, std::move(rows));
}

void SummaryBuilder::ruleKey()
{
    if (m_statusesShown.empty()) {
        return;
    }
    m_doc.heading("Key to rule status");
    std::vector<std::pair<std::string, std::string>> key;
    for (RuleStatus status : m_statusesShown) {
        key.emplace_back(std::string(toString(status)), ruleStatusMeaning(status));
    }
    m_doc.keyValues(std::move(key));
}

void SummaryBuilder::statement()
{
    m_doc.heading("Withheld from this copy");
    if (m_doc.withheld.empty()) {
        if (m_options.audience == ConsentAudience::Officer) {
            m_doc.note("Medical detail is included: this copy is for the officer, whose own data it is.");
        } else {
            m_doc.note(consentCoversAll(m_view.consents, m_options.audience, m_options.generatedOn)
                           ? "Medical detail is included: the officer's recorded consent covers " + m_doc.audience + "."
                           : "No medical detail was withheld.");
        }
        return;
    }
    for (const WithheldCategory& w : m_doc.withheld) {
        m_doc.note("Withheld: " + w.category + " (" + countInWords(w.items, "item", "items")
                   + ") \xE2\x80\x94 the officer's consent does not cover " + audienceInSentence(m_options.audience)
                   + ".");
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

std::string_view toCode(ChronologyRange range)
{
    for (const auto& [value, code] : kRangeCodes) {
        if (value == range) {
            return code;
        }
    }
    return {};
}

std::optional<ChronologyRange> chronologyRangeFromCode(std::string_view code)
{
    for (const auto& [value, text] : kRangeCodes) {
        if (text == code) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<Date> chronologyStart(std::span<const ChronologyEntry> chronology, const SummaryOptions& options)
{
    switch (options.chronology) {
    case ChronologyRange::Since:
        return options.chronologySince;
    case ChronologyRange::KeyEvents:
    case ChronologyRange::All:
        return std::nullopt;
    case ChronologyRange::SinceLastMeeting:
        break;
    }
    const Date before = options.meetingDate.value_or(options.generatedOn);
    std::optional<Date> last;
    for (const ChronologyEntry& e : chronology) {
        if (e.kind == EntryKind::Meeting && e.date < before && (!last || *last < e.date)) {
            last = e.date;
        }
    }
    return last;
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
    return audience == ConsentAudience::Officer || consentCoversAll(consents, audience, asOf);
}

bool medicalDetailAllowed(std::span<const Consent> consents, ConsentAudience audience, ConsentCategory category,
                          Date asOf)
{
    return audience == ConsentAudience::Officer || consentCovers(consents, audience, category, asOf);
}

ReportDocument buildCaseSummary(const CaseSummaryInputs& inputs, const SummaryOptions& options)
{
    return SummaryBuilder(inputs, options).build();
}

} // namespace casebook::core
