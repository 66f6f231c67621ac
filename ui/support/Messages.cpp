// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "support/Messages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace casebook::ui {

namespace {

constexpr const char* kContext = "casebook::ui::Messages";
/// The id of a problem the ui made, its text already translated (see uiError).
constexpr std::string_view kUiText = "ui.text";

/// The translation of `source`, marked for lupdate with QT_TRANSLATE_NOOP in kContext (a free
/// tr() would be filed under the namespace, not the context looked up here).
QString words(const char* source)
{
    return QCoreApplication::translate(kContext, source);
}

struct ProblemWords {
    std::string_view id;
    const char* text;
};

// Every id core::problemIds() lists has a row here (MessagesTest checks it). The wording stands
// beside the field it is about, so it does not repeat the field's name; %1, %2... are the
// problem's args in the order core gives them.
constexpr ProblemWords kProblems[] = {
    {"required", QT_TRANSLATE_NOOP("casebook::ui::Messages", "must not be empty")},
    {"too_long", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is %1 characters long; the limit is %2")},
    {"not_before", QT_TRANSLATE_NOOP("casebook::ui::Messages", "(%2) is before %1 (%3)")},
    {"not_chosen", QT_TRANSLATE_NOOP("casebook::ui::Messages", "must be chosen")},
    {"person.own_line_manager", QT_TRANSLATE_NOOP("casebook::ui::Messages", "cannot be the person themselves")},
    {"attachment.folder_in_name", QT_TRANSLATE_NOOP("casebook::ui::Messages", "must not contain a folder")},
    {"attachment.control_characters",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "must not contain control characters")},
    {"attachment.too_large",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "is %1 bytes; attachments are limited to 25 MiB (%2 bytes)")},
    {"case.no_types", QT_TRANSLATE_NOOP("casebook::ui::Messages", "must include at least one case type")},
    {"case.closed_date_missing", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is required when the case is closed")},
    {"case.closed_date_on_open_case", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is only set on a closed case")},
    {"case.outcome_on_open_case", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is only recorded on a closed case")},
    {"contact.email_invalid", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is not an e-mail address")},
    {"chronology.decision_missing", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is required on a decision entry")},
    {"chronology.decision_on_other_entry",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "is only recorded on a decision entry")},
    {"chronology.medical_detail_outside_rationale",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "goes in the medical rationale on a decision entry")},
    {"chronology.correction_unchanged",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "says what the entry already says; change the text or cancel")},
    {"consent.withdrawn_not_given",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "only consent that was given can be withdrawn")},
    {"consent.already_withdrawn",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "this consent was already withdrawn on %1")},
    {"consent.person_changed",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a consent answer cannot move to another person")},
    {"record.case_changed", QT_TRANSLATE_NOOP("casebook::ui::Messages", "a record cannot move to another case")},
    {"procedure.no_case", QT_TRANSLATE_NOOP("casebook::ui::Messages", "a procedure record belongs to a case")},
    {"procedure.event_name",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "event names are lower_snake_case rule-pack event names, not '%1'")},
    {"procedure.no_such_version", QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 has no version %2")},
    {"procedure.pin_needs_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "pinning to version %1 rather than version %2, which the dates select, needs a reason")},
    {"procedure.repin_needs_reason", QT_TRANSLATE_NOOP("casebook::ui::Messages", "re-pinning needs a reason")},
    {"adjustment.no_barrier", QT_TRANSLATE_NOOP("casebook::ui::Messages", "say what barrier the adjustment removes")},
    {"adjustment.no_rationale", QT_TRANSLATE_NOOP("casebook::ui::Messages", "a decision needs a recorded rationale")},
    {"adjustment.no_decision_maker", QT_TRANSLATE_NOOP("casebook::ui::Messages", "a decision needs a decision-maker")},
    {"adjustment.implemented_not_agreed",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "only an agreed adjustment can be implemented")},
    {"adjustment.dates_out_of_order",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "decided or implemented before it was requested")},
    {"absence.ends_before_start", QT_TRANSLATE_NOOP("casebook::ui::Messages", "ends before it starts")},
    {"absence.fit_note_ends_before_start",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a fit note ends before it starts")},
    {"absence.pay_decision_incomplete",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a pay decision needs a rationale and who decided")},
    {"absence.assault_work_related",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "an assault on duty (Operation Hampshire) is work-related")},
    {"absence.overlaps", QT_TRANSLATE_NOOP("casebook::ui::Messages", "overlaps the absence from %1")},
    {"limited_duty.ends_before_start", QT_TRANSLATE_NOOP("casebook::ui::Messages", "ends before it starts")},
    {"limited_duty.review_before_start",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a review before the placement starts")},
    {"oh_referral.no_reason", QT_TRANSLATE_NOOP("casebook::ui::Messages", "say why the officer is referred")},
    {"oh_referral.appointment_before_referral",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "an appointment or report before the referral")},
    {"oh_referral.no_consent", QT_TRANSLATE_NOOP("casebook::ui::Messages", "sharing needs the officer's consent")},
    {"oh_referral.recommendation_empty",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a recommendation needs its text")},
    {"conduct_referral.dates_out_of_order",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "dates out of order (referral, report, appeal notice)")},
    {"conduct_referral.report_without_assessment",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a meeting report follows a misconduct assessment")},
    {"ill_health_retirement.no_decision_date",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a PPA decision needs its date")},
    {"action_plan.no_title", QT_TRANSLATE_NOOP("casebook::ui::Messages", "an action plan needs a title")},
    {"action_plan.objective_incomplete",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "each objective needs its text and an owner")},
    {"date_override.no_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "overriding a derived date needs a recorded reason")},
    {"date_override.no_target",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "name the record and the rule whose date is overridden")},
    {"date_closure.no_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "closing a date needs a recorded reason (for example \"no appeal "
                                                 "lodged\")")},
    {"date_closure.no_target",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "name the record and the rule whose date is closed")},
    {"date_closure.no_closed_by", QT_TRANSLATE_NOOP("casebook::ui::Messages", "say who closed the date")},
    {"date_closure.reason_too_long",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the reason is too long; the limit is %1 characters")},
    {"date_closure.already_closed",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "this date is already closed (reopen it first)")},
    {"upp_procedure.stage_not_in_regime",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the %1 regime has no stage %2 (its stages: %3)")},
    {"upp_procedure.no_override_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a regime override needs a reason")},
    {"upp_procedure.pause_incomplete",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a pause is linked to a conduct referral and has a start date")},
    {"upp_procedure.period_months_range",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "the improvement period chosen is a whole number of months from 1 to %1")},
    {"upp_procedure.period_end_differs",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the typed end %1 differs from the end the notice and %2 months give "
                                                 "(%3): give the reason, or clear the typed end")},
    {"upp_procedure.pause_on_other_case",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the conduct referral is on another case")},
    {"upp_procedure.links_itself", QT_TRANSLATE_NOOP("casebook::ui::Messages", "a matter cannot link to itself")},
    {"upp_procedure.regime_not_loaded", QT_TRANSLATE_NOOP("casebook::ui::Messages", "'%1' is not a loaded regime")},
    {"local_rules.policy_needs_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a counting policy needs a reason")},
    {"meeting.action_without_text", QT_TRANSLATE_NOOP("casebook::ui::Messages", "must say what is to be done")},
    {"meeting.action_without_owner", QT_TRANSLATE_NOOP("casebook::ui::Messages", "must name who will do it")},
    {"meeting.next_before_this", QT_TRANSLATE_NOOP("casebook::ui::Messages", "is before the meeting it follows")},
    {"disclosure.no_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a redaction or a withheld item needs a reason (such as the "
                                                 "exemption: DPA 2018 Sch 2 para 16, third party)")},
    {"disclosure.no_words", QT_TRANSLATE_NOOP("casebook::ui::Messages", "a redaction needs the words to take out")},
    {"disclosure.attachment_redacted",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "an attachment cannot be redacted here; disclose it or withhold it "
                                                 "(and give a redacted copy by hand)")},
    {"disclosure.words_not_found",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "the words to redact do not occur in this item; nothing was recorded (check the spelling)")},
    {"disclosure.undecided",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 item(s) may name third parties and have no decision yet: %2. "
                                                 "Disclose, redact or withhold each first")},
    {"sar.person_changed",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a subject access request cannot move to another person")},
    {"sar.asked_before_received",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 was asked for on %2, before the request was received (%3)")},
    {"sar.answered_before_asked",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 was received on %2, before it was asked for (%3)")},
    {"sar.extension_incomplete",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "an extension needs both the date the requester was told and the reasons given")},
    {"sar.open_with_closing_date", QT_TRANSLATE_NOOP("casebook::ui::Messages", "an open request has no closing date")},
    {"sar.closed_without_date",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a closed request needs the date it was closed")},
    {"sar.closed_before_received",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the request is closed before it was received")},
    {"sar.extension_before_received",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the extension is notified before the request was received")},
    {"disposal.no_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a disposal needs a reason (the rule and who authorised it)")},
    {"erasure.no_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "an erasure needs a reason (the ground and who authorised it)")},
    {"legal_hold.already_released",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "this hold was already released on %1")},
    {"legal_hold.released_before_placed",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a hold cannot be released before it was placed (%1)")},
    {"retention.period_needs_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a local period needs a reason and 0 to %1 months")},
    {"retention.decision_needs_reason",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "a decision to retain needs a reason and a next review date after the decision")},
    {"rule.override_needs_reason", QT_TRANSLATE_NOOP("casebook::ui::Messages", "an override needs a reason")},
    {"rule.constraint_has_no_amount",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "this rule is a constraint and has no amount")},
    {"rule.amount_out_of_range", QT_TRANSLATE_NOOP("casebook::ui::Messages", "the amount must be from 0 to %1")},
    {"date.unreadable", QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 is not a date Casebook can read; type it as "
                                                                    "4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04")},
    {"date.no_such_month",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 has no month %2; type the day first, as "
                                                 "4/12/2026, 04/12/26, 4 Dec 2026 or 2026-12-04")},
    {"date.no_such_day", QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1 is not a date: %2 %3 has %4 days")},
    {"rule.breach", QT_TRANSLATE_NOOP("casebook::ui::Messages",
                                      "this breaks the procedural rule %1; check the dates and steps recorded")},
    {"erasure.under_hold",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "this is under legal hold %1 (placed %2); release the hold first")},
    {"erasure.open_request",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "this is the subject of an open subject access request; erasing or concealing it from the "
                       "requester is an offence (DPA 2018 s.173). Close the request first")},
    {"absence.stored_ends_before_start",
     QT_TRANSLATE_NOOP(
         "casebook::ui::Messages",
         "absence %1 on case %2 ends (%3) before it starts (%4); correct its dates to see the pay dates")},
    {"absence.stored_overlap",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "absence %1 on case %2 (from %3) shares days with absence %4 on case %5 (from %6); one "
                       "person's absences may not overlap, as sick pay counts them together. Correct one of them")},
    {"absence.pinned_version_missing",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "absence %1 is pinned to %2 version %3, which the rules loaded here "
                                                 "do not have; pin it to a version they have")},
    {"absence.latest_pinned_version_missing",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the latest absence is pinned to a sick pay version the rules loaded "
                                                 "here do not have; pin it to a version they have")},
    {"sar.extension_late",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the extension was notified on %1, after the last day for notice "
                                                 "(%2); the one-month deadline stands")},
    {"disclosure.request_closed",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "request %1 is closed; its review can no longer change")},
    {"disposal.request_open",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the request is still open; close it before its file goes")},
    {"upp_regime.before_first",
     QT_TRANSLATE_NOOP("casebook::ui::Messages",
                       "the matter came to attention on %1, before %2; the earlier Performance Regulations apply, "
                       "which Casebook does not model")},
    {"recovery_key.bad_character",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "the recovery key has a character that is not in it: '%1'")},
    {"recovery_key.wrong_length",
     QT_TRANSLATE_NOOP("casebook::ui::Messages", "a recovery key has %1 characters (14 groups of 5); this has %2")},
    {"recovery_key.group_typo", QT_TRANSLATE_NOOP("casebook::ui::Messages", "group %1 of the recovery key has a typo")},
    {"recovery_key.mismatch",
     QT_TRANSLATE_NOOP(
         "casebook::ui::Messages",
         "the recovery key's last group does not match the rest (two typos, or the key of another store)")},
};

// The earlier fields core names in a "not_before" problem, so the sentence can be translated whole.
constexpr const char* kEarlierFields[] = {
    QT_TRANSLATE_NOOP("casebook::ui::Messages", "the opening date"),
    QT_TRANSLATE_NOOP("casebook::ui::Messages", "the date consent was given"),
};

const ProblemWords* find(std::string_view id)
{
    const auto it = std::find_if(std::begin(kProblems), std::end(kProblems),
                                 [id](const ProblemWords& row) { return row.id == id; });
    return it == std::end(kProblems) ? nullptr : &*it;
}

/// Arg `i` of `problem` as the wording quotes it: a month number becomes its name, and a phrase
/// core uses for an earlier field its translation.
QString argument(const core::Problem& problem, std::size_t i)
{
    const std::string& arg = problem.args[i];
    if (problem.id == "date.no_such_day" && i == 1) {
        return QLocale().standaloneMonthName(QString::fromStdString(arg).toInt());
    }
    if (problem.id == "not_before" && i == 0) {
        for (const char* known : kEarlierFields) {
            if (arg == known) {
                return words(known);
            }
        }
    }
    return QString::fromStdString(arg);
}

} // namespace

bool hasProblemText(std::string_view id)
{
    return find(id) != nullptr;
}

QString problemText(const core::Problem& problem)
{
    if (problem.id == kUiText && !problem.args.empty()) {
        return QString::fromStdString(problem.args.front()); // translated where it was made
    }
    const ProblemWords* row = find(problem.id);
    if (row == nullptr) {
        return words(QT_TRANSLATE_NOOP("casebook::ui::Messages", "is not accepted; check what was entered"));
    }
    QString text = words(row->text);
    // Only as many args as the wording has places for (a translation may quote fewer).
    std::size_t places = 0;
    for (std::size_t n = 1; n <= 9; ++n) {
        places = text.contains(QStringLiteral("%") + QString::number(n)) ? n : places;
    }
    for (std::size_t i = 0; i < std::min(places, problem.args.size()); ++i) {
        text = text.arg(argument(problem, i));
    }
    return text;
}

QString fieldLabel(const std::string& field)
{
    QString name = QString::fromStdString(field);
    name = name.mid(name.lastIndexOf(u'.') + 1); // "adjustment.decisionMaker", "decisions[2].title"
    if (name.endsWith(QStringLiteral("Id")) && name.size() > 2) {
        name.chop(2); // "caseId" names the case
    }
    QString label;
    for (const QChar c : name) {
        if (c.isUpper() && !label.isEmpty()) {
            label += u' ';
        }
        label += c == u'_' ? QChar(u' ') : c.toLower();
    }
    return label;
}

QString problemLine(const core::Problem& problem)
{
    if (problem.field.empty()) {
        return problemText(problem);
    }
    return words(QT_TRANSLATE_NOOP("casebook::ui::Messages", "%1: %2"))
        .arg(fieldLabel(problem.field), problemText(problem));
}

core::Error uiError(core::ErrorCode code, const std::string& field, const QString& text)
{
    std::string said = text.toStdString();
    core::Error error = core::makeError(code, said);
    error.problems.push_back(core::Problem{field, std::string(kUiText), {std::move(said)}});
    return error;
}

QString fieldMessage(const core::Error& error)
{
    if (error.problems.empty()) {
        return userMessage(error);
    }
    QStringList texts;
    for (const core::Problem& problem : error.problems) {
        texts << problemText(problem);
    }
    return texts.join(QStringLiteral("; "));
}

QString userMessage(const core::Error& error)
{
    if (!error.problems.empty()) {
        QStringList lines;
        for (const core::Problem& problem : error.problems) {
            lines << problemLine(problem);
        }
        return lines.join(u'\n');
    }
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "That passphrase does not open this store. Check Caps Lock and try again; nothing was changed."));
    case ErrorCode::HeaderCorrupt:
    case ErrorCode::StoreDamaged:
        return words(QT_TRANSLATE_NOOP("casebook::ui::Messages",
                                       "This store is damaged. Nothing was changed. Restore it from your latest backup "
                                       "(casebook-cli restore)."));
    case ErrorCode::NotEncrypted:
        return words(
            QT_TRANSLATE_NOOP("casebook::ui::Messages", "This is a plain database, not an encrypted Casebook store."));
    case ErrorCode::NotAStore:
        return words(QT_TRANSLATE_NOOP("casebook::ui::Messages", "This file is not a Casebook store."));
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::SchemaTooNew:
        return words(QT_TRANSLATE_NOOP("casebook::ui::Messages",
                                       "This store was written by a newer Casebook. Install that version to open it."));
    case ErrorCode::AlreadyExists:
        return words(
            QT_TRANSLATE_NOOP("casebook::ui::Messages", "A file with that name already exists. Choose another name."));
    case ErrorCode::NotFound:
        return words(QT_TRANSLATE_NOOP("casebook::ui::Messages",
                                       "What was asked for was not found; it may have been moved or removed."));
    case ErrorCode::Io:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "The computer refused to read or write a file. Check that the disk has space and that you may "
            "write to the folder, then try again."));
    case ErrorCode::StoreInUse:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "The store is in use by another program (the app or casebook-cli). Close it and try again."));
    case ErrorCode::InvalidArgument:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "Something entered is not accepted, so nothing was changed. Check the details and try again."));
    case ErrorCode::InvalidDate:
        return words(
            QT_TRANSLATE_NOOP("casebook::ui::Messages", "That is not a real date. Check the day, month and year."));
    case ErrorCode::RuleViolation:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "That would break a procedural rule, so nothing was changed. Check the dates and steps recorded."));
    case ErrorCode::InvalidRulePack:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "A rule pack or calendar file is not valid, so it was not used. Ask whoever looks after your "
            "rules to check it."));
    case ErrorCode::Database:
        return words(QT_TRANSLATE_NOOP(
            "casebook::ui::Messages",
            "The store could not complete this, so nothing was changed. Try again; if it happens again, "
            "check the store."));
    case ErrorCode::Cancelled:
        return words(QT_TRANSLATE_NOOP("casebook::ui::Messages", "Stopped before it finished; nothing was changed."));
    }
    return words(QT_TRANSLATE_NOOP("casebook::ui::Messages", "Something went wrong, so nothing was changed."));
}

} // namespace casebook::ui
