// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditHead.h"
#include "support/Result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace casebook::core {

/// `head` as "<seq>:<64 lower-case hex digits>", the form printed by `audit verify` and in exports.
std::string formatAuditHead(const AuditHead& head);
/// The head in `text` (that form), or nullopt.
std::optional<AuditHead> parseAuditHead(std::string_view text);

/// The recorded head of the audit log in `db` as text, for an export's footer or metadata; empty
/// when the log has no entry yet or its head cannot be read (an export still goes out, and
/// 'audit verify' reports the damage).
std::string auditHeadText(Database& db);

/// How a store's audit head compares with the last one seen for it on this computer.
struct HeadComparison {
    enum class Kind {
        FirstSeen, ///< nothing was recorded for this store
        Same,      ///< the head seen last time
        Ahead,     ///< a later entry: the normal case after changes
        Older,     ///< the log ends before the head seen last time: rolled back to an older copy
        Replaced,  ///< same length, different end: replaced by another copy (or another store)
    };
    Kind kind = Kind::FirstSeen;
    std::string seen; ///< the head seen last time, as text, when there is one

    bool rolledBack() const { return kind == Kind::Older || kind == Kind::Replaced; }
};

/// The last audit head seen per store, kept outside the store in a small file that is not
/// sensitive (a path and a hash a line: "<absolute store path>\t<seq>:<hex>"). The app and the
/// CLI share it, so a rollback seen by either is told by both. The file proves only as much as it
/// is itself trusted: a rollback of the file together with the store is not detected.
class AuditHeadAnchors {
public:
    /// $XDG_STATE_HOME/casebook/audit-heads (when set and absolute), else
    /// $HOME/.local/state/casebook/audit-heads; nullopt without either.
    static std::optional<std::filesystem::path> defaultFile();

    explicit AuditHeadAnchors(std::filesystem::path file);

    /// Compares `head` with the last head recorded for `store`; records nothing.
    HeadComparison compare(const std::filesystem::path& store, const AuditHead& head) const;
    /// Records `head` as the last one seen for `store`: private folders, mode 0600, atomic rename.
    Status record(const std::filesystem::path& store, const AuditHead& head) const;
    /// compare(), then record().
    HeadComparison check(const std::filesystem::path& store, const AuditHead& head) const;

    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

} // namespace casebook::core
