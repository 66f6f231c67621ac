// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "report/ExportAudit.h"

#include "audit/ChangeDigest.h"
#include "service/Session.h"

#include <nlohmann/json.hpp>

namespace casebook::core {

Status recordExport(Session& session, const ExportRecord& record)
{
    nlohmann::json withheld = nlohmann::json::array();
    for (const WithheldCategory& w : record.withheld) {
        withheld.push_back({{"category", w.category}, {"items", w.items}});
    }
    const nlohmann::json after = {{"what", record.what},         {"format", record.format},
                                  {"audience", record.audience}, {"sections", record.sections},
                                  {"withheld", withheld},        {"sha256", sha256Hex(record.bytes)}};
    auto digest = changeDigest(nullptr, after);
    if (!digest) {
        return digest.error();
    }
    AuditEntry entry;
    entry.actor = session.actor();
    entry.action = AuditAction::Export;
    entry.recordType = record.recordType;
    entry.recordId = record.recordId;
    entry.summary = record.what + " exported as " + record.format;
    if (!record.audience.empty()) {
        entry.summary += " for " + record.audience;
    }
    std::string sections;
    for (const std::string& section : record.sections) {
        sections += (sections.empty() ? "" : ", ") + section;
    }
    if (!sections.empty()) {
        entry.summary += "; sections: " + sections;
    }
    for (const WithheldCategory& w : record.withheld) {
        entry.summary += "; withheld: " + w.category + " (" + std::to_string(w.items) + ")";
    }
    entry.summary += "; sha256 " + after["sha256"].get<std::string>();
    entry.changeDigest = *digest;
    auto tx = Transaction::begin(session.database());
    if (!tx) {
        return tx.error();
    }
    if (Status logged = session.audit().append(session.database(), entry); !logged) {
        return logged.error();
    }
    return tx->commit();
}

} // namespace casebook::core
