// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/CaseService.h"

#include "service/CaseServiceAudit.h"

#include "domain/RecordJson.h"
#include "repo/AttachmentRepository.h"
#include "repo/ChronologyRepository.h"
#include "repo/ConsentRepository.h"
#include "repo/ContactRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ReviewRepository.h"
#include "repo/SignpostingRepository.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

namespace {

/// FTS5 keeps deleted rows' terms in old segments until they merge; after deleting a person or a
/// case, merge now so that their words leave the index with them.
Status compactSearchIndex(Database& db)
{
    return db.exec("INSERT INTO search_index(search_index) VALUES ('optimize')");
}

} // namespace

CaseService::CaseService(Database& db, const AuditLog& audit, std::string actor)
    : m_db(db)
    , m_audit(audit)
    , m_actor(std::move(actor))
{
}

Status CaseService::requireCase(CaseId id)
{
    auto found = CaseRepository(m_db).find(id);
    return found ? Status(Ok{}) : Status(found.error());
}

Result<PersonId> CaseService::insertPerson(Person& person)
{
    auto id = PersonRepository(m_db).insert(person);
    if (!id) {
        return id;
    }
    person.id = *id;
    if (auto st = audit(AuditAction::Create, "person", id->value, "person created", nullptr, toJson(person)); !st) {
        return st.error();
    }
    return id;
}

Result<PersonId> CaseService::createPerson(Person person)
{
    if (auto st = validate(person); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<PersonId> { return insertPerson(person); });
}

Status CaseService::updatePerson(const Person& person)
{
    if (auto st = validate(person); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        PersonRepository people(m_db);
        auto before = people.find(person.id);
        if (!before) {
            return before.error();
        }
        if (auto st = people.update(person); !st) {
            return st;
        }
        return audit(AuditAction::Update, "person", person.id.value, "person updated", toJson(*before), toJson(person));
    });
}

Status CaseService::deletePerson(PersonId id)
{
    return inTransaction([&]() -> Status {
        PersonRepository people(m_db);
        auto before = people.find(id);
        if (!before) {
            return before.error();
        }
        if (auto st = people.remove(id); !st) {
            return st;
        }
        if (auto st = compactSearchIndex(m_db); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "person", id.value, "person deleted with their cases", toJson(*before),
                     nullptr);
    });
}

Result<Person> CaseService::person(PersonId id)
{
    return PersonRepository(m_db).find(id);
}

Result<Case> CaseService::caseRecord(CaseId id)
{
    return CaseRepository(m_db).find(id);
}

Result<std::vector<Person>> CaseService::listPeople()
{
    return PersonRepository(m_db).list();
}

Result<CaseId> CaseService::insertCase(Case& value)
{
    if (auto st = validate(value); !st) {
        return st.error();
    }
    if (auto owner = PersonRepository(m_db).find(value.person); !owner) {
        return owner.error();
    }
    auto id = CaseRepository(m_db).insert(value);
    if (!id) {
        return id;
    }
    value.id = *id;
    if (auto st = audit(AuditAction::Create, "case", id->value, "case opened", nullptr, toJson(value)); !st) {
        return st.error();
    }
    return id;
}

Result<CaseId> CaseService::openCase(Case value)
{
    if (auto st = validate(value); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<CaseId> { return insertCase(value); });
}

Result<NewPersonCase> CaseService::openCaseForNewPerson(Person person, Case value)
{
    // Every problem of both at once, so the caller can show each beside its field. The case is
    // checked with a stand-in person until the real one has its id.
    Error problems = makeError(ErrorCode::InvalidArgument);
    const auto merge = [&problems](const Status& st) {
        if (!st) {
            problems.detail += (problems.detail.empty() ? "" : "; ") + st.error().detail;
            problems.problems.insert(problems.problems.end(), st.error().problems.begin(), st.error().problems.end());
        }
    };
    merge(validate(person));
    Case probe = value;
    probe.person = PersonId{1};
    merge(validate(probe));
    if (!problems.detail.empty()) {
        return problems;
    }
    return inTransaction([&]() -> Result<NewPersonCase> {
        auto personId = insertPerson(person);
        if (!personId) {
            return personId.error();
        }
        value.person = *personId;
        auto caseId = insertCase(value);
        if (!caseId) {
            return caseId.error(); // the person goes with the rolled-back transaction
        }
        return NewPersonCase{*personId, *caseId};
    });
}

Status CaseService::updateCase(const Case& value)
{
    if (auto st = validate(value); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        CaseRepository cases(m_db);
        auto before = cases.find(value.id);
        if (!before) {
            return before.error();
        }
        if (auto owner = PersonRepository(m_db).find(value.person); !owner) {
            return owner.error();
        }
        if (auto st = cases.update(value); !st) {
            return st;
        }
        return audit(AuditAction::Update, "case", value.id.value, "case updated", toJson(*before), toJson(value));
    });
}

Status CaseService::closeCase(CaseId id, Date closed, CaseOutcome outcome, std::string outcomeNote)
{
    return inTransaction([&]() -> Status {
        CaseRepository cases(m_db);
        auto before = cases.find(id);
        if (!before) {
            return before.error();
        }
        Case after = *before;
        after.status = CaseStatus::Closed;
        after.closed = closed;
        after.outcome = outcome;
        after.outcomeNote = std::move(outcomeNote);
        after.nextReview.reset();
        if (auto st = validate(after); !st) {
            return st;
        }
        if (auto st = cases.update(after); !st) {
            return st;
        }
        return audit(AuditAction::Update, "case", id.value, "case closed", toJson(*before), toJson(after));
    });
}

Status CaseService::deleteCase(CaseId id)
{
    return inTransaction([&]() -> Status {
        CaseRepository cases(m_db);
        auto before = cases.find(id);
        if (!before) {
            return before.error();
        }
        if (auto st = cases.remove(id); !st) {
            return st;
        }
        if (auto st = compactSearchIndex(m_db); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "case", id.value, "case deleted with its records", toJson(*before), nullptr);
    });
}

Result<CaseView> CaseService::loadCase(CaseId id)
{
    // One read transaction so the parts are consistent with each other.
    return inTransaction(
        [&]() -> Result<CaseView> {
            CaseView view;
            auto record = CaseRepository(m_db).find(id);
            if (!record) {
                return record.error();
            }
            view.record = std::move(*record);
            auto person = PersonRepository(m_db).find(view.record.person);
            auto chronology = ChronologyRepository(m_db).listForCase(id);
            auto amendments = ChronologyRepository(m_db).amendmentsForCase(id);
            auto review = ReviewRepository(m_db).latest(id);
            auto consents = ConsentRepository(m_db).listForPerson(view.record.person);
            auto contacts = ContactRepository(m_db).listForCase(id);
            auto signposting = SignpostingRepository(m_db).listForCase(id);
            auto attachments = AttachmentRepository(m_db).listForCase(id);
            for (const Error* error :
                 {person ? nullptr : &person.error(), chronology ? nullptr : &chronology.error(),
                  amendments ? nullptr : &amendments.error(), review ? nullptr : &review.error(),
                  consents ? nullptr : &consents.error(), contacts ? nullptr : &contacts.error(),
                  signposting ? nullptr : &signposting.error(), attachments ? nullptr : &attachments.error()}) {
                if (error != nullptr) {
                    return *error;
                }
            }
            view.person = std::move(*person);
            view.chronology = std::move(*chronology);
            view.amendments = std::move(*amendments);
            view.latestReview = std::move(*review);
            view.consents = std::move(*consents);
            view.contacts = std::move(*contacts);
            view.signposting = std::move(*signposting);
            view.attachments = std::move(*attachments);
            return view;
        },
        Transaction::Mode::Read);
}

Result<std::vector<Case>> CaseService::listCases(const CaseFilter& filter)
{
    return CaseRepository(m_db).list(filter);
}

} // namespace casebook::core
