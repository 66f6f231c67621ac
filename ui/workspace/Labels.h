// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "domain/Case.h"
#include "domain/ChronologyEntry.h"
#include "service/DueService.h"
#endif

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

QString qs(std::string_view text);
QDate toQDate(core::Date date);
core::Date toCoreDate(const QDate& date);
/// "12 Mar 2026" in the user's locale, or "" for none.
QString dateText(const std::optional<core::Date>& date);

} // namespace casebook::ui
