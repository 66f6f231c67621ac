// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#ifndef Q_MOC_RUN
#include "dp/Disclosure.h"
#include "dp/SarService.h"
#endif

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace casebook::core {
class Session;
} // namespace casebook::core

namespace casebook::ui {

/// The third-party review of one request and its package: every item held about the person,
/// those that may name others marked, a decision per item (disclose, redact with the words,
/// withhold with a reason), and the package written to a folder (PDF, attachments, manifest),
/// audited with its digests. The reasons and redacted words stay in the store.
class DisclosureDialog final : public QDialog {
    Q_OBJECT

public:
    DisclosureDialog(core::Session& session, core::SarId sar, QWidget* parent = nullptr);
    ~DisclosureDialog() override;

    QTableView* itemTable() const { return m_table; }
    QRadioButton* discloseRadio() const { return m_disclose; }
    QRadioButton* redactRadio() const { return m_redact; }
    QRadioButton* withholdRadio() const { return m_withhold; }
    QLineEdit* wordsEdit() const { return m_words; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QPushButton* recordButton() const { return m_record; }
    QPushButton* packageButton() const { return m_package; }
    QLabel* messageLabel() const { return m_message; }
    /// Selects the item with `key`; false when there is none.
    bool selectItem(const QString& key);
    /// Writes the package into `folder` (new or empty) and audits it; false with the message shown.
    bool writePackage(const QString& folder);

private:
    Q_DISABLE_COPY_MOVE(DisclosureDialog)

    void reload();
    void showItem();
    void record();
    void choosePackageFolder();
    QString selectedKey() const;

    core::Session& m_session;
    core::SarId m_sar;
    std::unique_ptr<core::DisclosureReview> m_review;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QRadioButton* m_disclose = nullptr;
    QRadioButton* m_redact = nullptr;
    QRadioButton* m_withhold = nullptr;
    QLineEdit* m_words = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_package = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace casebook::ui
