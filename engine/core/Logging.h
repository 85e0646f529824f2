#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace calldeck {

enum class LogLevel
{
    Debug,
    Info,
    Warning,
    Error,
};

/// One log line as the log panel shows it.
struct LogEntry
{
    QDateTime timestampUtc;
    LogLevel level = LogLevel::Info;
    QString category; ///< Qt logging category, e.g. "calldeck.store"
    QString message;
};

/// Installs CallDeck's Qt message handler: every qDebug/qInfo/qWarning/qCritical line goes to a
/// rotating log file in Paths::logDir() (calldeck.log, rotated at a size limit to calldeck.1.log,
/// calldeck.2.log, ...; `keepFiles` counts all files including calldeck.log) and to stderr, as
/// "2026-11-21T05:10:00.123Z WARN calldeck.store message" lines, and warnings and errors are re-emitted by the LogHub
/// for the log panel. Secrets never reach the log because nothing logs them; the hub only forwards what was logged.
class LogHub : public QObject
{
    Q_OBJECT
public:
    /// Installs the handler; one hub per process. `logDir` empty means Paths::logDir().
    explicit LogHub(const QString& logDir = {}, qint64 maxFileBytes = qint64{2} * 1024 * 1024, int keepFiles = 5,
                    QObject* parent = nullptr);
    ~LogHub() override; ///< uninstalls the handler, restoring the one installed before
    LogHub(const LogHub&) = delete;
    LogHub& operator=(const LogHub&) = delete;

    /// Path of the file being written now (calldeck.log in the log directory).
    [[nodiscard]] QString currentLogFile() const;
    /// Recent warnings and errors (newest last, at most 500), for a panel opened after they happened.
    [[nodiscard]] QList<LogEntry> recentProblems() const;

Q_SIGNALS:
    /// Emitted (queued onto the hub's thread) for every warning or error logged anywhere.
    void problemLogged(const calldeck::LogEntry& entry);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message);

    struct Impl;
    Impl* m_impl = nullptr;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::LogEntry)
