// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/UndoableChange.h"

#include "support/Messages.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <vector>

using namespace casebook;

namespace {

ui::UndoableChange recording(std::vector<std::string>& log, bool applyFails = false)
{
    return {QStringLiteral("rename"),
            [&log, applyFails]() -> core::Status {
                log.emplace_back("apply");
                if (applyFails) {
                    return core::makeError(core::ErrorCode::InvalidArgument, "name: required");
                }
                return core::Ok{};
            },
            [&log]() -> core::Status {
                log.emplace_back("revert");
                return core::Ok{};
            },
            [&log] { log.emplace_back("refresh"); }};
}

} // namespace

TEST_CASE("An undoable change is applied once, then undone and redone through the stack", "[undo]")
{
    QUndoStack stack;
    std::vector<std::string> log;
    REQUIRE(ui::applyUndoable(stack, recording(log)));
    CHECK(log == std::vector<std::string>{"apply", "refresh"});
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("rename"));

    stack.undo();
    stack.redo();
    CHECK(log == std::vector<std::string>{"apply", "refresh", "revert", "refresh", "apply", "refresh"});
}

TEST_CASE("A change that fails is not pushed and its error comes back for the form", "[undo]")
{
    QUndoStack stack;
    std::vector<std::string> log;
    auto status = ui::applyUndoable(stack, recording(log, true));
    REQUIRE_FALSE(status);
    CHECK(status.error().detail == "name: required");
    CHECK(stack.count() == 0);
    CHECK(log == std::vector<std::string>{"apply"});
}

TEST_CASE("A failing undo reports the error and clears the history", "[undo]")
{
    ui::ChangeStack stack;
    std::vector<std::string> log;
    ui::UndoableChange change = recording(log);
    change.revert = [] { return core::Status{core::makeError(core::ErrorCode::NotFound, "gone")}; };
    REQUIRE(ui::applyUndoable(stack, change));

    QSignalSpy failed(&stack, &ui::ChangeStack::stepFailed);
    stack.undo();
    QCoreApplication::processEvents();
    REQUIRE(failed.size() == 1);
    // The user is told what the error means, not its detail ("gone").
    CHECK(failed.front().front().toString() == ui::userMessage(core::makeError(core::ErrorCode::NotFound)));
    CHECK(stack.count() == 0);
}
