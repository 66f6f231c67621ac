// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "support/Result.h"

#include <cstdint>
#include <functional>

namespace casebook::core {

class Session;

/// How much fictional data to make, and around which day. The same options and seed always give
/// the same records (ids aside, which the store assigns).
struct FictionalCaseloadOptions {
    int people = 30;
    int cases = 40;
    int chronologyEntries = 800; ///< spread over the cases (the large case's entries come on top)
    int largeCaseEntries = 0;    ///< when > 0, the first case gets this many entries as well
    std::uint64_t seed = 1;
    Date today;                    ///< dates are spread around this day (past and a little future)
    int entriesPerTransaction = 1; ///< > 1 batches entries (one audit entry each) for big benchmark stores
};

struct FictionalCaseloadStats {
    int people = 0;
    int cases = 0;
    int chronologyEntries = 0;
    int procedures = 0;
};

/// Fills an open session with clearly fictional people and cases (names from a fixed list of
/// common names, "Demo" teams): every case type, every procedure type at different stages in both
/// UPP regimes, consents, contacts, signposting and a chronology with decisions; dates spread so
/// the due list has overdue, due-soon and later items. Everything goes through the services, so
/// every record is validated and audited. `progress(done, total)` may return false to stop; what
/// was written by then stays, consistent.
Result<FictionalCaseloadStats> generateFictionalCaseload(Session& session, const FictionalCaseloadOptions& options,
                                                         const std::function<bool(int done, int total)>& progress = {});

} // namespace casebook::core
