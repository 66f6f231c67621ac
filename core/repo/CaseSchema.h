// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step 3: people, cases and what hangs off a case, plus the FTS5 search index.
/// Enums are stable TEXT codes (domain/EnumCodes.h) checked here; dates are ISO TEXT checked with
/// date(x, '+0 days') IS x, which also rejects impossible dates. Children of a case go with it (ON DELETE
/// CASCADE). search_index rowids are id * 4 + kind (1 person, 2 case, 3 chronology; 0 is an amendment, step 15) so
/// triggers find an indexed row without a scan.
inline constexpr std::string_view kCaseSchemaSql = R"sql(
CREATE TABLE person(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    number TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('officer','staff')),
    rank_or_grade TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    line_manager_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
    line_manager_name TEXT NOT NULL DEFAULT '',
    duty_status TEXT NOT NULL CHECK (duty_status IN
        ('full','recuperative','adjusted','management_restricted','suspended','absent')),
    pension_scheme TEXT NOT NULL CHECK (pension_scheme IN
        ('police_1987','police_2006','police_2015','staff_lgps','unknown')),
    staff_association TEXT NOT NULL CHECK (staff_association IN
        ('police_federation','unison','superintendents_association','none','unknown')),
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX person_name ON person(name);
CREATE INDEX person_line_manager ON person(line_manager_id);

CREATE TABLE case_file(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open','monitoring','paused','closed')),
    rag TEXT NOT NULL CHECK (rag IN ('red','amber','green')),
    owner TEXT NOT NULL DEFAULT '',
    opened_on TEXT NOT NULL CHECK (date(opened_on, '+0 days') IS opened_on),
    closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on, '+0 days') IS closed_on AND closed_on >= opened_on)),
    next_review_on TEXT CHECK (next_review_on IS NULL OR date(next_review_on, '+0 days') IS next_review_on),
    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('returned_to_full_duties','adjustments_agreed',
        'upp_outcome','ill_health_retirement','resignation','dismissal','other')),
    outcome_note TEXT NOT NULL DEFAULT '',
    CHECK ((status = 'closed') = (closed_on IS NOT NULL))
) STRICT;
CREATE INDEX case_file_person ON case_file(person_id);
CREATE INDEX case_file_status_review ON case_file(status, next_review_on);

CREATE TABLE case_type(
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('reasonable_adjustments','upp','uap','sickness','limited_duties',
        'occupational_health','conduct','ill_health_retirement','action_plan','wellbeing')),
    PRIMARY KEY (case_id, type)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_type_type ON case_type(type);

CREATE TABLE chronology_entry(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    entry_date TEXT NOT NULL CHECK (date(entry_date, '+0 days') IS entry_date),
    entry_time TEXT CHECK (entry_time IS NULL OR (time(entry_time, '+0 seconds') IS entry_time || ':00' AND entry_time < '24:00')),
    kind TEXT NOT NULL CHECK (kind IN ('meeting','note','communication','decision','other')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    body TEXT NOT NULL DEFAULT '',
    medical INTEGER NOT NULL CHECK (medical IN (0, 1)),
    author TEXT NOT NULL DEFAULT '',
    decision TEXT,
    options_considered TEXT,
    rationale TEXT,
    decided_by TEXT,
    not_to_act INTEGER CHECK (not_to_act IS NULL OR not_to_act IN (0, 1)),
    CHECK ((kind = 'decision') = (decision IS NOT NULL))
) STRICT;
CREATE INDEX chronology_entry_case_date ON chronology_entry(case_id, entry_date, entry_time);

CREATE TABLE holistic_review(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    reviewed_on TEXT NOT NULL CHECK (date(reviewed_on, '+0 days') IS reviewed_on),
    reviewer TEXT NOT NULL,
    background TEXT NOT NULL, wellbeing TEXT NOT NULL, attendance TEXT NOT NULL,
    performance TEXT NOT NULL, conduct TEXT NOT NULL, adjustments TEXT NOT NULL,
    occupational_health TEXT NOT NULL, stakeholders TEXT NOT NULL, recommendations TEXT NOT NULL,
    UNIQUE (case_id, version)
) STRICT;
CREATE TRIGGER holistic_review_never_changes BEFORE UPDATE ON holistic_review
BEGIN SELECT RAISE(ABORT, 'a holistic review version is never changed; save a new version'); END;

CREATE TABLE consent(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    audience TEXT NOT NULL CHECK (audience IN ('hr','line_manager','staff_representative',
        'professional_standards','occupational_health','officer')),
    scope TEXT NOT NULL,
    given_on TEXT NOT NULL CHECK (date(given_on, '+0 days') IS given_on),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR (date(withdrawn_on, '+0 days') IS withdrawn_on AND withdrawn_on >= given_on)),
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX consent_person ON consent(person_id, audience);

CREATE TABLE contact(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('hr','occupational_health','professional_standards','federation',
        'unison','line_manager','second_line_manager','appeal_manager','other')),
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE case_contact(
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_contact_contact ON case_contact(contact_id);

CREATE TABLE support_service(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    contact_details TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;
INSERT INTO support_service(name, description) VALUES
    ('Oscar Kilo', 'National Police Wellbeing Service'),
    ('Police Care UK', 'Support for serving and former police officers, staff and families'),
    ('Flint House', 'Police Treatment Centre (rehabilitation)'),
    ('The Police Treatment Centres', 'Physiotherapy and psychological wellbeing programmes'),
    ('Call4Backup', 'Peer support helpline'),
    ('Backup Buddy', 'Mental health support app for the police family'),
    ('Thin Blue Line UK', 'Police charity'),
    ('COPS UK', 'Care of Police Survivors'),
    ('Police Federation', 'Staff association for federated ranks'),
    ('Unison', 'Trade union for police staff'),
    ('Police Superintendents'' Association', 'Staff association for superintending ranks'),
    ('Employee Assistance Programme', 'The force''s own EAP: edit to add its contact details');

CREATE TABLE signposting(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    service_id INTEGER NOT NULL REFERENCES support_service(id),
    offered_on TEXT NOT NULL CHECK (date(offered_on, '+0 days') IS offered_on),
    response TEXT NOT NULL CHECK (response IN ('pending','accepted','declined','already_in_use')),
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX signposting_case ON signposting(case_id, offered_on);
CREATE INDEX signposting_service ON signposting(service_id);

CREATE TABLE attachment(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 1020),
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size BETWEEN 0 AND 26214400),
    added_on TEXT NOT NULL CHECK (date(added_on, '+0 days') IS added_on),
    medical INTEGER NOT NULL CHECK (medical IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX attachment_case ON attachment(case_id);
CREATE TABLE attachment_content(
    attachment_id INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    bytes BLOB NOT NULL
) STRICT;
)sql"
                                                   R"sql(
CREATE VIRTUAL TABLE search_index USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED, medical UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, case_id, medical, title, body)
    VALUES (new.id * 4 + 1, 'person', new.id, NULL, 0, new.name,
            new.number || ' ' || new.team || ' ' || new.rank_or_grade || ' ' || new.role || ' ' || new.notes);
END;
CREATE TRIGGER person_search_update AFTER UPDATE ON person BEGIN
    UPDATE search_index SET title = new.name,
        body = new.number || ' ' || new.team || ' ' || new.rank_or_grade || ' ' || new.role || ' ' || new.notes
    WHERE rowid = new.id * 4 + 1;
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER case_search_insert AFTER INSERT ON case_file BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, case_id, medical, title, body)
    VALUES (new.id * 4 + 2, 'case', new.id, new.id, 0, new.summary,
            new.owner || ' ' || new.outcome_note);
END;
CREATE TRIGGER case_search_update AFTER UPDATE ON case_file BEGIN
    UPDATE search_index SET title = new.summary, body = new.owner || ' ' || new.outcome_note
    WHERE rowid = new.id * 4 + 2;
END;
CREATE TRIGGER case_search_delete AFTER DELETE ON case_file BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

CREATE TRIGGER chronology_search_insert AFTER INSERT ON chronology_entry BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, case_id, medical, title, body)
    VALUES (new.id * 4 + 3, 'chronology', new.id, new.case_id, new.medical, new.title,
            new.body || ' ' || coalesce(new.decision, '') || ' ' || coalesce(new.options_considered, '') || ' ' || coalesce(new.rationale, ''));
END;
CREATE TRIGGER chronology_search_update AFTER UPDATE ON chronology_entry BEGIN
    UPDATE search_index SET medical = new.medical, title = new.title,
        body = new.body || ' ' || coalesce(new.decision, '') || ' ' || coalesce(new.options_considered, '') || ' ' || coalesce(new.rationale, '')
    WHERE rowid = new.id * 4 + 3;
END;
CREATE TRIGGER chronology_search_delete AFTER DELETE ON chronology_entry BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
END;
)sql";

} // namespace casebook::core
