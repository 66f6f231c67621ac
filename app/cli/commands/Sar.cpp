// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/DataProtectionCommands.h"
#include "cli/PdfRenderer.h"
#include "cli/TextOutput.h"
#include "support/AtomicFile.h"

#include "dp/Disclosure.h"
#include "dp/SarService.h"
#include "report/ExportAudit.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <array>
#include <chrono>
#include <map>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 22> kOptions = {{
    {"id", true},
    {"person", true},
    {"received", true},
    {"channel", true},
    {"reference", true},
    {"identity-requested", true},
    {"identity-received", true},
    {"clarification-requested", true},
    {"clarification-received", true},
    {"extension-notified", true},
    {"extension-reason", true},
    {"status", true},
    {"closed", true},
    {"notes", true},
    {"all", false},
    {"as-of", true},
    {"item", true},
    {"disclose", false},
    {"redact", true},
    {"withhold", true},
    {"reason", true},
    {"out", true},
}};
constexpr std::array<std::string_view, 1> kPositionals = {"ACTION"};
constexpr std::array<std::string_view, 6> kActions = {"add", "list", "update", "show", "review", "package"};

/// Parses option `name` as a date into `out`; false (after reporting) when it is not one.
bool dateOption(const Context& context, const ParsedArgs& args, std::string_view name, std::optional<core::Date>& out,
                int& code)
{
    const auto text = args.value(name);
    if (!text) {
        return true;
    }
    auto parsed = core::Date::parseIso(*text);
    if (!parsed) {
        code = context.fail(ExitCode::Usage,
                            "sar: --" + std::string(name) + " takes a date as YYYY-MM-DD, such as 2026-11-23.");
        return false;
    }
    out = *parsed;
    return true;
}

/// Applies the clock options to the request's events of one kind: the latest such event is
/// completed (received) or a new one is added (requested).
bool applyClock(const Context& context, const ParsedArgs& args, core::SarRequest& sar, core::SarClockKind kind,
                std::string_view requestedOption, std::string_view receivedOption, int& code)
{
    std::optional<core::Date> requested;
    std::optional<core::Date> received;
    if (!dateOption(context, args, requestedOption, requested, code)
        || !dateOption(context, args, receivedOption, received, code)) {
        return false;
    }
    core::SarClockEvent* pending = nullptr;
    for (core::SarClockEvent& e : sar.clockEvents) {
        if (e.kind == kind && !e.receivedOn) {
            pending = &e;
        }
    }
    if (requested) {
        sar.clockEvents.push_back({kind, *requested, received});
        return true;
    }
    if (received) {
        if (pending == nullptr) {
            code = context.fail(ExitCode::Usage, "sar: --" + std::string(receivedOption)
                                                     + " needs an outstanding request: give --"
                                                     + std::string(requestedOption) + " too.");
            return false;
        }
        pending->receivedOn = received;
    }
    return true;
}

std::string clockText(const core::SarRequest& sar)
{
    std::string text;
    for (const core::SarClockEvent& e : sar.clockEvents) {
        text += (text.empty() ? "" : "; ") + std::string(core::toCode(e.kind)) + " asked " + e.requestedOn.toIso()
                + (e.receivedOn ? ", received " + e.receivedOn->toIso() : ", awaited");
    }
    return text.empty() ? "-" : text;
}

/// Fills `sar` from the options; false after reporting a usage error.
bool readFields(const Context& context, const ParsedArgs& args, core::SarRequest& sar, int& code)
{
    std::optional<core::Date> received;
    std::optional<core::Date> notified;
    std::optional<core::Date> closed;
    if (!dateOption(context, args, "received", received, code)
        || !dateOption(context, args, "extension-notified", notified, code)
        || !dateOption(context, args, "closed", closed, code)) {
        return false;
    }
    if (received) {
        sar.receivedOn = *received;
    }
    if (notified) {
        sar.extensionNotifiedOn = notified;
    }
    if (closed) {
        sar.closedOn = closed;
    }
    if (const auto text = args.value("channel")) {
        const auto channel = core::sarChannelFromCode(*text);
        if (!channel) {
            code = context.fail(ExitCode::Usage, "sar: --channel is email, letter, in_person, phone or other.");
            return false;
        }
        sar.channel = *channel;
    }
    if (const auto text = args.value("status")) {
        const auto status = core::sarStatusFromCode(*text);
        if (!status) {
            code = context.fail(ExitCode::Usage, "sar: --status is open, responded, refused or withdrawn.");
            return false;
        }
        sar.status = *status;
    }
    if (sar.status == core::SarStatus::Open) {
        sar.closedOn.reset();
    } else if (!sar.closedOn) {
        code = context.fail(ExitCode::Usage, "sar: a request that is no longer open needs --closed DATE.");
        return false;
    }
    sar.reference = args.value("reference").value_or(sar.reference);
    sar.extensionReason = args.value("extension-reason").value_or(sar.extensionReason);
    sar.notes = args.value("notes").value_or(sar.notes);
    return applyClock(context, args, sar, core::SarClockKind::Identity, "identity-requested", "identity-received", code)
           && applyClock(context, args, sar, core::SarClockKind::Clarification, "clarification-requested",
                         "clarification-received", code);
}

void printRequest(const Context& context, const core::SubjectAccessRules& rules, const core::SarRequest& sar,
                  const std::string& name, core::Date asOf)
{
    context.out << "Request " << sar.id.value << " (" << (sar.reference.empty() ? "no reference" : sar.reference)
                << ") about person " << sar.person.value << ' ' << name << '\n';
    context.out << "  received " << sar.receivedOn.toIso() << " by " << core::toCode(sar.channel) << "; status "
                << core::toCode(sar.status) << (sar.closedOn ? " on " + sar.closedOn->toIso() : std::string{}) << '\n';
    context.out << "  clock: " << clockText(sar) << '\n';
    if (sar.extensionNotifiedOn) {
        context.out << "  extended: requester told " << sar.extensionNotifiedOn->toIso()
                    << " (reasons: " << oneLine(sar.extensionReason) << ")\n";
    }
    auto timeline = core::sarTimeline(rules, sar);
    if (!timeline) {
        context.out << "  no dates: " << timeline.error().detail << '\n';
        return;
    }
    context.out << "  clock started " << timeline->clockStarted.toIso() << ", " << timeline->excludedDays
                << " day(s) stopped" << (timeline->pausedFrom ? ", paused since " + timeline->pausedFrom->toIso() : "")
                << '\n';
    for (const core::DerivedDate& d : timeline->dates) {
        const bool governs = timeline->deadline() == &d;
        context.out << "  " << d.date.toIso() << (governs ? " * " : "   ") << column(d.ruleId, 42) << "  "
                    << column(core::toString(d.status), 9) << "  " << oneLine(d.citation.instrument) << ", "
                    << oneLine(d.citation.provision);
        if (governs && sar.status == core::SarStatus::Open) {
            context.out << "  (" << asOf.daysUntil(d.date) << " days from " << asOf.toIso() << ")";
        }
        context.out << '\n';
    }
}

/// The decision asked for by --disclose, --redact or --withhold; nullopt (after reporting) when
/// none or several are given, or a redaction has no --reason.
std::optional<core::DisclosureDecision> decisionOption(const Context& context, const ParsedArgs& args, int& code)
{
    const int given = (args.has("disclose") ? 1 : 0) + (args.has("redact") ? 1 : 0) + (args.has("withhold") ? 1 : 0);
    if (given != 1 || !args.value("item")) {
        code = context.fail(ExitCode::Usage, "sar review: a decision is --item KEY with one of --disclose, "
                                             "--redact WORDS --reason TEXT or --withhold REASON.");
        return std::nullopt;
    }
    if (args.has("redact") && !args.value("reason")) {
        code = context.fail(ExitCode::Usage, "sar review: --redact needs --reason (such as 'DPA 2018 Sch 2 para 16').");
        return std::nullopt;
    }
    return args.has("disclose") ? core::DisclosureDecision::Disclose
           : args.has("redact") ? core::DisclosureDecision::Redact
                                : core::DisclosureDecision::Withhold;
}

void printReview(const Context& context, const core::DisclosureReview& review)
{
    context.out << "Disclosure review of request " << review.sar.value << " ("
                << (review.reference.empty() ? "no reference" : review.reference) << ") about person "
                << review.person.value << ' ' << review.personName << '\n';
    std::size_t suggested = 0;
    for (const core::DisclosureItem& item : review.items) {
        const auto d = review.decisions.find(item.key);
        std::string state = d == review.decisions.end()
                                ? (item.thirdParties.empty() ? "disclose (no decision needed)" : "UNDECIDED")
                                : std::string(core::toCode(d->second.decision));
        if (d != review.decisions.end() && !d->second.reason.empty()) {
            state += ": " + oneLine(d->second.reason);
        }
        context.out << '\n' << item.key << "  " << item.title << "  [" << state << "]\n";
        if (d != review.decisions.end()) {
            for (const std::string& words : d->second.redactions) {
                context.out << "  redacted: " << oneLine(words) << '\n';
            }
        }
        for (const std::string& why : item.thirdParties) {
            context.out << "  third party? " << why << '\n';
        }
        if (!item.thirdParties.empty()) {
            ++suggested;
        }
        for (const auto& [label, value] : item.fields) {
            context.out << "    " << label << ": " << oneLine(value) << '\n';
        }
    }
    context.out << '\n'
                << review.items.size() << " items; " << suggested << " suggested for third-party review, "
                << review.undecidedSuggestions().size() << " of them undecided; " << review.auditEntries.size()
                << " audit entries and " << review.exports.size() << " exports about the person.\n"
                << "The matcher finds other people's names held in the store (full name or surname) and the "
                   "contacts on the cases; it cannot find nicknames, initials, misspellings or people identifiable "
                   "from context. Read every item.\n";
}

/// `sar review` and `sar package`.
int runDisclosure(const Context& context, const ParsedArgs& args, const std::string& action, core::SarId id)
{
    int code = 0;
    std::optional<core::DisclosureDecision> decision;
    const bool deciding = args.has("item") || args.has("disclose") || args.has("redact") || args.has("withhold");
    if (action == "review" && deciding) {
        decision = decisionOption(context, args, code);
        if (!decision) {
            return code;
        }
    }
    std::filesystem::path out;
    if (action == "package") {
        if (!args.value("out") || args.value("out")->empty()) {
            return context.fail(ExitCode::Usage, "sar package: --out DIR is required (a new folder).");
        }
        if (!pdfRenderer()) {
            return context.fail(ExitCode::Usage, "sar package: PDF is not available in this build.");
        }
        out = *args.value("out");
        std::error_code ec;
        if (std::filesystem::exists(out, ec) && !std::filesystem::is_empty(out, ec)) {
            return context.fail(ExitCode::Failure,
                                "sar package: " + out.string() + " exists and is not empty; choose a new folder.");
        }
    }
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const core::SystemClock clock;
    core::DisclosureService disclosure(session->database(), session->audit(), clock, session->actor());
    if (action == "review") {
        if (decision) {
            const std::string reason = *decision == core::DisclosureDecision::Withhold
                                           ? args.value("withhold").value_or("")
                                           : args.value("reason").value_or("");
            if (auto done =
                    disclosure.decide(id, *args.value("item"), *decision, reason, args.value("redact").value_or(""));
                !done) {
                return failWithDetail(context, "sar review", done.error());
            }
            context.out << "Recorded: " << *args.value("item") << ' ' << core::toCode(*decision) << ".\n";
            return toInt(ExitCode::Ok);
        }
        auto review = disclosure.collect(id);
        if (!review) {
            return failWithDetail(context, "sar review", review.error());
        }
        printReview(context, *review);
        return toInt(ExitCode::Ok);
    }
    const core::Date today = core::today(core::SystemClock{});
    auto package = disclosure.build(id, today);
    if (!package) {
        return failWithDetail(context, "sar package", package.error());
    }
    auto pdf = pdfRenderer()(package->document);
    if (!pdf) {
        return context.fail(ExitCode::Failure, "sar package: the PDF could not be made: " + pdf.error().detail + ".");
    }
    const std::string manifest = core::disclosureManifest("disclosure.pdf", *pdf, package->attachments);
    std::error_code ec;
    const bool created = std::filesystem::create_directories(out / "attachments", ec);
    (void)created;
    if (!ec) {
        std::filesystem::permissions(out, std::filesystem::perms::owner_all, ec);
    }
    auto write = [&](const std::filesystem::path& path, const std::string& bytes) {
        return ec ? ec : core::writeFileAtomically(path, bytes, false);
    };
    ec = write(out / "disclosure.pdf", *pdf);
    for (const core::PackagedAttachment& a : package->attachments) {
        ec = write(out / "attachments" / a.fileName, a.bytes);
    }
    ec = write(out / "manifest.txt", manifest);
    if (ec) {
        std::filesystem::remove_all(out, ec);
        return context.fail(ExitCode::Failure, "sar package: cannot write " + out.string() + "; nothing was kept.");
    }
    const std::string pdfSha = core::sha256Hex(*pdf);
    const std::string manifestSha = core::sha256Hex(manifest);
    if (auto logged = disclosure.recordPackage(id, *package, pdfSha, manifestSha); !logged) {
        std::filesystem::remove_all(out, ec);
        return context.fail(logged.error(), context.storePath);
    }
    context.out << "Wrote the disclosure package to " << out.string() << ": disclosure.pdf, "
                << package->attachments.size() << " attachment(s), manifest.txt.\n"
                << "  items: " << package->disclosed << " disclosed, " << package->redacted << " redacted, "
                << package->withheld << " withheld\n"
                << "  sha256 " << pdfSha << "  disclosure.pdf\n"
                << "  sha256 " << manifestSha << "  manifest.txt\n";
    context.err << "casebook-cli: the package is NOT encrypted: deliver it securely and delete it when no longer "
                   "needed.\n";
    return toInt(ExitCode::Ok);
}

int runSar(const Context& context, const ParsedArgs& args)
{
    const std::string& action = args.positionals.at(0);
    if (action != "add" && action != "list" && action != "update" && action != "show" && action != "review"
        && action != "package") {
        return context.fail(ExitCode::Usage, "sar: unknown action '" + action
                                                 + "' (use add, list, show, update, review or package). Try "
                                                   "'casebook-cli sar --help'.");
    }
    int code = 0;
    std::optional<core::Date> asOfOption;
    if (!dateOption(context, args, "as-of", asOfOption, code)) {
        return code;
    }
    const core::Date asOf = asOfOption.value_or(core::today(core::SystemClock{}));
    std::optional<std::int64_t> id;
    if (const auto text = args.value("id")) {
        const auto number = parseUnsigned(*text);
        if (!number || *number == 0) {
            return context.fail(ExitCode::Usage, "sar: --id takes a request id from 'casebook-cli sar list'.");
        }
        id = *number;
    }
    if ((action == "update" || action == "show" || action == "review" || action == "package") && !id) {
        return context.fail(ExitCode::Usage, "sar " + action + ": --id ID is required.");
    }
    if (action == "review" || action == "package") {
        return runDisclosure(context, args, action, core::SarId{*id});
    }
    core::SarRequest sar;
    if (action == "add") {
        const auto person = args.value("person") ? parseUnsigned(*args.value("person")) : std::nullopt;
        if (!person || *person == 0 || !args.value("received")) {
            return context.fail(
                ExitCode::Usage,
                "sar add: --person ID and --received DATE are required. Try 'casebook-cli sar --help'.");
        }
        sar.person = core::PersonId{*person};
        if (!readFields(context, args, sar, code)) {
            return code;
        }
    }
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto rules = core::SubjectAccessRules::shipped(session->rules().calendar);
    if (!rules) {
        return context.fail(rules.error(), context.storePath);
    }
    core::SarService sars(session->database(), *rules, session->audit(), session->actor());
    auto people = session->cases().listPeople();
    if (!people) {
        return context.fail(people.error(), context.storePath);
    }
    std::map<std::int64_t, std::string> names;
    for (const core::Person& p : *people) {
        names[p.id.value] = p.name;
    }
    if (action == "add") {
        auto added = sars.add(sar);
        if (!added) {
            return failWithDetail(context, "sar add", added.error());
        }
        sar.id = *added;
        context.out << "Added subject access request " << added->value << ".\n";
        printRequest(context, *rules, sar, names[sar.person.value], asOf);
        return toInt(ExitCode::Ok);
    }
    if (action == "list") {
        auto requests = sars.list(args.has("all"));
        if (!requests) {
            return context.fail(requests.error(), context.storePath);
        }
        context.out << column("ID", 5) << "  " << column("RECEIVED", 10) << "  " << column("STATUS", 9) << "  "
                    << column("DUE", 10) << "  " << column("PERSON", 20) << "  RULE\n";
        for (const core::SarRequest& r : *requests) {
            auto timeline = core::sarTimeline(*rules, r);
            const core::DerivedDate* due = timeline ? timeline->deadline() : nullptr;
            std::string state(core::toCode(r.status));
            if (timeline && timeline->pausedFrom && r.status == core::SarStatus::Open) {
                state = "paused";
            }
            context.out << column(std::to_string(r.id.value), 5) << "  " << r.receivedOn.toIso() << "  "
                        << column(state, 9) << "  " << (due ? due->date.toIso() : std::string(10, '-')) << "  "
                        << column(names[r.person.value], 20) << "  " << (due ? due->ruleId : "-") << '\n';
        }
        context.out << requests->size() << (requests->size() == 1 ? " request" : " requests")
                    << (args.has("all") ? "" : " open (--all for closed ones too)") << ".\n";
        return toInt(ExitCode::Ok);
    }
    auto stored = sars.find(core::SarId{*id});
    if (!stored) {
        return failWithDetail(context, "sar", stored.error());
    }
    sar = *stored;
    if (action == "update") {
        if (args.has("person")) {
            return context.fail(ExitCode::Usage, "sar update: a request cannot move to another person.");
        }
        if (!readFields(context, args, sar, code)) {
            return code;
        }
        if (auto updated = sars.update(sar); !updated) {
            return failWithDetail(context, "sar update", updated.error());
        }
        context.out << "Updated subject access request " << sar.id.value << ".\n";
    }
    printRequest(context, *rules, sar, names[sar.person.value], asOf);
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& sarCommand()
{
    static const CommandSpec spec{
        "sar",
        "Record subject access requests and show their deadlines.",
        "add|list|show|update|review|package [OPTIONS]",
        "Subject access requests (UK GDPR Art 15) about people in the store. The deadline comes\n"
        "from resources/rules/subject-access.json (Art 12A, requests received from 5 February\n"
        "2026) or subject-access-pre-duaa.json (earlier ones), counted as the ICO does: one month\n"
        "from the day of receipt (the last day of the month when there is no such date), moved to\n"
        "the next working day; three months from the start once an extension was notified. The\n"
        "month starts again when identity asked for is received; the days from asking for\n"
        "clarification to receiving it do not count; while either is awaited the request is\n"
        "paused. Open requests are in 'due' and 'calendar export', and hold the person's records\n"
        "against disposal. Every change is audited; the audit summary holds no content.\n"
        "  add     --person ID --received DATE [--channel C] [--reference REF] [clock options]\n"
        "  list    [--all]\n"
        "  show    --id ID\n"
        "  update  --id ID [any option but --person]\n"
        "  review  --id ID [--item KEY (--disclose [--reason R] | --redact WORDS --reason R | --withhold R)]\n"
        "  package --id ID --out DIR\n"
        "'review' lists everything held about the person as items, marks those that may name third\n"
        "parties (contacts on the cases; other people's names found in the text), and records one\n"
        "decision per item; run it again to add words to a redaction. 'package' writes DIR/disclosure.pdf\n"
        "(withheld items left out, redacted words shown as [REDACTED]), DIR/attachments/ and\n"
        "DIR/manifest.txt (SHA-256 of each file), and audits both digests. It refuses while a\n"
        "suggested item is undecided. The redaction log stays in the store.\n",
        "  --person ID                     the person the request is about (casebook-cli list)\n"
        "  --received DATE                 the day the request arrived (even if not a working day)\n"
        "  --channel C                     email (default), letter, in_person, phone or other\n"
        "  --reference REF                 the force's reference; no names\n"
        "  --identity-requested DATE       identity was asked for (the clock waits)\n"
        "  --identity-received DATE        it arrived: the month starts again that day\n"
        "  --clarification-requested DATE  clarification was asked for (the clock stops)\n"
        "  --clarification-received DATE   it arrived: the days in between do not count\n"
        "  --extension-notified DATE       the requester was told of an extension (needs the reasons)\n"
        "  --extension-reason TEXT         the reasons given\n"
        "  --status S --closed DATE        responded, refused or withdrawn, and when (open: no date)\n"
        "  --notes TEXT                    free notes, kept in the encrypted record only\n"
        "  --all                           list closed requests too\n"
        "  --as-of DATE                    count days to the deadline from DATE (default today)\n"
        "  --item KEY                      an item of 'sar review', such as chronology_entry:12\n"
        "  --disclose                      disclose the item as held\n"
        "  --redact WORDS                  take WORDS out of the item (with --reason)\n"
        "  --withhold REASON               leave the item out, for REASON (e.g. DPA 2018 Sch 2 para 16)\n"
        "  --reason TEXT                   why (kept in the store, never in the package)\n"
        "  --out DIR                       a new folder for the package\n",
        kOptions,
        kPositionals,
        runSar,
        kActions,
    };
    return spec;
}

} // namespace casebook::cli
