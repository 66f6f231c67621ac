// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/Clock.h"

namespace casebook::core {

/// A clock for tests: shows a fixed time until it is set or advanced. Not thread-safe.
class FakeClock final : public Clock {
public:
    explicit FakeClock(TimePoint start = TimePoint{})
        : m_now(start)
    {
    }

    TimePoint now() const override { return m_now; }
    void set(TimePoint at) { m_now = at; }
    void advance(std::chrono::system_clock::duration by) { m_now += by; }

private:
    TimePoint m_now;
};

} // namespace casebook::core
