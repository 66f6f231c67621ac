// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "procedure/ProcedureIds.h"

#include <array>
#include <cstdint>
#include <string>

namespace casebook::core {

/// How a derived date was closed: what it asked for was done, it does not apply to this case, or
/// the person it protects let it go (for example no appeal was lodged).
enum class ClosureOutcome { Done, NotApplicable, Waived };

template <> struct EnumCodes<ClosureOutcome> {
    static constexpr std::array<CodeEntry<ClosureOutcome>, 3> entries{
        {{ClosureOutcome::Done, "done"},
         {ClosureOutcome::NotApplicable, "not_applicable"},
         {ClosureOutcome::Waived, "waived"}}};
};

/// One derived date (a record's rule, on the date it fell when closed) taken off the due list,
/// with why, who and when. It applies while the rule still gives that date: if a later event
/// moves the date, the new date is listed again.
struct DateClosure {
    DateClosureId id;
    CaseId caseId;
    std::string recordType; ///< e.g. "upp_procedure", "absence", "case_file"
    std::int64_t recordId = 0;
    std::string ruleId;
    Date date; ///< the date closed (after any local override)
    ClosureOutcome outcome = ClosureOutcome::Done;
    std::string reason;
    std::string closedBy;
    Date closedOn;
    bool operator==(const DateClosure&) const = default;
};

} // namespace casebook::core
