// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace casebook::core {

/// What went wrong, as a code the ui maps to translated text (never shown raw).
enum class ErrorCode {
    WrongPassphrase,    ///< the passphrase does not open any key slot
    HeaderCorrupt,      ///< neither header copy is readable: damaged, not a wrong passphrase
    StoreDamaged,       ///< a page, frame or header failed authentication, or SQLite found corruption
    NotEncrypted,       ///< a plain SQLite file where an encrypted store was expected
    NotAStore,          ///< not a Casebook store at all
    UnsupportedVersion, ///< the store was written by a newer Casebook (format)
    SchemaTooNew,       ///< the store's schema is newer than this build understands
    AlreadyExists,      ///< refusing to overwrite an existing file
    NotFound,           ///< no such file or record
    InvalidArgument,    ///< bad input from the caller (parameters out of range, empty passphrase)
    Io,                 ///< the operating system refused a read, write, rename or sync
    Database,           ///< SQLite reported an error that is not corruption
    Cancelled,          ///< the caller asked to stop
    InvalidDate,        ///< an impossible or malformed calendar date (e.g. 2026-02-30)
    InvalidRulePack,    ///< a rule pack or calendar file failed validation; detail lists JSON paths
    RuleViolation,      ///< recorded facts break a procedural rule; detail names the rule id
    StoreInUse,         ///< another process has the store open; nothing was changed
};

/// One thing wrong with a record: the field it concerns, a stable message id the ui words
/// ("required", "case.closed_before_opened") and the values the wording quotes (%1, %2...).
/// The ids core can produce are listed by core::problemIds() (domain/Validator.h).
struct Problem {
    std::string field;
    std::string id;
    std::vector<std::string> args = {};

    bool operator==(const Problem&) const = default;
};

/// An error code plus detail for the log (never user-facing text, never a secret). A validation
/// failure (InvalidArgument) also lists its problems, so the ui can word and place each one.
struct Error {
    ErrorCode code;
    std::string detail;
    std::vector<Problem> problems = {};
};

struct Ok {
    bool operator==(const Ok&) const = default;
};

/// A value or an Error, shaped like std::expected (which GCC 12 offers only in C++23 mode).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): mirrors std::expected
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

using Status = Result<Ok>;

inline Error makeError(ErrorCode code, std::string detail = {})
{
    return Error{code, std::move(detail)};
}

} // namespace casebook::core
