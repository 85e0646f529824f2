#include "core/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcInstance, "calldeck.instance")

namespace calldeck {

namespace {

/// The primary answers every hand-over with this line, so the later start knows it was heard.
const QByteArray kAck = QByteArrayLiteral("ok\n");

} // namespace

SingleInstance::SingleInstance(QString dataDir, QObject* parent)
    : QObject(parent), m_dataDir(QDir::cleanPath(QDir(dataDir).absolutePath())), m_name(serverName(m_dataDir))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& dataDir)
{
    // Socket paths are short (108 bytes on Linux) and data directories can be long: hash them.
    const QString canonical = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("calldeck-%1").arg(QString::fromLatin1(hash));
}

SingleInstance::Role SingleInstance::start(const QStringList& arguments, int timeoutMs)
{
    m_error.clear();
    QDir().mkpath(m_dataDir);
    m_lock = std::make_unique<QLockFile>(m_dataDir + QStringLiteral("/calldeck.lock"));
    // A lock whose process is gone (a crash, a kill) is stale at once; a live holder never is.
    m_lock->setStaleLockTime(0);
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (m_lock->tryLock(0)) {
            listen(); // without the socket the desk still runs; later starts then say it does not answer
            return Role::Primary;
        }
        if (m_lock->error() != QLockFile::LockFailedError) {
            // An unwritable data directory fails later with a clearer message from the database.
            m_error = tr("Cannot create the lock file in %1.").arg(m_dataDir);
            return Role::Primary;
        }
        if (handOver(arguments, int(std::max<qint64>(deadline.remainingTime(), 100)))) {
            return Role::HandedOver;
        }
        if (deadline.hasExpired()) {
            break;
        }
        // The desk holding the lock may still be starting up its socket.
        QThread::msleep(100);
    }
    m_error = tr("CallDeck is already running for %1 but does not answer.").arg(m_dataDir);
    return Role::Unanswered;
}

bool SingleInstance::listen()
{
    // The lock is ours, so a socket under our name is left over from a crashed run.
    QLocalServer::removeServer(m_name);
    if (!m_server.listen(m_name)) {
        m_error = m_server.errorString();
        qCWarning(lcInstance).noquote() << "Later starts cannot reach this window:" << m_error;
        return false;
    }
    qCInfo(lcInstance).noquote() << "Listening for later starts on" << m_server.fullServerName();
    return true;
}

bool SingleInstance::handOver(const QStringList& arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray message = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    message.append('\n');
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    QByteArray reply;
    const QDeadlineTimer deadline(timeoutMs);
    while (!reply.contains('\n') && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(std::max<qint64>(deadline.remainingTime(), 1)))) {
            break;
        }
        reply += socket.readAll();
    }
    socket.disconnectFromServer();
    return reply == kAck;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(socket->readLine());
            QStringList arguments;
            for (const QJsonValue& value : document.array()) {
                arguments.append(value.toString());
            }
            socket->write(kAck);
            socket->flush();
            qCInfo(lcInstance) << "A later start handed over" << arguments.size() << "argument(s)";
            Q_EMIT activated(arguments);
        });
    }
}

} // namespace calldeck
