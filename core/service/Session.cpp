// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "service/Session.h"
#include "schema/AppSchema.h"

#include "support/SystemClock.h"

#include <utility>

namespace casebook::core {

namespace {

std::shared_ptr<const Clock> clockOrSystem(const SessionOptions& options)
{
    if (options.clock) {
        return options.clock;
    }
    return std::make_shared<SystemClock>();
}

} // namespace

Session::Session(std::unique_ptr<Store> store, ProcedureRules rules, const SessionOptions& options)
    : m_store(std::move(store))
    , m_shipped(std::move(rules))
    , m_rules(m_shipped)
    , m_clock(clockOrSystem(options))
    , m_actor(options.actor)
    , m_audit(*m_clock)
    , m_cases(m_store->database(), m_audit, m_actor)
    , m_procedures(m_store->database(), m_rules, m_audit, m_actor)
    , m_attendance(m_store->database(), m_rules)
    , m_due(m_store->database(), m_rules, m_audit, m_actor)
    , m_search(m_store->database())
    , m_localRules(m_store->database(), m_shipped, m_rules, m_audit, m_actor)
{
}

Result<std::unique_ptr<Session>> Session::finish(std::unique_ptr<Session> session)
{
    auto skipped = session->m_localRules.reapply();
    if (!skipped) {
        return skipped.error();
    }
    session->m_skippedLocalRules = std::move(*skipped);
    return session;
}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::openReader() const
{
    auto reader = m_store->openReader();
    if (!reader) {
        return reader.error();
    }
    SessionOptions options;
    options.actor = m_actor;
    options.clock = m_clock;
    auto session = std::unique_ptr<Session>(new Session(std::move(*reader), m_shipped, options));
    session->m_rules = m_rules; // the services hold references to m_rules: assign, never rebind
    session->m_skippedLocalRules = m_skippedLocalRules;
    return session;
}

Result<std::unique_ptr<Session>> Session::adopt(std::unique_ptr<Store> store, const SessionOptions& options)
{
    if (!store) {
        return makeError(ErrorCode::InvalidArgument, "no store to open a session on");
    }
    auto rules = ProcedureRules::load(options.resourcesDir);
    if (!rules) {
        return rules.error();
    }
    return finish(std::unique_ptr<Session>(new Session(std::move(store), std::move(*rules), options)));
}

Result<std::unique_ptr<Session>> Session::open(const std::filesystem::path& path, const SecretString& passphrase,
                                               const SessionOptions& options)
{
    // Rules first: a missing rules directory should not cost the user a key derivation.
    auto rules = ProcedureRules::load(options.resourcesDir);
    if (!rules) {
        return rules.error();
    }
    auto store = Store::open(path, passphrase, appMigrations());
    if (!store) {
        return store.error();
    }
    return finish(std::unique_ptr<Session>(new Session(std::move(*store), std::move(*rules), options)));
}

Result<std::unique_ptr<Session>> Session::create(const std::filesystem::path& path, const SecretString& passphrase,
                                                 const SessionOptions& options, const KdfChoice& kdf)
{
    auto rules = ProcedureRules::load(options.resourcesDir);
    if (!rules) {
        return rules.error();
    }
    auto store = Store::create(path, passphrase, appMigrations(), kdf);
    if (!store) {
        return store.error();
    }
    return finish(std::unique_ptr<Session>(new Session(std::move(*store), std::move(*rules), options)));
}

} // namespace casebook::core
