// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step 16: derived dates closed as done, not applicable or waived, with the reason, who
/// and when (core/procedure/DateClosure.h). A closure names its record by table and id, as a date
/// override does, and the date it closed: a rule that later gives another date lists that date
/// again. It goes with its case.
inline constexpr std::string_view kClosureSchemaSql = R"sql(
CREATE TABLE date_closure(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
    record_type TEXT NOT NULL,
    record_id INTEGER NOT NULL CHECK(record_id > 0),
    rule_id TEXT NOT NULL,
    closed_date TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK(outcome IN ('done', 'not_applicable', 'waived')),
    reason TEXT NOT NULL CHECK(length(trim(reason)) > 0),
    closed_by TEXT NOT NULL,
    closed_on TEXT NOT NULL,
    UNIQUE(record_type, record_id, rule_id, closed_date)
) STRICT;
CREATE INDEX date_closure_case ON date_closure(case_id);
)sql";

} // namespace casebook::core
