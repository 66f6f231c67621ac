// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "rules/DeadlineEngine.h"
#include "rules/RulePack.h"
#include "rules/WorkingCalendar.h"
#include "support/Result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace casebook::core {

/// Identifies a stored subject access request.
struct SarId {
    std::int64_t value = 0;
    auto operator<=>(const SarId&) const = default;
};

enum class SarChannel { Email, Letter, InPerson, Phone, Other };
/// Open until answered; a request that was refused or withdrawn is closed too.
enum class SarStatus { Open, Responded, Refused, Withdrawn };
/// Identity, authority (a third party acting for the subject) and a fee restart the month when
/// received; a clarification stops the clock from the day it is asked for to the day it arrives.
enum class SarClockKind { Identity, Authority, Fee, Clarification };

std::string_view toCode(SarChannel value);
std::string_view toCode(SarStatus value);
std::string_view toCode(SarClockKind value);
std::optional<SarChannel> sarChannelFromCode(std::string_view code);
std::optional<SarStatus> sarStatusFromCode(std::string_view code);
std::optional<SarClockKind> sarClockKindFromCode(std::string_view code);

/// Something the controller asked the requester for, and when it arrived (nullopt: still awaited).
struct SarClockEvent {
    SarClockKind kind = SarClockKind::Clarification;
    Date requestedOn;
    std::optional<Date> receivedOn;
    bool operator==(const SarClockEvent&) const = default;
};

/// A subject access request about a person in the store. `reference` is the force's reference
/// (no names); the extension reason is kept in the record, never in the audit summary.
struct SarRequest {
    SarId id;
    PersonId person;
    std::string reference;
    Date receivedOn;
    SarChannel channel = SarChannel::Email;
    std::vector<SarClockEvent> clockEvents;
    std::optional<Date> extensionNotifiedOn;
    std::string extensionReason;
    SarStatus status = SarStatus::Open;
    std::optional<Date> closedOn; ///< response sent, refusal sent, or withdrawal received
    std::string notes;
    bool operator==(const SarRequest&) const = default;
};

nlohmann::json sarJson(const SarRequest& sar);

/// The subject-access rule packs (resources/rules/subject-access*.json) and the working calendar
/// they count on. Besides the dated rules, a pack switches on the ICO's counting with three
/// constraint rules: `<pack>.next_working_day` (a deadline on a weekend or bank holiday moves to
/// the next working day), `<pack>.clock_restart` (receipt of identity, authority or a fee asked
/// for starts the month again) and `<pack>.clock_stop` (clarification days do not count).
struct SubjectAccessRules {
    const WorkingCalendar* calendar = nullptr; ///< not owned: the session's calendar, with local holidays
    RulePack current;                          ///< Art 12A: received from 5 February 2026
    RulePack preDuaa;                          ///< the old Art 12(3): received before then

    /// Loads both packs from `<resourcesDir>/rules`; InvalidRulePack or Io naming the file.
    static Result<SubjectAccessRules> load(const std::filesystem::path& resourcesDir, const WorkingCalendar& calendar);
    /// The packs from core::findResourcesDir(), loaded once per process (they are read-only data),
    /// over `calendar`.
    static Result<SubjectAccessRules> shipped(const WorkingCalendar& calendar);
};

/// The dates of one request as its rule pack gives them, after clock restarts and stops.
struct SarTimeline {
    std::string packId;             ///< subject_access or subject_access.pre_duaa, from the received date
    Date clockStarted;              ///< receipt, or the latest receipt of identity, authority or fee asked for
    int excludedDays = 0;           ///< clarification days that do not count (s.54(3C) twin)
    std::optional<Date> pausedFrom; ///< something asked for has not arrived: the clock is not running
    std::vector<DerivedDate> dates; ///< response, extension_notice, extended_response (as the pack has them)
    /// The deadline in force: the extended one once an extension was notified, else the response.
    const DerivedDate* deadline() const;
    const DerivedDate* find(std::string_view ruleSuffix) const;
    bool extended = false;
};

/// Computes the timeline with the pack in force on the received date. InvalidArgument when no
/// shipped pack covers that date (before 25 May 2018).
Result<SarTimeline> sarTimeline(const SubjectAccessRules& rules, const SarRequest& sar);

/// Field checks and the rule checks (a late extension notice is refused, naming the rule id).
Status checkSarRequest(const SubjectAccessRules& rules, const SarRequest& sar);

} // namespace casebook::core
