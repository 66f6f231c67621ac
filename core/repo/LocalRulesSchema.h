// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string_view>

namespace casebook::core {

/// Schema step 5: the force's local changes to the shipped rules, applied every time a session
/// opens (core/service/LocalRulesService.h). A rule override replaces one rule's amount with a
/// mandatory reason; a calendar edit adds a local holiday or removes a shipped one.
inline constexpr std::string_view kLocalRulesSchemaSql = R"sql(
CREATE TABLE rule_override(
    pack_id TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    amount INTEGER NOT NULL CHECK(amount >= 0),
    reason TEXT NOT NULL CHECK(length(trim(reason)) > 0),
    PRIMARY KEY(pack_id, rule_id)
) STRICT;
CREATE TABLE calendar_edit(
    date TEXT PRIMARY KEY CHECK(date(date, '+0 days') IS date),
    kind TEXT NOT NULL CHECK(kind IN ('add', 'remove')),
    title TEXT NOT NULL,
    reason TEXT NOT NULL CHECK(length(trim(reason)) > 0)
) STRICT;
)sql";

/// Schema step 7: the force's counting policies where sources disagree (rules/CountingPolicies.h);
/// a missing row means the default. Each change has a mandatory reason.
inline constexpr std::string_view kCountingPolicySchemaSql = R"sql(
CREATE TABLE counting_policy(
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    reason TEXT NOT NULL CHECK(length(trim(reason)) > 0)
) STRICT;
)sql";

} // namespace casebook::core
