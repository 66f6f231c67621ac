// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step: legal holds, per-person audit keys, the erasure register, disposal certificates
/// and the id floors (core/dp/Erasure.h).
///
/// - legal_hold: never deleted, only released. Triggers refuse to delete a person or a case that
///   a hold covers, or a person (or their case) with an open subject access request (DPA 2018
///   s.173), whoever runs the DELETE.
/// - subject_key: the per-person HMAC key of the audit change digests; erasure deletes it.
/// - id_floor: the highest person and case id ever used. The repositories allocate above it and
///   a trigger refuses an explicit id at or below it, so an erased person's id (and with it their
///   audit entries) never passes to someone new.
inline constexpr std::string_view kErasureSchemaSql = R"sql(
CREATE TABLE legal_hold(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL CHECK (scope IN ('all','person','case')),
    person_id INTEGER,
    case_id INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('litigation','tribunal','personal_injury','investigation','inquiry',
        'complaint','other')),
    reference TEXT NOT NULL DEFAULT '',
    placed_on TEXT NOT NULL CHECK (date(placed_on, '+0 days') IS placed_on),
    released_on TEXT CHECK (released_on IS NULL OR (date(released_on, '+0 days') IS released_on AND released_on >= placed_on)),
    CHECK ((scope = 'person') = (person_id IS NOT NULL)),
    CHECK ((scope = 'case') = (case_id IS NOT NULL))
) STRICT;
CREATE TRIGGER legal_hold_never_deleted BEFORE DELETE ON legal_hold
BEGIN SELECT RAISE(ABORT, 'a legal hold is released, never deleted'); END;
CREATE TRIGGER legal_hold_release_only BEFORE UPDATE ON legal_hold
WHEN OLD.released_on IS NOT NULL OR NEW.scope IS NOT OLD.scope OR NEW.person_id IS NOT OLD.person_id
    OR NEW.case_id IS NOT OLD.case_id OR NEW.placed_on IS NOT OLD.placed_on
BEGIN SELECT RAISE(ABORT, 'a legal hold can only be released, once'); END;

CREATE TRIGGER person_delete_held BEFORE DELETE ON person
WHEN EXISTS (SELECT 1 FROM legal_hold WHERE released_on IS NULL AND (scope = 'all'
    OR (scope = 'person' AND person_id = OLD.id)
    OR (scope = 'case' AND case_id IN (SELECT id FROM case_file WHERE person_id = OLD.id))))
BEGIN SELECT RAISE(ABORT, 'a legal hold covers this person'); END;
CREATE TRIGGER person_delete_open_sar BEFORE DELETE ON person
WHEN EXISTS (SELECT 1 FROM sar_request WHERE person_id = OLD.id AND status = 'open')
BEGIN SELECT RAISE(ABORT, 'an open subject access request covers this person'); END;
CREATE TRIGGER case_delete_held BEFORE DELETE ON case_file
WHEN EXISTS (SELECT 1 FROM legal_hold WHERE released_on IS NULL AND (scope = 'all'
    OR (scope = 'person' AND person_id = OLD.person_id) OR (scope = 'case' AND case_id = OLD.id)))
BEGIN SELECT RAISE(ABORT, 'a legal hold covers this case'); END;
CREATE TRIGGER case_delete_open_sar BEFORE DELETE ON case_file
WHEN EXISTS (SELECT 1 FROM sar_request WHERE person_id = OLD.person_id AND status = 'open')
BEGIN SELECT RAISE(ABORT, 'an open subject access request covers this case'); END;

CREATE TABLE subject_key(
    person_id INTEGER PRIMARY KEY,
    key BLOB NOT NULL CHECK (length(key) = 32)
) STRICT;

CREATE TABLE erasure_register(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    erased_at TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('person','case')),
    ref_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;

CREATE TABLE disposal_certificate(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issued_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('person','case')),
    ref_id INTEGER NOT NULL,
    rule TEXT NOT NULL,
    counts TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;

CREATE TABLE id_floor(table_name TEXT PRIMARY KEY, last_id INTEGER NOT NULL) STRICT;
INSERT INTO id_floor(table_name, last_id) SELECT 'person', coalesce(max(id), 0) FROM person;
INSERT INTO id_floor(table_name, last_id) SELECT 'case_file', coalesce(max(id), 0) FROM case_file;
CREATE TRIGGER person_id_floor AFTER INSERT ON person
BEGIN UPDATE id_floor SET last_id = max(last_id, NEW.id) WHERE table_name = 'person'; END;
CREATE TRIGGER case_file_id_floor AFTER INSERT ON case_file
BEGIN UPDATE id_floor SET last_id = max(last_id, NEW.id) WHERE table_name = 'case_file'; END;
CREATE TRIGGER person_id_never_reused BEFORE INSERT ON person
WHEN NEW.id > 0 AND NEW.id <= (SELECT last_id FROM id_floor WHERE table_name = 'person')
BEGIN SELECT RAISE(ABORT, 'a person id is never reused'); END;
CREATE TRIGGER case_file_id_never_reused BEFORE INSERT ON case_file
WHEN NEW.id > 0 AND NEW.id <= (SELECT last_id FROM id_floor WHERE table_name = 'case_file')
BEGIN SELECT RAISE(ABORT, 'a case id is never reused'); END;
)sql";

/// Schema step 20: the day a person or a case was anonymised (retention action "anonymise",
/// ErasureService::anonymisePerson): the rows stay for the counts, the retention review skips them.
inline constexpr std::string_view kAnonymisedSql = R"sql(
ALTER TABLE person ADD COLUMN anonymised_on TEXT
    CHECK (anonymised_on IS NULL OR date(anonymised_on, '+0 days') IS anonymised_on);
ALTER TABLE case_file ADD COLUMN anonymised_on TEXT
    CHECK (anonymised_on IS NULL OR date(anonymised_on, '+0 days') IS anonymised_on);
)sql";

/// Schema step 22: a retention rule may dispose of one record (a closed subject access request's
/// file, the local copy of a conduct referral) rather than a whole person or case, so the erasure
/// register and the disposal certificates take the record's table as their scope. SQLite cannot
/// change a CHECK in place: each table is rebuilt with its rows and ids (and so its AUTOINCREMENT
/// high-water mark) kept.
inline constexpr std::string_view kRecordDisposalSql = R"sql(
CREATE TABLE erasure_register_22(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    erased_at TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('person','case','sar_request','conduct_referral')),
    ref_id INTEGER NOT NULL,
    person_id INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;
INSERT INTO erasure_register_22 SELECT id, erased_at, scope, ref_id, person_id, reason FROM erasure_register;
DROP TABLE erasure_register;
ALTER TABLE erasure_register_22 RENAME TO erasure_register;
CREATE TABLE disposal_certificate_22(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issued_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('person','case','sar_request','conduct_referral')),
    ref_id INTEGER NOT NULL,
    rule TEXT NOT NULL,
    counts TEXT NOT NULL,
    text TEXT NOT NULL
) STRICT;
INSERT INTO disposal_certificate_22 SELECT id, issued_at, actor, scope, ref_id, rule, counts, text
    FROM disposal_certificate;
DROP TABLE disposal_certificate;
ALTER TABLE disposal_certificate_22 RENAME TO disposal_certificate;
)sql";

} // namespace casebook::core
