// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `policy` (the force's counting policies) and `repin` (a procedure record's rule pack version), issue 14.
#include "cli/RulesCommands.h"

#include "cli/Context.h"
#include "cli/DataProtectionCommands.h"
#include "cli/TextOutput.h"

#include "procedure/PackPin.h"
#include "procedure/UppProcedure.h"
#include "service/Session.h"

#include <algorithm>
#include <array>
#include <optional>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 1> kPolicyOptions = {{{"reason", true}}};
constexpr std::array<std::string_view, 1> kPolicyPositionals = {"ACTION"};
constexpr std::array<std::string_view, 1> kActions = {"list"};
constexpr std::array<std::string_view, 2> kPolicySetPositionals = {"NAME", "VALUE"};
constexpr std::array<std::string_view, 1> kPolicyClearPositionals = {"NAME"};

int runPolicyList(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "list") {
        return context.fail(ExitCode::Usage, "policy: unknown action '" + action
                                                 + "' (use list, set or clear). Try 'casebook-cli policy --help'.");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto stored = session->localRules().countingPolicies();
    if (!stored) {
        return context.fail(stored.error(), context.storePath);
    }
    for (const core::CountingPolicyInfo& p : core::describe(session->rules().policies)) {
        context.out << p.name << ": " << p.value << (p.value == p.values.front() ? " (default)" : "") << "\n  values:";
        for (const std::string& v : p.values) {
            context.out << ' ' << v;
        }
        context.out << "\n  source: " << oneLine(p.source) << '\n';
        for (const core::StoredCountingPolicy& s : *stored) {
            if (s.name == p.name) {
                context.out << "  reason: " << oneLine(s.reason) << '\n';
            }
        }
    }
    return toInt(ExitCode::Ok);
}

int runPolicySet(const Context& context, const ParsedArgs& args)
{
    const std::string reason = args.value("reason").value_or("");
    if (reason.find_first_not_of(" \t") == std::string::npos) {
        return context.fail(ExitCode::Usage, "policy set: give --reason TEXT (why the force counts this way).");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const std::string& name = args.positionals.at(0);
    const std::string& value = args.positionals.at(1);
    if (auto st = session->localRules().setCountingPolicy({name, value, reason}); !st) {
        return failWithDetail(context, "policy set", st.error());
    }
    context.out << name << " set to " << value << ".\n";
    return toInt(ExitCode::Ok);
}

int runPolicyClear(const Context& context, const ParsedArgs& args)
{
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const std::string& name = args.positionals.at(0);
    if (auto st = session->localRules().clearCountingPolicy(name); !st) {
        return failWithDetail(context, "policy clear", st.error());
    }
    context.out << name << " is back to its default.\n";
    return toInt(ExitCode::Ok);
}

constexpr std::string_view kPolicyHelp =
    "Where the sources disagree (resources/rules/README.md, \"Counting policies\"), the force\n"
    "chooses how Casebook counts. 'list' shows each policy, its values (the first is the default),\n"
    "the current value, its source and the reason recorded. 'set NAME VALUE --reason TEXT' changes\n"
    "one (audited) and applies at once to every derived date and figure; 'clear NAME' returns it\n"
    "to the default.\n";

constexpr std::array<OptionSpec, 4> kRepinOptions = {
    {{"kind", true}, {"version", true}, {"reason", true}, {"dry-run", false}}};
constexpr std::array<std::string_view, 1> kRepinPositionals = {"ID"};

/// The kinds `repin --kind` takes, as `show CASE` names their records.
struct RepinKind {
    std::string_view name;
    std::string_view label;
};
constexpr std::array<RepinKind, 6> kRepinKinds = {{{"upp", "UPP"},
                                                   {"conduct", "conduct referral"},
                                                   {"ill-health", "ill-health retirement"},
                                                   {"injury", "injury award"},
                                                   {"limited-duty", "limited duty"},
                                                   {"absence", "absence"}}};

core::Result<core::Repin> planFor(core::ProcedureService& procedures, std::string_view kind, std::int64_t id,
                                  std::optional<int> version, bool dryRun, const std::string& reason)
{
    auto run = [&]<typename T>(const T*) {
        const decltype(T::id) recordId{id};
        return dryRun ? procedures.previewRepinOf<T>(recordId, version)
                      : procedures.repinOf<T>(recordId, version, reason);
    };
    if (kind == "conduct") {
        return run(static_cast<const core::ConductReferral*>(nullptr));
    }
    if (kind == "ill-health") {
        return run(static_cast<const core::IllHealthRetirement*>(nullptr));
    }
    if (kind == "injury") {
        return run(static_cast<const core::InjuryAward*>(nullptr));
    }
    if (kind == "limited-duty") {
        return run(static_cast<const core::LimitedDuty*>(nullptr));
    }
    if (kind == "absence") {
        return run(static_cast<const core::Absence*>(nullptr));
    }
    return run(static_cast<const core::UppProcedure*>(nullptr));
}

int runRepin(const Context& context, const ParsedArgs& args)
{
    const std::string kind = args.value("kind").value_or("upp");
    const auto known =
        std::find_if(kRepinKinds.begin(), kRepinKinds.end(), [&](const RepinKind& k) { return k.name == kind; });
    if (known == kRepinKinds.end()) {
        return context.fail(ExitCode::Usage, "repin: --kind is one of upp, conduct, ill-health, injury, "
                                             "limited-duty, absence.");
    }
    const auto id = parseUnsigned(args.positionals.at(0));
    if (!id || *id == 0) {
        return context.fail(ExitCode::Usage, "repin: ID is the record's id, as 'show CASE' lists it.");
    }
    std::optional<int> version;
    if (const auto text = args.value("version")) {
        const auto n = parseUnsigned(*text);
        if (!n || *n == 0 || *n > 10000) {
            return context.fail(ExitCode::Usage, "repin: --version takes a pack version number.");
        }
        version = static_cast<int>(*n);
    }
    const bool dryRun = args.has("dry-run");
    const std::string reason = args.value("reason").value_or("");
    if (!dryRun && reason.empty()) {
        return context.fail(ExitCode::Usage, "repin: give --reason TEXT (or --dry-run to see what would move).");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto plan = planFor(session->procedures(), kind, static_cast<std::int64_t>(*id), version, dryRun, reason);
    if (!plan) {
        return failWithDetail(context, "repin", plan.error());
    }
    context.out << (dryRun ? "Would pin " : "Pinned ") << known->label << ' ' << *id << " to " << plan->pack
                << " version " << plan->toVersion << " (was version " << plan->fromVersion << ").\n";
    if (plan->moved.empty()) {
        context.out << "No date moves.\n";
    }
    for (const core::MovedDate& m : plan->moved) {
        context.out << "  " << m.ruleId << ": " << (m.before ? m.before->toIso() : "none") << " -> "
                    << (m.after ? m.after->toIso() : "none") << '\n';
    }
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& policyCommand()
{
    static const CommandSpec spec{
        "policy",
        "The force's counting policies: list, set NAME VALUE --reason TEXT, clear NAME.",
        "list | set NAME VALUE --reason TEXT | clear NAME",
        kPolicyHelp,
        {},
        {},
        kPolicyPositionals,
        runPolicyList,
        kActions,
    };
    return spec;
}

const CommandSpec* policySubcommand(std::string_view action)
{
    static const CommandSpec set{
        "policy set",
        "Set a counting policy for the force, with a reason.",
        "NAME VALUE --reason TEXT",
        kPolicyHelp,
        "  --reason TEXT  why the force counts this way (required)\n",
        kPolicyOptions,
        kPolicySetPositionals,
        runPolicySet,
    };
    static const CommandSpec clear{
        "policy clear",
        "Return a counting policy to its default.",
        "NAME",
        kPolicyHelp,
        {},
        {},
        kPolicyClearPositionals,
        runPolicyClear,
    };
    return action == "set" ? &set : action == "clear" ? &clear : nullptr;
}

const CommandSpec& repinCommand()
{
    static const CommandSpec spec{
        "repin",
        "Pin a procedure record to another rule pack version and list the dates that move.",
        "[--kind KIND] ID [--version N] (--reason TEXT | --dry-run)",
        "A procedure keeps the rule pack version it was pinned to when it was recorded, so a new\n"
        "pack version never moves its dates. 'repin' moves it to the version its dates select now\n"
        "(or to --version N), records the reason (audited) and prints each date that moved,\n"
        "old -> new. --dry-run prints what would move and changes nothing. KIND is upp (the\n"
        "default), conduct, ill-health, injury, limited-duty or absence (an absence's dates are its\n"
        "pay transitions and pay reviews).\n",
        "  --kind KIND    the record's kind (default: upp)\n"
        "  --version N    the pack version to pin (default: the one the dates select)\n"
        "  --reason TEXT  why (required unless --dry-run)\n"
        "  --dry-run      show the dates that would move; change nothing\n",
        kRepinOptions,
        kRepinPositionals,
        runRepin,
    };
    return spec;
}

} // namespace casebook::cli
