// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "demo/FictionalCaseload.h"

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"

#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

namespace {

// Common British first names and surnames, combined at random: no real person is meant.
constexpr std::array<std::string_view, 40> kFirstNames = {
    "Alex",   "Sam",   "Jordan", "Chris",  "Jamie",  "Morgan", "Taylor",  "Casey", "Robin",  "Charlie",
    "Priya",  "Aisha", "Tom",    "Hannah", "Owen",   "Rhys",   "Siobhan", "Fiona", "Kieran", "Megan",
    "Daniel", "Laura", "Imran",  "Zara",   "Gareth", "Bethan", "Connor",  "Emma",  "Liam",   "Sophie",
    "Marcus", "Nadia", "Callum", "Erin",   "Tariq",  "Holly",  "Dylan",   "Amy",   "Euan",   "Grace"};
constexpr std::array<std::string_view, 40> kSurnames = {
    "Morgan",   "Evans",  "Patel",   "Hughes",   "Khan",   "Walker", "Roberts", "Price",  "Ahmed",    "Jenkins",
    "Lewis",    "Davies", "Shaw",    "Begum",    "Turner", "Ellis",  "Harris",  "Wright", "Clarke",   "Hussain",
    "Parry",    "Lloyd",  "Stewart", "Murphy",   "Kelly",  "Reid",   "Bennett", "Young",  "Mitchell", "Ward",
    "Fletcher", "Barker", "Chapman", "Hamilton", "Owen",   "Graham", "Kaur",    "Singh",  "Foster",   "Doyle"};
constexpr std::array<std::string_view, 8> kTeams = {"Demo Response Team 1",
                                                    "Demo Response Team 2",
                                                    "Demo Neighbourhoods North",
                                                    "Demo Neighbourhoods South",
                                                    "Demo CID",
                                                    "Demo Roads Policing",
                                                    "Demo Custody",
                                                    "Demo Control Room"};
constexpr std::array<std::string_view, 6> kRanks = {"PC", "PC", "PC", "DC", "Sergeant", "Inspector"};
constexpr std::array<std::string_view, 8> kAbsenceReasons = {
    "musculoskeletal", "stress", "anxiety/depression", "respiratory", "gastrointestinal", "injury on duty",
    "surgery",         "other"};
constexpr std::array<std::string_view, 10> kEntryTitles = {"Welfare call",
                                                           "Meeting with line manager",
                                                           "Email from HR",
                                                           "OH appointment booked",
                                                           "Return-to-work discussion",
                                                           "Federation rep contacted",
                                                           "Update from officer",
                                                           "Case review",
                                                           "Fit note received",
                                                           "Action plan check-in"};
constexpr std::array<std::string_view, 6> kBodies = {
    "Discussed how the week went and agreed to speak again next week.",
    "Line manager reports steady progress; no new concerns raised.",
    "Officer asked about the timescales; explained the next steps and who to contact.",
    "Agreed the next review date and what each of us will do before then.",
    "Shared the signposting leaflet again; officer will consider it.",
    "Noted the update and added it to the action plan for the next review."};

class Dice {
public:
    explicit Dice(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return static_cast<int>(m_engine() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename Array> std::string pick(const Array& values)
    {
        return std::string(values[static_cast<std::size_t>(below(static_cast<int>(values.size())))]);
    }

private:
    std::mt19937_64 m_engine;
};

/// One case's plan: its types decide which procedure records it gets.
const std::array<std::set<CaseType>, 12> kCaseShapes = {{
    {CaseType::ReasonableAdjustments},
    {CaseType::Sickness, CaseType::OccupationalHealth},
    {CaseType::Upp},
    {CaseType::Uap, CaseType::Sickness},
    {CaseType::LimitedDuties, CaseType::OccupationalHealth},
    {CaseType::Conduct},
    {CaseType::IllHealthRetirement, CaseType::OccupationalHealth},
    {CaseType::ActionPlan},
    {CaseType::Wellbeing},
    {CaseType::Sickness, CaseType::ReasonableAdjustments},
    {CaseType::Upp, CaseType::ReasonableAdjustments},
    {CaseType::LimitedDuties},
}};

/// What a case's records hold, so that its chronology speaks only of what exists, and when.
struct CaseFacts {
    std::optional<Date> adjustmentAgreed; ///< the decision date of an agreed adjustment
    std::optional<Date> absenceStart;
    std::optional<Date> absenceEnd; ///< the last day of an absence that has ended
    std::optional<Date> ohReferral;
    std::optional<Date> actionPlanAgreed;
    std::optional<Date> signpostingOffered;
    std::optional<Date> closed;
};

bool byThen(const std::optional<Date>& date, Date then)
{
    return date && *date <= then;
}

class Generator {
public:
    Generator(Session& session, const FictionalCaseloadOptions& options, const std::function<bool(int, int)>& progress)
        : m_session(session)
        , m_options(options)
        , m_progress(progress)
        , m_dice(options.seed)
    {
    }

    Result<FictionalCaseloadStats> run();

private:
    Date daysAgo(int n) const { return m_options.today.addDays(-n); }
    Status addProcedures(CaseId caseId, PersonId person, const std::set<CaseType>& types, Date opened, Date until,
                         CaseFacts& facts);
    Status setDutyStatus(PersonId person, DutyStatus status);
    template <typename T> Status add(T record)
    {
        auto id = m_session.procedures().add(std::move(record));
        if (!id) {
            return id.error();
        }
        ++m_stats.procedures;
        return Ok{};
    }
    Status addEntries(CaseId caseId, Date opened, Date until, const CaseFacts& facts, int count);
    bool report()
    {
        ++m_done;
        return !m_progress || m_progress(m_done, m_total);
    }

    Session& m_session;
    const FictionalCaseloadOptions& m_options;
    const std::function<bool(int, int)>& m_progress;
    Dice m_dice;
    FictionalCaseloadStats m_stats;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
    std::set<std::int64_t> m_absent;  ///< people who have an absence already
    std::set<std::int64_t> m_limited; ///< people who have limited duties already
};

Result<FictionalCaseloadStats> Generator::run()
{
    const int people = std::max(1, m_options.people);
    m_total = people + m_options.cases;
    std::vector<PersonId> ids;
    for (int i = 0; i < people && !m_cancelled; ++i) {
        Person p;
        p.name = m_dice.pick(kFirstNames) + " " + m_dice.pick(kSurnames);
        p.number = std::to_string(10000 + (i * 7919 + 13) % 89999);
        p.kind = m_dice.chance(85) ? PersonKind::Officer : PersonKind::Staff;
        p.rankOrGrade =
            p.kind == PersonKind::Officer ? m_dice.pick(kRanks) : "Grade " + std::to_string(3 + m_dice.below(4));
        p.role = p.kind == PersonKind::Officer ? "Patrol officer" : "Police staff investigator";
        p.team = m_dice.pick(kTeams);
        p.lineManagerName = "Sgt " + m_dice.pick(kSurnames) + " (demo)";
        p.staffAssociation =
            p.kind == PersonKind::Officer ? StaffAssociation::PoliceFederation : StaffAssociation::Unison;
        auto id = m_session.cases().createPerson(std::move(p));
        if (!id) {
            return id.error();
        }
        ids.push_back(*id);
        ++m_stats.people;
        if (m_dice.chance(60)) {
            // HR: every category given; the line manager: OH advice given, medical detail refused.
            Consent consent;
            consent.person = *id;
            consent.audience = m_dice.chance(70) ? ConsentAudience::Hr : ConsentAudience::LineManager;
            consent.given = daysAgo(30 + m_dice.below(300));
            consent.obtained = "signed consent form";
            consent.note = "Signed consent form (demo)";
            for (ConsentCategory category : kConsentCategories) {
                consent.category = category;
                const bool hr = consent.audience == ConsentAudience::Hr;
                if (!hr && category != ConsentCategory::OhAdvice && category != ConsentCategory::MedicalDetail) {
                    continue;
                }
                consent.answer =
                    hr || category == ConsentCategory::OhAdvice ? ConsentAnswer::Given : ConsentAnswer::Refused;
                if (auto c = m_session.cases().recordConsent(consent); !c) {
                    return c.error();
                }
            }
        }
        m_cancelled = !report();
    }
    auto services = m_session.cases().supportDirectory();
    if (!services) {
        return services.error();
    }
    const int perCase = m_options.cases > 0 ? m_options.chronologyEntries / m_options.cases : 0;
    int remainder = m_options.cases > 0 ? m_options.chronologyEntries % m_options.cases : 0;
    for (int i = 0; i < m_options.cases && !m_cancelled; ++i) {
        const auto& shape = kCaseShapes[static_cast<std::size_t>(i) % kCaseShapes.size()];
        Case c;
        c.person = ids[static_cast<std::size_t>(i) % ids.size()];
        c.types = shape;
        c.summary = "Demo case " + std::to_string(i + 1);
        c.owner = "PS Demo";
        c.opened = daysAgo(20 + m_dice.below(500));
        c.rag = m_dice.chance(20) ? Rag::Red : (m_dice.chance(45) ? Rag::Amber : Rag::Green);
        c.nextReview = m_options.today.addDays(m_dice.below(60) - 15);
        // A closed case's records and chronology end by the day it closed.
        CaseFacts facts;
        if (i % 9 == 8) {
            facts.closed = std::min(m_options.today, c.opened.addDays(90 + m_dice.below(90)));
        }
        const Date until = facts.closed.value_or(m_options.today);
        auto id = m_session.cases().openCase(c);
        if (!id) {
            return id.error();
        }
        ++m_stats.cases;
        if (auto st = addProcedures(*id, c.person, shape, c.opened, until, facts); !st) {
            return st.error();
        }
        if (!services->empty() && m_dice.chance(50)) {
            Signposting s;
            s.caseId = *id;
            s.service = (*services)[static_cast<std::size_t>(m_dice.below(static_cast<int>(services->size())))].id;
            s.offered = c.opened.addDays(7);
            s.response = m_dice.chance(50) ? SignpostingResponse::Accepted : SignpostingResponse::Pending;
            if (auto r = m_session.cases().recordSignposting(s); !r) {
                return r.error();
            }
            facts.signpostingOffered = s.offered;
        }
        int entries = perCase + (remainder-- > 0 ? 1 : 0);
        if (i == 0) {
            entries += m_options.largeCaseEntries;
        }
        if (auto st = addEntries(*id, c.opened, until, facts, entries); !st) {
            return st.error();
        }
        if (m_dice.chance(40)) {
            Contact contact;
            contact.name = m_dice.pick(kFirstNames) + " " + m_dice.pick(kSurnames) + " (demo)";
            contact.organisation = "Demo HR";
            contact.role = StakeholderRole::Hr;
            if (auto r = m_session.cases().addContact(*id, contact); !r) {
                return r.error();
            }
        }
        if (facts.closed) {
            if (auto st = m_session.cases().closeCase(*id, *facts.closed, CaseOutcome::ReturnedToFullDuties,
                                                      "Returned to full duties (demo)");
                !st) {
                return st.error();
            }
        }
        m_cancelled = !report();
    }
    return m_stats;
}

Status Generator::addEntries(CaseId caseId, Date opened, Date until, const CaseFacts& facts, int count)
{
    const int span = std::max(1, opened.daysUntil(until));
    const int batch = std::max(1, m_options.entriesPerTransaction);
    std::vector<ChronologyEntry> pending;
    for (int k = 0; k < count; ++k) {
        ChronologyEntry e;
        e.caseId = caseId;
        e.date = opened.addDays(static_cast<int>(static_cast<long long>(k) * span / std::max(1, count)));
        e.title = m_dice.pick(kEntryTitles);
        e.body = m_dice.pick(kBodies);
        e.author = "PS Demo";
        e.medical = m_dice.chance(15);
        // Only what the case's records hold by then: no fit note before an absence, no action
        // plan check-in before a plan is agreed.
        const bool recorded = e.title.starts_with("Fit note")         ? byThen(facts.absenceStart, e.date)
                              : e.title.starts_with("Return-to-work") ? byThen(facts.absenceEnd, e.date)
                              : e.title.starts_with("OH appointment") ? byThen(facts.ohReferral, e.date)
                              : e.title.starts_with("Action plan")    ? byThen(facts.actionPlanAgreed, e.date)
                                                                      : true;
        if (!recorded) {
            e.title = "Update from officer";
        }
        if ((e.body.find("action plan") != std::string::npos && !byThen(facts.actionPlanAgreed, e.date))
            || (e.body.find("signposting") != std::string::npos && !byThen(facts.signpostingOffered, e.date))) {
            e.body = std::string(kBodies.front());
        }
        if (m_dice.chance(8)) {
            e.kind = EntryKind::Decision;
            if (byThen(facts.adjustmentAgreed, e.date)) {
                e.title = "Decision: review adjustments";
                e.decision = DecisionRecord{"Continue the current adjustments for another month",
                                            "Continue; change hours; refer to OH again",
                                            "Officer reports improvement",
                                            "Insp Demo",
                                            false,
                                            "OH advice on the officer's condition still applies"};
            } else {
                e.title = "Decision: review the support in place";
                e.decision = DecisionRecord{"Continue the current support and review again next month",
                                            "Continue; review sooner; refer to OH",
                                            "Officer reports improvement",
                                            "Insp Demo",
                                            false,
                                            "OH advice on the officer's condition still applies"};
            }
        } else {
            // Meetings are the entries whose titles say so; calls, emails and notes are notes.
            const bool meeting = e.title.starts_with("Meeting") || e.title.starts_with("Return-to-work")
                                 || e.title.starts_with("Case review") || e.title.starts_with("Action plan");
            e.kind = meeting ? EntryKind::Meeting : EntryKind::Note;
        }
        pending.push_back(std::move(e));
        if (static_cast<int>(pending.size()) >= batch || k + 1 == count) {
            auto added = m_session.cases().addEntries(std::move(pending));
            if (!added) {
                return added.error();
            }
            m_stats.chronologyEntries += static_cast<int>(added->size());
            pending.clear();
        }
    }
    return Ok{};
}

Status Generator::setDutyStatus(PersonId person, DutyStatus status)
{
    auto record = m_session.cases().person(person);
    if (!record) {
        return record.error();
    }
    record->dutyStatus = status;
    return m_session.cases().updatePerson(*record);
}

/// `until` is the case's last day: today, or the day it closed (when nothing in it is still running).
Status Generator::addProcedures(CaseId caseId, PersonId person, const std::set<CaseType>& types, Date opened,
                                Date until, CaseFacts& facts)
{
    const Date& today = until;
    const bool closed = facts.closed.has_value();
    if (types.contains(CaseType::ReasonableAdjustments)) {
        Adjustment a;
        a.caseId = caseId;
        a.barrier = m_dice.chance(50) ? "Night shifts worsen a long-term condition" : "Standing for long periods";
        a.measure = a.barrier.starts_with("Night") ? "Day shifts only; no nights" : "Sit-stand desk and seated duties";
        a.requestedDate = opened;
        a.requestedBy = "Officer";
        a.decision = m_dice.chance(70) ? AdjustmentDecision::Agreed : AdjustmentDecision::Pending;
        if (a.decision == AdjustmentDecision::Agreed) {
            a.rationale = "Reasonable and supported by OH advice";
            a.decisionMaker = "Insp Demo";
            a.decisionDate = opened.addDays(14);
            a.implementedDate = opened.addDays(21);
        }
        a.reviewDate = today.addDays(m_dice.below(50) - 10);
        if (auto st = add(a); !st) {
            return st;
        }
        if (a.decision == AdjustmentDecision::Agreed) {
            facts.adjustmentAgreed = a.decisionDate;
        }
    }
    // One absence per person, and none for someone on limited duties: absences of one person may
    // not overlap, even across cases, and no one is on duties while absent.
    if (types.contains(CaseType::Sickness) && !m_limited.contains(person.value)
        && m_absent.insert(person.value).second) {
        Absence ab;
        ab.caseId = caseId;
        ab.start = today.addDays(-(40 + m_dice.below(200)));
        if (m_dice.chance(50) || closed) {
            ab.end = ab.start.addDays(10 + m_dice.below(25));
        }
        ab.reasonCategory = m_dice.pick(kAbsenceReasons);
        ab.fitNotes.push_back({ab.start, ab.start.addDays(27), "Not fit for work (demo)"});
        if (auto st = add(ab); !st) {
            return st;
        }
        facts.absenceStart = ab.start;
        facts.absenceEnd = ab.end;
        if (!ab.end) {
            if (auto st = setDutyStatus(person, DutyStatus::Absent); !st) {
                return st;
            }
        }
    }
    if (types.contains(CaseType::Upp) || types.contains(CaseType::Uap)) {
        UppProcedure u;
        u.caseId = caseId;
        u.kind = types.contains(CaseType::Uap) ? UppGround::Attendance : UppGround::Performance;
        // About a third came to attention before 28 May 2025 (legacy regime), the rest after.
        u.cameToAttention = m_dice.chance(35) ? Date::fromYmd(2025, 3, 3 + m_dice.below(20)).value()
                                              : std::max(Date::fromYmd(2025, 6, 2).value(), opened);
        u.cameToAttentionOf = "Sgt Demo";
        u.stage = UppStage::First;
        // The written notice comes after the matter came to attention.
        const Date win = std::max(u.cameToAttention, today.addDays(-(2 + m_dice.below(20))));
        u.events = {{"win_dated", win, ""}, {"win_received", win, ""}};
        if (auto st = add(u); !st) {
            return st;
        }
    }
    if (types.contains(CaseType::LimitedDuties) && !m_absent.contains(person.value)
        && m_limited.insert(person.value).second) {
        LimitedDuty d;
        d.caseId = caseId;
        d.category = m_dice.chance(50) ? LimitedDutyCategory::Adjusted : LimitedDutyCategory::Recuperative;
        d.start = today.addDays(-(300 + m_dice.below(80)));
        d.ohBasis = "OH report advises restricted duties (demo)";
        d.reviewDates = {today.addDays(m_dice.below(40))};
        if (closed) {
            d.end = until;
            d.reviewDates = {until.addDays(-(1 + m_dice.below(40)))};
            d.outcome = "Returned to full duties (demo)";
        }
        if (auto st = add(d); !st) {
            return st;
        }
        if (!closed) {
            const DutyStatus status =
                d.category == LimitedDutyCategory::Adjusted ? DutyStatus::Adjusted : DutyStatus::Recuperative;
            if (auto st = setDutyStatus(person, status); !st) {
                return st;
            }
        }
    }
    if (types.contains(CaseType::OccupationalHealth)) {
        OhReferral o;
        o.caseId = caseId;
        o.referralDate = opened.addDays(3);
        o.reason = "Advice on fitness for full duties and adjustments";
        o.questions = {"Is the officer fit for full duties?", "What adjustments would help?"};
        o.appointment = opened.addDays(24);
        if (auto st = add(o); !st) {
            return st;
        }
        facts.ohReferral = o.referralDate;
    }
    if (types.contains(CaseType::Conduct)) {
        ConductReferral r;
        r.caseId = caseId;
        r.referralDate = opened;
        r.summary = "Referred to PSD for assessment (demo)";
        r.severity = SeverityAssessment::Misconduct;
        r.reportDate = today.addDays(-(1 + m_dice.below(12)));
        if (auto st = add(r); !st) {
            return st;
        }
    }
    if (types.contains(CaseType::IllHealthRetirement)) {
        IllHealthRetirement ihr;
        ihr.caseId = caseId;
        ihr.steps = {{"smp_report_received", today.addDays(-(5 + m_dice.below(20))), ""}};
        if (auto st = add(ihr); !st) {
            return st;
        }
    }
    if (types.contains(CaseType::ActionPlan)) {
        ActionPlan p;
        p.caseId = caseId;
        p.title = "Support and improvement plan (demo)";
        p.agreedOn = opened.addDays(7);
        p.objectives = {{"Weekly check-in with line manager", "Sgt Demo", today.addDays(m_dice.below(30) - 5), {}},
                        {"Complete refresher training", "Officer", today.addDays(20 + m_dice.below(40)), {}}};
        if (auto st = add(p); !st) {
            return st;
        }
        facts.actionPlanAgreed = p.agreedOn;
    }
    return Ok{};
}

} // namespace

Result<FictionalCaseloadStats> generateFictionalCaseload(Session& session, const FictionalCaseloadOptions& options,
                                                         const std::function<bool(int done, int total)>& progress)
{
    if (options.cases < 0 || options.people < 0 || options.chronologyEntries < 0 || options.largeCaseEntries < 0) {
        return makeError(ErrorCode::InvalidArgument, "counts must not be negative");
    }
    return Generator(session, options, progress).run();
}

} // namespace casebook::core
