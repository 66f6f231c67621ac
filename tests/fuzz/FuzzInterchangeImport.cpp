// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: importInterchange on a new encrypted store. Whatever the document, the import
// returns problems (each with a JSON path) or writes it whole; a refused document leaves the
// store empty. A store that took a document is replaced by a fresh one for the next input.
#include "interchange/Interchange.h"
#include "service/Session.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>

using namespace casebook::core;

namespace {

std::filesystem::path g_dir;
// Never destroyed at exit: SQLite and the VFS may already be gone by then. The pointer keeps it
// reachable, so LeakSanitizer does not count it.
Session* g_session = nullptr;
int g_stores = 0;

void removeDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(g_dir, ignored);
}

Session& session()
{
    if (!g_session) {
        if (g_dir.empty()) {
            std::string pattern = (std::filesystem::temp_directory_path() / "casebook-fuzz-XXXXXX").string();
            if (mkdtemp(pattern.data()) == nullptr) {
                std::abort();
            }
            g_dir = pattern;
            std::atexit(removeDir);
        }
        SessionOptions options;
        options.resourcesDir = CASEBOOK_RESOURCES_DIR;
        options.actor = "fuzz";
        auto created = Session::create(g_dir / ("s" + std::to_string(g_stores++) + ".cbk"), SecretString("fuzz"),
                                       options, KdfChoice::fixed({8 * 1024, 1, 1}));
        if (!created) {
            std::abort();
        }
        g_session = created->release();
    }
    return *g_session;
}

std::int64_t people(Session& s)
{
    auto n = s.database().queryInt("SELECT count(*) FROM person");
    return n ? *n : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Session& s = session();
    const std::string_view document(reinterpret_cast<const char*>(data), size);
    auto outcome = importInterchange(s, document);
    if (!outcome) {
        // Only the store itself failing is an error; a document never is.
        std::abort();
    }
    if (!outcome->ok()) {
        if (people(s) != 0) {
            std::abort(); // a refused document wrote something
        }
        for (const InterchangeProblem& p : outcome->problems) {
            if (p.message.empty() || (!p.path.empty() && p.path.front() != '/')) {
                std::abort(); // every problem says what and where
            }
        }
        return 0;
    }
    // Taken: what was written exports again, and the next input gets a new store.
    if (!exportInterchange(s)) {
        std::abort();
    }
    delete g_session;
    g_session = nullptr;
    return 0;
}
