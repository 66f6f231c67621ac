// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "rules/UppValidator.h"

namespace casebook::core {

namespace {

std::string cite(const Rule& rule)
{
    return " [" + rule.citation.instrument + " " + rule.citation.provision + "; " + std::string(toString(rule.status))
           + "]";
}

void checkImprovementPeriod(const RulePack& pack, const UppFacts& facts, const DeadlineEngine& engine,
                            std::vector<RuleBreach>& breaches)
{
    if (!facts.improvementPeriodStart || !facts.improvementPeriodEnd) {
        return;
    }
    const Date start = *facts.improvementPeriodStart;
    const Date end = *facts.improvementPeriodEnd;
    if (end < start) {
        breaches.push_back({pack.id + ".improvement_period", pack.id + ".improvement_period: ends " + end.toIso()
                                                                 + " before it starts " + start.toIso()});
        return;
    }
    const WorkingCalendar& calendar = engine.calendar();
    const Rule* normal = pack.find(pack.id + ".improvement_period.max");
    if (normal != nullptr && !facts.exceptionalCircumstances && end > calendar.monthsPeriodEnd(start, normal->amount)) {
        breaches.push_back({normal->id, normal->id + ": an improvement period longer than "
                                            + std::to_string(normal->amount)
                                            + " months needs the exceptional-circumstances flag (period "
                                            + start.toIso() + " to " + end.toIso() + ")" + cite(*normal)});
    }
    const Rule* ceiling = pack.find(pack.id + ".improvement_period.max_exceptional");
    if (ceiling != nullptr && end > calendar.monthsPeriodEnd(start, ceiling->amount)) {
        breaches.push_back({ceiling->id, ceiling->id + ": an improvement period may never exceed "
                                             + std::to_string(ceiling->amount) + " months (period " + start.toIso()
                                             + " to " + end.toIso() + ")" + cite(*ceiling)});
    }
}

} // namespace

std::vector<RuleBreach> checkUpp(const RulePack& pack, const UppFacts& facts, const DeadlineEngine& engine)
{
    std::vector<RuleBreach> breaches;
    if (const Rule* rule = pack.find(pack.id + ".no_fwin"); rule != nullptr && facts.fwinRecorded) {
        breaches.push_back(
            {rule->id, rule->id + ": a final written improvement notice does not exist in this regime" + cite(*rule)});
    }
    // A constraint that refuses events (e.g. upp.amended.no_fwin: fwin_dated) breaks on each one recorded.
    for (const Rule& rule : pack.rules) {
        for (const std::string& name : rule.refuses) {
            if (const auto it = facts.events.find(name); it != facts.events.end()) {
                breaches.push_back({rule.id, rule.id + ": " + name + " (" + it->second.toIso()
                                                 + ") is not a step of this regime; " + rule.title + cite(rule)});
            }
        }
    }
    if (const Rule* rule = pack.find(pack.id + ".gross_incompetence.not_attendance");
        rule != nullptr && facts.grossIncompetence && facts.ground == UppGround::Attendance) {
        breaches.push_back(
            {rule->id, rule->id + ": gross incompetence applies to performance only, never attendance" + cite(*rule)});
    }
    checkImprovementPeriod(pack, facts, engine, breaches);
    for (RuleBreach& breach : engine.checkOrder(pack, facts.events)) {
        breaches.push_back(std::move(breach));
    }
    return breaches;
}

} // namespace casebook::core
