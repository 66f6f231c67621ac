// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AboutDialog.h"
#include "support/ScreenFit.h"

#include "support/AppIcon.h"

#include <casebook/Version.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

namespace casebook::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Casebook"));

    auto* iconLabel = new QLabel(this);
    iconLabel->setObjectName(QStringLiteral("aboutIconLabel"));
    iconLabel->setPixmap(appIconPixmap(64, devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignTop);
    iconLabel->setAccessibleName(tr("Casebook icon"));

    auto* textLabel = new QLabel(this);
    textLabel->setObjectName(QStringLiteral("aboutTextLabel"));
    textLabel->setTextFormat(Qt::RichText);
    textLabel->setWordWrap(true);
    textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    textLabel->setText(
        tr("<h2>Casebook %1</h2>"
           "<p>An offline, encrypted case book for performance and wellbeing cases.</p>"
           "<p>Licensed under the Apache License, Version 2.0.</p>"
           "<p>Built with Qt %2; running on Qt %3.</p>")
            .arg(QString::fromLatin1(kVersion), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    textLabel->setAccessibleName(tr("About Casebook"));

    auto* buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttonBox->setObjectName(QStringLiteral("buttonBox"));
    QPushButton* closeButton = buttonBox->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAccessibleName(tr("Close"));
    connect(buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* contentLayout = new QHBoxLayout;
    contentLayout->setSpacing(16);
    contentLayout->addWidget(iconLabel);
    contentLayout->addWidget(textLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(contentLayout);
    layout->addWidget(buttonBox);
    setMinimumWidth(420);
    fitOnShow(this);
}

AboutDialog::~AboutDialog() = default;

} // namespace casebook::ui
