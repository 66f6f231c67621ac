// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// Every dialog on the smallest screen Casebook supports (the tests' offscreen screen is 1280×720):
// all of it on the screen with its buttons, and Tab going through its fields in the order they are
// seen, top to bottom and left to right (issue 10, items 3 and 4).
#include "Mnemonics.h"
#include "SectionFixture.h"
#include "StrayAmpersand.h"

#include "dataprotection/DisclosureDialog.h"
#include "dataprotection/RetentionDialog.h"
#include "dataprotection/SarDialog.h"
#include "dialogs/AboutDialog.h"
#include "dialogs/IdentityDialog.h"
#include "handover/HandoverExportDialog.h"
#include "handover/HandoverImportDialog.h"
#include "report/CaseloadExportDialog.h"
#include "report/ExportDialog.h"
#include "report/MeetingOutcomeDialog.h"
#include "rulebook/RulesDialog.h"
#include "session/ChangePassphraseDialog.h"
#include "session/CreateStoreDialog.h"
#include "session/NewRecoveryKeyDialog.h"
#include "session/RecoverDialog.h"
#include "session/RecoveryKeyDialog.h"
#include "session/RestoreDialog.h"
#include "store/StoreCareDialog.h"
#include "support/ScreenFit.h"
#include "workspace/CaseDocument.h"
#include "workspace/DateClosures.h"
#include "workspace/EntryDialog.h"
#include "workspace/WorkspaceWidget.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <map>
#include <set>

namespace core = casebook::core;
namespace ui = casebook::ui;
namespace test = casebook::test;

namespace {

QString describe(const QWidget* w)
{
    QString name = w->accessibleName();
    if (name.isEmpty()) {
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            name = button->text();
        }
    }
    return QStringLiteral("%1 '%2' (%3)")
        .arg(QString::fromLatin1(w->metaObject()->className()), name.isEmpty() ? w->objectName() : name)
        .arg(w->objectName());
}

/// Where a widget is, for comparing the order of two of them. A widget inside a scroll area is
/// placed by the scroll area against anything outside it, and by its place in the scrolled
/// contents against what is inside the same one (the area scrolls as Tab moves).
struct Place {
    const QWidget* area = nullptr; ///< the outermost scroll area holding it, if any
    QRect outer;                   ///< in dialog coordinates: the widget, or its scroll area
    QRect inner;                   ///< in the scroll area's contents
};

Place placeOf(const QWidget* w, const QWidget* dialog)
{
    Place place;
    for (const QWidget* p = w->parentWidget(); p != nullptr && p != dialog; p = p->parentWidget()) {
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p); area != nullptr && area != w) {
            if (area->viewport()->isAncestorOf(w)) {
                place.area = area;
            }
        }
    }
    const QWidget* outer = place.area != nullptr ? place.area : w;
    place.outer = QRect(outer->mapTo(dialog, QPoint(0, 0)), outer->size());
    if (place.area != nullptr) {
        const auto* area = static_cast<const QAbstractScrollArea*>(place.area);
        const QWidget* contents =
            area->viewport()->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly).value(0, area->viewport());
        place.inner = QRect(w->mapTo(contents, QPoint(0, 0)), w->size());
    }
    return place;
}

/// Whether `b` comes after `a` when the dialog is read: further down, or on the same line further
/// right, or in a column of its own to the right.
bool readsAfter(const QRect& a, const QRect& b)
{
    const bool sameLine = b.center().y() >= a.top() && b.center().y() <= a.bottom();
    const bool sameLineToo = a.center().y() >= b.top() && a.center().y() <= b.bottom();
    if (sameLine || sameLineToo) {
        return b.left() > a.left();
    }
    if (b.top() > a.top()) {
        return true;
    }
    return b.left() >= a.right(); // the next column
}

bool readsAfter(const Place& a, const Place& b)
{
    if (a.area != nullptr && a.area == b.area) {
        return readsAfter(a.inner, b.inner);
    }
    return readsAfter(a.outer, b.outer);
}

bool tabStop(const QWidget* w, const QWidget* dialog)
{
    return w->window() == dialog && w->isVisibleTo(dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
           && w->focusProxy() == nullptr;
}

/// A field someone types into or ticks: every one must be reachable with Tab.
bool isField(const QWidget* w)
{
    return w->inherits("QLineEdit") || w->inherits("QAbstractSpinBox") || w->inherits("QComboBox")
           || w->inherits("QPlainTextEdit") || (w->inherits("QTextEdit") && !w->inherits("QTextBrowser"))
           || (w->inherits("QCheckBox"));
}

/// Checks that the dialog lies on the screen with every button, then walks its focus chain with
/// real Tab presses from its first field and compares the order with where the widgets are.
void checkDialog(QDialog* dialog, const QString& what)
{
    // No REQUIRE here: this runs inside the dialog's own event loop, which an exception must not cross.
    INFO("dialog: " << what.toStdString() << " (" << dialog->windowTitle().toStdString() << ")");
    CHECK(dialog->isVisible());
    QApplication::processEvents();
    // No "&&" or mnemonic "&" where mnemonics are not read (labels without a buddy, the title,
    // headers, list items, tooltips).
    for (const auto& [where, text] : test::plainTexts(dialog)) {
        INFO(where.toStdString() << ": " << text.toStdString());
        CHECK_FALSE(test::strayAmpersand(text));
    }
    const QRect screen = dialog->screen()->availableGeometry();
    CHECK(screen.size() == QSize(1280, 720));
    INFO("geometry " << dialog->frameGeometry().x() << "," << dialog->frameGeometry().y() << " "
                     << dialog->frameGeometry().width() << "x" << dialog->frameGeometry().height());
    CHECK(screen.contains(dialog->frameGeometry()));
    // Room is kept for a window manager's title bar and borders.
    CHECK(dialog->height() <= screen.height() - 40);
    for (const QDialogButtonBox* box : dialog->findChildren<QDialogButtonBox*>()) {
        for (const QAbstractButton* button : box->buttons()) {
            INFO("button " << button->text().toStdString());
            CHECK(button->isVisibleTo(dialog));
            const QRect at(button->mapTo(dialog, QPoint(0, 0)), button->size());
            CHECK(dialog->rect().contains(at));
        }
    }

    // Each Alt+letter belongs to one control, or it does nothing.
    const QStringList clashes = casebook::test::mnemonicClashes(dialog);
    INFO("Alt+letter claimed twice: " << clashes.join(QStringLiteral("; ")).toStdString());
    CHECK(clashes.isEmpty());

    // The chain as Tab walks it, from the first stop at the top left.
    std::vector<QWidget*> stops;
    for (QWidget* w = dialog->nextInFocusChain(); w != dialog; w = w->nextInFocusChain()) {
        if (tabStop(w, dialog)) {
            stops.push_back(w);
        }
    }
    CHECK(!stops.empty());
    if (stops.empty()) {
        return;
    }
    std::map<const QWidget*, Place> places;
    for (QWidget* w : stops) {
        places[w] = placeOf(w, dialog);
    }
    QWidget* first = *std::min_element(stops.begin(), stops.end(), [&](const QWidget* a, const QWidget* b) {
        const QRect& ra = places[a].outer;
        const QRect& rb = places[b].outer;
        return std::pair(ra.top(), ra.left()) < std::pair(rb.top(), rb.left());
    });
    dialog->activateWindow();
    CHECK(QTest::qWaitForWindowActive(dialog));
    first->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([&] { return QApplication::focusWidget() == first; }, 2000)) {
        FAIL_CHECK("cannot put the focus on " << describe(first).toStdString());
        return;
    }
    std::vector<QWidget*> walked{first};
    int inside = 0; // Tab first goes through a date field's day, month and year
    for (int i = 0; i < 120; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (now == nullptr) {
            FAIL_CHECK("Tab left the dialog");
            break;
        }
        if (now == walked.back() && ++inside < 4) {
            continue;
        }
        inside = 0;
        if (now == first) {
            break;
        }
        if (std::find(walked.begin(), walked.end(), now) != walked.end()) {
            FAIL_CHECK("Tab goes round without coming back to the first field, at " << describe(now).toStdString());
            break;
        }
        walked.push_back(now);
    }
    for (std::size_t i = 1; i < walked.size(); ++i) {
        const QWidget* a = walked[i - 1];
        const QWidget* b = walked[i];
        if (!places.count(a)) {
            places[a] = placeOf(a, dialog);
        }
        if (!places.count(b)) {
            places[b] = placeOf(b, dialog);
        }
        INFO("Tab from " << describe(a).toStdString() << " goes to " << describe(b).toStdString());
        CHECK(readsAfter(places[a], places[b]));
    }
    const std::set<const QWidget*> reached(walked.begin(), walked.end());
    for (const QWidget* w : stops) {
        if (isField(w) && !qobject_cast<const QRadioButton*>(w)) {
            INFO("never reached with Tab: " << describe(w).toStdString());
            CHECK(reached.count(w) == 1);
        }
    }
}

/// Presses `button`, checks the dialog it opens, then closes it.
void checkDialogOf(QAbstractButton* button)
{
    const QString what = button->text();
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        seen = true;
        checkDialog(dialog, what);
        while (auto* open = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            open->reject();
            QApplication::processEvents();
        }
    });
    button->click();
    QApplication::processEvents();
    INFO("button " << what.toStdString());
    CHECK(seen);
}

} // namespace

TEST_CASE("The offscreen test screen is 1280 by 720", "[fit]")
{
    REQUIRE(QGuiApplication::primaryScreen()->availableGeometry() == QRect(0, 0, 1280, 720));
}

TEST_CASE("Every dialog of the case workspace fits a 1280x720 screen and Tabs in reading order", "[fit][taborder]")
{
    test::SectionFixture f;
    ui::CaseDocument document(*f.session);
    ui::WorkspaceWidget workspace(document);
    workspace.resize(1260, 660);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.openCase(f.caseId.value);

    SECTION("every form opened from the case or the caseload")
    {
        // Each button that opens a form (its text ends in "…"), on every page of the case.
        int opened = 0;
        for (QPushButton* button : workspace.findChildren<QPushButton*>()) {
            const QString text = button->text();
            if (!text.endsWith(QChar(0x2026)) || !button->isEnabled() || button->objectName().contains(u"Remove")
                || button->objectName().endsWith(u"Edit")) {
                // Remove asks a question, not a form; Edit opens the same form as Add, once a record is selected.
                continue;
            }
            checkDialogOf(button);
            ++opened;
        }
        // New case, chronology entry, decision, case, person, review, summary, and each record page.
        CHECK(opened >= 15);
    }

    SECTION("the caseload exports")
    {
        for (auto kind : {ui::CaseloadExportDialog::Kind::Overview, ui::CaseloadExportDialog::Kind::Calendar}) {
            ui::CaseloadExportDialog dialog(*f.session, kind, &workspace);
            dialog.show();
            checkDialog(&dialog, QStringLiteral("caseload export"));
        }
    }
    SECTION("the handover export and import")
    {
        ui::HandoverExportDialog exportDialog(*f.session, &workspace);
        exportDialog.show();
        checkDialog(&exportDialog, QStringLiteral("handover export"));
        ui::HandoverImportDialog importDialog(*f.session, &workspace);
        importDialog.show();
        checkDialog(&importDialog, QStringLiteral("handover import"));
    }
    SECTION("the data-protection screens (issue 15)")
    {
        ui::SarDialog sar(*f.session, std::nullopt, &workspace);
        sar.show();
        checkDialog(&sar, QStringLiteral("subject access requests"));
        REQUIRE(f.session->database().exec("INSERT INTO sar_request(person_id, received_on, channel, status) VALUES ("
                                           + std::to_string(f.person.value) + ", '2026-11-02', 'email', 'open')"));
        ui::DisclosureDialog disclosure(*f.session, core::SarId{1}, &workspace);
        disclosure.show();
        checkDialog(&disclosure, QStringLiteral("disclosure review"));
        ui::RetentionDialog retention(*f.session, &workspace);
        retention.show();
        // Every page: the review queue, legal holds, service end, periods.
        REQUIRE(retention.tabs()->count() == 4);
        for (int i = 0; i < retention.tabs()->count(); ++i) {
            retention.tabs()->setCurrentIndex(i);
            checkDialog(&retention, QStringLiteral("retention review, page ") + retention.tabs()->tabText(i));
        }
        ui::EraseDialog erase(*f.session, f.person.value, f.caseId.value, "erasure", &workspace);
        erase.show();
        checkDialog(&erase, QStringLiteral("erase"));
    }
    SECTION("the rules and calendars")
    {
        ui::RulesDialog dialog(*f.session, document.undoStack(), &workspace);
        dialog.show();
        // Every page: rules, versions and procedures, counting policies, bank holidays.
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("rulesTabs"));
        REQUIRE(tabs != nullptr);
        CHECK(tabs->count() == 4);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            checkDialog(&dialog, QStringLiteral("rules, page ") + tabs->tabText(i));
        }
    }
    SECTION("the meeting's outcome, from a summary with a long agenda")
    {
        core::MeetingOutcome start;
        start.caseId = f.caseId;
        start.date = core::Date::parseIso("2026-11-30").value();
        start.attendees = {"Insp Grey", "Dana Price (HR)"};
        ui::MeetingOutcomeDialog dialog(
            start, {"Second stage: go ahead or defer?", "Later start: extend?", "Next steps"},
            QStringLiteral("PS Test"), [](const core::MeetingOutcome&) { return core::Status{core::Ok{}}; },
            &workspace);
        dialog.addAction();
        dialog.show();
        checkDialog(&dialog, QStringLiteral("meeting outcome"));
    }
    SECTION("closing a date as done, not applicable or waived")
    {
        core::DueItem item;
        item.source.caseId = f.caseId;
        item.source.recordType = "upp_procedure";
        item.source.recordId = 1;
        item.source.derived.ruleId = "upp.legacy.first_stage_appeal.notice";
        item.source.derived.title = "First stage appeal: written notice to the second line manager";
        item.source.derived.date = core::Date::parseIso("2026-12-01").value();
        ui::CloseDateDialog dialog(
            item, QStringLiteral("First stage appeal"),
            [](const core::DateClosureRequest&) { return core::Status{core::Ok{}}; }, &workspace);
        dialog.show();
        checkDialog(&dialog, QStringLiteral("close a date"));
    }
    SECTION("the summary for a meeting, at its full preferred size")
    {
        ui::ExportDialog dialog(*f.session, f.caseId, &workspace);
        dialog.show();
        checkDialog(&dialog, QStringLiteral("summary"));
        // 1100×760 is wanted; the screen has 720, so it is shortened and its buttons stay on it.
        CHECK(dialog.height() < 720);
        CHECK(dialog.width() == 1100);
    }
}

TEST_CASE("The store and About dialogs fit a 1280x720 screen and Tab in reading order", "[fit][taborder]")
{
    test::TempDir dir;
    ui::CreateStoreDialog create(QString::fromStdString((dir / "new.cbk").string()));
    create.show();
    checkDialog(&create, QStringLiteral("new store"));
    ui::AboutDialog about;
    about.show();
    checkDialog(&about, QStringLiteral("about"));
    ui::IdentityDialog identity;
    identity.show();
    checkDialog(&identity, QStringLiteral("your details"));
    ui::ChangePassphraseDialog change;
    change.show();
    checkDialog(&change, QStringLiteral("change passphrase"));
    ui::RestoreDialog restore(QString::fromStdString((dir / "store.cbk").string()));
    restore.show();
    checkDialog(&restore, QStringLiteral("restore from backup"));
    ui::RecoveryKeyDialog noKey(false);
    noKey.show();
    checkDialog(&noKey, QStringLiteral("recovery key: none yet"));
    ui::RecoveryKeyDialog hasKey(true);
    hasKey.show();
    checkDialog(&hasKey, QStringLiteral("recovery key: replace or remove"));
    hasKey.choose(ui::RecoveryKeyDialog::Change::Remove);
    checkDialog(&hasKey, QStringLiteral("recovery key: the passphrase to remove it"));
    ui::NewRecoveryKeyDialog shown(
        QStringLiteral("0AB3C-D4EF5-GH6J7-KM8NP-QR9ST-VWXY0-12345-6789A-BCDEF-GHJKM-NPQRS-TVWXY-Z0123-45678"), true);
    shown.show();
    checkDialog(&shown, QStringLiteral("new recovery key, shown once"));
    ui::RecoverDialog recover(QString::fromStdString((dir / "store.cbk").string()), true);
    recover.show();
    checkDialog(&recover, QStringLiteral("forgot the passphrase"));
    test::SectionFixture f;
    ui::StoreCareDialog care(*f.session);
    care.show();
    checkDialog(&care, QStringLiteral("store and audit log"));
    auto* tabs = care.findChild<QTabWidget*>(QStringLiteral("storeCareTabs"));
    REQUIRE(tabs != nullptr);
    tabs->setCurrentIndex(1);
    checkDialog(&care, QStringLiteral("store and audit log: the log"));
}

TEST_CASE("The decision form Tabs from the title to the decision, and has nothing over the Date label", "[taborder]")
{
    test::SectionFixture f;
    ui::EntryDialog dialog(true, QStringLiteral("PS Test"),
                           [](const core::ChronologyEntry&) { return core::Status{core::Ok{}}; });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.findChild<QWidget*>(QStringLiteral("entryKind")) == nullptr);
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    dialog.titleEdit()->setFocus();
    QTest::keyClick(dialog.titleEdit(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.decisionEdit());
    QTest::keyClick(dialog.decisionEdit(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("decisionOptions"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.rationaleEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("decisionMedicalRationale"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.decidedByEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == dialog.bodyEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget()->objectName() == QStringLiteral("entryMedical"));
    checkDialog(&dialog, QStringLiteral("decision"));
}

TEST_CASE("The main window opens within a 1280x720 screen and comes back where it was, clamped", "[fit]")
{
    QWidget window;
    QSettings().remove(QStringLiteral("test/window"));
    ui::restoreWindowGeometry(&window, QStringLiteral("test/window"), QSize(1280, 800));
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    CHECK(screen.contains(QRect(window.pos(), window.size())));
    CHECK(window.height() <= 720 - 40);
    CHECK(window.width() <= 1280);

    // Saved on a bigger screen (or a second one since unplugged): brought back onto this one.
    QSettings().setValue(QStringLiteral("test/window/geometry"), QRect(1500, 900, 1600, 1000));
    ui::restoreWindowGeometry(&window, QStringLiteral("test/window"), QSize(1280, 800));
    CHECK(screen.contains(QRect(window.pos(), window.size())));

    window.resize(900, 500);
    window.move(100, 80);
    ui::saveWindowGeometry(&window, QStringLiteral("test/window"));
    QWidget again;
    ui::restoreWindowGeometry(&again, QStringLiteral("test/window"), QSize(1280, 800));
    CHECK(again.size() == QSize(900, 500));
    CHECK(again.pos() == QPoint(100, 80));
    QSettings().remove(QStringLiteral("test/window"));
}
