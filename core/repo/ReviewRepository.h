// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/HolisticReview.h"
#include "store/Database.h"
#include "support/Result.h"

#include <optional>
#include <vector>

namespace casebook::core {

/// Maps HolisticReview versions to rows of `holistic_review`; rows are only ever added.
class ReviewRepository {
public:
    explicit ReviewRepository(Database& db)
        : m_db(db)
    {
    }

    /// Stores `review` as the case's next version; returns it with id and version set.
    Result<HolisticReview> insertNextVersion(const HolisticReview& review);
    /// The newest version, or nullopt when the case has none.
    Result<std::optional<HolisticReview>> latest(CaseId caseId);
    /// Every version, oldest first.
    Result<std::vector<HolisticReview>> versions(CaseId caseId);

private:
    Database& m_db;
};

} // namespace casebook::core
