// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `hold` and `erase`: legal holds and erasure that erases (issue 15).
#include "cli/DataProtectionCommands.h"

#include "cli/Context.h"
#include "cli/TextOutput.h"

#include "dp/Erasure.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <array>
#include <chrono>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 7> kHoldOptions = {{{"id", true},
                                                     {"person", true},
                                                     {"case", true},
                                                     {"all", false},
                                                     {"kind", true},
                                                     {"reference", true},
                                                     {"on", true}}};
constexpr std::array<std::string_view, 1> kHoldPositionals = {"ACTION"};
constexpr std::array<std::string_view, 3> kHoldActions = {"add", "list", "release"};

constexpr std::array<OptionSpec, 4> kEraseOptions = {
    {{"person", true}, {"case", true}, {"reason", true}, {"yes", false}}};

core::Date today()
{
    return core::today(core::SystemClock{});
}

std::optional<std::int64_t> idOption(const ParsedArgs& args, std::string_view name)
{
    const auto text = args.value(name);
    if (!text) {
        return std::nullopt;
    }
    const auto number = parseUnsigned(*text);
    if (!number || *number == 0) {
        return std::int64_t{-1};
    }
    return std::int64_t{*number};
}

std::string holdLine(const core::LegalHold& h)
{
    std::string scope(core::toCode(h.scope));
    if (h.person) {
        scope += " " + std::to_string(h.person->value);
    }
    if (h.caseId) {
        scope += " " + std::to_string(h.caseId->value);
    }
    return column(std::to_string(h.id), 4) + "  " + column(scope, 12) + "  " + column(core::toCode(h.kind), 15) + "  "
           + h.placedOn.toIso() + "  " + (h.releasedOn ? h.releasedOn->toIso() : std::string("open      ")) + "  "
           + oneLine(h.reference);
}

int runHold(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "add" && action != "list" && action != "release") {
        return context.fail(ExitCode::Usage, "hold: unknown action '" + action
                                                 + "' (use add, list or release). Try 'casebook-cli hold --help'.");
    }
    core::Date on = today();
    if (const auto text = args.value("on")) {
        auto parsed = core::Date::parseIso(*text);
        if (!parsed) {
            return context.fail(ExitCode::Usage, "hold: --on takes a date as YYYY-MM-DD.");
        }
        on = *parsed;
    }
    core::LegalHold hold;
    hold.placedOn = on;
    const auto person = idOption(args, "person");
    const auto caseId = idOption(args, "case");
    const auto id = idOption(args, "id");
    if ((person && *person < 0) || (caseId && *caseId < 0) || (id && *id < 0)) {
        return context.fail(ExitCode::Usage, "hold: --person, --case and --id take a positive id.");
    }
    if (action == "add") {
        const int scopes = (person ? 1 : 0) + (caseId ? 1 : 0) + (args.has("all") ? 1 : 0);
        if (scopes != 1) {
            return context.fail(ExitCode::Usage, "hold add: give exactly one of --person ID, --case ID or --all.");
        }
        hold.scope = person ? core::HoldScope::Person : caseId ? core::HoldScope::Case : core::HoldScope::All;
        if (person) {
            hold.person = core::PersonId{*person};
        }
        if (caseId) {
            hold.caseId = core::CaseId{*caseId};
        }
        const auto kind = core::holdKindFromCode(args.value("kind").value_or("litigation"));
        if (!kind) {
            return context.fail(ExitCode::Usage, "hold add: --kind is litigation, tribunal, personal_injury, "
                                                 "investigation, inquiry, complaint or other.");
        }
        hold.kind = *kind;
        hold.reference = args.value("reference").value_or("");
    } else if (action == "release" && !id) {
        return context.fail(ExitCode::Usage, "hold release: --id ID is required (see 'casebook-cli hold list').");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    core::HoldService holds(session->database(), session->audit(), session->actor());
    if (action == "add") {
        auto added = holds.place(hold);
        if (!added) {
            return failWithDetail(context, "hold add", added.error());
        }
        context.out << "Placed legal hold " << *added
                    << ". Nothing it covers can be deleted, erased or disposed of until it is released.\n";
        return toInt(ExitCode::Ok);
    }
    if (action == "release") {
        if (auto released = holds.release(*id, on); !released) {
            return failWithDetail(context, "hold release", released.error());
        }
        context.out << "Released legal hold " << *id << " on " << on.toIso() << ".\n";
        return toInt(ExitCode::Ok);
    }
    auto list = holds.list(true);
    if (!list) {
        return context.fail(list.error(), context.storePath);
    }
    context.out << column("ID", 4) << "  " << column("SCOPE", 12) << "  " << column("KIND", 15) << "  "
                << column("PLACED", 10) << "  " << column("RELEASED", 10) << "  REFERENCE\n";
    for (const core::LegalHold& h : *list) {
        context.out << holdLine(h) << '\n';
    }
    context.out << list->size() << (list->size() == 1 ? " hold" : " holds") << ".\n";
    return toInt(ExitCode::Ok);
}

int runErase(const Context& context, const ParsedArgs& args)
{
    const auto person = idOption(args, "person");
    const auto caseId = idOption(args, "case");
    if ((person ? 1 : 0) + (caseId ? 1 : 0) != 1 || (person && *person < 0) || (caseId && *caseId < 0)) {
        return context.fail(ExitCode::Usage, "erase: give exactly one of --person ID or --case ID.");
    }
    const std::string reason = args.value("reason").value_or("");
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
        return context.fail(ExitCode::Usage, "erase: --reason TEXT is required (the ground and who authorised it).");
    }
    if (!args.has("yes")) {
        return context.fail(ExitCode::Usage,
                            std::string("erase: this destroys ") + (person ? "the person, all their cases" : "the case")
                                + ", every record, chronology entry and attachment in them and their search "
                                  "entries, for good (backups keep them until they expire). Add --yes to erase.");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const core::SystemClock clock;
    core::ErasureService erasure(session->database(), session->audit(), clock, session->actor());
    auto certificate = person ? erasure.erasePerson(core::PersonId{*person}, reason)
                              : erasure.eraseCase(core::CaseId{*caseId}, reason);
    if (!certificate) {
        return failWithDetail(context, "erase", certificate.error());
    }
    context.out << certificate->text;
    context.err << "casebook-cli: backups made before this erasure still hold the records until they are "
                   "destroyed.\n";
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& holdCommand()
{
    static const CommandSpec spec{
        "hold",
        "Place, list and release legal holds.",
        "add|list|release [OPTIONS]",
        "A legal hold (litigation contemplated, a tribunal claim, an investigation, an inquiry)\n"
        "stops the records it covers from being deleted, erased or disposed of, in the app, the\n"
        "command line and the store itself, until it is released. A hold is never deleted.\n"
        "  add      --person ID | --case ID | --all  [--kind K] [--reference REF] [--on DATE]\n"
        "  list     every hold, released ones too\n"
        "  release  --id ID [--on DATE]\n",
        "  --kind K         litigation (default), tribunal, personal_injury, investigation, inquiry,\n"
        "                   complaint or other\n"
        "  --reference REF  e.g. a claim number; no names\n"
        "  --on DATE        the day placed or released (default today)\n",
        kHoldOptions,
        kHoldPositionals,
        runHold,
        kHoldActions,
    };
    return spec;
}

const CommandSpec& eraseCommand()
{
    static const CommandSpec spec{
        "erase",
        "Erase a person or a case for good, with a disposal certificate.",
        "--person ID | --case ID --reason TEXT --yes",
        "Deletes every row of the person (or the case): cases, chronology, procedures, consents,\n"
        "attachments and their search-index entries, in one transaction; then merges the search\n"
        "index, checkpoints and truncates the WAL and rebuilds the file (VACUUM), so that no page,\n"
        "free page or WAL frame keeps them. The person's audit key is destroyed: old audit digests\n"
        "can no longer confirm a guess at what was erased, and 'audit verify' still passes. The\n"
        "audit log keeps a tombstone (ids and counts) and a disposal certificate is stored and\n"
        "printed. Refused while a legal hold or an open subject access request covers the records.\n"
        "The reason is kept in the store's erasure register, never in the audit log; do not put\n"
        "names in it. Backups made earlier keep the records until they are destroyed.\n",
        "  --person ID      the person to erase (casebook-cli list)\n"
        "  --case ID        one case to erase (the person stays)\n"
        "  --reason TEXT    the ground and who authorised it\n"
        "  --yes            do it\n",
        kEraseOptions,
        {},
        runErase,
    };
    return spec;
}

} // namespace casebook::cli
