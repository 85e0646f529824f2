#include "CliApp.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calldeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLDECK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("CallDeck"));
    // Messages follow the system locale (LANG / LC_MESSAGES), like the desktop app.
    calldeck::Translations::install(app);
    // Keep stderr for errors a script can act on; QT_LOGGING_RULES still turns the engine's chatter back on.
    QLoggingCategory::setFilterRules(QStringLiteral("calldeck.*.debug=false\ncalldeck.*.info=false"));
    return static_cast<int>(calldeck::cli::CliApp().run(QCoreApplication::arguments()));
}
