#pragma once

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace calldeck::cli {

/// Turns SIGINT/SIGTERM into a Qt signal on the event loop (self-pipe: the handler only writes one
/// byte), so a command can hang up and exit cleanly instead of being killed mid-call. One instance
/// at a time; the default handlers come back when it is destroyed.
class UnixSignals : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignals(std::initializer_list<int> signalNumbers, QObject* parent = nullptr);
    ~UnixSignals() override;
    UnixSignals(const UnixSignals&) = delete;
    UnixSignals& operator=(const UnixSignals&) = delete;

    /// False when the pipe or a handler could not be set up (the process then dies on the signal).
    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void received(int signalNumber);

private:
    QList<int> m_signals;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace calldeck::cli
