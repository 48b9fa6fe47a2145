// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QObject>

#include <array>

// The icons item models draw, loaded once: a QIcon built in data() reads its SVG again for every
// cell painted. They are loaded again when the application's palette or theme changes, as a
// style may draw them differently; reloaded() then asks the model to repaint them.
class ItemIcons : public QObject
{
    Q_OBJECT
public:
    enum class Icon { Information, Success, Warning, Error, Recording, Count };

    explicit ItemIcons(QObject *parent = nullptr);

    const QIcon &operator[](Icon icon) const { return m_icons.at(size_t(icon)); }

Q_SIGNALS:
    void reloaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();

    std::array<QIcon, size_t(Icon::Count)> m_icons;
};
