// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"

#include "interchange/Interchange.h"
#include "service/ExportService.h"
#include "service/Session.h"

#include <fstream>
#include <iterator>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 3> kExportOptions = {{{"case", true}, {"out", true}, {"force", false}}};
constexpr std::array<std::string_view, 1> kImportPositionals = {"FILE"};
constexpr std::size_t kMaxImportBytes = 1024UL * 1024UL * 1024UL; ///< 1 GiB: far beyond any caseload

int runExport(const Context& context, const ParsedArgs& args)
{
    std::optional<core::CaseId> onlyCase;
    if (const auto text = args.value("case")) {
        const auto number = parseUnsigned(*text);
        if (!number || *number == 0) {
            return context.fail(ExitCode::Usage, "export-json: --case takes a case id from 'casebook-cli list'.");
        }
        onlyCase = core::CaseId{static_cast<std::int64_t>(*number)};
    }
    const auto out = args.value("out");
    if (out && !args.has("force") && std::filesystem::exists(*out)) {
        return context.fail(ExitCode::Failure,
                            "export-json: " + *out + " already exists; choose another name or add --force.");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto document = core::exportInterchange(*session, onlyCase);
    if (!document) {
        if (document.error().code == core::ErrorCode::NotFound && onlyCase) {
            return context.fail(ExitCode::Failure, "export-json: there is no case " + std::to_string(onlyCase->value)
                                                       + ". 'casebook-cli list --all' shows every case id.");
        }
        return context.fail(document.error(), context.storePath);
    }
    // Every record in clear text leaves the store: the audit log says so (what, and the SHA-256).
    core::ExportRecord record;
    record.what = onlyCase ? "case in interchange JSON" : "whole caseload in interchange JSON";
    record.format = "json";
    record.recordType = onlyCase ? "case" : "caseload";
    record.recordId = onlyCase ? std::to_string(onlyCase->value) : std::string("all");
    record.bytes = *document;
    if (!out) {
        if (auto logged = core::recordExport(*session, record); !logged) {
            return context.fail(logged.error(), context.storePath);
        }
        context.out << *document;
        return toInt(ExitCode::Ok);
    }
    if (auto exported = core::exportFile(*session, record, *out, args.has("force")); !exported) {
        return context.failExport("export-json", exported.error());
    }
    context.err << "casebook-cli: wrote " << *out
                << ". It is NOT encrypted: keep it safe and delete it when no longer needed.\n";
    return toInt(ExitCode::Ok);
}

int runImport(const Context& context, const ParsedArgs& args)
{
    const std::filesystem::path file = args.positionals.at(0);
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec) {
        return context.fail(ExitCode::Failure, "import: cannot read " + file.string() + ": " + ec.message() + ".");
    }
    if (size > kMaxImportBytes) {
        return context.fail(ExitCode::Failure, "import: " + file.string()
                                                   + " is larger than 1 GiB; that is not a "
                                                     "Casebook export.");
    }
    std::ifstream in(file, std::ios::binary);
    std::string text;
    text.resize(size);
    if (!in.read(text.data(), static_cast<std::streamsize>(size))) {
        return context.fail(ExitCode::Failure, "import: cannot read " + file.string() + ".");
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto outcome = core::importInterchange(*session, text);
    if (!outcome) {
        if (outcome.error().code == core::ErrorCode::InvalidArgument) {
            return context.fail(ExitCode::Failure, "import: " + outcome.error().detail + ".");
        }
        return context.fail(outcome.error(), context.storePath);
    }
    if (!outcome->ok()) {
        context.err << "casebook-cli: import: " << file.string() << " was not imported; nothing was written. "
                    << outcome->problems.size() << (outcome->problems.size() == 1 ? " problem:\n" : " problems:\n");
        for (const auto& problem : outcome->problems) {
            context.err << "  " << (problem.path.empty() ? "(document)" : problem.path) << ": " << problem.message
                        << '\n';
        }
        return toInt(ExitCode::Failure);
    }
    int total = 0;
    for (const auto& [table, rows] : outcome->rows) {
        total += rows;
    }
    context.out << "Imported " << total << " rows from " << file.string() << ":";
    for (const auto& [table, rows] : outcome->rows) {
        if (rows > 0) {
            context.out << ' ' << table << ' ' << rows << ';';
        }
    }
    context.out << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& exportJsonCommand()
{
    static const CommandSpec spec{
        "export-json",
        "Write the store's records (or one case) as an interchange JSON file, in clear text.",
        "[--case ID] [--out FILE [--force]]",
        "Writes every record (or, with --case, one case with its person, consents, records and\n"
        "contacts) in the documented interchange format (resources/schema). The audit log stays in\n"
        "the store. The output is NOT encrypted: it is for moving records to a new store or for a\n"
        "subject access request. Without --out it goes to standard output.\n",
        "  --case ID               only this case\n"
        "  --out FILE              write to FILE (created 0600, never left half-written)\n"
        "  --force                 replace FILE if it exists\n",
        kExportOptions,
        {},
        runExport,
    };
    return spec;
}

const CommandSpec& importCommand()
{
    static const CommandSpec spec{
        "import",
        "Read an interchange JSON file into a new store, checking all of it first.",
        "FILE",
        "Checks the whole file (shape, tables, columns, types, dates, references and the domain's\n"
        "rules) and lists every problem with its JSON path. Only a file with no problem is\n"
        "written, in one transaction; otherwise nothing changes and the exit code is 1. The store\n"
        "must not hold people or cases yet (create it with 'casebook-cli init').\n",
        {},
        {},
        kImportPositionals,
        runImport,
    };
    return spec;
}

} // namespace casebook::cli
