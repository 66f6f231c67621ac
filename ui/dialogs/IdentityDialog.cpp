// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/IdentityDialog.h"
#include "workspace/Labels.h"

#include "support/DiscardGuard.h"
#include "support/Messages.h"
#include "support/ScreenFit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QLineEdit* field(const std::string& text, const QString& objectName, QWidget* parent)
{
    auto* edit = new QLineEdit(qs(text), parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(200);
    return edit;
}

} // namespace

QString identityFilePath()
{
    if (QStandardPaths::isTestModeEnabled()) {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .filePath(QStringLiteral("casebook/identity.conf"));
    }
    return QString::fromStdString(core::identityPath().string());
}

core::Identity savedIdentity()
{
    auto identity = core::loadIdentity(identityFilePath().toStdString());
    return identity ? *identity : core::Identity{};
}

QString workingName()
{
    if (const std::string signature = savedIdentity().signature(); !signature.empty()) {
        return qs(signature);
    }
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("casebook") : user;
}

IdentityDialog::IdentityDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Your details"));
    const core::Identity identity = savedIdentity();

    auto* intro = new QLabel(tr("Who is working: used for \"by\", \"decided by\" and \"prepared by\" and in the "
                                "audit log (from the next unlock), instead of the computer's user name. "
                                "casebook-cli reads the same details."),
                             this);
    intro->setWordWrap(true);
    m_name = field(identity.name, QStringLiteral("identityName"), this);
    m_name->setPlaceholderText(tr("e.g. Jane Smith"));
    m_rank = field(identity.rank, QStringLiteral("identityRank"), this);
    m_rank->setPlaceholderText(tr("e.g. PS"));
    m_collar = field(identity.collarNumber, QStringLiteral("identityCollar"), this);
    m_force = field(identity.force, QStringLiteral("identityForce"), this);
    m_marking = new QComboBox(this);
    m_marking->setObjectName(QStringLiteral("identityMarking"));
    m_marking->setEditable(true);
    m_marking->addItems({QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("OFFICIAL-SENSITIVE PERSONAL"),
                         QStringLiteral("OFFICIAL")});
    m_marking->setCurrentText(identity.marking.empty() ? QStringLiteral("OFFICIAL-SENSITIVE") : qs(identity.marking));
    m_handling = field(identity.handling, QStringLiteral("identityHandling"), this);
    m_handling->setPlaceholderText(tr("The built-in handling line"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Rank:"), m_rank);
    form->addRow(tr("&Collar number:"), m_collar);
    form->addRow(tr("&Force:"), m_force);
    form->addRow(tr("Default &marking:"), m_marking);
    form->addRow(tr("Default &handling line:"), m_handling);
    for (QWidget* w :
         {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_rank), static_cast<QWidget*>(m_collar),
          static_cast<QWidget*>(m_force), static_cast<QWidget*>(m_marking), static_cast<QWidget*>(m_handling)}) {
        w->setAccessibleName(form->labelForField(w) != nullptr
                                 ? static_cast<QLabel*>(form->labelForField(w))->text().remove(u'&').remove(u':')
                                 : QString());
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("identityError"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &IdentityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    fitOnShow(this);
    askBeforeDiscarding(this);
}

QString IdentityDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void IdentityDialog::accept()
{
    core::Identity identity;
    identity.name = m_name->text().trimmed().toStdString();
    identity.rank = m_rank->text().trimmed().toStdString();
    identity.collarNumber = m_collar->text().trimmed().toStdString();
    identity.force = m_force->text().trimmed().toStdString();
    identity.marking = m_marking->currentText().trimmed().toStdString();
    identity.handling = m_handling->text().trimmed().toStdString();
    if (identity.name.empty() && !(identity.rank.empty() && identity.collarNumber.empty())) {
        m_error->setText(tr("Type your name too: the rank and collar number are used only with it."));
        m_error->show();
        m_name->setFocus();
        return;
    }
    if (const core::Status saved = core::saveIdentity(identityFilePath().toStdString(), identity); !saved) {
        m_error->setText(
            tr("Your details could not be saved (%1). Nothing was changed.").arg(userMessage(saved.error())));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace casebook::ui
