// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditEntry.h"

#include <array>
#include <utility>

namespace casebook::core {

namespace {

// Must match the CHECK constraint of audit_log.action in store/Migrations.cpp (migration 2).
constexpr std::array<std::pair<AuditAction, std::string_view>, 9> kActions = {{
    {AuditAction::Create, "create"},
    {AuditAction::Update, "update"},
    {AuditAction::Delete, "delete"},
    {AuditAction::Export, "export"},
    {AuditAction::Import, "import"},
    {AuditAction::Erase, "erase"},
    {AuditAction::Open, "open"},
    {AuditAction::Backup, "backup"},
    {AuditAction::Restore, "restore"},
}};

} // namespace

std::string_view toString(AuditAction action)
{
    for (const auto& [value, text] : kActions) {
        if (value == action) {
            return text;
        }
    }
    return "update"; // unreachable: every enumerator is in kActions
}

std::optional<AuditAction> auditActionFromString(std::string_view text)
{
    for (const auto& [value, name] : kActions) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace casebook::core
