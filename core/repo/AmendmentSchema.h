// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step 15: corrections to chronology entries (core/domain/ChronologyEntry.h,
/// EntryAmendment). The entry as first written stays; each amendment says what it should now say,
/// why, who and when. An amendment is never changed (record another), and goes with its entry or
/// case. case_id repeats the entry's case so that erasure, subject access and handover, which
/// follow case_id, find amendments as they find every other record of a case; a trigger keeps it
/// the entry's. Each amendment is indexed for search as its entry (rowid id * 4 + 0, kind
/// 'chronology', ref_id the entry), so searching for the corrected words finds the entry.
inline constexpr std::string_view kAmendmentSchemaSql = R"sql(
CREATE TABLE chronology_amendment(
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES chronology_entry(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    amended_on TEXT NOT NULL CHECK (date(amended_on, '+0 days') IS amended_on),
    amended_by TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    correction TEXT NOT NULL CHECK (length(trim(correction)) > 0),
    medical INTEGER NOT NULL CHECK (medical IN (0, 1))
) STRICT;
CREATE INDEX chronology_amendment_entry ON chronology_amendment(entry_id, id);
CREATE INDEX chronology_amendment_case ON chronology_amendment(case_id);
CREATE TRIGGER chronology_amendment_never_changes BEFORE UPDATE ON chronology_amendment
BEGIN SELECT RAISE(ABORT, 'an amendment is never changed; record another'); END;
CREATE TRIGGER chronology_amendment_same_case BEFORE INSERT ON chronology_amendment
WHEN new.case_id IS NOT (SELECT case_id FROM chronology_entry WHERE id = new.entry_id)
BEGIN SELECT RAISE(ABORT, 'an amendment belongs to its entry''s case'); END;
CREATE TRIGGER chronology_amendment_search_insert AFTER INSERT ON chronology_amendment BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, case_id, medical, title, body)
    SELECT new.id * 4, 'chronology', new.entry_id, new.case_id, max(e.medical, new.medical), e.title,
           new.correction || ' ' || new.reason
    FROM chronology_entry e WHERE e.id = new.entry_id;
END;
CREATE TRIGGER chronology_amendment_search_delete AFTER DELETE ON chronology_amendment BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
END;
)sql";

} // namespace casebook::core
