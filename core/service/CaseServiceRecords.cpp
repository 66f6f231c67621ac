// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// CaseService: chronology, decision log, holistic reviews and consent.
#include "service/CaseService.h"

#include "service/CaseServiceAudit.h"

#include "domain/RecordJson.h"
#include "domain/Validator.h"
#include "repo/ChronologyRepository.h"
#include "repo/ConsentRepository.h"
#include "repo/PersonRepository.h"
#include "repo/ReviewRepository.h"

#include <nlohmann/json.hpp>

namespace casebook::core {
namespace {

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

} // namespace

Result<ChronologyEntryId> CaseService::addEntry(ChronologyEntry entry)
{
    if (auto st = validate(entry); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<ChronologyEntryId> {
        if (auto st = requireCase(entry.caseId); !st) {
            return st.error();
        }
        auto id = ChronologyRepository(m_db).insert(entry);
        if (!id) {
            return id;
        }
        entry.id = *id;
        const std::string_view summary =
            entry.kind == EntryKind::Decision ? "decision recorded" : "chronology entry added";
        if (auto st = audit(AuditAction::Create, "chronology", id->value, summary, nullptr, toJson(entry)); !st) {
            return st.error();
        }
        return id;
    });
}

Result<std::vector<ChronologyEntryId>> CaseService::addEntries(std::vector<ChronologyEntry> entries)
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (auto st = validate(entries[i]); !st) {
            return withFieldPrefix(st.error(), "entries[" + std::to_string(i) + "].");
        }
    }
    return inTransaction([&]() -> Result<std::vector<ChronologyEntryId>> {
        std::vector<ChronologyEntryId> ids;
        ids.reserve(entries.size());
        ChronologyRepository repo(m_db);
        for (ChronologyEntry& entry : entries) {
            if (auto st = requireCase(entry.caseId); !st) {
                return st.error();
            }
            auto id = repo.insert(entry);
            if (!id) {
                return id.error();
            }
            entry.id = *id;
            const std::string_view summary =
                entry.kind == EntryKind::Decision ? "decision recorded" : "chronology entry added";
            if (auto st = audit(AuditAction::Create, "chronology", id->value, summary, nullptr, toJson(entry)); !st) {
                return st.error();
            }
            ids.push_back(*id);
        }
        return ids;
    });
}

Result<ChronologyEntryId> CaseService::recordDecision(ChronologyEntry entry, DecisionRecord decision)
{
    entry.kind = EntryKind::Decision;
    entry.decision = std::move(decision);
    return addEntry(std::move(entry));
}

Status CaseService::editEntry(const ChronologyEntry& entry)
{
    if (auto st = validate(entry); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        ChronologyRepository chronology(m_db);
        auto before = chronology.find(entry.id);
        if (!before) {
            return before.error();
        }
        if (before->caseId != entry.caseId) {
            return invalidProblem("case cannot change: an entry stays in its case", "case", "record.case_changed");
        }
        if (auto st = chronology.update(entry); !st) {
            return st;
        }
        return audit(AuditAction::Update, "chronology", entry.id.value, "chronology entry edited", toJson(*before),
                     toJson(entry));
    });
}

Status CaseService::deleteEntry(ChronologyEntryId id)
{
    return inTransaction([&]() -> Status {
        ChronologyRepository chronology(m_db);
        auto before = chronology.find(id);
        if (!before) {
            return before.error();
        }
        if (auto st = chronology.remove(id); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "chronology", id.value, "chronology entry deleted", toJson(*before), nullptr);
    });
}

Result<EntryAmendmentId> CaseService::amendEntry(EntryAmendment amendment)
{
    amendment.amendedBy = m_actor;
    if (auto st = validate(amendment); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<EntryAmendmentId> {
        ChronologyRepository chronology(m_db);
        auto entry = chronology.find(amendment.entryId);
        if (!entry) {
            return entry.error();
        }
        amendment.caseId = entry->caseId;
        auto earlier = chronology.amendmentsForCase(entry->caseId);
        if (!earlier) {
            return earlier.error();
        }
        std::string current = entry->body;
        for (const EntryAmendment& a : *earlier) {
            current = a.entryId == entry->id ? a.correction : current;
        }
        if (trimmed(current) == trimmed(amendment.correction)) {
            return invalidField("correction", "chronology.correction_unchanged",
                                "says what the entry already says; change the text or cancel");
        }
        auto id = chronology.insertAmendment(amendment);
        if (!id) {
            return id;
        }
        amendment.id = *id;
        if (auto st =
                audit(AuditAction::Create, "chronology_amendment", id->value,
                      "chronology entry " + std::to_string(entry->id.value) + " amended", nullptr, toJson(amendment));
            !st) {
            return st.error();
        }
        return id;
    });
}

Status CaseService::withdrawAmendment(EntryAmendmentId id)
{
    return inTransaction([&]() -> Status {
        ChronologyRepository chronology(m_db);
        auto before = chronology.findAmendment(id);
        if (!before) {
            return before.error();
        }
        if (auto st = chronology.removeAmendment(id); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "chronology_amendment", id.value,
                     "amendment of chronology entry " + std::to_string(before->entryId.value) + " withdrawn",
                     toJson(*before), nullptr);
    });
}

Result<HolisticReview> CaseService::saveReview(HolisticReview review)
{
    if (auto st = validate(review); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<HolisticReview> {
        if (auto st = requireCase(review.caseId); !st) {
            return st.error();
        }
        auto stored = ReviewRepository(m_db).insertNextVersion(review);
        if (!stored) {
            return stored;
        }
        std::string summary = "holistic review version ";
        summary += std::to_string(stored->version);
        summary += " saved";
        if (auto st = audit(AuditAction::Create, "review", stored->id.value, summary, nullptr, toJson(*stored)); !st) {
            return st.error();
        }
        return stored;
    });
}

Result<std::vector<HolisticReview>> CaseService::reviewVersions(CaseId caseId)
{
    return ReviewRepository(m_db).versions(caseId);
}

Result<ConsentId> CaseService::recordConsent(Consent consent)
{
    if (auto st = validate(consent); !st) {
        return st.error();
    }
    return inTransaction([&]() -> Result<ConsentId> {
        if (auto owner = PersonRepository(m_db).find(consent.person); !owner) {
            return owner.error();
        }
        auto id = ConsentRepository(m_db).insert(consent);
        if (!id) {
            return id;
        }
        consent.id = *id;
        if (auto st = audit(AuditAction::Create, "consent", id->value, "consent recorded", nullptr, toJson(consent));
            !st) {
            return st.error();
        }
        return id;
    });
}

Status CaseService::withdrawConsent(ConsentId id, Date withdrawn, std::string note)
{
    return inTransaction([&]() -> Status {
        ConsentRepository consents(m_db);
        auto before = consents.find(id);
        if (!before) {
            return before.error();
        }
        if (before->withdrawn.has_value()) {
            return invalidField("withdrawn date", "consent.already_withdrawn",
                                "this consent was already withdrawn on " + before->withdrawn->toIso(),
                                {before->withdrawn->toIso()});
        }
        Consent after = *before;
        after.withdrawn = withdrawn;
        if (!note.empty()) {
            after.note += (after.note.empty() ? "" : "\n") + ("Withdrawn: " + note);
        }
        if (auto st = validate(after); !st) {
            return st;
        }
        if (auto st = consents.update(after); !st) {
            return st;
        }
        return audit(AuditAction::Update, "consent", id.value, "consent withdrawn", toJson(*before), toJson(after));
    });
}

Status CaseService::updateConsent(const Consent& consent)
{
    if (auto st = validate(consent); !st) {
        return st;
    }
    return inTransaction([&]() -> Status {
        ConsentRepository consents(m_db);
        auto before = consents.find(consent.id);
        if (!before) {
            return before.error();
        }
        if (before->person != consent.person) {
            return invalidField("person", "consent.person_changed", "a consent answer cannot move to another person");
        }
        if (auto st = consents.update(consent); !st) {
            return st;
        }
        const bool withdrawal = !before->withdrawn && consent.withdrawn;
        return audit(AuditAction::Update, "consent", consent.id.value,
                     withdrawal ? "consent withdrawn" : "consent corrected", toJson(*before), toJson(consent));
    });
}

Status CaseService::removeConsent(ConsentId id)
{
    return inTransaction([&]() -> Status {
        ConsentRepository consents(m_db);
        auto before = consents.find(id);
        if (!before) {
            return before.error();
        }
        if (auto st = consents.remove(id); !st) {
            return st;
        }
        return audit(AuditAction::Delete, "consent", id.value, "consent answer removed", toJson(*before), nullptr);
    });
}

Result<std::vector<Consent>> CaseService::consents(PersonId person)
{
    return ConsentRepository(m_db).listForPerson(person);
}

} // namespace casebook::core
