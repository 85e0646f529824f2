#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace calldeck {

/// Loads CallDeck's compiled translations (":/i18n/calldeck_<lang>.qm") and Qt's own for the
/// given locale — by default the system locale, so the UI follows the desktop's language.
class Translations
{
public:
    /// Installs translators on `app` (they are parented to it). `languageOverride` such as "sv"
    /// wins over the locale when not empty. Returns the language actually loaded ("en" when
    /// CallDeck has no translation for the locale: the source strings are English).
    static QString install(QCoreApplication& app, const QString& languageOverride = {},
                           const QLocale& locale = QLocale::system());
    /// Languages CallDeck ships ("en", "sv").
    static QStringList available();
};

} // namespace calldeck
