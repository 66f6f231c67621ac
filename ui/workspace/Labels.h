// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Case.h"
#include "domain/ChronologyEntry.h"
#include "service/DueService.h"
#endif

#include <QColor>
#include <QDate>
#include <QString>

namespace casebook::ui {

/// Words a sergeant reads for the domain's codes, translated.
QString caseTypeText(core::CaseType type);
QString caseStatusText(core::CaseStatus status);
QString ragText(core::Rag rag);
QString entryKindText(core::EntryKind kind);
QString dueStateText(core::DueState state);
QString ruleStatusText(core::RuleStatus status);
/// "11 days overdue", "due today", "in 5 days": never a bare negative number.
QString daysText(int daysFromAsOf);

/// Text colours that carry a state beside its words, readable on the light and the dark palette.
QColor ragColour(core::Rag rag);
QColor overdueColour();

QString qs(std::string_view text);
/// A tab or button text as it reads where mnemonics are not shown (a list item, an accessible
/// name): "&&" becomes "&" and a single "&" marking the shortcut key goes ("&Due && overdue" ->
/// "Due & overdue").
QString withoutMnemonics(const QString& text);
QDate toQDate(core::Date date);
core::Date toCoreDate(const QDate& date);
/// Today by this computer's clock and time zone.
core::Date localToday();
/// "12 Mar 2026" in the user's locale, or "" for none.
QString dateText(const std::optional<core::Date>& date);

} // namespace casebook::ui
