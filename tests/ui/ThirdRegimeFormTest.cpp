// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
// A third UPP/UAP regime is data alone (issue 14), in the app: with the test pack
// tests/core/rules/third-regime/rules/upp-test2027.json dropped into the rules directory, the
// procedure form offers that regime by name, its stages and gross-incompetence words, and its events.
#include "SectionFixture.h"
#include "workspace/sections/RecordKinds.h"

#include "procedure/UppProcedure.h"
#include "support/DateEdit.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QTableView>

#include <filesystem>

namespace core = casebook::core;
namespace test = casebook::test;
namespace ui = casebook::ui;

namespace {

/// The shipped resources with the third regime's pack dropped into rules/.
std::filesystem::path thirdRegimeResources(const test::TempDir& dir)
{
    const std::filesystem::path root = dir / "resources";
    std::filesystem::copy(CASEBOOK_RESOURCES_DIR, root, std::filesystem::copy_options::recursive);
    std::filesystem::copy_file(std::filesystem::path(CASEBOOK_THIRD_REGIME_DIR) / "rules" / "upp-test2027.json",
                               root / "rules" / "upp-test2027.json");
    return root;
}

QStringList items(QComboBox* box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i) {
        texts << box->itemText(i);
    }
    return texts;
}

template <typename T> T* field(ui::FormDialog& d, const char* name)
{
    auto* w = d.findChild<T*>(QLatin1String(name));
    REQUIRE(w != nullptr);
    return w;
}

} // namespace

TEST_CASE("UPP/UAP form, a third regime from its pack alone: its name, its stages and gross-incompetence words",
          "[sections][records][regime]")
{
    const test::TempDir resources;
    test::SectionFixture f(thirdRegimeResources(resources));
    std::unique_ptr<ui::CaseSection> section(ui::makeUppSection(f.context(), nullptr));
    section->reload();
    section->show();
    QStringList regimes;
    QStringList offered;
    QString gross;
    QStringList amendedOffered;
    test::onForm([&](ui::FormDialog& d) {
        field<ui::DateEdit>(d, "uppCameToAttention")->setDate(QDate(2027, 4, 1)); // upp.test2027.transition
        regimes = items(field<QComboBox>(d, "uppRegime"));
        offered = items(field<QComboBox>(d, "uppStage"));
        gross = field<QCheckBox>(d, "uppGrossIncompetence")->text();
        auto* stage = field<QComboBox>(d, "uppStage");
        stage->setCurrentIndex(stage->findData(static_cast<int>(core::UppStage::Second)));
    });
    auto* add = section->findChild<QPushButton*>(QStringLiteral("uppAdd"));
    REQUIRE(add != nullptr);
    add->click();
    CHECK(regimes
          == QStringList{QStringLiteral("As the dates give"), QStringLiteral("Legacy (three stages)"),
                         QStringLiteral("Amended 2025 (two stages)"), QStringLiteral("Test 2027 (two stages)")});
    CHECK(offered
          == QStringList{QStringLiteral("Not started"), QStringLiteral("Initial review"),
                         QStringLiteral("Final review meeting"), QStringLiteral("Concluded")});
    CHECK(gross == QStringLiteral("Gross incompetence (straight to the final review meeting)"));
    const auto saved = f.session->procedures().listForCase<core::UppProcedure>(f.caseId).value();
    REQUIRE(saved.size() == 1);
    CHECK(saved.at(0).derivedRegime == core::UppRegime{"test2027"});
    CHECK(saved.at(0).stage == core::UppStage::Second);
    section->reload();
    const QAbstractItemModel* model = section->findChild<QTableView*>(QStringLiteral("upp"))->model();
    CHECK(model->index(0, 2).data().toString() == QStringLiteral("Test 2027 (two stages)"));
    CHECK(model->index(0, 3).data().toString() == QStringLiteral("Final review meeting"));

    // A day earlier the dates give the amended regime, in its own words.
    test::onForm([&](ui::FormDialog& d) {
        field<ui::DateEdit>(d, "uppCameToAttention")->setDate(QDate(2027, 3, 31));
        amendedOffered = items(field<QComboBox>(d, "uppStage"));
    });
    add->click();
    const auto both = f.session->procedures().listForCase<core::UppProcedure>(f.caseId).value();
    REQUIRE(both.size() == 2);
    CHECK(both.at(1).derivedRegime == core::UppRegime{"amended"});
    CHECK(amendedOffered.contains(QStringLiteral("Second stage meeting")));
    CHECK_FALSE(amendedOffered.contains(QStringLiteral("Final review meeting")));
}
