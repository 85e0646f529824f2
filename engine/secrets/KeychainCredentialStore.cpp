#include "secrets/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QStringList>
#include <functional>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

namespace calldeck {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "calldeck.secrets")

QString translated(const char* text)
{
    return QCoreApplication::translate("calldeck::KeychainCredentialStore", text);
}

/// Entry name of the throw-away item probe() writes and deletes.
QString probeKey()
{
    return QStringLiteral("calldeck/probe");
}

/// True when the failure means "no usable keychain service" rather than "the keychain said no".
/// With the Secret Service backend, D-Bus and collection problems arrive as OtherError carrying
/// GLib's message, so the text is all there is to go on.
bool meansUnavailable(QKeychain::Error code, const QString& message)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied: // Secret Service: the collection is locked
        return true;
    case QKeychain::OtherError:
        break;
    default:
        return false;
    }
    static const QStringList hints{
        QStringLiteral(
            "org.freedesktop.secrets"), // "The name org.freedesktop.secrets was not provided by any .service files"
        QStringLiteral("dbus"),         // "Cannot autolaunch D-Bus without X11 $DISPLAY", GDBus errors
        QStringLiteral("d-bus"),
        QStringLiteral("could not connect"),      // DBUS_SESSION_BUS_ADDRESS points nowhere
        QStringLiteral("does not exist at path"), // no login collection ("Object does not exist at path ...")
        QStringLiteral("no such object"),
        QStringLiteral("locked"),
        QStringLiteral("no keychain service"),
        QStringLiteral("no keyring daemon"),
        QStringLiteral("wallet"), // KWallet could not be opened
    };
    for (const QString& hint : hints) {
        if (message.contains(hint, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

/// Turns a finished job into a Status; `action` is the user-readable "Could not ... %1: %2" text.
Status statusOf(const QKeychain::Job& job, const QString& key, const char* action)
{
    if (job.error() == QKeychain::NoError) {
        return {};
    }
    const QString detail = job.errorString();
    // Only the entry name and the backend's message are logged, never a value.
    qCWarning(lcKeychain).noquote() << "keychain operation on" << key << "failed:" << detail;
    if (meansUnavailable(job.error(), detail)) {
        return Status::failure(ErrorCode::KeychainUnavailable, KeychainCredentialStore::unavailableMessage(detail));
    }
    return Status::failure(ErrorCode::Keychain, translated(action).arg(key, detail));
}

template <typename Job>
Job* makeJob(const QString& serviceName, const QString& key)
{
    auto* job = new Job(serviceName); // no parent: a job outlives the store until it finishes
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never store secrets in a plaintext file
    job->setKey(key);
    return job;
}

void startRead(const QString& serviceName, const QString& key, std::function<void(Result<QString>)> done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(serviceName, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [key, done = std::move(done)](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() == QKeychain::EntryNotFound) {
            done(QString());
            return;
        }
        const Status status =
            statusOf(*readJob, key,
                     QT_TRANSLATE_NOOP("calldeck::KeychainCredentialStore", "Could not read %1 from the keychain: %2"));
        if (!status.ok()) {
            done(status.error());
            return;
        }
        done(readJob->textData());
    });
    job->start();
}

void startWrite(const QString& serviceName, const QString& key, const QString& value, std::function<void(Status)> done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(serviceName, key);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, job, [key, done = std::move(done)](QKeychain::Job* finished) {
        done(
            statusOf(*finished, key,
                     QT_TRANSLATE_NOOP("calldeck::KeychainCredentialStore", "Could not store %1 in the keychain: %2")));
    });
    job->start();
}

void startRemove(const QString& serviceName, const QString& key, std::function<void(Status)> done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(serviceName, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [key, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::EntryNotFound) {
            done({});
            return;
        }
        done(statusOf(
            *finished, key,
            QT_TRANSLATE_NOOP("calldeck::KeychainCredentialStore", "Could not delete %1 from the keychain: %2")));
    });
    job->start();
}

template <typename T>
std::function<void(T)> fulfil(const std::shared_ptr<QPromise<T>>& promise)
{
    return [promise](T result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
}

template <typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject* parent, QString serviceName)
    : CredentialStore(parent)
    , m_serviceName(std::move(serviceName))
{}

QFuture<Result<QString>> KeychainCredentialStore::read(Secret secret)
{
    auto promise = startedPromise<Result<QString>>();
    startRead(m_serviceName, secretKey(secret), fulfil(promise));
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::write(Secret secret, const QString& value)
{
    auto promise = startedPromise<Status>();
    startWrite(m_serviceName, secretKey(secret), value, fulfil(promise));
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::remove(Secret secret)
{
    auto promise = startedPromise<Status>();
    startRemove(m_serviceName, secretKey(secret), fulfil(promise));
    return promise->future();
}

QFuture<Status> KeychainCredentialStore::probe()
{
    // A read alone is not enough: Secret Service answers lookups even when the default collection
    // is missing, and only a write reveals that nothing can be stored.
    auto promise = startedPromise<Status>();
    auto done = fulfil(promise);
    const QString service = m_serviceName;
    startWrite(service, probeKey(), QStringLiteral("probe"), [service, done](const Status& written) {
        if (!written.ok()) {
            done(written);
            return;
        }
        startRemove(service, probeKey(), done);
    });
    return promise->future();
}

QString KeychainCredentialStore::serviceName() const
{
    return m_serviceName;
}

QString KeychainCredentialStore::unavailableMessage(const QString& detail)
{
    QStringList variables;
    for (const Secret secret : allSecrets()) {
        variables << secretEnvironmentVariable(secret);
    }
    return tr("No keychain service answered (%1). CallDeck keeps API keys and tokens only in the system "
              "keychain, never in a plain file. Install and unlock GNOME Keyring or KWallet, or, for headless "
              "use, set the environment variables %2.")
        .arg(detail, variables.join(QStringLiteral(", ")));
}

} // namespace calldeck
