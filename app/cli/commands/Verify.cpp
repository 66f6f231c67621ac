// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Command.h"
#include "cli/Context.h"
#include "schema/AppSchema.h"

#include "store/Store.h"

#include <algorithm>
#include <ostream>
#include <string>

namespace casebook::cli {

namespace {

std::string oneLine(std::string text)
{
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

std::string findingText(const core::CheckFinding& finding)
{
    switch (finding.kind) {
    case core::CheckFinding::Kind::HeaderCopy:
        return "header copy " + std::to_string(finding.where) + ": " + finding.message;
    case core::CheckFinding::Kind::Page:
        return "page " + std::to_string(finding.where) + ": " + finding.message;
    case core::CheckFinding::Kind::WalFrame:
        return "WAL frame " + std::to_string(finding.where) + ": " + finding.message;
    case core::CheckFinding::Kind::Sqlite:
        return "SQLite integrity check: " + finding.message;
    }
    return finding.message;
}

int runVerify(const Context& context, const ParsedArgs& /*args*/)
{
    const auto& path = context.storePath;
    if (const auto stop = context.requireStore(path, "Create one with 'casebook-cli init'.")) {
        return *stop;
    }
    const auto passphrase = context.askPassphrase("Passphrase for " + path.string() + ": ");
    if (!passphrase) {
        return toInt(ExitCode::Failure);
    }
    const auto store = core::Store::open(path, *passphrase, core::appMigrations());
    if (!store) {
        return context.fail(store.error(), path);
    }
    context.warn(**store);
    const auto report = (*store)->verify();
    if (!report) {
        return context.fail(report.error(), path);
    }
    auto& out = context.out;
    out << "Pages checked:       " << report->pagesChecked << '\n';
    out << "WAL frames checked:  " << report->walFramesChecked << '\n';
    out << "Header copies valid: " << report->headerCopiesValid << " of 2\n";
    for (const auto& finding : report->findings) {
        out << "Problem: " << oneLine(findingText(finding)) << '\n';
    }
    if (!report->ok()) {
        out.flush();
        return context.fail(ExitCode::Damaged, path.string() + ": the store is damaged or has been modified ("
                                                   + std::to_string(report->findings.size()) + " problem(s) found).");
    }
    out << "OK: every page, frame and header copy is intact.\n";
    return toInt(ExitCode::Ok);
}

} // namespace

const CommandSpec& verifyCommand()
{
    static const CommandSpec spec{
        "verify",
        "Check the whole store: every page, WAL frame and header copy.",
        "",
        "Unlocks the store, authenticates every page and WAL frame, checks both header copies and\n"
        "runs SQLite's integrity check. Prints each problem on its own line; exits with 4 if any.\n",
        {},
        {},
        {},
        runVerify,
    };
    return spec;
}

} // namespace casebook::cli
