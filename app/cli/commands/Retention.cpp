// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `retention`: the retention pack, service-end dates, the review queue and its decisions (issue 15).
#include "cli/DataProtectionCommands.h"

#include "cli/Context.h"
#include "cli/TextOutput.h"

#include "dp/Erasure.h"
#include "dp/Retention.h"
#include "service/Session.h"
#include "support/ResourceLocator.h"
#include "support/SystemClock.h"

#include <array>
#include <chrono>
#include <map>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 11> kOptions = {{{"as-of", true},
                                                  {"within", true},
                                                  {"person", true},
                                                  {"date", true},
                                                  {"clear", false},
                                                  {"reason", true},
                                                  {"rule", true},
                                                  {"months", true},
                                                  {"id", true},
                                                  {"next-review", true},
                                                  {"yes", false}}};
constexpr std::array<std::string_view, 1> kPositionals = {"ACTION"};
constexpr std::array<std::string_view, 7> kActions = {"review", "rules",   "service-end", "override",
                                                      "retain", "dispose", "anonymise"};

std::optional<core::Date> dateArg(const ParsedArgs& args, std::string_view name, bool& bad)
{
    const auto text = args.value(name);
    if (!text) {
        return std::nullopt;
    }
    auto parsed = core::Date::parseIso(*text);
    if (!parsed) {
        bad = true;
        return std::nullopt;
    }
    return *parsed;
}

int runRetention(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "review" && action != "rules" && action != "service-end" && action != "override" && action != "retain"
        && action != "dispose" && action != "anonymise") {
        return context.fail(ExitCode::Usage, "retention: unknown action '" + action
                                                 + "' (use review, rules, service-end, override, retain, dispose or "
                                                   "anonymise). Try 'casebook-cli retention --help'.");
    }
    bool bad = false;
    const auto asOfArg = dateArg(args, "as-of", bad);
    const auto date = dateArg(args, "date", bad);
    const auto nextReview = dateArg(args, "next-review", bad);
    if (bad) {
        return context.fail(ExitCode::Usage, "retention: dates are YYYY-MM-DD, such as 2026-11-23.");
    }
    const core::Date today = core::today(core::SystemClock{});
    const core::Date asOf = asOfArg.value_or(today);
    int within = 30;
    if (const auto text = args.value("within")) {
        const auto n = parseUnsigned(*text);
        if (!n || *n > 3660) {
            return context.fail(ExitCode::Usage, "retention: --within takes a number of days from 0 to 3660.");
        }
        within = static_cast<int>(*n);
    }
    std::optional<std::int64_t> person;
    if (const auto text = args.value("person")) {
        const auto n = parseUnsigned(*text);
        if (!n || *n == 0) {
            return context.fail(ExitCode::Usage, "retention: --person takes a person id.");
        }
        person = *n;
    }
    std::optional<std::int64_t> id;
    if (const auto text = args.value("id")) {
        const auto n = parseUnsigned(*text);
        if (!n || *n == 0) {
            return context.fail(ExitCode::Usage, "retention: --id takes a record id from 'retention review'.");
        }
        id = *n;
    }
    const std::string reason = args.value("reason").value_or("");
    const std::string ruleId = args.value("rule").value_or("");
    if (action == "service-end" && (!person || (!date && !args.has("clear")))) {
        return context.fail(ExitCode::Usage, "retention service-end: --person ID and --date DATE (or --clear).");
    }
    if ((action == "override" && (ruleId.empty() || !args.value("months") || reason.empty()))
        || (action == "retain" && (ruleId.empty() || !id || !nextReview || reason.empty()))
        || ((action == "dispose" || action == "anonymise") && (ruleId.empty() || !id))) {
        return context.fail(ExitCode::Usage, "retention " + action
                                                 + ": missing options. Try 'casebook-cli retention "
                                                   "--help'.");
    }
    auto resources = core::findResourcesDir();
    if (!resources) {
        return context.fail(resources.error(), "resources");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    core::RetentionService retention(session->database(), session->audit(), session->actor());
    auto pack = retention.pack(*resources);
    if (!pack) {
        return context.fail(pack.error(), *resources / "rules" / "retention.json");
    }
    if (action == "rules") {
        for (const core::RetentionRule& r : pack->rules) {
            context.out << r.id << ": " << r.title << "\n  " << core::toCode(r.kind) << ", " << r.months
                        << " months after " << core::toCode(r.trigger) << ", then " << core::toCode(r.action) << " ("
                        << core::toCode(r.status) << "; " << oneLine(r.citation.instrument) << ", "
                        << oneLine(r.citation.provision) << ")\n";
            if (r.shippedMonths) {
                context.out << "  local: shipped " << *r.shippedMonths
                            << " months; reason: " << oneLine(r.overrideReason) << '\n';
            }
        }
        return toInt(ExitCode::Ok);
    }
    if (action == "service-end") {
        const auto st = retention.setServiceEnd(core::PersonId{*person}, date, reason);
        if (!st) {
            return failWithDetail(context, "retention " + action, st.error());
        }
        context.out << "Service end of person " << *person << (date ? " set to " + date->toIso() : " cleared") << ".\n";
        return toInt(ExitCode::Ok);
    }
    if (action == "override") {
        const auto months = parseUnsigned(*args.value("months"));
        if (!months || *months > 1800) {
            return context.fail(ExitCode::Usage, "retention override: --months takes 0 to 1800.");
        }
        if (auto st = retention.overridePeriod(*pack, ruleId, static_cast<int>(*months), reason); !st) {
            return failWithDetail(context, "retention " + action, st.error());
        }
        context.out << "Rule " << ruleId << " now keeps records " << *months << " months (local).\n";
        return toInt(ExitCode::Ok);
    }
    const core::RetentionRule* rule = ruleId.empty() ? nullptr : pack->find(ruleId);
    if (!ruleId.empty() && rule == nullptr) {
        return context.fail(ExitCode::Usage, "retention: no rule " + ruleId + " (see 'casebook-cli retention rules').");
    }
    if (action == "retain") {
        if (auto st = retention.retain(*rule, *id, today, *nextReview, reason); !st) {
            return failWithDetail(context, "retention " + action, st.error());
        }
        context.out << "Recorded: keep " << core::toCode(rule->kind) << ' ' << *id << " until the review on "
                    << nextReview->toIso() << ".\n";
        return toInt(ExitCode::Ok);
    }
    if (action == "dispose" || action == "anonymise") {
        const bool anonymise = action == "anonymise";
        const bool single = core::isSingleRecord(rule->kind);
        if (anonymise && single) {
            return context.fail(ExitCode::Usage, "retention anonymise: a " + std::string(core::toCode(rule->kind))
                                                     + " is disposed of whole ('retention dispose'); only a person "
                                                       "or a case can be kept anonymised.");
        }
        if (!args.has("yes")) {
            return context.fail(ExitCode::Usage,
                                anonymise
                                    ? "retention anonymise: this destroys everything about the "
                                          + std::string(core::toCode(rule->kind))
                                          + " but its counts (types, status, dates, outcome) for good. Add --yes."
                                    : "retention dispose: this destroys the " + std::string(core::toCode(rule->kind))
                                          + " and everything in it for good. Add --yes.");
        }
        const core::SystemClock clock;
        core::ErasureService erasure(session->database(), session->audit(), clock, session->actor());
        const std::string why = reason.empty() ? "retention period ended (" + rule->id + ")" : reason;
        const bool isCase = rule->kind == core::RetentionKind::Case;
        auto certificate = single      ? erasure.disposeRecord(rule->kind, *id, why, rule->id)
                           : anonymise ? (isCase ? erasure.anonymiseCase(core::CaseId{*id}, why, rule->id)
                                                 : erasure.anonymisePerson(core::PersonId{*id}, why, rule->id))
                                       : (isCase ? erasure.eraseCase(core::CaseId{*id}, why, rule->id)
                                                 : erasure.erasePerson(core::PersonId{*id}, why, rule->id));
        if (!certificate) {
            return failWithDetail(context, "retention " + action, certificate.error());
        }
        context.out << certificate->text;
        return toInt(ExitCode::Ok);
    }
    auto due = retention.review(*pack, asOf, within);
    auto people = session->cases().listPeople();
    if (!due || !people) {
        return context.fail(due ? people.error() : due.error(), context.storePath);
    }
    std::map<std::int64_t, std::string> names;
    for (const core::Person& p : *people) {
        names[p.id.value] = p.name;
    }
    context.out << "Retention review as of " << asOf.toIso() << " (due within " << within << " days)\n";
    context.out << column("DUE", 10) << "  " << column("KIND", 16) << "  " << column("ID", 5) << "  "
                << column("PERSON", 20) << "  " << column("TRIGGER", 10) << "  " << column("RULE", 26) << "  "
                << column("ACTION", 9) << "  " << column("STATUS", 8) << "  BLOCKED BY\n";
    for (const core::RetentionDue& d : *due) {
        std::string blocked;
        for (const std::string& b : d.blockedBy) {
            blocked += (blocked.empty() ? "" : ", ") + b;
        }
        context.out << d.dueOn.toIso() << "  " << column(core::toCode(d.rule->kind), 16) << "  "
                    << column(std::to_string(d.refId), 5) << "  " << column(names[d.person.value], 20) << "  "
                    << d.triggerDate.toIso() << "  " << column(d.rule->id, 26) << "  "
                    << column(core::toCode(d.rule->action), 9) << "  " << column(core::toCode(d.rule->status), 8)
                    << "  " << (blocked.empty() ? "-" : blocked) << '\n';
    }
    context.out << due->size() << (due->size() == 1 ? " record" : " records")
                << " to review. Decide each: 'retention retain' (with a reason and a next review date) or "
                   "'retention dispose' or 'retention anonymise'.\n";
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& retentionCommand()
{
    static const CommandSpec spec{
        "retention",
        "Review what has reached the end of its retention period.",
        "review|rules|service-end|override|retain|dispose|anonymise [OPTIONS]",
        "The retention pack (resources/rules/retention.json) gives, per record kind, a trigger\n"
        "(case closed, service ended, the later of both, request closed, conduct outcome report\n"
        "given), a period, an action and its source and status; the shipped periods are typical\n"
        "practice or local inference, marked so. A force sets\n"
        "its own with 'override' and a reason. 'review' lists what is due, with what blocks it\n"
        "(a legal hold, an open subject access request); each is decided with 'retain' (reason\n"
        "and next review date, recorded), 'dispose' (erasure with a disposal certificate) or\n"
        "'anonymise' (keeps the counts: the person as 'Anonymised person N', each case's types,\n"
        "status, dates and outcome; destroys the rest, with a disposal certificate). A request\n"
        "file or the local copy of a conduct referral is disposed of on its own, not anonymised.\n"
        "  review       [--as-of DATE] [--within DAYS]\n"
        "  rules\n"
        "  service-end  --person ID --date DATE [--reason TEXT] | --person ID --clear\n"
        "  override     --rule ID --months N --reason TEXT\n"
        "  retain       --rule ID --id ID --next-review DATE --reason TEXT\n"
        "  dispose      --rule ID --id ID [--reason TEXT] --yes\n"
        "  anonymise    --rule ID --id ID [--reason TEXT] --yes\n",
        "  --as-of DATE   the day to review as of (default today)\n"
        "  --within DAYS  also list what falls due within DAYS (default 30)\n",
        kOptions,
        kPositionals,
        runRetention,
        kActions,
    };
    return spec;
}

} // namespace casebook::cli
