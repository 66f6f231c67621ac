// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "workspace/AmendEntryDialog.h"
#include "support/Today.h"

#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"
#include "workspace/Labels.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebook::ui {

AmendEntryDialog::AmendEntryDialog(core::ChronologyEntryId entry, const QString& entryHtml, const QString& currentText,
                                   bool medical, Save save, QWidget* parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_save(std::move(save))
{
    setObjectName(QStringLiteral("amendEntryDialog"));
    setWindowTitle(tr("Amend a chronology entry"));

    m_original = new QTextBrowser(this);
    m_original->setObjectName(QStringLiteral("amendOriginal"));
    m_original->setAccessibleName(tr("The entry as it stands"));
    m_original->setOpenLinks(false);
    m_original->setHtml(entryHtml);
    m_original->setMaximumHeight(170);
    // Read by eye; Tab goes straight to what is typed.
    m_original->setFocusPolicy(Qt::ClickFocus);

    m_correction = new QPlainTextEdit(currentText, this);
    m_correction->setObjectName(QStringLiteral("amendCorrection"));
    m_correction->setAccessibleName(tr("What the entry should now say"));
    m_correction->setTabChangesFocus(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("amendReason"));
    m_reason->setAccessibleName(tr("Why it is corrected"));
    m_reason->setPlaceholderText(tr("For example: wrong date given; officer's words misquoted"));
    m_medical =
        new QCheckBox(tr("The correction holds &medical information (withheld from exports without consent)"), this);
    m_medical->setObjectName(QStringLiteral("amendMedical"));
    m_medical->setChecked(medical);

    auto* note = new QLabel(tr("The entry as first written stays in the record. The correction is added beside it "
                               "with today's date (%1) and your name, goes in the audit log, and appears in "
                               "exports as \"Amended on …\".")
                                .arg(dateText(toCoreDate(todayQDate()))),
                            this);
    note->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Entry:"), m_original);
    form->addRow(tr("&Should now say:"), m_correction);
    form->addRow(QString(), m_errors.add(QStringLiteral("correction"), this));
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_errors.add(QStringLiteral("reason"), this));
    form->addRow(QString(), m_medical);
    form->addRow(QString(), note);

    m_general = new QLabel(this);
    m_general->setWordWrap(true);
    m_general->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save &amendment"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* fields = new QWidget(this);
    fields->setLayout(form);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(fields, this), 1);
    layout->addWidget(m_general);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_correction->setFocus(Qt::OtherFocusReason);
    fitOnShow(this, QSize(680, 520));
    askBeforeDiscarding(this);
}

QString AmendEntryDialog::fieldError(const QString& field) const
{
    return m_errors.text(field);
}

void AmendEntryDialog::accept()
{
    m_errors.clear();
    m_general->hide();
    core::EntryAmendment amendment;
    amendment.entryId = m_entry;
    amendment.amendedOn = toCoreDate(todayQDate());
    amendment.correction = m_correction->toPlainText().trimmed().toStdString();
    amendment.reason = m_reason->text().trimmed().toStdString();
    amendment.medical = m_medical->isChecked();
    const core::Status saved = m_save(amendment);
    if (saved) {
        QDialog::accept();
        return;
    }
    const QStringList unplaced = m_errors.show(saved.error());
    if (!unplaced.isEmpty()) {
        m_general->setText(unplaced.join(QStringLiteral("\n")));
        m_general->show();
    }
}

} // namespace casebook::ui
