#include "CliContext.h"

#include "core/Paths.h"
#include "core/PhoneNumbers.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace calldeck::cli {

CliContext::CliContext(Console& console)
    : m_console(console)
{}

CliContext::~CliContext() = default;

std::optional<ExitCode> CliContext::parse(QCommandLineParser& parser, const QString& command,
                                          const QStringList& arguments)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("calldeck-cli", "Show this help."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("calldeck-cli", "Keep CallDeck's data in DIR (overrides CALLDECK_DATA_DIR)."),
        QStringLiteral("DIR"));
    parser.addOption(help);
    parser.addOption(dataDir);

    const QString program = QCoreApplication::applicationName() + QLatin1Char(' ') + command;
    if (!parser.parse(QStringList{program} + arguments)) {
        return m_console.usageError(parser.errorText(), program);
    }
    if (parser.isSet(help)) {
        // QCommandLineParser names the executable by its path; show the command words instead.
        QString text = parser.helpText();
        const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
        QString firstLine = text.left(firstLineEnd);
        firstLine.replace(QCoreApplication::arguments().constFirst(), program);
        m_console.out() << firstLine << text.mid(firstLineEnd);
        return ExitCode::Ok;
    }
    if (parser.isSet(dataDir)) {
        useDataDir(parser.value(dataDir));
    }
    return std::nullopt;
}

void CliContext::useDataDir(const QString& dir)
{
    qputenv("CALLDECK_DATA_DIR", dir.toLocal8Bit());
}

Result<Store*> CliContext::openStore()
{
    if (m_store) {
        return m_store.get();
    }
    auto store = std::make_unique<Store>(Paths::databaseFile());
    const Status opened = store->open();
    if (!opened.ok()) {
        return opened.error();
    }
    m_store = std::move(store);
    return m_store.get();
}

Result<QString> CliContext::region(const QString& explicitRegion)
{
    if (!explicitRegion.isEmpty()) {
        if (!PhoneNumbers::isKnownRegion(explicitRegion)) {
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("calldeck-cli",
                                                     "unknown region \"%1\"; use a two-letter ISO 3166 code "
                                                     "such as US, SE or GB")
                             .arg(explicitRegion)};
        }
        return explicitRegion.trimmed().toUpper();
    }
    const Result<Store*> store = openStore();
    if (!store.ok()) {
        return store.error();
    }
    const Result<UserProfile> profile =
        store.value()->runSync([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
    if (!profile.ok()) {
        return profile.error();
    }
    return profile.value().defaultRegion;
}

} // namespace calldeck::cli
