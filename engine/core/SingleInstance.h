#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

namespace calldeck {

/// Keeps CallDeck to one running desk per data directory. The first start holds a lock file in the
/// data directory for as long as it runs and listens on a local socket named after that directory;
/// a later start finds the lock taken, hands its command-line arguments (a `tel:` link, a number)
/// to the first over the socket and ends. A lock or socket left behind by a crash is taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role {
        Primary,    ///< this process is the desk: it listens for later starts
        HandedOver, ///< another process is the desk and has the arguments now
        Unanswered  ///< another process holds the desk but did not take the arguments
    };

    explicit SingleInstance(QString dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The local socket name for a data directory: the same directory gives the same name.
    static QString serverName(const QString& dataDir);

    /// Becomes the desk, or hands `arguments` to the one running. A desk that does not answer
    /// within `timeoutMs` (it hangs, or is still starting) is an error message, not a second desk.
    Role start(const QStringList& arguments, int timeoutMs = 5000);
    /// What went wrong: why later starts cannot reach this desk, or why the running one did not answer.
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    /// A later start handed over its arguments (possibly none: then it only asks to be shown).
    void activated(const QStringList& arguments);

private:
    bool listen();
    bool handOver(const QStringList& arguments, int timeoutMs);
    void onConnection();

    QString m_dataDir;
    QString m_name;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer m_server;
};

} // namespace calldeck
