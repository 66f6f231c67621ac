// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// casebook-bench-caseload: the use cases the sergeant waits on, over a large fictional caseload in
// an encrypted store (issue 3 item 9): the due list across the caseload, a search, loading a case.
// Each is run several times after reopening the store; medians are printed beside the targets.
#include "demo/FictionalCaseload.h"
#include "service/Session.h"
#include "support/ResourceLocator.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

using namespace casebook;
using Clock = std::chrono::steady_clock;

namespace {

struct Args {
    int people = 4000;
    int cases = 10000;
    int entries = 200000;
    int large = 2000;
    int runs = 9;
    std::filesystem::path dir;
};

void usage()
{
    std::fprintf(stderr, "usage: casebook-bench-caseload [--cases N] [--people N] [--entries N] [--large N]\n"
                         "                               [--runs N] [--dir DIR]\n"
                         "  --dir keeps the generated store in DIR and reuses it on the next run.\n");
}

bool parse(int argc, char** argv, Args& args)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) {
            return false;
        }
        const char* value = argv[++i];
        if (arg == "--cases") {
            args.cases = std::atoi(value);
        } else if (arg == "--people") {
            args.people = std::atoi(value);
        } else if (arg == "--entries") {
            args.entries = std::atoi(value);
        } else if (arg == "--large") {
            args.large = std::atoi(value);
        } else if (arg == "--runs") {
            args.runs = std::max(1, std::atoi(value));
        } else if (arg == "--dir") {
            args.dir = value;
        } else {
            return false;
        }
    }
    return true;
}

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

/// Runs `work` `runs` times; prints median, min and max against the target. False if it failed.
bool measure(const char* what, int runs, double targetMs, const std::function<bool()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        if (!work()) {
            std::printf("%-44s FAILED\n", what);
            return false;
        }
        times.push_back(ms(Clock::now() - start));
    }
    std::sort(times.begin(), times.end());
    const double median = times[times.size() / 2];
    std::printf("%-44s median %8.2f ms  min %8.2f  max %8.2f  target < %.0f ms  %s\n", what, median, times.front(),
                times.back(), targetMs, median < targetMs ? "ok" : "MISSED");
    return true;
}

core::SessionOptions sessionOptions(const std::filesystem::path& resources)
{
    core::SessionOptions o;
    o.resourcesDir = resources;
    o.actor = "bench";
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    Args args;
    if (!parse(argc, argv, args)) {
        usage();
        return 1;
    }
    auto resources = core::findResourcesDir();
    if (!resources) {
        std::fprintf(stderr, "%s\n", resources.error().detail.c_str());
        return 1;
    }
    const bool keep = !args.dir.empty();
    std::filesystem::path dir = keep ? args.dir : std::filesystem::temp_directory_path() / "casebook-bench-caseload";
    std::filesystem::create_directories(dir);
    const auto path = dir / "caseload.cbk";
    const core::SecretString passphrase("bench passphrase");
    const core::Date today = core::Date::fromYmd(2026, 11, 22).value();

    if (!std::filesystem::exists(path)) {
        // A cheap KDF: this benchmark measures the use cases, not unlocking.
        auto session = core::Session::create(path, passphrase, sessionOptions(*resources),
                                             core::KdfChoice::fixed({8 * 1024, 1, 1}));
        if (!session) {
            std::fprintf(stderr, "create: %s\n", session.error().detail.c_str());
            return 1;
        }
        core::FictionalCaseloadOptions options;
        options.people = args.people;
        options.cases = args.cases;
        options.chronologyEntries = args.entries;
        options.largeCaseEntries = args.large;
        options.today = today;
        options.entriesPerTransaction = 500;
        const auto start = Clock::now();
        auto stats = core::generateFictionalCaseload(**session, options, [](int done, int total) {
            if (done % 1000 == 0) {
                std::fprintf(stderr, "\rgenerating %d/%d", done, total);
            }
            return true;
        });
        if (!stats) {
            std::fprintf(stderr, "\ngenerate: %s\n", stats.error().detail.c_str());
            return 1;
        }
        std::fprintf(stderr, "\n");
        std::printf("generated %d people, %d cases, %d chronology entries, %d procedure records in %.1f s\n",
                    stats->people, stats->cases, stats->chronologyEntries, stats->procedures,
                    ms(Clock::now() - start) / 1000.0);
    }
    std::printf("store %s: %.1f MiB\n", path.c_str(),
                static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0));

    // Reopen, so the first run reads through the VFS rather than a warm page cache in this process.
    auto session = core::Session::open(path, passphrase, sessionOptions(*resources));
    if (!session) {
        std::fprintf(stderr, "open: %s\n", session.error().detail.c_str());
        return 1;
    }
    core::Session& s = **session;
    const auto cases = s.cases().listCases();
    if (!cases || cases->size() < 2) {
        std::fprintf(stderr, "the store holds no caseload\n");
        return 1;
    }
    auto largest =
        s.database().queryInt("SELECT case_id FROM chronology_entry GROUP BY case_id ORDER BY count(*) DESC LIMIT 1");
    auto people = s.cases().listPeople();
    if (!largest || !people || people->empty()) {
        std::fprintf(stderr, "the store holds no chronology or people\n");
        return 1;
    }
    const core::CaseId large{*largest};
    const std::string someone = (*people)[people->size() / 2].name;
    const core::CaseId typical = (*cases)[cases->size() / 2].id;
    std::size_t dueCount = 0;
    std::size_t hits = 0;
    std::size_t entries = 0;
    bool ok = true;
    ok &= measure("due list across the caseload (all dates)", args.runs, 200, [&] {
        auto items = s.due().all(today, 28);
        dueCount = items ? items->size() : 0;
        return items.has_value();
    });
    std::printf("  (%zu dated items)\n", dueCount);
    ok &= measure("search, common word (\"welfare\")", args.runs, 50, [&] {
        auto found = s.search().search("welfare");
        hits = found ? found->size() : 0;
        return found.has_value();
    });
    std::printf("  (%zu hits shown, limit 50)\n", hits);
    ok &= measure("search, a person's full name", args.runs, 50, [&] {
        auto found = s.search().search(someone);
        hits = found ? found->size() : 0;
        return found.has_value();
    });
    std::printf("  (%zu hits)\n", hits);
    ok &= measure("search, prefix (\"adjust*\")", args.runs, 50,
                  [&] { return s.search().search("adjust*").has_value(); });
    ok &= measure("load a typical case", args.runs, 20, [&] {
        auto view = s.cases().loadCase(typical);
        entries = view ? view->chronology.size() : 0;
        return view.has_value();
    });
    std::printf("  (%zu chronology entries)\n", entries);
    ok &= measure("load the largest case", args.runs, 20, [&] {
        auto view = s.cases().loadCase(large);
        entries = view ? view->chronology.size() : 0;
        return view.has_value();
    });
    std::printf("  (%zu chronology entries)\n", entries);
    ok &= measure("list the caseload (all cases)", args.runs, 200, [&] { return s.cases().listCases().has_value(); });
    if (!keep) {
        session->reset();
        std::filesystem::remove_all(dir);
    }
    return ok ? 0 : 1;
}
