// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/TextOutput.h"

#include "service/Session.h"

#include <map>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 1> kOptions = {{{"all", false}}};

std::string typesText(const core::Case& c)
{
    std::string out;
    for (core::CaseType type : c.types) {
        out += (out.empty() ? "" : ",") + std::string(core::toCode(type));
    }
    return out;
}

int runList(const Context& context, const ParsedArgs& args)
{
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto people = session->cases().listPeople();
    auto cases = session->cases().listCases();
    if (!people || !cases) {
        return context.fail(people ? cases.error() : people.error(), context.storePath);
    }
    std::map<std::int64_t, std::string> names;
    for (const core::Person& p : *people) {
        names[p.id.value] = p.name;
    }
    const bool all = args.has("all");
    context.out << column("CASE", 6) << "  " << column("OPENED", 10) << "  " << column("STATUS", 10) << "  "
                << column("RAG", 5) << "  " << column("PERSON", 24) << "  " << column("TYPES", 30) << "  SUMMARY\n";
    std::size_t shown = 0;
    for (const core::Case& c : *cases) {
        if (!all && c.status == core::CaseStatus::Closed) {
            continue;
        }
        ++shown;
        context.out << column(std::to_string(c.id.value), 6) << "  " << c.opened.toIso() << "  "
                    << column(core::toCode(c.status), 10) << "  " << column(core::toCode(c.rag), 5) << "  "
                    << column(names[c.person.value], 24) << "  " << column(typesText(c), 30) << "  "
                    << oneLine(c.summary) << '\n';
    }
    context.out << shown << (shown == 1 ? " case" : " cases") << (all ? "" : " (open; --all shows closed ones too)")
                << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& listCommand()
{
    static const CommandSpec spec{
        "list",
        "List the caseload: one line per case.",
        "[--all]",
        "Prints the open cases (with --all, closed ones too): case id, date opened, status, RAG,\n"
        "person, case types and summary. Use the case id with 'show'.\n",
        "  --all                   include closed cases\n",
        kOptions,
        {},
        runList,
    };
    return spec;
}

} // namespace casebook::cli
