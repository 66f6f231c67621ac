// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace casebook::core {

/// The tables besides person and case_file whose ids the audit log names and an erasure deletes.
/// Their ids are INTEGER PRIMARY KEY without AUTOINCREMENT, so SQLite would hand the largest
/// erased id to the next row; each has an id_floor row (core/dp/ErasureSchema.h) and its
/// repository allocates with nextIdSql(), so an old audit entry never names someone else's record.
/// Not support_service: the force's directory of services names no one, no erasure deletes it, and
/// an import replaces it whole with the file's ids.
inline constexpr std::array<std::string_view, 18> kIdFloorTables{
    "chronology_entry", "chronology_amendment",  "holistic_review", "consent",       "signposting",  "attachment",
    "conduct_referral", "upp_procedure",         "adjustment",      "absence",       "limited_duty", "action_plan",
    "oh_referral",      "ill_health_retirement", "injury_award",    "date_override", "date_closure", "contact"};

/// An SQL expression for a new row's id in `table`: above both its largest id and its id floor.
/// `table` is one of kIdFloorTables (a constant, never user text).
inline std::string nextIdSql(std::string_view table)
{
    const std::string t(table);
    return "(SELECT max(coalesce((SELECT last_id FROM id_floor WHERE table_name = '" + t
           + "'), 0), coalesce((SELECT max(id) FROM " + t + "), 0)) + 1)";
}

/// Schema step 19: an id floor for each of kIdFloorTables, kept by triggers as person and
/// case_file's are (an AFTER INSERT raises it, a BEFORE INSERT refuses an explicit id at or below it).
inline std::string idFloorSchemaSql()
{
    std::string sql;
    for (std::string_view name : kIdFloorTables) {
        const std::string t(name);
        sql += "INSERT INTO id_floor(table_name, last_id) SELECT '" + t + "', coalesce(max(id), 0) FROM " + t + ";\n";
        sql += "CREATE TRIGGER " + t + "_id_floor AFTER INSERT ON " + t + "\nBEGIN UPDATE id_floor SET last_id = "
               + "max(last_id, NEW.id) WHERE table_name = '" + t + "'; END;\n";
        sql += "CREATE TRIGGER " + t + "_id_never_reused BEFORE INSERT ON " + t
               + "\nWHEN NEW.id > 0 AND NEW.id <= (SELECT last_id FROM id_floor WHERE table_name = '" + t
               + "')\nBEGIN SELECT RAISE(ABORT, 'a " + t + " id is never reused'); END;\n";
    }
    return sql;
}

} // namespace casebook::core
