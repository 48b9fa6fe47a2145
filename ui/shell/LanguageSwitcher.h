// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTranslator>

// Loads Vigie's and Qt's own translations and swaps them at run time. Installing a translator
// sends LanguageChange to every widget, which retranslates itself.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // "fr" or "en"; empty picks the system language (French for French locales, else English).
    void apply(const QString &language);
    QString current() const { return m_current; }
    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QTranslator m_vigie;
    QTranslator m_qt;
    QString m_current;
};
