// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// `handover export|import|show|fingerprint` (issue 15 item 5).
#include "cli/DataProtectionCommands.h"

#include "cli/Context.h"
#include "cli/KdfOptions.h"
#include "cli/PassphraseReader.h"

#include "dp/Handover.h"
#include "report/Words.h"
#include "service/Session.h"
#include "support/SystemClock.h"

#include <array>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<std::string_view, 1> kActionPositional = {"ACTION"};
constexpr std::array<std::string_view, 1> kFilePositional = {"FILE"};
constexpr std::array<OptionSpec, 6> kExportOptions = {{
    {"out", true},
    {"case", true},
    {"kdf-memory", true},
    {"kdf-iterations", true},
    {"kdf-parallelism", true},
    {"unlock-time", true},
}};
constexpr std::array<OptionSpec, 1> kImportOptions = {{{"expect-signer", true}}};

/// "3,7,12" -> case ids; nullopt when any part is not a number.
std::optional<std::vector<core::CaseId>> caseList(const std::string& text)
{
    std::vector<core::CaseId> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const auto number = parseUnsigned(std::string_view(text).substr(start, comma - start));
        if (!number || *number == 0) {
            return std::nullopt;
        }
        out.push_back(core::CaseId{static_cast<std::int64_t>(*number)});
        start = comma + 1;
    }
    return out;
}

std::int64_t countOf(const core::HandoverSummary& s, const char* table)
{
    auto it = s.counts.find(table);
    return it == s.counts.end() ? 0 : it->second;
}

void printSummary(const Context& context, const core::HandoverSummary& s)
{
    context.out << "Package " << s.packageId << " (number " << s.sequence << " from its store, written " << s.createdAt
                << ")\n"
                << "  signer:      " << s.signerFingerprint << "\n"
                << "  source head: " << s.sourceHead << "\n"
                << "  holds:       " << core::countInWords(countOf(s, "case_file"), "case", "cases") << ", "
                << core::countInWords(countOf(s, "person"), "person", "people") << ", "
                << core::countInWords(countOf(s, "chronology_entry"), "chronology entry", "chronology entries") << ", "
                << core::countInWords(countOf(s, "attachment"), "attachment", "attachments") << "\n";
}

int runExport(const Context& context, const ParsedArgs& args)
{
    const auto out = args.value("out");
    if (!out || out->empty()) {
        return context.fail(ExitCode::Usage, "handover export: --out FILE is required.");
    }
    std::vector<core::CaseId> cases;
    if (const auto text = args.value("case")) {
        const auto list = caseList(*text);
        if (!list) {
            return context.fail(ExitCode::Usage, "handover export: --case takes case ids separated by commas, e.g. "
                                                 "--case 3,7.");
        }
        cases = *list;
    }
    const auto kdf = kdfChoiceFrom(args);
    if (const auto* error = std::get_if<std::string>(&kdf)) {
        return context.fail(ExitCode::Usage, "handover export: " + *error);
    }
    std::error_code ec;
    if (std::filesystem::exists(*out, ec) || std::filesystem::is_symlink(*out, ec)) {
        return context.fail(core::makeError(core::ErrorCode::AlreadyExists), *out);
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    if (context.passphrases.isTerminal()) {
        context.err << "Choose a passphrase for the package; give it to your successor by another channel than "
                       "the file.\n";
    }
    const auto packagePassphrase = context.askNewPassphrase();
    if (!packagePassphrase) {
        return toInt(ExitCode::Failure);
    }
    core::HandoverExportOptions options;
    options.cases = cases;
    options.kdf = std::get<core::KdfChoice>(kdf);
    core::SystemClock clock;
    auto summary = core::exportHandover(session->database(), session->audit(), clock, session->actor(), *out,
                                        *packagePassphrase, options);
    if (!summary) {
        return failWithDetail(context, "handover export", summary.error());
    }
    context.out << "Wrote the handover package " << *out << '\n';
    printSummary(context, *summary);
    context.out << "  sha256:      " << summary->fileSha256 << "\n"
                << "Read the signer fingerprint to your successor in person or by phone; they can pass it to\n"
                << "'handover import --expect-signer'. Send the passphrase by another channel than the file.\n";
    return toInt(ExitCode::Ok);
}

std::optional<core::SecretString> askPackagePassphrase(const Context& context, const std::filesystem::path& file)
{
    return context.askPassphrase("Passphrase for the package " + file.string() + ": ");
}

core::HandoverImportOptions importOptions(const ParsedArgs& args)
{
    core::HandoverImportOptions options;
    options.expectedSigner = args.value("expect-signer");
    return options;
}

int runImport(const Context& context, const ParsedArgs& args)
{
    const std::filesystem::path file = args.positionals.at(0);
    if (const auto stop = context.requireStore(file)) {
        return *stop;
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    const auto passphrase = askPackagePassphrase(context, file);
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    auto result = core::importHandover(session->database(), session->audit(), session->actor(), file, *passphrase,
                                       importOptions(args));
    if (!result) {
        if (result.error().code == core::ErrorCode::InvalidArgument
            || result.error().code == core::ErrorCode::AlreadyExists) {
            return failWithDetail(context, "handover import", result.error());
        }
        return context.fail(result.error(), file);
    }
    context.out << "Imported the handover package " << file.string() << '\n';
    printSummary(context, result->package);
    for (const core::HandoverCase& c : result->package.cases) {
        context.out << "  case " << c.id << " in the package is now case " << result->caseIds.at(c.id) << ": "
                    << c.person << '\n';
    }
    context.out << "The package is no longer needed: delete it (and any copy of it).\n";
    return toInt(ExitCode::Ok);
}

int runShow(const Context& context, const ParsedArgs& args)
{
    const std::filesystem::path file = args.positionals.at(0);
    if (const auto stop = context.requireStore(file)) {
        return *stop;
    }
    const auto passphrase = askPackagePassphrase(context, file);
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    auto summary = core::inspectHandover(file, *passphrase, importOptions(args));
    if (!summary) {
        if (summary.error().code == core::ErrorCode::InvalidArgument) {
            return failWithDetail(context, "handover show", summary.error());
        }
        return context.fail(summary.error(), file);
    }
    printSummary(context, *summary);
    for (const core::HandoverCase& c : summary->cases) {
        context.out << "  case " << c.id << " (" << c.status << "): " << c.person << '\n';
    }
    return toInt(ExitCode::Ok);
}

int runFingerprint(const Context& context, const ParsedArgs&)
{
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto fingerprint = core::handoverFingerprint(session->database());
    if (!fingerprint) {
        return context.fail(fingerprint.error(), context.storePath);
    }
    context.out << *fingerprint << '\n';
    return toInt(ExitCode::Ok);
}

int runHandover(const Context& context, const ParsedArgs& args)
{
    return context.fail(ExitCode::Usage, "handover: unknown action '" + args.positionals.at(0)
                                             + "' (use export, import, show or fingerprint). Try 'casebook-cli "
                                               "handover --help'.");
}

} // namespace

const CommandSpec& handoverCommand()
{
    static const CommandSpec spec{
        "handover",
        "Pass cases to a successor in an encrypted, signed package.",
        "export|import|show|fingerprint ...",
        "'handover export --out FILE [--case ID,ID...]' writes a new encrypted store holding the\n"
        "chosen cases (default: every case that is not closed), their people and all their records\n"
        "and attachments, under a fresh key and its own passphrase (asked after the store's, twice on\n"
        "a terminal), signed with this store's handover key. 'handover import FILE [--expect-signer\n"
        "FINGERPRINT]' verifies a package and adds its cases to this store under new ids (people are\n"
        "always added, never merged). 'handover show FILE' says what a package holds, and 'handover\n"
        "fingerprint' prints this store's signer fingerprint. Run 'casebook-cli handover ACTION --help'\n"
        "for the options of each.\n",
        "",
        {},
        kActionPositional,
        runHandover,
    };
    return spec;
}

const CommandSpec* handoverSubcommand(std::string_view action)
{
    static const CommandSpec exportSpec{
        "handover export",
        "Write a handover package.",
        "--out FILE [--case ID,ID...] [--kdf-memory MIB] [--kdf-iterations N] [--kdf-parallelism P] "
        "[--unlock-time MS]",
        "Writes FILE, a new encrypted store with a fresh data key and file id, holding the chosen cases\n"
        "(default: every case that is not closed), their people and every record that hangs off them,\n"
        "with attachments. Asks for this store's passphrase, then for the package's (twice on a\n"
        "terminal; lines 1 and 2 of standard input otherwise). The export is audited here with the\n"
        "package's SHA-256; no content goes into the audit log.\n",
        "  --out FILE        the package to write (refuses an existing file)\n"
        "  --case ID,ID...   only these cases, closed or not\n",
        kExportOptions,
        {},
        runExport,
    };
    static const CommandSpec importSpec{
        "handover import",
        "Verify a handover package and add its cases to this store.",
        "FILE [--expect-signer FINGERPRINT]",
        "Asks for this store's passphrase, then the package's. Checks every page and header copy of\n"
        "the package, its signature and the digest of its rows (a tampered package is refused with\n"
        "exit code 4), then adds everything in one transaction under new ids and audits the import\n"
        "with the source's signed audit head. A package is imported only once.\n",
        "  --expect-signer FINGERPRINT   refuse a package not signed by this fingerprint\n",
        kImportOptions,
        kFilePositional,
        runImport,
    };
    static const CommandSpec showSpec{
        "handover show",
        "Verify a handover package and say what it holds.",
        "FILE [--expect-signer FINGERPRINT]",
        "Asks for the package's passphrase only; verifies it as import does and lists its cases.\n",
        "  --expect-signer FINGERPRINT   refuse a package not signed by this fingerprint\n",
        kImportOptions,
        kFilePositional,
        runShow,
    };
    static const CommandSpec fingerprintSpec{
        "handover fingerprint",
        "Print this store's handover signer fingerprint.",
        "",
        "Prints the fingerprint that this store's packages are signed with (creating the key on\n"
        "first use). Read it to your successor by another channel than the package.\n",
        "",
        {},
        {},
        runFingerprint,
    };
    if (action == "export") {
        return &exportSpec;
    }
    if (action == "import") {
        return &importSpec;
    }
    if (action == "show") {
        return &showSpec;
    }
    if (action == "fingerprint") {
        return &fingerprintSpec;
    }
    return nullptr;
}

} // namespace casebook::cli
