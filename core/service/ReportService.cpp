// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/ReportService.h"

#include "audit/HeadAnchor.h"
#include "procedure/Conduct.h"
#include "procedure/Retirement.h"
#include "repo/ConsentRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ProcedureRepository.h"
#include "service/Session.h"

#include <algorithm>

namespace casebook::core {

namespace {

/// Every record of kind T in the case, into `out`; the first error otherwise.
template <typename T> Status listInto(Session& session, CaseId caseId, std::vector<T>& out)
{
    auto list = session.procedures().listForCase<T>(caseId);
    if (!list) {
        return list.error();
    }
    out = std::move(*list);
    return Ok{};
}

/// How many records of kind T each case has, read once for the whole caseload (asking case by
/// case was a second on 10,000 cases).
template <typename T> Status countAll(Session& session, std::map<CaseId, int>& out)
{
    auto all = ProcedureRepository<T>(session.database()).listAll();
    if (!all) {
        return all.error();
    }
    for (const T& record : *all) {
        ++out[record.caseId];
    }
    return Ok{};
}

} // namespace

Result<CaseSummaryInputs> caseSummaryInputs(Session& session, CaseId caseId, Date asOf)
{
    auto view = session.cases().loadCase(caseId);
    if (!view) {
        return view.error();
    }
    CaseSummaryInputs inputs;
    inputs.view = std::move(*view);
    std::vector<UppProcedure> upps;
    for (Status listed : {listInto(session, caseId, inputs.adjustments), listInto(session, caseId, upps),
                          listInto(session, caseId, inputs.referrals), listInto(session, caseId, inputs.absences),
                          listInto(session, caseId, inputs.plans)}) {
        if (!listed) {
            return listed.error();
        }
    }
    for (UppProcedure& u : upps) {
        const ImprovementPeriod period = improvementPeriod(u, session.rules().calendar);
        inputs.procedures.push_back({std::move(u), period});
    }
    auto due = session.due().allFor(inputs.view.person.id, asOf);
    if (!due) {
        return due.error();
    }
    std::copy_if(due->begin(), due->end(), std::back_inserter(inputs.due),
                 [caseId](const DueItem& item) { return item.source.caseId == caseId; });
    return inputs;
}

Result<CaseloadInputs> caseloadInputs(Session& session)
{
    auto cases = session.cases().listCases();
    auto people = session.cases().listPeople();
    if (!cases || !people) {
        return !cases ? cases.error() : people.error();
    }
    CaseloadInputs inputs{std::move(*cases), std::move(*people), {}};
    CaseloadCounts& counts = inputs.counts;
    for (Status counted :
         {countAll<OhReferral>(session, counts.oh), countAll<ConductReferral>(session, counts.psd),
          countAll<IllHealthRetirement>(session, counts.ihr), countAll<ActionPlan>(session, counts.plans)}) {
        if (!counted) {
            return counted.error();
        }
    }
    auto upps = ProcedureRepository<UppProcedure>(session.database()).listAll();
    if (!upps) {
        return upps.error();
    }
    for (const UppProcedure& u : *upps) {
        auto [it, added] = counts.stage.emplace(u.caseId, u.stage);
        if (!added) {
            it->second = std::max(it->second, u.stage);
        }
    }
    return inputs;
}

Result<CalendarInputs> calendarInputs(Session& session, ConsentAudience audience, Date asOf)
{
    auto storeId = session.database().queryText("SELECT value FROM store_meta WHERE key = 'created'");
    auto items = session.due().all(asOf);
    if (!storeId || !items) {
        return !storeId ? storeId.error() : items.error();
    }
    CalendarInputs inputs{std::move(*storeId), std::move(*items), {}};
    // Per person, not per case: a name and a consent check each (reading every case whole was
    // seconds on a 10,000-case caseload).
    PersonRepository persons(session.database());
    ConsentRepository consents(session.database());
    for (const DueItem& item : inputs.items) {
        const PersonId id = item.source.person;
        if (inputs.subjects.contains(id)) {
            continue;
        }
        auto person = persons.find(id);
        auto given = consents.listForPerson(id);
        if (!person || !given) {
            return !person ? person.error() : given.error();
        }
        inputs.subjects.emplace(id, CalendarSubject{person->name, medicalDetailAllowed(*given, audience, asOf)});
    }
    return inputs;
}

Result<ReportDocument> caseSummary(Session& session, CaseId caseId, const SummaryOptions& options)
{
    auto inputs = caseSummaryInputs(session, caseId, options.generatedOn);
    if (!inputs) {
        return inputs.error();
    }
    ReportDocument document = buildCaseSummary(*inputs, options);
    document.auditHead = auditHeadText(session.database());
    return document;
}

Result<CaseloadOverview> caseloadOverview(Session& session, Date asOf, bool anonymised)
{
    auto inputs = caseloadInputs(session);
    if (!inputs) {
        return inputs.error();
    }
    CaseloadOverview overview = CaseloadOverview::build(*inputs, asOf, anonymised);
    overview.auditHead = auditHeadText(session.database());
    return overview;
}

Result<CalendarExport> calendarExport(Session& session, CalendarOptions options)
{
    auto inputs = calendarInputs(session, options.audience, options.asOf);
    if (!inputs) {
        return inputs.error();
    }
    options.auditHead = auditHeadText(session.database());
    return ICalendar::render(*inputs, options);
}

} // namespace casebook::core
