#include "dialogs/UrlCheck.h"

#include <QCoreApplication>
#include <QUrl>

namespace calldeck {

QString UrlCheck::problemWith(const QString& text, bool required)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return required ? QCoreApplication::translate("calldeck::SettingsDialog", "Enter a URL.") : QString();
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        || url.host().isEmpty()) {
        return QCoreApplication::translate("calldeck::SettingsDialog",
                                           "Enter a full URL starting with https://, e.g. https://example.com");
    }
    return {};
}

} // namespace calldeck
