// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "procedure/Absence.h"
#include "procedure/ActionPlan.h"
#include "procedure/Adjustment.h"
#include "procedure/Conduct.h"
#include "procedure/DateClosure.h"
#include "procedure/DateOverride.h"
#include "procedure/LimitedDuty.h"
#include "procedure/OhReferral.h"
#include "procedure/Retirement.h"
#include "procedure/UppProcedure.h"
#include "store/Database.h"
#include "support/Result.h"

#include <cstdint>
#include <string_view>

namespace casebook::core {

/// How one procedure record maps to its table (schema version 4) and child tables. Each
/// specialisation gives `table`, `columns` (everything but `id`, starting with `case_id`),
/// `bind` (parameters 1..n in column order), `read` (column 0 is `id`), and `saveChildren` /
/// `loadChildren` for the record's lists. `ProcedureRepository<T>` does the rest.
template <typename T> struct ProcedureRows;

#define CASEBOOK_PROCEDURE_ROWS(Type)                                                                                  \
    template <> struct ProcedureRows<Type> {                                                                           \
        static const std::string_view table;                                                                           \
        static const std::string_view columns;                                                                         \
        static void bind(Statement& st, const Type& record);                                                           \
        static Result<Type> read(const Statement& st);                                                                 \
        static Status saveChildren(Database& db, const Type& record, std::int64_t id);                                 \
        static Status loadChildren(Database& db, Type& record);                                                        \
    }

CASEBOOK_PROCEDURE_ROWS(Adjustment);
CASEBOOK_PROCEDURE_ROWS(Absence);
CASEBOOK_PROCEDURE_ROWS(LimitedDuty);
CASEBOOK_PROCEDURE_ROWS(OhReferral);
CASEBOOK_PROCEDURE_ROWS(UppProcedure);
CASEBOOK_PROCEDURE_ROWS(ConductReferral);
CASEBOOK_PROCEDURE_ROWS(IllHealthRetirement);
CASEBOOK_PROCEDURE_ROWS(InjuryAward);
CASEBOOK_PROCEDURE_ROWS(ActionPlan);
CASEBOOK_PROCEDURE_ROWS(DateOverride);
CASEBOOK_PROCEDURE_ROWS(DateClosure);

#undef CASEBOOK_PROCEDURE_ROWS

} // namespace casebook::core
