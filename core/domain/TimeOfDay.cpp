// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "domain/TimeOfDay.h"

namespace casebook::core {

Result<TimeOfDay> TimeOfDay::fromHm(int hour, int minute)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
        std::string detail = "time: no such time of day ";
        detail += std::to_string(hour);
        detail += ':';
        detail += std::to_string(minute);
        return makeError(ErrorCode::InvalidArgument, detail);
    }
    return TimeOfDay(hour * 60 + minute);
}

Result<TimeOfDay> TimeOfDay::parse(std::string_view text)
{
    const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) {
        std::string detail = "time: expected HH:MM, got \"";
        detail += text.substr(0, 16);
        detail += '"';
        return makeError(ErrorCode::InvalidArgument, detail);
    }
    const auto value = [&](std::size_t i) { return (text[i] - '0') * 10 + (text[i + 1] - '0'); };
    return fromHm(value(0), value(3));
}

std::string TimeOfDay::toText() const
{
    std::string out(5, ':');
    out[0] = static_cast<char>('0' + hour() / 10);
    out[1] = static_cast<char>('0' + hour() % 10);
    out[3] = static_cast<char>('0' + minute() / 10);
    out[4] = static_cast<char>('0' + minute() % 10);
    return out;
}

} // namespace casebook::core
