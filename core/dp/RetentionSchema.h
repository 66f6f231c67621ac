// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step: a person's service end, local retention periods and retain decisions
/// (core/dp/Retention.h).
inline constexpr std::string_view kRetentionSchemaSql = R"sql(
CREATE TABLE person_service(
    person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
    service_ended_on TEXT NOT NULL CHECK (date(service_ended_on, '+0 days') IS service_ended_on),
    reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE retention_override(
    rule_id TEXT PRIMARY KEY,
    months INTEGER NOT NULL CHECK (months BETWEEN 0 AND 1800),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;
CREATE TABLE retention_decision(
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rule_id TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    decided_on TEXT NOT NULL CHECK (date(decided_on, '+0 days') IS decided_on),
    next_review_on TEXT NOT NULL CHECK (date(next_review_on, '+0 days') IS next_review_on AND next_review_on > decided_on),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;
CREATE INDEX retention_decision_ref ON retention_decision(rule_id, ref_id);
)sql";

} // namespace casebook::core
