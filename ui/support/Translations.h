// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QCoreApplication;
class QLocale;

namespace casebook::ui {

/// Installs the embedded Casebook translation that best matches @p locale (a child of @p app).
/// Returns false when none matches, in which case the en-GB source strings are shown.
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace casebook::ui
