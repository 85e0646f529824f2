#include "StatusCommand.h"

#include "core/Paths.h"
#include "core/Settings.h"
#include "secrets/KeychainCredentialStore.h"
#include "secrets/SecretResolver.h"
#include "store/ContactRepository.h"
#include "store/Migrations.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace calldeck::cli {

namespace {

using namespace std::chrono_literals;

/// A keychain that never answers (a hung D-Bus service) must not hang the command.
constexpr auto kKeychainTimeout = 15s;

/// Runs an event loop until `future` finishes or `timeout` passes; std::nullopt on timeout.
template <typename T>
std::optional<T> waitFor(const QFuture<T>& future, std::chrono::milliseconds timeout)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        timer.start(timeout);
        if (!future.isFinished()) {
            loop.exec();
        }
    }
    if (!future.isFinished()) {
        return std::nullopt;
    }
    return future.result();
}

struct DatabaseState
{
    int schemaVersion = 0;
    qint64 contacts = 0;
    QString defaultRegion;
};

/// Names of the non-secret settings the environment currently overrides.
QStringList settingsFromEnvironment()
{
    const std::initializer_list<const char*> variables{
        SettingKeys::TwilioAccountSid.environmentVariable, SettingKeys::TwilioApiKeySid.environmentVariable,
        SettingKeys::TwilioFromNumber.environmentVariable, SettingKeys::TwilioApiBase.environmentVariable,
        SettingKeys::PublicUrl.environmentVariable,        SettingKeys::ListenAddress.environmentVariable,
        SettingKeys::OpenAiBaseUrl.environmentVariable,
    };
    QStringList set;
    for (const char* variable : variables) {
        if (!qEnvironmentVariableIsEmpty(variable)) {
            set.append(QString::fromLatin1(variable));
        }
    }
    return set;
}

QString sourceName(ResolvedSecret::Source source)
{
    switch (source) {
    case ResolvedSecret::Source::Environment:
        return QStringLiteral("environment");
    case ResolvedSecret::Source::Keychain:
        return QStringLiteral("keychain");
    case ResolvedSecret::Source::Missing:
        break;
    }
    return QStringLiteral("missing");
}

QString sourceText(const QString& name)
{
    if (name == QLatin1String("environment")) {
        return QCoreApplication::translate("calldeck-cli", "from the environment");
    }
    if (name == QLatin1String("keychain")) {
        return QCoreApplication::translate("calldeck-cli", "stored in the keychain");
    }
    if (name == QLatin1String("unknown")) {
        return QCoreApplication::translate("calldeck-cli", "not in the environment; keychain not readable");
    }
    return QCoreApplication::translate("calldeck-cli", "not set");
}

} // namespace

StatusCommand::StatusCommand(CliContext& context)
    : m_context(context)
    , m_console(context.console())
{}

ExitCode StatusCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli",
        "Open CallDeck headless and report its state. Exits 5 when the database cannot be opened; the keychain "
        "state is reported but is not an error, since headless machines take secrets from the environment."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("calldeck-cli", "Print JSON for scripts."));
    parser.addOption(json);
    if (const auto stop = m_context.parse(parser, QStringLiteral("status"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().constFirst()),
                                    QStringLiteral("calldeck-cli status"));
    }

    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<DatabaseState> database = store.value()->runSync([](QSqlDatabase& db) -> Result<DatabaseState> {
        DatabaseState state;
        const Result<int> version = Migrations().currentVersion(db);
        if (!version.ok()) {
            return version.error();
        }
        const Result<qint64> count = ContactRepository(db).count();
        if (!count.ok()) {
            return count.error();
        }
        const Result<UserProfile> profile = ProfileRepository(db).profile();
        if (!profile.ok()) {
            return profile.error();
        }
        return DatabaseState{version.value(), count.value(), profile.value().defaultRegion};
    });
    if (!database.ok()) {
        return m_console.fail(database.error());
    }

    // The keychain answers on this thread's event loop. probe() writes and deletes a scratch entry:
    // a read alone succeeds on a keyring without a login collection, where every write would fail.
    KeychainCredentialStore keychain;
    QString keychainState = QStringLiteral("available");
    QString keychainMessage;
    const std::optional<Status> probe = waitFor(keychain.probe(), kKeychainTimeout);
    if (!probe) {
        keychainState = QStringLiteral("unavailable");
        keychainMessage =
            QCoreApplication::translate("calldeck-cli", "no answer from the keychain service within %1 seconds")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(kKeychainTimeout).count());
    } else if (!probe->ok()) {
        keychainState = probe->error().code == ErrorCode::KeychainUnavailable ? QStringLiteral("unavailable")
                                                                              : QStringLiteral("error");
        keychainMessage = probe->error().message;
    }

    QList<std::pair<QString, QString>> secrets; // environment variable, source name
    SecretResolver resolver(keychain);
    for (const Secret secret : allSecrets()) {
        const QString variable = secretEnvironmentVariable(secret);
        QString source = QStringLiteral("unknown");
        if (!qEnvironmentVariableIsEmpty(variable.toLatin1().constData())) {
            source = QStringLiteral("environment");
        } else if (keychainState == QLatin1String("available")) {
            const std::optional<Result<ResolvedSecret>> resolved = waitFor(resolver.resolve(secret), kKeychainTimeout);
            if (resolved && resolved->ok()) {
                source = sourceName(resolved->value().source);
            }
        }
        secrets.append({variable, source});
    }
    const QStringList settings = settingsFromEnvironment();
    const int latestVersion = Migrations().latestVersion();

    if (parser.isSet(json)) {
        QJsonObject credentials;
        for (const auto& [variable, source] : secrets) {
            credentials.insert(variable, source);
        }
        QJsonObject keychainObject{{QStringLiteral("state"), keychainState}};
        if (!keychainMessage.isEmpty()) {
            keychainObject.insert(QStringLiteral("message"), keychainMessage);
        }
        m_console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("version"), QStringLiteral(CALLDECK_VERSION)},
            {QStringLiteral("data_dir"), Paths::dataDir()},
            {QStringLiteral("database"), store.value()->path()},
            {QStringLiteral("schema_version"), database.value().schemaVersion},
            {QStringLiteral("latest_schema_version"), latestVersion},
            {QStringLiteral("contacts"), database.value().contacts},
            {QStringLiteral("default_region"), database.value().defaultRegion},
            {QStringLiteral("keychain"), keychainObject},
            {QStringLiteral("credentials"), credentials},
            {QStringLiteral("settings_from_environment"), QJsonArray::fromStringList(settings)},
        }));
        return ExitCode::Ok;
    }

    QTextStream& out = m_console.out();
    out << QCoreApplication::applicationName() << ' ' << QStringLiteral(CALLDECK_VERSION) << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Data directory:  %1").arg(Paths::dataDir()) << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Database:        %1").arg(store.value()->path()) << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Schema version:  %1 (this build knows up to %2)")
               .arg(QString::number(database.value().schemaVersion), QString::number(latestVersion))
        << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Contacts:        %1").arg(database.value().contacts) << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Default region:  %1").arg(database.value().defaultRegion)
        << '\n';
    if (keychainState == QLatin1String("available")) {
        out << QCoreApplication::translate("calldeck-cli", "Keychain:        available") << '\n';
    } else if (keychainState == QLatin1String("unavailable")) {
        out << QCoreApplication::translate("calldeck-cli", "Keychain:        unavailable (%1)").arg(keychainMessage)
            << '\n';
    } else {
        out << QCoreApplication::translate("calldeck-cli", "Keychain:        error (%1)").arg(keychainMessage) << '\n';
    }
    out << QCoreApplication::translate("calldeck-cli", "Credentials:") << '\n';
    for (const auto& [variable, source] : secrets) {
        out << QStringLiteral("  %1  %2").arg(variable.leftJustified(22), sourceText(source)) << '\n';
    }
    out << QCoreApplication::translate("calldeck-cli", "Settings from the environment: %1")
               .arg(settings.isEmpty() ? QCoreApplication::translate("calldeck-cli", "none")
                                       : settings.join(QStringLiteral(", ")))
        << '\n';
    return ExitCode::Ok;
}

} // namespace calldeck::cli
