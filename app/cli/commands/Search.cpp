// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "cli/TextOutput.h"

#include "service/Session.h"

#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

constexpr std::array<OptionSpec, 1> kOptions = {{{"limit", true}}};
constexpr std::array<std::string_view, 1> kPositionals = {"TEXT"};

std::string_view kindText(core::SearchHitKind kind)
{
    switch (kind) {
    case core::SearchHitKind::Person:
        return "person";
    case core::SearchHitKind::Case:
        return "case";
    case core::SearchHitKind::Chronology:
        return "entry";
    }
    return "";
}

int runSearch(const Context& context, const ParsedArgs& args)
{
    int limit = 50;
    if (const auto text = args.value("limit")) {
        const auto number = parseUnsigned(*text);
        if (!number || *number == 0 || *number > 10000) {
            return context.fail(ExitCode::Usage, "search: --limit takes a number from 1 to 10000.");
        }
        limit = static_cast<int>(*number);
    }
    int code = 0;
    auto session = context.openSession(code);
    if (!session) {
        return code;
    }
    auto hits = session->search().search(args.positionals.at(0), limit);
    if (!hits) {
        return context.fail(hits.error(), context.storePath);
    }
    for (const core::SearchHit& hit : *hits) {
        context.out << column(kindText(hit.kind), 6) << "  "
                    << column(hit.caseId ? "case " + std::to_string(*hit.caseId) : std::string(), 10) << "  "
                    << column(hit.title, 40) << "  " << (hit.medical ? "[medical] " : "") << oneLine(hit.snippet)
                    << '\n';
    }
    context.out << hits->size() << (hits->size() == 1 ? " match" : " matches") << '\n';
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& searchCommand()
{
    static const CommandSpec spec{
        "search",
        "Search people, cases and chronology entries.",
        "TEXT [--limit N]",
        "Every word of TEXT must match; a word ending in '*' matches as a prefix. Quote TEXT\n"
        "when it has several words. Best matches first; matched words are shown in [brackets].\n",
        "  --limit N               at most N matches (default 50)\n",
        kOptions,
        kPositionals,
        runSearch,
    };
    return spec;
}

} // namespace casebook::cli
