// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Attachment.h"
#include "domain/Case.h"
#include "domain/ChronologyEntry.h"
#include "domain/Consent.h"
#include "domain/Contact.h"
#include "domain/HolisticReview.h"
#include "domain/Person.h"
#include "domain/Signposting.h"
#include "domain/SupportService.h"
#include "repo/CaseRepository.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// Everything the case screen shows, read in one go.
struct CaseView {
    Case record;
    Person person;
    std::vector<ChronologyEntry> chronology; ///< in time order
    std::vector<EntryAmendment> amendments;  ///< corrections, by entry and then in the order recorded
    std::optional<HolisticReview> latestReview;
    std::vector<Consent> consents; ///< the person's, all audiences
    std::vector<Contact> contacts;
    std::vector<Signposting> signposting;
    std::vector<Attachment> attachments; ///< metadata only

    bool operator==(const CaseView&) const = default;
};

/// What openCaseForNewPerson made.
struct NewPersonCase {
    PersonId person;
    CaseId caseId;
};

/// The use cases on people, cases and what is recorded in a case. Each mutation validates, runs in
/// one transaction together with exactly one audit entry, and leaves nothing behind on failure.
///
/// Errors: InvalidArgument (field named first in the detail), NotFound (no such record),
/// Database / StoreDamaged from the store.
class CaseService {
public:
    CaseService(Database& db, const AuditLog& audit, std::string actor);

    Result<PersonId> createPerson(Person person);
    Status updatePerson(const Person& person);
    /// Deletes the person with their cases and consents (everything recorded about them).
    Status deletePerson(PersonId id);
    Result<Person> person(PersonId id);
    Result<std::vector<Person>> listPeople();

    Result<CaseId> openCase(Case value);
    /// Creates `person` (its id is ignored) and opens `value` for them in one transaction, audited
    /// as createPerson and openCase are: both or neither. `value.person` is ignored. Problems with
    /// either are reported together (InvalidArgument, "; "-separated, each naming its field).
    Result<NewPersonCase> openCaseForNewPerson(Person person, Case value);
    Status updateCase(const Case& value);
    /// Sets status Closed, the closing date and the outcome.
    Status closeCase(CaseId id, Date closed, CaseOutcome outcome, std::string outcomeNote);
    Status deleteCase(CaseId id);
    Result<CaseView> loadCase(CaseId id);
    /// The case's own row: no chronology, person or contacts (loadCase reads all of those).
    Result<Case> caseRecord(CaseId id);
    Result<std::vector<Case>> listCases(const CaseFilter& filter = {});

    Result<ChronologyEntryId> addEntry(ChronologyEntry entry);
    /// Adds several entries in one transaction, one audit entry each; all or none. An invalid
    /// entry is named by its index ("entries[3].title: required").
    Result<std::vector<ChronologyEntryId>> addEntries(std::vector<ChronologyEntry> entries);
    /// Replaces an entry; it stays in its case.
    Status editEntry(const ChronologyEntry& entry);
    Status deleteEntry(ChronologyEntryId id);
    /// Records a correction beside an entry, which itself stays as first written. The amendment
    /// takes the entry's case and this service's actor as its author; amendedOn is the caller's
    /// (today in the app). NotFound when the entry does not exist.
    Result<EntryAmendmentId> amendEntry(EntryAmendment amendment);
    /// Removes an amendment (undo of amendEntry); audited like every change.
    Status withdrawAmendment(EntryAmendmentId id);
    /// Adds a decision-log entry (kind Decision) with its decision, options, rationale and decider.
    Result<ChronologyEntryId> recordDecision(ChronologyEntry entry, DecisionRecord decision);

    /// Stores a new version of the case's review (its id and version are assigned).
    Result<HolisticReview> saveReview(HolisticReview review);
    Result<std::vector<HolisticReview>> reviewVersions(CaseId caseId);

    /// Records one answer (given or refused) for an audience and category; a later answer for the
    /// same audience and category supersedes it from its date, and both are kept.
    Result<ConsentId> recordConsent(Consent consent);
    /// Withdraws a giving from `withdrawn`; a non-empty `note` (how and why) is added to its note.
    Status withdrawConsent(ConsentId id, Date withdrawn, std::string note = {});
    /// Corrects an answer as recorded (audited with before and after); it stays with its person.
    Status updateConsent(const Consent& consent);
    /// Removes an answer recorded in error (the undo of recording it); audited.
    Status removeConsent(ConsentId id);
    /// The person's answers, by date answered.
    Result<std::vector<Consent>> consents(PersonId person);

    /// Stores a new contact and links it to the case.
    Result<ContactId> addContact(CaseId caseId, Contact contact);
    /// Links an existing contact to another case.
    Status linkContact(CaseId caseId, ContactId contactId);
    /// Removes the contact from the case; the contact stays for the other cases it is linked to.
    Status unlinkContact(CaseId caseId, ContactId contactId);
    Status updateContact(const Contact& contact);

    Result<std::vector<SupportService>> supportDirectory(bool includeRetired = false);
    Result<SupportServiceId> addSupportService(SupportService service);
    Status updateSupportService(const SupportService& service);
    Result<SignpostingId> recordSignposting(Signposting record);
    /// Replaces a signposting record (e.g. the officer's response); it cannot move to another case.
    Status updateSignposting(const Signposting& record);
    Status removeSignposting(SignpostingId id);

    /// Stores the file inside the store; over kMaxAttachmentBytes is InvalidArgument.
    Result<AttachmentId> addAttachment(Attachment attachment, std::span<const std::uint8_t> bytes);
    Status removeAttachment(AttachmentId id);
    Result<std::vector<std::uint8_t>> attachmentContent(AttachmentId id);

private:
    /// Runs `work` in one transaction, committing only when it succeeds.
    template <typename Work>
    auto inTransaction(Work&& work, Transaction::Mode mode = Transaction::Mode::Write) -> decltype(work());
    /// Appends the audit entry for one change (see appendCaseAudit); JSON images travel as values.
    template <typename Before, typename After>
    Status audit(AuditAction action, std::string_view recordType, std::int64_t recordId, std::string_view summary,
                 const Before& before, const After& after);
    Status requireCase(CaseId id);
    /// Inserts and audits, inside the caller's transaction; `person.id` is set.
    Result<PersonId> insertPerson(Person& person);
    /// Validates, checks the person, inserts and audits, inside the caller's transaction.
    Result<CaseId> insertCase(Case& value);

    Database& m_db;
    const AuditLog& m_audit;
    std::string m_actor;
};

template <typename Work> auto CaseService::inTransaction(Work&& work, Transaction::Mode mode) -> decltype(work())
{
    auto tx = Transaction::begin(m_db, mode);
    if (!tx) {
        return tx.error();
    }
    auto result = work();
    if (!result) {
        return result; // the Transaction rolls back as it goes out of scope
    }
    if (auto st = tx->commit(); !st) {
        return st.error();
    }
    return result;
}

} // namespace casebook::core
