// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "cli/ErrorText.h"

namespace casebook::cli {

using core::ErrorCode;

std::string_view errorText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return "The passphrase is wrong.";
    case ErrorCode::HeaderCorrupt:
        return "The store's header is damaged, so the store cannot be opened (this is damage, not a wrong "
               "passphrase).";
    case ErrorCode::StoreDamaged:
        return "The store is damaged or has been modified: some data failed its integrity check.";
    case ErrorCode::NotEncrypted:
        return "This is a plain, unencrypted SQLite file, not a Casebook store.";
    case ErrorCode::NotAStore:
        return "This file is not a Casebook store.";
    case ErrorCode::UnsupportedVersion:
        return "The store was written by a newer version of Casebook; upgrade to open it.";
    case ErrorCode::SchemaTooNew:
        return "The store holds data from a newer version of Casebook; upgrade to open it.";
    case ErrorCode::AlreadyExists:
        return "A file already exists there; refusing to overwrite it.";
    case ErrorCode::NotFound:
        return "No such file.";
    case ErrorCode::InvalidArgument:
        return "A value given or recorded is not allowed (run with --verbose for which and why).";
    case ErrorCode::Io:
        return "The operating system refused to read, write or rename a file (run with --verbose for details).";
    case ErrorCode::Database:
        return "The database engine reported an error (run with --verbose for details).";
    case ErrorCode::Cancelled:
        return "The operation was cancelled.";
    case ErrorCode::StoreInUse:
        return "The store is in use by another program (the app or another casebook-cli); close it and try "
               "again. Nothing was changed.";
    case ErrorCode::InvalidDate:
        return "A date is impossible or not written as YYYY-MM-DD.";
    case ErrorCode::InvalidRulePack:
        return "A rule pack or calendar file is not valid (run with --verbose for details).";
    case ErrorCode::RuleViolation:
        return "The recorded facts break a procedural rule (run with --verbose for details).";
    }
    return "An unknown error occurred.";
}

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return ExitCode::WrongPassphrase;
    case ErrorCode::HeaderCorrupt:
    case ErrorCode::StoreDamaged:
        return ExitCode::Damaged;
    case ErrorCode::NotEncrypted:
    case ErrorCode::NotAStore:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::SchemaTooNew:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NotFound:
    case ErrorCode::InvalidArgument:
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::Cancelled:
    case ErrorCode::StoreInUse:
    case ErrorCode::InvalidDate:
    case ErrorCode::InvalidRulePack:
    case ErrorCode::RuleViolation:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace casebook::cli
