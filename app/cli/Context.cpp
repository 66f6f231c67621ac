// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/Context.h"

#include "cli/ErrorText.h"
#include "cli/PassphraseReader.h"

#include "audit/AuditLog.h"
#include "schema/AppSchema.h"
#include "service/Session.h"
#include "service/StoreEvents.h"
#include "store/Store.h"
#include "support/Identity.h"
#include "support/ResourceLocator.h"
#include "support/SystemClock.h"

#include <zxcvbn.h>

#include <cmath>
#include <cstdlib>
#include <ostream>
#include <sstream>
#include <string>
#include <system_error>

namespace casebook::cli {

namespace {
constexpr std::string_view kPrefix = "casebook-cli: ";
} // namespace

std::string preparedByName()
{
    const auto identity = core::loadIdentity(core::identityPath());
    return identity && !identity->empty() ? identity->signature() : std::string();
}

int Context::fail(const core::Error& error, const std::filesystem::path& subject) const
{
    err << kPrefix << subject.string() << ": " << errorText(error.code) << '\n';
    if (verbose && !error.detail.empty()) {
        err << kPrefix << "detail: " << error.detail << '\n';
    }
    err.flush();
    return toInt(exitCodeFor(error.code));
}

int Context::fail(ExitCode code, std::string_view message) const
{
    err << kPrefix << message << '\n';
    err.flush();
    return toInt(code);
}

int Context::failExport(std::string_view command, const core::Error& error) const
{
    if (error.code == core::ErrorCode::Io || error.code == core::ErrorCode::AlreadyExists) {
        return fail(ExitCode::Failure, std::string(command) + ": " + error.detail + ".");
    }
    return fail(error, storePath);
}

namespace {

// The sergeant's name as set in the app (Tools > Your details; core::identityPath()), else the
// account's. An unreadable identity file is not a reason to refuse the store.
std::string actorName()
{
    const auto identity = core::loadIdentity(core::identityPath());
    if (identity && !identity->empty()) {
        return identity->signature();
    }
    const char* user = std::getenv("USER");
    return std::string("casebook-cli") + (user != nullptr && *user != '\0' ? std::string(" (") + user + ")" : "");
}

} // namespace

std::string Context::actor() const
{
    return actorName();
}

core::Status Context::recordStoreEvent(core::Store& store, core::AuditAction action, const std::string& summary) const
{
    const core::SystemClock clock;
    return core::recordStoreEvent(store, core::AuditLog(clock), actorName(), action, summary);
}

void Context::warn(const core::Store& store) const
{
    for (const auto& warning : store.warnings()) {
        err << kPrefix << "warning: " << warning << '\n';
    }
    err.flush();
}

std::optional<core::SecretString> Context::askPassphrase(std::string_view prompt) const
{
    auto passphrase = passphrases.read(prompt);
    if (!passphrase) {
        fail(ExitCode::Failure,
             passphrases.isTerminal() ? "no passphrase entered." : "expected a passphrase line on standard input.");
    }
    return passphrase;
}

std::optional<core::SecretString> Context::askNewPassphrase() const
{
    auto first = askPassphrase("New passphrase: ");
    if (first && first->empty()) {
        fail(ExitCode::Failure, "refusing an empty passphrase.");
        first.reset();
    }
    if (first) {
        // The same estimate and band as the app's "Poor" (KeePassXC's bands): warn, do not refuse.
        const double bits = ZxcvbnMatch(first->view().data(), nullptr, nullptr);
        if (bits < 40) {
            err << kPrefix << "warning: the new passphrase is weak (about " << static_cast<int>(std::lround(bits))
                << " bits): too easy to guess for health and conduct records; several unrelated words are safer.\n";
            err.flush();
        }
    }
    if (!first || !passphrases.isTerminal()) {
        return first;
    }
    const auto second = askPassphrase("Repeat the new passphrase: ");
    if (!second) {
        first.reset();
    } else if (!(*second == *first)) {
        fail(ExitCode::Failure, "the passphrases do not match; nothing was changed.");
        first.reset();
    }
    return first;
}

std::optional<int> Context::requireStore(const std::filesystem::path& path, std::string_view missingHint) const
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) {
        std::string message = path.string() + ": " + std::string(errorText(core::ErrorCode::NotFound));
        if (!missingHint.empty()) {
            message += " " + std::string(missingHint);
        }
        return fail(ExitCode::Failure, message);
    }
    if (auto peek = core::Store::peekInfo(path); !peek) {
        return fail(peek.error(), path);
    }
    return std::nullopt;
}

OpenedStore::OpenedStore() = default;
OpenedStore::OpenedStore(OpenedStore&&) noexcept = default;
OpenedStore& OpenedStore::operator=(OpenedStore&&) noexcept = default;
OpenedStore::~OpenedStore() = default;

core::Store& OpenedStore::store() const
{
    return session ? session->store() : *bareStore;
}

std::optional<OpenedStore> Context::open(int& code, const OpenRequest& request) const
{
    // A quiet open reports into a stream nobody reads.
    std::ostringstream discarded;
    const Context quiet{storePath, passphrases, out, discarded, verbose};
    const Context& reporter = request.quiet ? quiet : *this;
    std::filesystem::path resourcesDir;
    if (request.session) {
        auto resources = core::findResourcesDir();
        if (!resources) {
            code = reporter.fail(ExitCode::Failure,
                                 "cannot start: " + resources.error().detail
                                     + ". Set CASEBOOK_RESOURCES_DIR to the folder holding rules/ and calendars/.");
            return std::nullopt;
        }
        resourcesDir = *resources;
    }
    if (const auto stop = reporter.requireStore(storePath, "Create one with 'casebook-cli init'.")) {
        code = *stop;
        return std::nullopt;
    }
    OpenedStore opened;
    if (request.passphrase != nullptr) {
        opened.passphrase = *request.passphrase;
    } else if (auto typed = reporter.askPassphrase("Passphrase for " + storePath.string() + ": ")) {
        opened.passphrase = std::move(*typed);
    } else {
        code = toInt(ExitCode::Failure);
        return std::nullopt;
    }
    if (request.session) {
        core::SessionOptions options;
        options.resourcesDir = resourcesDir;
        options.actor = actorName();
        auto session = core::Session::open(storePath, opened.passphrase, options);
        if (!session) {
            code = reporter.fail(session.error(), storePath);
            return std::nullopt;
        }
        opened.session = std::move(*session);
    } else {
        auto store = core::Store::open(storePath, opened.passphrase, core::appMigrations());
        if (!store) {
            code = reporter.fail(store.error(), storePath);
            return std::nullopt;
        }
        opened.bareStore = std::move(*store);
    }
    reporter.warn(opened.store());
    return opened;
}

std::unique_ptr<core::Session> Context::openSession(int& code) const
{
    auto opened = open(code);
    return opened ? std::move(opened->session) : nullptr;
}

} // namespace casebook::cli
