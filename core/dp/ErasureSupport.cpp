// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dp/ErasureSupport.h"

#include "repo/SqlValues.h"

namespace casebook::core::erasure {

Status refuseIfHeld(const std::vector<LegalHold>& holds, Database& db, PersonId person, const std::string& what)
{
    if (!holds.empty()) {
        const LegalHold& h = holds.front();
        Error error =
            makeError(ErrorCode::RuleViolation, what + " is under legal hold " + std::to_string(h.id) + " ("
                                                    + std::string(toCode(h.kind)) + ", placed " + h.placedOn.toIso()
                                                    + "); release the hold first ('casebook-cli hold release')");
        error.problems.push_back(Problem{"", "erasure.under_hold", {std::to_string(h.id), h.placedOn.toIso()}});
        return error;
    }
    Result<std::int64_t> openRequests =
        sql::intWhere(db, "SELECT count(*) FROM sar_request WHERE person_id = ?1 AND status = 'open'", person.value);
    if (!openRequests) {
        return openRequests.error();
    }
    if (*openRequests > 0) {
        Error error = makeError(ErrorCode::RuleViolation,
                                what
                                    + " is the subject of an open subject access request; erasing or concealing it "
                                      "from the requester is an offence (DPA 2018 s.173). Close the request first");
        error.problems.push_back(Problem{"", "erasure.open_request", {}});
        return error;
    }
    return Ok{};
}

std::string certificateText(const DisposalCertificate& c)
{
    // A person or a case takes the subject's audit key with it; one record leaves the person's
    // other records, and the key that their audit digests need.
    const bool wholeSubject = c.scope == "person" || c.scope == "case";
    std::string text = "DISPOSAL CERTIFICATE " + std::to_string(c.id) + "\n";
    text += "Issued:     " + c.issuedAt + "\n";
    text += "By:         " + c.actor + "\n";
    text += c.anonymised
                ? "What:       " + c.scope + " " + std::to_string(c.refId)
                      + " anonymised: kept without anything that names or describes them\n"
                : "What:       " + c.scope + " " + std::to_string(c.refId)
                      + (wholeSubject ? " and every record held under it\n" : " and the rows that belong to it\n");
    text += "Rule:       " + c.rule + "\n";
    if (c.anonymised) {
        text += "Kept, anonymised: "
                + std::string(
                    c.scope == "person" ? "the person as 'Anonymised person " + std::to_string(c.refId) + "', " : "")
                + "each case's types, status, RAG, dates and outcome\n";
    }
    text += "Destroyed:\n";
    for (const auto& [kind, count] : c.counts) {
        if (count > 0) {
            text += "  " + kind + ": " + std::to_string(count) + "\n";
        }
    }
    text += "Method:     rows deleted with secure_delete on; search index merged; WAL checkpointed and truncated; "
            "file rebuilt (VACUUM)"
            + std::string(wholeSubject ? "; the subject's audit key destroyed\n" : "\n");
    text += "Kept:       audit tombstone (ids and counts only), this certificate\n";
    text += "Audit:      recorded by audit entry " + c.auditHead + " (seq:hash)\n";
    text += "This certificate holds no content of the records destroyed.\n";
    return text;
}

} // namespace casebook::core::erasure
