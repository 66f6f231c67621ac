// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// A store with one person and one case, and a way to fill and save the record forms, for the
// tests of the case workspace's sections.
#pragma once

#include "workspace/CaseSection.h"
#include "workspace/sections/FormDialog.h"

#include "service/DueService.h"
#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTimer>
#include <QUndoStack>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace casebook::test {

namespace core = casebook::core;
namespace ui = casebook::ui;

struct SectionFixture {
    test::TempDir dir;
    std::unique_ptr<core::Session> session;
    QUndoStack undo;
    std::vector<core::DueItem> due;
    core::PersonId person;
    core::CaseId caseId;

    /// `resourcesDir`: the calendar and rule packs (the shipped ones unless a test brings its own).
    explicit SectionFixture(const std::filesystem::path& resourcesDir = CASEBOOK_RESOURCES_DIR)
    {
        core::SessionOptions options;
        options.resourcesDir = resourcesDir;
        options.actor = "PS Test";
        auto made = core::Session::create(dir / "s.cbk", test::secret("pw"), options, test::fastKdf());
        REQUIRE(made);
        session = std::move(*made);
        core::Person p;
        p.name = "Robin Example";
        person = session->cases().createPerson(p).value();
        core::Case c;
        c.person = person;
        c.summary = "Support";
        c.types = {core::CaseType::Sickness};
        c.opened = core::Date::parseIso("2026-01-05").value();
        caseId = session->cases().openCase(c).value();
    }
    ui::SectionContext context() { return {*session, undo, caseId, person, due}; }
    template <typename T> std::size_t count() { return session->procedures().listForCase<T>(caseId).value().size(); }
};

/// Runs `fill` on the form once it is open, presses Save, then `check`; closes it if still open.
inline void onForm(std::function<void(ui::FormDialog&)> fill, std::function<void(ui::FormDialog&)> check = {})
{
    QTimer::singleShot(0, [fill, check] {
        auto* dialog = qobject_cast<ui::FormDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        fill(*dialog);
        dialog->accept();
        if (check) {
            check(*dialog);
        }
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
}

} // namespace casebook::test
