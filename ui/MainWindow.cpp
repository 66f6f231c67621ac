// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "dialogs/AboutDialog.h"
#include "support/AppIcon.h"

#include <casebook/Version.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QLabel* makeLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QFont scaledFont(const QFont& base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

MainWindow::MainWindow(const StartupOptions& options, QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casebook"));
    setWindowIcon(appIcon());
    setMinimumSize(480, 360);
    resize(900, 600);

    createActions();
    createMenus();
    setCentralWidget(createPlaceholder(options));
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->showMessage(options.demo ? tr("Demo mode") : tr("No store open"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // Explicit, because QKeySequence::Quit has no binding on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setStatusTip(tr("Close Casebook"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Casebook"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Show the version and licence of Casebook"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setStatusTip(tr("Show the version of the Qt toolkit"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("mainMenuBar"));
    menuBar()->setAccessibleName(tr("Main menu"));

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_quitAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

QWidget* MainWindow::createPlaceholder(const StartupOptions& options)
{
    auto* placeholder = new QWidget(this);
    placeholder->setObjectName(QStringLiteral("placeholderWidget"));
    placeholder->setAccessibleName(tr("No store open"));

    // A centred column of readable width; word-wrapped labels size themselves correctly inside it.
    auto* column = new QWidget(placeholder);
    column->setMaximumWidth(520);
    auto* outerLayout = new QHBoxLayout(placeholder);
    outerLayout->addStretch(1);
    outerLayout->addWidget(column, 4);
    outerLayout->addStretch(1);

    auto* iconLabel = new QLabel(column);
    iconLabel->setObjectName(QStringLiteral("appIconLabel"));
    iconLabel->setPixmap(appIconPixmap(96, devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignHCenter);
    iconLabel->setAccessibleName(tr("Casebook icon"));

    QLabel* nameLabel = makeLabel(tr("Casebook"), QStringLiteral("appNameLabel"), column);
    nameLabel->setFont(scaledFont(font(), 1.8, true));
    QLabel* versionLabel =
        makeLabel(tr("Version %1").arg(QString::fromLatin1(kVersion)), QStringLiteral("versionLabel"), column);

    QLabel* headingLabel = makeLabel(tr("No store open yet"), QStringLiteral("placeholderHeadingLabel"), column);
    headingLabel->setFont(scaledFont(font(), 1.2, true));
    QLabel* bodyLabel = makeLabel(tr("When a store is open, your cases appear here. "
                                     "Everything you record is kept encrypted on this computer."),
                                  QStringLiteral("placeholderBodyLabel"), column);

    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(8);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addSpacing(8);
    layout->addWidget(nameLabel);
    layout->addWidget(versionLabel);
    layout->addSpacing(24);
    layout->addWidget(headingLabel);
    layout->addWidget(bodyLabel);
    layout->addSpacing(16);

    addStartupNotes(options, column, layout);
    layout->addStretch(3);
    return placeholder;
}

void MainWindow::addStartupNotes(const StartupOptions& options, QWidget* column, QVBoxLayout* layout)
{
    if (!options.storePath.isEmpty()) {
        QLabel* storeLabel = makeLabel(tr("Store requested: %1\nOpening stores is not available in this version yet.")
                                           .arg(QDir::toNativeSeparators(options.storePath)),
                                       QStringLiteral("requestedStoreLabel"), column);
        layout->addWidget(storeLabel);
    }
    if (options.demo) {
        QLabel* demoLabel = makeLabel(tr("Demo mode: fictional cases will appear here once demo data is available."),
                                      QStringLiteral("demoModeLabel"), column);
        layout->addWidget(demoLabel);
    }
}

void MainWindow::showAboutDialog()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open() is window-modal and returns at once: no nested event loop.
    dialog->open();
}

} // namespace casebook::ui
