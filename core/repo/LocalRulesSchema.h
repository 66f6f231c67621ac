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

/// Schema step 13: each UPP/UAP procedure records the rule pack version that governs its dates
/// (issue 14), so a new pack version never moves an existing procedure's dates until the sergeant
/// re-pins it. Stores made before step 13 knew one version of each UPP pack, version 2 of
/// `upp.legacy` and of `upp.amended` (the version the attention date selected then): every existing
/// procedure is pinned to version 2 of its regime's pack, so no date moves on upgrade.
inline constexpr std::string_view kPackVersionPinSql = R"sql(
ALTER TABLE upp_procedure ADD COLUMN pinned_pack TEXT NOT NULL DEFAULT '';
ALTER TABLE upp_procedure ADD COLUMN pinned_version INTEGER NOT NULL DEFAULT 0 CHECK(pinned_version >= 0);
ALTER TABLE upp_procedure ADD COLUMN pin_reason TEXT NOT NULL DEFAULT '';
UPDATE upp_procedure SET pinned_version = 2,
    pinned_pack = CASE coalesce(regime_override, derived_regime) WHEN 'legacy' THEN 'upp.legacy' ELSE 'upp.amended' END;
)sql";

/// Schema step 21: conduct referrals, ill-health retirements, injury awards, limited duties and
/// absences record the rule pack version that governs their dates too (issue 14), as UPP/UAP
/// procedures have since step 13. Stores made before step 21 knew one version of each of these
/// packs (conduct 1, ill_health_retirement 2, injury_benefit 1, limited_duties 1, sick_pay 2, the
/// versions their dates came from): every existing record is pinned to it, so no date moves.
inline constexpr std::string_view kPackVersionPinAllKindsSql = R"sql(
ALTER TABLE conduct_referral ADD COLUMN pinned_pack TEXT NOT NULL DEFAULT '';
ALTER TABLE conduct_referral ADD COLUMN pinned_version INTEGER NOT NULL DEFAULT 0 CHECK(pinned_version >= 0);
ALTER TABLE conduct_referral ADD COLUMN pin_reason TEXT NOT NULL DEFAULT '';
UPDATE conduct_referral SET pinned_pack = 'conduct', pinned_version = 1;
ALTER TABLE ill_health_retirement ADD COLUMN pinned_pack TEXT NOT NULL DEFAULT '';
ALTER TABLE ill_health_retirement ADD COLUMN pinned_version INTEGER NOT NULL DEFAULT 0 CHECK(pinned_version >= 0);
ALTER TABLE ill_health_retirement ADD COLUMN pin_reason TEXT NOT NULL DEFAULT '';
UPDATE ill_health_retirement SET pinned_pack = 'ill_health_retirement', pinned_version = 2;
ALTER TABLE injury_award ADD COLUMN pinned_pack TEXT NOT NULL DEFAULT '';
ALTER TABLE injury_award ADD COLUMN pinned_version INTEGER NOT NULL DEFAULT 0 CHECK(pinned_version >= 0);
ALTER TABLE injury_award ADD COLUMN pin_reason TEXT NOT NULL DEFAULT '';
UPDATE injury_award SET pinned_pack = 'injury_benefit', pinned_version = 1;
ALTER TABLE limited_duty ADD COLUMN pinned_pack TEXT NOT NULL DEFAULT '';
ALTER TABLE limited_duty ADD COLUMN pinned_version INTEGER NOT NULL DEFAULT 0 CHECK(pinned_version >= 0);
ALTER TABLE limited_duty ADD COLUMN pin_reason TEXT NOT NULL DEFAULT '';
UPDATE limited_duty SET pinned_pack = 'limited_duties', pinned_version = 1;
ALTER TABLE absence ADD COLUMN pinned_pack TEXT NOT NULL DEFAULT '';
ALTER TABLE absence ADD COLUMN pinned_version INTEGER NOT NULL DEFAULT 0 CHECK(pinned_version >= 0);
ALTER TABLE absence ADD COLUMN pin_reason TEXT NOT NULL DEFAULT '';
UPDATE absence SET pinned_pack = 'sick_pay', pinned_version = 2;
)sql";

} // namespace casebook::core
