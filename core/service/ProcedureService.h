// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "domain/Ids.h"
#include "procedure/ProcedureRules.h"
#include "procedure/UppProcedure.h"
#include "rules/DeadlineEngine.h"
#include "rules/UppRegime.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace casebook::core {

/// One date a re-pin moves (or adds or drops): `before` under the pinned version, `after` under the new one.
struct MovedDate {
    std::string ruleId;
    std::string title;
    std::optional<Date> before;
    std::optional<Date> after;
    bool operator==(const MovedDate&) const = default;
};

/// What re-pinning a UPP/UAP procedure to another pack version does to its dates.
struct Repin {
    std::string pack;
    int fromVersion = 0;
    int toVersion = 0;
    std::vector<MovedDate> moved; ///< only the dates that differ
};

/// The dates that differ between `before` and `after` (by rule id), added and dropped ones too.
std::vector<MovedDate> movedDates(const std::vector<DerivedDate>& before, const std::vector<DerivedDate>& after);

/// An open record of a pinned kind (conduct referral, ill-health retirement, injury award, limited
/// duty, absence) and the pack version that governs it, for the Versions page.
struct PinnedRecord {
    std::string recordType; ///< its table: "conduct_referral", "absence", ...
    std::int64_t id = 0;
    CaseId caseId;
    std::optional<Date> from; ///< the date it came to attention (selects the version)
    std::string pinnedPack;
    int pinnedVersion = 0;
    int selectedVersion = 0; ///< the version its dates select with the packs loaded now
    bool operator==(const PinnedRecord&) const = default;
};

/// The use cases on procedure records (adjustments, absences, limited duties, OH referrals,
/// UPP/UAP, conduct referrals, ill-health retirements, injury awards, action plans): each mutation
/// validates, runs in one transaction with its audit entry, and leaves nothing behind on failure.
///
/// `T` is one of the record types of core/procedure/. Errors: NotFound (no such record or case),
/// InvalidArgument (a missing or inconsistent field, named in the detail), RuleViolation (a
/// procedural rule, named by its id first in the detail), Database / StoreDamaged from the store.
class ProcedureService {
public:
    ProcedureService(Database& db, const ProcedureRules& rules, const AuditLog& audit, std::string actor);

    /// Stores a new record (its id is ignored) and returns the id it was given.
    template <typename T> Result<decltype(T::id)> add(T record);
    /// Replaces a stored record; a record cannot move to another case.
    template <typename T> Status update(T record);
    /// Deletes a record with its child rows and any overrides of its derived dates.
    template <typename T> Status remove(decltype(T::id) id);

    template <typename T> Result<T> get(decltype(T::id) id) const;
    template <typename T> Result<std::vector<T>> listForCase(CaseId caseId) const;

    /// The regime a UPP/UAP record would run under and why (the record's own override applies).
    Result<RegimeDecision> deriveRegime(const UppProcedure& record) const;
    /// Every date the record's pinned pack version derives from its events.
    Result<std::vector<DerivedDate>> uppDates(UppProcedureId id) const;
    /// The UPP/UAP procedures still running (not concluded, in a case not closed), by id.
    Result<std::vector<UppProcedure>> openUppProcedures() const;
    /// The dates re-pinning a record would move: the pinned version against `version` (nullopt: the
    /// version the record's dates select with the packs loaded now). NotFound for an unknown version
    /// (or a UPP/UAP regime no loaded pack declares). `T` is UppProcedure or a pinned kind
    /// (kPinnedKind<T>, core/procedure/PackPin.h): a conduct referral, ill-health retirement, injury
    /// award, limited duty or absence. An absence's dates are its pay transitions and reviews, worked
    /// out with the person's other absences.
    template <typename T> Result<Repin> previewRepinOf(decltype(T::id) id, std::optional<int> version) const;
    /// Re-pins the record to `version` (nullopt: the version its dates select now) with a mandatory
    /// reason, in one transaction with its audit entry; returns the dates that moved. RuleViolation
    /// when the record's events break the new version's rules (nothing changes).
    template <typename T>
    Result<Repin> repinOf(decltype(T::id) id, std::optional<int> version, const std::string& reason);
    /// Every record of the pinned kinds in a case not closed (a limited duty only while it runs),
    /// with the version that governs it; by kind, then id.
    Result<std::vector<PinnedRecord>> openPinnedRecords() const;

private:
    template <typename T> Status prepare(T& record) const;
    Status requireCase(CaseId caseId) const;
    Status checkPause(const UppProcedure& record) const;
    std::vector<DerivedDate> datesUnder(const UppProcedure& record, const RulePack& pack) const;
    /// Pins a new record of a pinned kind to the version its dates select (or keeps a stored pin).
    template <typename T> Status pin(T& record) const;
    template <typename T> Result<std::vector<DerivedDate>> pinnedDates(const T& record, const RulePack& version) const;
    template <typename T> Result<Repin> planRepinOf(const T& record, std::optional<int> version) const;
    Result<std::vector<std::int64_t>> closedCases() const;

    Database& m_db;
    const ProcedureRules& m_rules;
    const AuditLog& m_audit;
    std::string m_actor;
};

} // namespace casebook::core
