// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// The ui words every problem core can report, and never shows an error's detail (issue 11 item 6).
#include "support/Messages.h"
#include "support/FieldErrors.h"

#include "domain/Validator.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QRegularExpression>
#include <QWidget>

namespace core = casebook::core;
namespace ui = casebook::ui;

namespace {

constexpr const char* kSecret = "SECRET-DETAIL /tmp/store.casebook (14)";

} // namespace

TEST_CASE("every problem id core can produce has its own wording in the ui", "[messages]")
{
    REQUIRE_FALSE(core::problemIds().empty());
    const QString fallback = ui::problemText(core::Problem{"field", "no.such_id", {}});
    for (const std::string_view id : core::problemIds()) {
        INFO(std::string(id));
        CHECK(ui::hasProblemText(id));
        const QString text =
            ui::problemText(core::Problem{"field", std::string(id), {"1", "2", "3", "4", "5", "6", "7", "8", "9"}});
        CHECK_FALSE(text.isEmpty());
        CHECK(text != fallback);
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("%[1-9]")))); // nine args fill every place
    }
}

TEST_CASE("a problem's wording fills its args in order", "[messages]")
{
    CHECK(ui::problemText(core::Problem{"notes", "too_long", {"100,001", "100,000"}})
          == QStringLiteral("is 100,001 characters long; the limit is 100,000"));
    CHECK(ui::problemText(core::Problem{"next review", "not_before", {"the opening date", "2026-01-02", "2026-01-12"}})
          == QStringLiteral("(2026-01-02) is before the opening date (2026-01-12)"));
}

TEST_CASE("an unknown problem id gets a general sentence naming the field, not raw text", "[messages]")
{
    const core::Problem unknown{"adjustment.decisionMaker", "adjustment.brand_new_check", {"raw value"}};
    CHECK_FALSE(ui::hasProblemText(unknown.id));
    CHECK_FALSE(ui::problemText(unknown).contains(QStringLiteral("raw value")));
    CHECK(ui::problemLine(unknown).startsWith(QStringLiteral("decision maker: ")));
}

TEST_CASE("the user's message for an error never contains its detail", "[messages]")
{
    for (int code = 0; code <= static_cast<int>(core::ErrorCode::StoreInUse); ++code) {
        const core::Error error = core::makeError(static_cast<core::ErrorCode>(code), kSecret);
        INFO(code);
        const QString text = ui::userMessage(error);
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(QStringLiteral("SECRET")));
        CHECK_FALSE(text.contains(QStringLiteral("/tmp")));
    }
}

TEST_CASE("an error with problems is told as one line per problem, each after its field", "[messages]")
{
    core::Error error = core::makeError(core::ErrorCode::InvalidArgument, kSecret);
    error.problems = {{"name", "required", {}}, {"types", "case.no_types", {}}};
    CHECK(ui::userMessage(error)
          == QStringLiteral("name: must not be empty\ntypes: must include at least one case type"));
}

TEST_CASE("form errors go beside their fields by the problem's field, and the rest are returned", "[messages]")
{
    QWidget form;
    ui::FieldErrors errors;
    errors.add(QStringLiteral("title"), &form);
    errors.add(QStringLiteral("adjustment.barrier"), &form);
    core::Error error = core::makeError(core::ErrorCode::InvalidArgument, kSecret);
    error.problems = {{"title", "required", {}},
                      {"adjustment.barrier", "adjustment.no_barrier", {}},
                      {"closed date", "case.closed_date_missing", {}}};
    const QStringList unplaced = errors.show(error);
    CHECK(errors.text(QStringLiteral("title")) == QStringLiteral("must not be empty"));
    CHECK(errors.text(QStringLiteral("adjustment.barrier"))
          == QStringLiteral("say what barrier the adjustment removes"));
    CHECK(unplaced == QStringList{QStringLiteral("closed date: is required when the case is closed")});

    errors.clear();
    const QStringList general = errors.show(core::makeError(core::ErrorCode::Database, kSecret));
    REQUIRE(general.size() == 1);
    CHECK_FALSE(general.front().contains(QStringLiteral("SECRET")));
    CHECK(errors.text(QStringLiteral("title")).isEmpty());
}

TEST_CASE("an error the ui makes itself shows its translated text as given", "[messages]")
{
    const core::Error error = ui::uiError(core::ErrorCode::InvalidArgument, "file", QStringLiteral("choose a file"));
    CHECK(ui::problemText(error.problems.at(0)) == QStringLiteral("choose a file"));
    CHECK(ui::userMessage(error) == QStringLiteral("file: choose a file"));
    CHECK(ui::fieldMessage(error) == QStringLiteral("choose a file"));
}
