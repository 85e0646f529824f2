#include "core/Logging.h"

#include "core/Paths.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <cstdio>

namespace calldeck {

namespace {

constexpr qsizetype kMaxRecentProblems = 500;

/// Guards the installed hub and everything the handler touches in it.
QMutex& hubMutex()
{
    static QMutex mutex;
    return mutex;
}
/// The hub currently installed (one per process), guarded by hubMutex().
LogHub* g_hub = nullptr;
/// Guards against a log call made from inside the handler (e.g. by Qt while writing the file).
thread_local bool t_inHandler = false;

LogLevel levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Debug;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        return LogLevel::Error;
    }
    return LogLevel::Info;
}

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO";
    case QtWarningMsg:
        return "WARN";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "INFO";
}

void writeStderr(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

struct LogHub::Impl
{
    QString logDir;
    qint64 maxFileBytes = 0;
    int keepFiles = 1;
    QtMessageHandler previousHandler = nullptr;

    // Everything below is guarded by hubMutex().
    QFile file;
    bool fileFailed = false;
    QList<LogEntry> recent;

    [[nodiscard]] QString fileName(int index) const
    {
        return index == 0 ? logDir + QStringLiteral("/calldeck.log")
                          : logDir + QStringLiteral("/calldeck.%1.log").arg(index);
    }

    /// calldeck.log → calldeck.1.log → … ; keepFiles counts all files including the current one.
    void rotate()
    {
        file.close();
        QFile::remove(fileName(keepFiles - 1));
        for (int index = keepFiles - 2; index >= 0; --index) {
            if (QFile::exists(fileName(index))) {
                QFile::rename(fileName(index), fileName(index + 1));
            }
        }
    }

    bool ensureOpen()
    {
        if (file.isOpen()) {
            return true;
        }
        file.setFileName(fileName(0));
        return file.open(QIODevice::WriteOnly | QIODevice::Append);
    }

    /// Writes one line to the file, rotating first when it would grow past the limit. Says once
    /// on stderr when the file cannot be written and stays on stderr from then on.
    void writeLine(const QByteArray& line)
    {
        if (fileFailed) {
            return;
        }
        bool ok = ensureOpen();
        if (ok && file.size() > 0 && file.size() + line.size() > maxFileBytes && keepFiles > 1) {
            rotate();
            ok = ensureOpen();
        } else if (ok && file.size() + line.size() > maxFileBytes && keepFiles <= 1) {
            ok = file.resize(0);
        }
        ok = ok && file.write(line) == line.size() && file.flush();
        if (!ok) {
            fileFailed = true;
            const QString reason = file.errorString();
            file.close();
            writeStderr(QStringLiteral("calldeck: cannot write the log file %1 (%2); logging to stderr only\n")
                            .arg(fileName(0), reason)
                            .toUtf8());
        }
    }
};

void LogHub::handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const LogEntry entry{QDateTime::currentDateTimeUtc(), levelOf(type),
                         QString::fromLatin1(context.category != nullptr ? context.category : "default"), message};
    const QByteArray line = entry.timestampUtc.toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) + ' ' +
                            entry.category.toUtf8() + ' ' + message.toUtf8() + '\n';
    writeStderr(line);
    if (t_inHandler) {
        return; // a message raised while logging: stderr only, never recurse into the file
    }
    t_inHandler = true;
    {
        QMutexLocker lock(&hubMutex());
        if (g_hub != nullptr) {
            LogHub::Impl& impl = *g_hub->m_impl;
            impl.writeLine(line);
            if (entry.level == LogLevel::Warning || entry.level == LogLevel::Error) {
                impl.recent.append(entry);
                if (impl.recent.size() > kMaxRecentProblems) {
                    impl.recent.removeFirst();
                }
                LogHub* hub = g_hub;
                // Queued even on the hub's own thread: a slot must never run inside a logging call.
                QMetaObject::invokeMethod(
                    hub, [hub, entry] { Q_EMIT hub->problemLogged(entry); }, Qt::QueuedConnection);
            }
        }
    }
    t_inHandler = false;
}

LogHub::LogHub(const QString& logDir, qint64 maxFileBytes, int keepFiles, QObject* parent)
    : QObject(parent)
    , m_impl(new Impl)
{
    qRegisterMetaType<calldeck::LogEntry>();
    m_impl->logDir = QDir::cleanPath(logDir.isEmpty() ? Paths::logDir() : logDir);
    QDir().mkpath(m_impl->logDir);
    m_impl->maxFileBytes = qMax<qint64>(maxFileBytes, 1);
    m_impl->keepFiles = qMax(keepFiles, 1);
    QMutexLocker lock(&hubMutex());
    Q_ASSERT_X(g_hub == nullptr, "LogHub", "only one LogHub per process");
    g_hub = this;
    m_impl->previousHandler = qInstallMessageHandler(handleMessage);
}

LogHub::~LogHub()
{
    {
        QMutexLocker lock(&hubMutex());
        qInstallMessageHandler(m_impl->previousHandler);
        if (g_hub == this) {
            g_hub = nullptr;
        }
        m_impl->file.close();
    }
    delete m_impl;
}

QString LogHub::currentLogFile() const
{
    return m_impl->fileName(0);
}

QList<LogEntry> LogHub::recentProblems() const
{
    QMutexLocker lock(&hubMutex());
    return m_impl->recent;
}

} // namespace calldeck
