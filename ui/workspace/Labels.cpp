// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/Labels.h"
#include "support/Today.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace casebook::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("casebook::ui::Labels", text);
}

} // namespace

QString caseTypeText(core::CaseType type)
{
    using core::CaseType;
    switch (type) {
    case CaseType::ReasonableAdjustments:
        return tr("Reasonable adjustments");
    case CaseType::Upp:
        return tr("UPP (performance)");
    case CaseType::Uap:
        return tr("UAP (attendance)");
    case CaseType::Sickness:
        return tr("Sickness");
    case CaseType::LimitedDuties:
        return tr("Limited duties");
    case CaseType::OccupationalHealth:
        return tr("Occupational health");
    case CaseType::Conduct:
        return tr("Conduct");
    case CaseType::IllHealthRetirement:
        return tr("Ill-health retirement");
    case CaseType::ActionPlan:
        return tr("Action plan");
    case CaseType::Wellbeing:
        return tr("Wellbeing");
    }
    return {};
}

QString caseStatusText(core::CaseStatus status)
{
    switch (status) {
    case core::CaseStatus::Open:
        return tr("Open");
    case core::CaseStatus::Monitoring:
        return tr("Monitoring");
    case core::CaseStatus::Paused:
        return tr("Paused");
    case core::CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString ragText(core::Rag rag)
{
    switch (rag) {
    case core::Rag::Red:
        return tr("Red");
    case core::Rag::Amber:
        return tr("Amber");
    case core::Rag::Green:
        return tr("Green");
    }
    return {};
}

QString entryKindText(core::EntryKind kind)
{
    switch (kind) {
    case core::EntryKind::Meeting:
        return tr("Meeting");
    case core::EntryKind::Note:
        return tr("Note");
    case core::EntryKind::Communication:
        return tr("Communication");
    case core::EntryKind::Decision:
        return tr("Decision");
    case core::EntryKind::Other:
        return tr("Other");
    }
    return {};
}

QString dueStateText(core::DueState state)
{
    switch (state) {
    case core::DueState::Overdue:
        return tr("Overdue");
    case core::DueState::DueSoon:
        return tr("Due soon");
    case core::DueState::Later:
        return tr("Later");
    case core::DueState::Paused:
        return tr("Paused");
    case core::DueState::Problem:
        return tr("Needs fixing");
    }
    return {};
}

QString ruleStatusText(core::RuleStatus status)
{
    switch (status) {
    case core::RuleStatus::Verified:
        return tr("Verified");
    case core::RuleStatus::Analogue:
        return tr("Analogue");
    case core::RuleStatus::Secondary:
        return tr("Secondary");
    case core::RuleStatus::Local:
        return tr("Local policy");
    }
    return {};
}

QString daysText(int daysFromAsOf)
{
    if (daysFromAsOf == 0) {
        return tr("due today");
    }
    if (daysFromAsOf == 1) {
        return tr("due tomorrow");
    }
    if (daysFromAsOf == -1) {
        return tr("1 day overdue");
    }
    if (daysFromAsOf < 0) {
        return tr("%1 days overdue").arg(-daysFromAsOf);
    }
    return tr("in %1 days").arg(daysFromAsOf);
}

namespace {

bool darkPalette()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor ragColour(core::Rag rag)
{
    const bool dark = darkPalette();
    switch (rag) {
    case core::Rag::Red:
        return overdueColour();
    case core::Rag::Amber:
        return dark ? QColor(0xf0, 0xb4, 0x40) : QColor(0x8a, 0x55, 0x00);
    case core::Rag::Green:
        return dark ? QColor(0x70, 0xd0, 0x80) : QColor(0x1b, 0x6e, 0x20);
    }
    return {};
}

QColor overdueColour()
{
    return darkPalette() ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x10, 0x10);
}

QString withoutMnemonics(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" keeps one "&"; "&x" keeps the x
        }
        out += text[i];
    }
    return out;
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QDate toQDate(core::Date date)
{
    return {date.year(), date.month(), date.day()};
}

core::Date toCoreDate(const QDate& date)
{
    auto d = core::Date::fromYmd(date.year(), date.month(), date.day());
    return d ? *d : core::Date{};
}

core::Date localToday()
{
    return toCoreDate(todayQDate());
}

QString dateText(const std::optional<core::Date>& date)
{
    return date ? QLocale().toString(toQDate(*date), QStringLiteral("d MMM yyyy")) : QString();
}

} // namespace casebook::ui
