// SPDX-FileCopyrightText: 2026 Casebook contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace casebook::ui {

/// Shows Casebook's version, purpose, licence and the Qt version it runs on.
class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    Q_DISABLE_COPY_MOVE(AboutDialog)
};

} // namespace casebook::ui
