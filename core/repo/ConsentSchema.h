// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step 6: consent by audience and category (core/domain/Consent.h). Each row is one
/// answer: given or refused on a day, a giving perhaps withdrawn later; how it was obtained and a
/// note. The rows of step 3 (one consent per audience covering all "medical detail") become one
/// giving per category, so every export withholds exactly what it did before; a scope other than
/// the default is kept in the note. The OH referral's consent answer (given, and shared with HR
/// or the line manager) becomes an OH-advice answer for HR and the line manager dated on the
/// referral, so what the sergeant recorded there now counts in exports too.
inline constexpr std::string_view kConsentSchemaSql = R"sql(
CREATE TABLE consent_answer(
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    audience TEXT NOT NULL CHECK (audience IN ('hr','line_manager','staff_representative',
        'professional_standards','occupational_health','officer')),
    category TEXT NOT NULL CHECK (category IN ('oh_advice','medical_detail','absence_reasons','fit_notes')),
    answer TEXT NOT NULL CHECK (answer IN ('given','refused')),
    given_on TEXT NOT NULL CHECK (date(given_on, '+0 days') IS given_on),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR (answer = 'given'
        AND date(withdrawn_on, '+0 days') IS withdrawn_on AND withdrawn_on >= given_on)),
    obtained TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO consent_answer(id, person_id, audience, category, answer, given_on, withdrawn_on, obtained, note)
    SELECT id, person_id, audience, 'medical_detail', 'given', given_on, withdrawn_on, '',
           CASE WHEN scope = 'medical detail' THEN note
                ELSE trim('Scope: ' || scope || '. ' || note) END
    FROM consent;
INSERT INTO consent_answer(person_id, audience, category, answer, given_on, withdrawn_on, obtained, note)
    SELECT c.person_id, c.audience, k.category, 'given', c.given_on, c.withdrawn_on, '',
           CASE WHEN c.scope = 'medical detail' THEN c.note
                ELSE trim('Scope: ' || c.scope || '. ' || c.note) END
    FROM consent c, (SELECT 'oh_advice' AS category UNION ALL SELECT 'absence_reasons'
                     UNION ALL SELECT 'fit_notes') k
    ORDER BY c.id, k.category;
INSERT INTO consent_answer(person_id, audience, category, answer, given_on, obtained, note)
    SELECT f.person_id, a.audience, 'oh_advice',
           CASE WHEN r.consent_given = 1 THEN 'given' ELSE 'refused' END,
           r.referral_date, 'recorded on the OH referral', 'OH referral of ' || r.referral_date
    FROM oh_referral r JOIN case_file f ON f.id = r.case_id,
         (SELECT 'hr' AS audience UNION ALL SELECT 'line_manager') a
    WHERE r.consent_given = 0
       OR (r.consent_given = 1 AND ((a.audience = 'hr' AND r.share_hr = 1)
                                OR (a.audience = 'line_manager' AND r.share_line_manager = 1)))
    ORDER BY r.referral_date, r.id, a.audience;
DROP TABLE consent;
ALTER TABLE consent_answer RENAME TO consent;
CREATE INDEX consent_person ON consent(person_id, audience, category);
)sql";

/// Schema step 7: a decision's medical rationale apart from its decision and other rationale, so
/// an export without consent withholds only that part (NULL when the entry is not a decision).
inline constexpr std::string_view kDecisionMedicalRationaleSql = R"sql(
ALTER TABLE chronology_entry ADD COLUMN medical_rationale TEXT
    CHECK (medical_rationale IS NULL OR decision IS NOT NULL);
UPDATE chronology_entry SET medical_rationale = '' WHERE decision IS NOT NULL;
)sql";

/// Schema step 18: the medical detail of any entry but a decision (which has its medical
/// rationale), kept apart from its title and text so that an export without consent withholds
/// only that part and says so in place (issue 12 item 4). Searchable like the rest of the entry,
/// and a search hit on an entry that has some is marked medical.
inline constexpr std::string_view kEntryMedicalDetailSql = R"sql(
ALTER TABLE chronology_entry ADD COLUMN medical_detail TEXT NOT NULL DEFAULT ''
    CHECK (medical_detail = '' OR decision IS NULL);
DROP TRIGGER chronology_search_insert;
DROP TRIGGER chronology_search_update;
CREATE TRIGGER chronology_search_insert AFTER INSERT ON chronology_entry BEGIN
    INSERT INTO search_index(rowid, kind, ref_id, case_id, medical, title, body)
    VALUES (new.id * 4 + 3, 'chronology', new.id, new.case_id, max(new.medical, new.medical_detail <> ''), new.title,
            new.body || ' ' || coalesce(new.decision, '') || ' ' || coalesce(new.options_considered, '') || ' '
            || coalesce(new.rationale, '') || ' ' || new.medical_detail);
END;
CREATE TRIGGER chronology_search_update AFTER UPDATE ON chronology_entry BEGIN
    UPDATE search_index SET medical = max(new.medical, new.medical_detail <> ''), title = new.title,
        body = new.body || ' ' || coalesce(new.decision, '') || ' ' || coalesce(new.options_considered, '') || ' '
               || coalesce(new.rationale, '') || ' ' || new.medical_detail
    WHERE rowid = new.id * 4 + 3;
END;
)sql";

} // namespace casebook::core
