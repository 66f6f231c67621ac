// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "repo/ReviewRepository.h"

#include "repo/IdFloor.h"
#include "repo/SqlValues.h"

namespace casebook::core {
namespace {

constexpr std::string_view kColumns = "id, case_id, version, reviewed_on, reviewer, background, wellbeing, attendance, "
                                      "performance, conduct, adjustments, occupational_health, stakeholders, "
                                      "recommendations";

HolisticReview readRow(sql::RowReader& s)
{
    HolisticReview r;
    r.id = ReviewId{s.integer(0)};
    r.caseId = CaseId{s.integer(1)};
    r.version = static_cast<int>(s.integer(2));
    r.reviewedOn = s.date(3);
    r.reviewer = s.text(4);
    r.background = s.text(5);
    r.wellbeing = s.text(6);
    r.attendance = s.text(7);
    r.performance = s.text(8);
    r.conduct = s.text(9);
    r.adjustments = s.text(10);
    r.occupationalHealth = s.text(11);
    r.stakeholders = s.text(12);
    r.recommendations = s.text(13);
    return r;
}

} // namespace

Result<HolisticReview> ReviewRepository::insertNextVersion(const HolisticReview& review)
{
    auto stmt = m_db.prepare(
        "INSERT INTO holistic_review(id, case_id, version, reviewed_on, reviewer, background, wellbeing, attendance, "
        "performance, conduct, adjustments, occupational_health, stakeholders, recommendations) "
        "VALUES ("
        + nextIdSql("holistic_review")
        + ", ?1, (SELECT coalesce(max(version), 0) + 1 FROM holistic_review WHERE case_id = ?1), ?2, ?3, ?4, ?5, "
          "?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id, version");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, review.caseId.value);
    sql::bindDate(*stmt, 2, review.reviewedOn);
    stmt->bind(3, review.reviewer).bind(4, review.background).bind(5, review.wellbeing).bind(6, review.attendance);
    stmt->bind(7, review.performance).bind(8, review.conduct).bind(9, review.adjustments);
    stmt->bind(10, review.occupationalHealth).bind(11, review.stakeholders).bind(12, review.recommendations);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return makeError(ErrorCode::Database, "insert returned no version");
    }
    HolisticReview stored = review;
    stored.id = ReviewId{stmt->columnInt(0)};
    stored.version = static_cast<int>(stmt->columnInt(1));
    if (auto done = stmt->run(); !done) {
        return done.error();
    }
    return stored;
}

Result<std::optional<HolisticReview>> ReviewRepository::latest(CaseId caseId)
{
    auto stmt =
        m_db.prepare(sql::select(kColumns, "FROM holistic_review WHERE case_id = ?1 ORDER BY version DESC LIMIT 1"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return std::optional<HolisticReview>();
    }
    auto review = sql::readOne<HolisticReview>(*stmt, readRow);
    if (!review) {
        return review.error();
    }
    return std::optional<HolisticReview>(std::move(*review));
}

Result<std::vector<HolisticReview>> ReviewRepository::versions(CaseId caseId)
{
    auto stmt = m_db.prepare(sql::select(kColumns, "FROM holistic_review WHERE case_id = ?1 ORDER BY version"));
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, caseId.value);
    return sql::collect<HolisticReview>(*stmt, readRow);
}

} // namespace casebook::core
