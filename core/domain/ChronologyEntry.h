// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/TimeOfDay.h"
#include "support/Result.h"

#include <array>
#include <optional>
#include <string>

namespace casebook::core {

enum class EntryKind { Meeting, Note, Communication, Decision, Other };

/// The decision-log part of a chronology entry: what was decided, why, and by whom.
struct DecisionRecord {
    std::string decision;
    std::string optionsConsidered;
    std::string rationale;
    std::string decidedBy;
    bool notToAct = false; ///< a recorded decision to take no action
    /// The medical part of the reasoning, kept apart so that an export without consent withholds
    /// only this and still shows the decision and the rest of its rationale.
    std::string medicalRationale;

    bool operator==(const DecisionRecord&) const = default;
};

/// One entry in a case's single chronology (meetings, notes, communications, decisions).
struct ChronologyEntry {
    ChronologyEntryId id;
    CaseId caseId;
    Date date;
    std::optional<TimeOfDay> time;
    EntryKind kind = EntryKind::Note;
    std::string title;
    std::string body;
    bool medical = false; ///< title and text hold medical information: the whole entry is withheld without consent
    std::string author;
    std::optional<DecisionRecord> decision; ///< present exactly when kind is Decision
    /// Medical detail kept apart from the title and text (not on a decision, whose medical part is
    /// its medical rationale): without consent only this is withheld, and the export says so in place.
    std::string medicalDetail = {};

    bool operator==(const ChronologyEntry&) const = default;
};

/// Case set, title required, body within kMaxFreeTextChars; a Decision entry carries a decision
/// with its rationale and decision-maker, and other kinds carry none.
Status validate(const ChronologyEntry& entry);

/// A correction to a chronology entry, kept beside it: the entry as first written never changes,
/// and what it should now say, why, who and when are recorded here. The record a complaint is
/// judged on shows both.
struct EntryAmendment {
    EntryAmendmentId id;
    ChronologyEntryId entryId;
    CaseId caseId;          ///< the entry's case (set by the service)
    Date amendedOn;         ///< the day the correction was recorded
    std::string amendedBy;  ///< who recorded it (the sergeant's signature)
    std::string reason;     ///< why the entry was corrected
    std::string correction; ///< what the entry should now say
    bool medical = false;   ///< the correction holds medical information
    bool operator==(const EntryAmendment&) const = default;
};

/// Entry set, reason and correction required, within kMaxFreeTextChars.
Status validate(const EntryAmendment& amendment);

template <> struct EnumCodes<EntryKind> {
    static constexpr std::array entries{
        CodeEntry<EntryKind>{EntryKind::Meeting, "meeting"},
        CodeEntry<EntryKind>{EntryKind::Note, "note"},
        CodeEntry<EntryKind>{EntryKind::Communication, "communication"},
        CodeEntry<EntryKind>{EntryKind::Decision, "decision"},
        CodeEntry<EntryKind>{EntryKind::Other, "other"},
    };
};

} // namespace casebook::core
