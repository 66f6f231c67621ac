// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "domain/DomainFixture.h"
#include "support/TestSupport.h"

#include "audit/AuditLog.h"
#include "service/CaseService.h"
#include "support/FakeClock.h"

#include <memory>
#include <string>

namespace casebook::test {

/// A fresh store with a CaseService over it, a fixed clock, and row counters.
struct ServiceFixture {
    TempDir dir;
    std::unique_ptr<core::Store> store = makeStore(dir / "service.cbk", "pw", 0);
    core::Database& db = store->database();
    core::FakeClock clock{core::Clock::TimePoint{std::chrono::seconds{1'780'000'000}}};
    core::AuditLog audit{clock};
    core::CaseService service{db, audit, "PS Casey"};

    std::int64_t count(const std::string& table) { return db.queryInt("SELECT count(*) FROM " + table).value(); }
    std::int64_t auditCount() { return count("audit_log"); }

    core::PersonId addPerson(std::string name = "Alex Morgan")
    {
        auto id = service.createPerson(samplePerson(std::move(name)));
        REQUIRE(id);
        return *id;
    }
    core::CaseId addCase(core::PersonId person)
    {
        auto id = service.openCase(sampleCase(person));
        REQUIRE(id);
        return *id;
    }
    core::ChronologyEntry entry(core::CaseId caseId, std::string title, std::string body)
    {
        core::ChronologyEntry e;
        e.caseId = caseId;
        e.date = day("2026-02-02");
        e.kind = core::EntryKind::Note;
        e.title = std::move(title);
        e.body = std::move(body);
        e.author = "PS Casey";
        return e;
    }
};

} // namespace casebook::test
