#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace calldeck {

QString Translations::install(QCoreApplication& app, const QString& languageOverride, const QLocale& locale)
{
    const QLocale effective = languageOverride.isEmpty() ? locale : QLocale(languageOverride);

    auto* own = new QTranslator(&app);
    // QTranslator::load(QLocale, ...) tries every UI language of the locale in order ("sv_SE", "sv").
    if (!own->load(effective, QStringLiteral("calldeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, file dialogs) in the same language, when Debian's
    // qt6-translations-l10n is installed.
    auto* qt = new QTranslator(&app);
    if (qt->load(effective, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return QFileInfo(own->filePath()).baseName().section(QLatin1Char('_'), 1);
}

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("calldeck_*.qm")});
    for (const QString& file : files) {
        const QString lang = file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
        if (!languages.contains(lang)) {
            languages << lang;
        }
    }
    return languages;
}

} // namespace calldeck
