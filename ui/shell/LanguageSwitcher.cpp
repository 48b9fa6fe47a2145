// SPDX-License-Identifier: Apache-2.0
#include "shell/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

QString LanguageSwitcher::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void LanguageSwitcher::apply(const QString &language)
{
    const QString chosen = language.isEmpty() ? systemLanguage() : language;
    QCoreApplication::removeTranslator(&m_vigie);
    QCoreApplication::removeTranslator(&m_qt);

    // Keep the system's regional formats when they match the language (fr_CA, en_GB...).
    const QLocale system = QLocale::system();
    const QLocale::Language wanted = chosen == QLatin1String("fr") ? QLocale::French : QLocale::English;
    QLocale::setDefault(system.language() == wanted ? system : QLocale(wanted));

    if (m_vigie.load(QLocale(wanted), QStringLiteral("vigie"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&m_vigie);
    }
    if (m_qt.load(QLocale(wanted), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    m_current = chosen;
    Q_EMIT languageChanged(chosen);
}
