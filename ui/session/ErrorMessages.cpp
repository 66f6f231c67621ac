// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/ErrorMessages.h"

#include <QCoreApplication>

namespace casebook::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("casebook::ui::ErrorMessages", text);
}

} // namespace

QString errorMessage(const core::Error& error)
{
    using core::ErrorCode;
    const QString detail = QString::fromStdString(error.detail);
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return tr("That passphrase does not open this store. Check Caps Lock and try again; nothing was changed.");
    case ErrorCode::HeaderCorrupt:
    case ErrorCode::StoreDamaged:
        return tr("This store is damaged. Nothing was changed. Restore it from your latest backup "
                  "(casebook-cli restore).");
    case ErrorCode::NotEncrypted:
        return tr("This is a plain database, not an encrypted Casebook store.");
    case ErrorCode::NotAStore:
        return tr("This file is not a Casebook store.");
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::SchemaTooNew:
        return tr("This store was written by a newer Casebook. Install that version to open it.");
    case ErrorCode::AlreadyExists:
        return tr("A file with that name already exists. Choose another name.");
    case ErrorCode::NotFound:
        return tr("The store was not found: %1").arg(detail);
    case ErrorCode::Io:
        return tr("The computer refused to read or write a file: %1").arg(detail);
    case ErrorCode::StoreInUse:
        return tr("The store is in use by another program (the app or casebook-cli). Close it and try again.");
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidDate:
    case ErrorCode::RuleViolation:
    case ErrorCode::InvalidRulePack:
    case ErrorCode::Database:
    case ErrorCode::Cancelled:
        break;
    }
    return detail;
}

} // namespace casebook::ui
