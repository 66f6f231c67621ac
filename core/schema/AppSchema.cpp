// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "schema/AppSchema.h"

#include "dp/DisclosureSchema.h"
#include "dp/ErasureSchema.h"
#include "dp/RetentionSchema.h"
#include "dp/SarSchema.h"
#include "repo/AmendmentSchema.h"
#include "repo/CaseSchema.h"
#include "repo/ClosureSchema.h"
#include "repo/ConsentSchema.h"
#include "repo/IdFloor.h"
#include "repo/LocalRulesSchema.h"
#include "repo/ProcedureSchema.h"

#include <array>
#include <string>

namespace casebook::core {
namespace {

// The id floors of every audited table (core/repo/IdFloor.h), built from its list of tables.
const std::string kIdFloorSql = idFloorSchemaSql();

const std::array kMigrations = {
    Migration{1, "store metadata",
              "CREATE TABLE store_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;"
              "INSERT INTO store_meta(key, value) VALUES ('created', strftime('%Y-%m-%dT%H:%M:%SZ','now'));"},
    // Append-only, hash-chained audit log (core/audit/AuditLog.h). The triggers refuse UPDATE and
    // DELETE, and an INSERT that is not the next seq (which also stops INSERT OR REPLACE).
    // The chain's head (seq:hash) is kept in store_meta 'audit_head' by AuditLog::append.
    Migration{2, "audit log",
              "CREATE TABLE audit_log("
              " seq INTEGER PRIMARY KEY,"
              " at TEXT NOT NULL," // UTC ISO-8601, e.g. 2026-03-05T14:07:09Z
              " actor TEXT NOT NULL,"
              " action TEXT NOT NULL CHECK(action IN"
              "  ('create','update','delete','export','import','erase','open','backup','restore')),"
              " record_type TEXT NOT NULL,"
              " record_id TEXT NOT NULL,"
              " summary TEXT NOT NULL," // what was done, never medical content
              " change_digest BLOB NOT NULL CHECK(length(change_digest) = 32),"
              " prev_hash BLOB NOT NULL CHECK(length(prev_hash) = 32),"
              " hash BLOB NOT NULL CHECK(length(hash) = 32)"
              ") STRICT;"
              "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
              " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
              "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
              " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
              "CREATE TRIGGER audit_log_append_only BEFORE INSERT ON audit_log"
              " WHEN NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM audit_log)"
              " BEGIN SELECT RAISE(ABORT, 'audit_log takes only the next seq'); END;"},
    // People, cases and what hangs off a case, plus the search index (core/repo/CaseSchema.h).
    Migration{3, "people and cases", kCaseSchemaSql},
    // Procedure records of a case, their links, and local overrides of derived dates
    // (core/repo/ProcedureSchema.h).
    Migration{4, "procedures", kProcedureSchemaSql},
    // The force's rule overrides and bank-holiday edits (core/repo/LocalRulesSchema.h).
    Migration{5, "local rules", kLocalRulesSchemaSql},
    // Subject access requests and their clock events (core/dp/SarSchema.h).
    Migration{6, "subject access requests", kSarSchemaSql},
    // Legal holds, per-person audit keys, the erasure register, disposal certificates and the
    // person and case id floors (core/dp/ErasureSchema.h).
    Migration{7, "holds and erasure", kErasureSchemaSql},
    // A person's service end, local retention periods and retain decisions (core/dp/RetentionSchema.h).
    Migration{8, "retention", kRetentionSchemaSql},
    // The improvement period chosen in the notice (its end is derived), and the reason a typed end
    // replaces the derived one (issue 14). Existing rows keep their typed end and no period.
    Migration{9, "improvement period chosen",
              "ALTER TABLE upp_procedure ADD COLUMN improvement_months INTEGER"
              " CHECK(improvement_months IS NULL OR improvement_months BETWEEN 1 AND 36);"
              "ALTER TABLE upp_procedure ADD COLUMN improvement_end_reason TEXT NOT NULL DEFAULT '';"},
    // The force's counting policies (core/repo/LocalRulesSchema.h, issue 14).
    Migration{10, "counting policies", kCountingPolicySchemaSql},
    // Consent by audience and category, given / refused / withdrawn, with its history
    // (core/repo/ConsentSchema.h); migrates the consents and OH referral answers of steps 3 and 4.
    Migration{11, "consent by category", kConsentSchemaSql},
    // A decision's medical rationale kept apart from the rest (core/repo/ConsentSchema.h).
    Migration{12, "decision medical rationale", kDecisionMedicalRationaleSql},
    // Each UPP/UAP procedure pinned to the rule pack version that governs it (core/repo/LocalRulesSchema.h).
    Migration{13, "rule pack version pinned", kPackVersionPinSql},
    // The third-party review of a subject access request and its packages (core/dp/DisclosureSchema.h).
    Migration{14, "disclosure review", kDisclosureSchemaSql},
    // Corrections to chronology entries kept beside the entry as first written (core/repo/AmendmentSchema.h).
    Migration{15, "chronology amendments", kAmendmentSchemaSql},
    // Derived dates closed as done, not applicable or waived (core/repo/ClosureSchema.h).
    Migration{16, "date closures", kClosureSchemaSql},
    // What an adjustment is, beside the barrier it removes (core/repo/ProcedureSchema.h).
    Migration{17, "adjustment measure", kAdjustmentMeasureSql},
    // The medical detail of an entry kept apart from its title and text (core/repo/ConsentSchema.h).
    Migration{18, "entry medical detail", kEntryMedicalDetailSql},
    // Ids of chronology entries, attachments, procedure records and the rest are never reused
    // after an erasure, like person and case ids (core/repo/IdFloor.h).
    Migration{19, "id floors of audited records", std::string_view(kIdFloorSql)},
    // A person or case anonymised under a retention rule keeps its rows for the counts.
    Migration{20, "anonymised records", kAnonymisedSql},
    // Conduct, ill-health, injury award, limited duty and absence records pinned to the rule pack
    // version that governs them, as UPP/UAP since step 13 (core/repo/LocalRulesSchema.h).
    Migration{21, "rule pack version pinned for every kind", kPackVersionPinAllKindsSql},
    // A retention rule may dispose of one record: the certificates take its table as their scope.
    Migration{22, "single-record disposal", kRecordDisposalSql},
};

} // namespace

std::span<const Migration> appMigrations()
{
    return kMigrations;
}

} // namespace casebook::core
