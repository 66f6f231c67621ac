// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "session/RestoreDialog.h"

#include "support/DiscardGuard.h"
#include "support/ScreenFit.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

namespace casebook::ui {

namespace {

/// A path field and its "Choose…" button, on one form row.
QHBoxLayout* pathRow(QLineEdit* edit, QPushButton* choose)
{
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(choose);
    return row;
}

QString cleaned(const QString& path)
{
    const QString trimmed = path.trimmed();
    return trimmed.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(trimmed));
}

} // namespace

RestoreDialog::RestoreDialog(const QString& target, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    auto* intro = new QLabel(tr("Casebook checks every page of the backup before it changes anything. If the check "
                                "fails, or the passphrase is wrong, the store stays exactly as it is. After the "
                                "restore the store opens with the backup's passphrase, and what was added since the "
                                "backup was made is not in it."),
                             this);
    intro->setWordWrap(true);

    m_backup = new QLineEdit(this);
    m_backup->setObjectName(QStringLiteral("backupPathEdit"));
    m_backup->setAccessibleName(tr("Backup file"));
    auto* chooseBackup = new QPushButton(tr("C&hoose…"), this);
    chooseBackup->setObjectName(QStringLiteral("chooseBackupButton"));
    chooseBackup->setAccessibleName(tr("Choose the backup file"));
    m_target = new QLineEdit(target, this);
    m_target->setObjectName(QStringLiteral("restoreTargetEdit"));
    m_target->setAccessibleName(tr("Store to replace"));
    auto* chooseTarget = new QPushButton(tr("Ch&oose…"), this);
    chooseTarget->setObjectName(QStringLiteral("chooseTargetButton"));
    chooseTarget->setAccessibleName(tr("Choose the store to replace"));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphrase->setAccessibleName(tr("The backup's passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_consequence = new QLabel(this);
    m_consequence->setObjectName(QStringLiteral("restoreConsequence"));
    m_consequence->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    for (auto [label, edit, choose] : {std::tuple{tr("&Backup:"), m_backup, chooseBackup},
                                       std::tuple{tr("&Store to replace:"), m_target, chooseTarget}}) {
        QHBoxLayout* row = pathRow(edit, choose);
        form->addRow(label, row);
        qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(edit); // Alt+letter goes to the path
    }
    form->addRow(tr("Backup's &passphrase:"), m_passphrase);
    form->addRow(QString(), m_consequence);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    fitOnShow(this);
    askBeforeDiscarding(this);

    connect(chooseBackup, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose the backup"), m_backup->text(),
                                                          tr("Casebook stores (*.cbk);;All files (*)"));
        if (!path.isEmpty()) {
            m_backup->setText(QDir::toNativeSeparators(path));
        }
    });
    connect(chooseTarget, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Choose the store to replace"), m_target->text(),
                                                          tr("Casebook stores (*.cbk);;All files (*)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) {
            m_target->setText(QDir::toNativeSeparators(path));
        }
    });
    for (QLineEdit* edit : {m_backup, m_target, m_passphrase}) {
        connect(edit, &QLineEdit::textChanged, this, &RestoreDialog::update);
    }
    update();
}

RestoreDialog::~RestoreDialog()
{
    m_passphrase->setText(QString()); // not clear(): that keeps the text in the field's undo history
}

QString RestoreDialog::backupPath() const
{
    return cleaned(m_backup->text());
}

QString RestoreDialog::targetPath() const
{
    return cleaned(m_target->text());
}

QString RestoreDialog::takePassphrase()
{
    QString passphrase = m_passphrase->text();
    m_passphrase->setText(QString());
    return passphrase;
}

void RestoreDialog::update()
{
    const QString backup = backupPath();
    const QString target = targetPath();
    const QFileInfo backupFile(backup);
    const QFileInfo targetFile(target);
    QString problem;
    if (!backup.isEmpty() && !backupFile.isFile()) {
        problem = tr("There is no file at %1.").arg(QDir::toNativeSeparators(backup));
    } else if (!backup.isEmpty() && !target.isEmpty()
               && backupFile.absoluteFilePath() == targetFile.absoluteFilePath()) {
        problem = tr("The backup and the store to replace are the same file.");
    } else if (targetFile.isDir()) {
        problem = tr("%1 is a folder; name the store file in it.").arg(QDir::toNativeSeparators(target));
    }
    if (!problem.isEmpty()) {
        m_consequence->setText(problem);
    } else if (target.isEmpty()) {
        m_consequence->clear();
    } else if (targetFile.exists()) {
        m_consequence->setText(tr("The store there now is kept beside it as %1, so nothing in it is lost.")
                                   .arg(targetFile.fileName() + QStringLiteral(".before-restore")));
    } else {
        m_consequence->setText(tr("There is no store there yet: the backup becomes a new store."));
    }
    m_restore->setEnabled(problem.isEmpty() && !backup.isEmpty() && !target.isEmpty()
                          && !m_passphrase->text().isEmpty());
}

} // namespace casebook::ui
