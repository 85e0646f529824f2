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
    QString category;   ///< Qt logging category, e.g. "calldeck.store"
    QString message;
};

/// Installs CallDeck's Qt message handler: every qDebug/qInfo/qWarning/qCritical line goes to a
/// rotating log file in Paths::logDir() (calldeck.log, rotated at a size limit, a few files kept)
/// and to stderr, and warnings and errors are re-emitted by the LogHub for the log panel.
/// Secrets never reach the log because nothing logs them; the hub only forwards what was logged.
class LogHub : public QObject
{
    Q_OBJECT
public:
    /// Installs the handler; one hub per process. `logDir` empty means Paths::logDir().
    explicit LogHub(const QString& logDir = {}, qint64 maxFileBytes = 2 * 1024 * 1024, int keepFiles = 5,
                    QObject* parent = nullptr);
    ~LogHub() override; ///< uninstalls the handler

    [[nodiscard]] QString currentLogFile() const;
    /// Recent warnings and errors (newest last), for a panel opened after they happened.
    [[nodiscard]] QList<LogEntry> recentProblems() const;

Q_SIGNALS:
    /// Emitted (queued onto the hub's thread) for every warning or error logged anywhere.
    void problemLogged(const calldeck::LogEntry& entry);

private:
    struct Impl;
    Impl* m_impl = nullptr;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::LogEntry)
