// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Due & overdue for another day or window is read on a worker (session/ReadJob): the page fills
// in when the read is done, and a lock in the meantime drops the result.
#include "session/ReadJob.h"
#include "workspace/CaseDocument.h"
#include "workspace/WorkspaceWidget.h"

#include "demo/FictionalCaseload.h"
#include "schema/AppSchema.h"
#include "service/Session.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace casebook;

namespace {

std::unique_ptr<core::Session> makeSession(const test::TempDir& dir)
{
    core::SessionOptions options;
    options.resourcesDir = CASEBOOK_RESOURCES_DIR;
    options.actor = "PS Test";
    auto session = core::Session::create(dir / "w.cbk", test::secret("pw"), options, test::fastKdf());
    REQUIRE(session);
    core::FictionalCaseloadOptions fill;
    fill.people = 7;
    fill.cases = 12;
    fill.chronologyEntries = 60;
    fill.today = core::Date::parseIso("2026-11-22").value();
    REQUIRE(core::generateFictionalCaseload(**session, fill));
    return std::move(*session);
}

} // namespace

TEST_CASE("Due and overdue for a wider window fills in from a worker, its table disabled until then", "[due][worker]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    ui::CaseDocument document(*session);
    ui::WorkspaceWidget workspace(document);
    workspace.showDueDashboard();
    QStandardItemModel* due = workspace.dueModel();
    auto* table = workspace.findChild<QTableView*>(QStringLiteral("dueTable"));
    auto* window = workspace.findChild<QComboBox*>(QStringLiteral("dueWindow"));
    auto* summary = workspace.findChild<QLabel*>(QStringLiteral("dueSummary"));
    REQUIRE(table != nullptr);
    REQUIRE(window != nullptr);
    REQUIRE(summary != nullptr);
    CHECK(table->isEnabled());

    window->setCurrentIndex(2); // overdue and next 90 days
    CHECK_FALSE(table->isEnabled());
    CHECK(summary->text() == QStringLiteral("Working out the dates…"));
    REQUIRE(QTest::qWaitFor([&] { return table->isEnabled(); }, 30000));

    const auto expected = session->due().due(session->today(), 90);
    REQUIRE(expected);
    CHECK(due->rowCount() == static_cast<int>(expected->size()));
    CHECK(summary->text().endsWith(QStringLiteral(" %1 in all").arg(expected->size())));
}

TEST_CASE("Locking while Due and overdue is read on a worker drops the result and closes the reader", "[due][worker]")
{
    test::TempDir dir;
    auto session = makeSession(dir);
    auto document = std::make_unique<ui::CaseDocument>(*session);
    ui::WorkspaceWidget workspace(*document);
    workspace.showDueDashboard();
    QStandardItemModel* due = workspace.dueModel();
    auto* window = workspace.findChild<QComboBox*>(QStringLiteral("dueWindow"));
    auto* summary = workspace.findChild<QLabel*>(QStringLiteral("dueSummary"));
    REQUIRE(window != nullptr);

    window->setCurrentIndex(0);             // overdue and next 7 days: read on the worker
    const int rowsBefore = due->rowCount(); // the page empties while it reads
    document.reset();                       // what a lock does first, before any event is delivered
    REQUIRE(ui::readPool().waitForDone(30000));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    CHECK(due->rowCount() == rowsBefore);
    CHECK(summary->text() == QStringLiteral("Working out the dates…"));

    // The reader closed with its read: the store closes and opens again at once.
    session.reset();
    CHECK(core::Store::open(dir / "w.cbk", test::secret("pw"), core::appMigrations()));
}
