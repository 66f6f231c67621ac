// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Signposting.h"
#include "domain/SupportService.h"
#include "store/Database.h"
#include "support/Result.h"

#include <vector>

namespace casebook::core {

/// Maps the support directory (`support_service`) and per-case Signposting records (`signposting`).
class SignpostingRepository {
public:
    explicit SignpostingRepository(Database& db)
        : m_db(db)
    {
    }

    Result<SupportServiceId> insertService(const SupportService& service);
    Status updateService(const SupportService& service);
    /// The directory, by name; retired entries only when asked.
    Result<std::vector<SupportService>> services(bool includeRetired = false);

    Result<SignpostingId> insert(const Signposting& record);
    Status update(const Signposting& record);
    Status remove(SignpostingId id);
    Result<Signposting> find(SignpostingId id);
    /// The case's signposting, by date offered.
    Result<std::vector<Signposting>> listForCase(CaseId caseId);

private:
    Database& m_db;
};

} // namespace casebook::core
