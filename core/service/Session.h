// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"
#include "crypto/SecretString.h"
#include "procedure/ProcedureRules.h"
#include "service/CaseService.h"
#include "service/DueService.h"
#include "service/LocalRulesService.h"
#include "service/ProcedureAttendance.h"
#include "service/ProcedureService.h"
#include "service/SearchService.h"
#include "store/Store.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <filesystem>
#include <memory>
#include <string>

namespace casebook::core {

/// What every session needs besides the store: where the rule packs and calendars are, who is
/// making the changes (for the audit log), and the clock that stamps them.
struct SessionOptions {
    std::filesystem::path resourcesDir; ///< holds rules/ and calendars/ (see ResourceLocator)
    std::string actor;                  ///< recorded on every audit entry
    std::shared_ptr<const Clock> clock; ///< the system clock when empty
};

/// An unlocked store with the rules loaded and every use-case service wired to it: the one
/// object the desktop app, the command line and the benchmarks work through. Destroying it closes
/// the store and wipes its keys (locking is destroying the session). Not thread-safe: use it from
/// one thread at a time.
class Session {
public:
    /// Unlocks the store at `path`. Errors as Store::open, or InvalidRulePack/Io for the rules.
    static Result<std::unique_ptr<Session>> open(const std::filesystem::path& path, const SecretString& passphrase,
                                                 const SessionOptions& options);
    /// Creates a new store at `path` (refuses an existing file) and opens a session on it.
    static Result<std::unique_ptr<Session>> create(const std::filesystem::path& path, const SecretString& passphrase,
                                                   const SessionOptions& options,
                                                   const KdfChoice& kdf = KdfChoice::calibrated());
    /// Wraps a store that is already open.
    static Result<std::unique_ptr<Session>> adopt(std::unique_ptr<Store> store, const SessionOptions& options);

    /// A read-only session on this session's store, for a long read on another thread: a reader
    /// connection (Store::openReader: the same key, committed data only), copies of the rules
    /// and of the skipped local changes as they are now, the same clock and actor. Every service
    /// reads as on this session; every write fails with an Error. Create it on this session's
    /// thread, then hand it over; it keeps the store open until destroyed (see Store::openReader).
    Result<std::unique_ptr<Session>> openReader() const;

    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Store& store() { return *m_store; }
    Database& database() { return m_store->database(); }
    /// The rules in force: the shipped packs and calendar plus the force's stored local changes.
    const ProcedureRules& rules() const { return m_rules; }
    /// The packs and calendar as shipped, before any local change.
    const ProcedureRules& shippedRules() const { return m_shipped; }
    /// Stored local changes that no longer fit the shipped rules and were skipped at open.
    const std::vector<std::string>& skippedLocalRules() const { return m_skippedLocalRules; }
    const AuditLog& audit() const { return m_audit; }
    const std::string& actor() const { return m_actor; }
    /// The session's clock (the system clock unless the options gave one).
    const Clock& clock() const { return *m_clock; }
    /// Today, the local calendar date of the session's clock (core::today).
    Date today() const { return core::today(*m_clock); }

    CaseService& cases() { return m_cases; }
    ProcedureService& procedures() { return m_procedures; }
    ProcedureAttendance& attendance() { return m_attendance; }
    DueService& due() { return m_due; }
    SearchService& search() { return m_search; }
    LocalRulesService& localRules() { return m_localRules; }

private:
    Session(std::unique_ptr<Store> store, ProcedureRules rules, const SessionOptions& options);
    static Result<std::unique_ptr<Session>> finish(std::unique_ptr<Session> session);

    std::unique_ptr<Store> m_store;
    ProcedureRules m_shipped;
    ProcedureRules m_rules; ///< m_shipped plus the stored local changes; the services hold a reference
    std::shared_ptr<const Clock> m_clock;
    std::string m_actor;
    AuditLog m_audit;
    CaseService m_cases;
    ProcedureService m_procedures;
    ProcedureAttendance m_attendance;
    DueService m_due;
    SearchService m_search;
    LocalRulesService m_localRules;
    std::vector<std::string> m_skippedLocalRules;
};

} // namespace casebook::core
