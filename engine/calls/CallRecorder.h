#pragma once

#include "calls/CallSnapshot.h"
#include "calls/CallTools.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace calldeck {

class CallSession;
class Store;
class TranscriptWriter;

/// Keeps one call's record in the database while it happens (PRODUCT T6, T7, T10, V9): creates
/// the task and session rows when the call is placed, follows its status, hands every final
/// transcript segment to a TranscriptWriter (persisted within one event-loop turn, so a crash
/// keeps them), and stores cost, latency, summary and recorded fields when it ends. Store
/// failures are reported through failed() and never stop the call.
class CallRecorder : public QObject
{
    Q_OBJECT
public:
    /// `taskId` 0 records the call under a new ad-hoc task; otherwise as the next attempt of that task.
    CallRecorder(Store& store, CallSession& session, const QString& objective, qint64 taskId = 0,
                 QObject* parent = nullptr);
    ~CallRecorder() override;

    /// The call_sessions row id, 0 until the row exists.
    [[nodiscard]] qint64 sessionId() const { return m_sessionId; }

Q_SIGNALS:
    void failed(const QString& message);
    /// Everything about the ended call is stored.
    void saved(qint64 sessionId);
    /// The ended call could not be stored (its row was never created, or the final write
    /// failed): nothing more follows for it. `failed` said why.
    void notSaved();

private:
    void onUpdated(const CallSnapshot& snapshot);
    void onSegment(const TranscriptSegment& segment);
    void writeStatus(const CallSnapshot& snapshot);
    void writeFinal(const CallSnapshot& snapshot);
    static QString statusFor(const CallSnapshot& snapshot);

    QPointer<Store> m_store;
    CallSession& m_session;
    qint64 m_sessionId = 0;
    TranscriptWriter* m_writer = nullptr;
    QList<TranscriptSegment> m_early;   ///< segments that arrived before the row existed
    QString m_lastStatus;
    QString m_lastCallSid;
    bool m_finalPending = false;
    bool m_finalWritten = false;
    bool m_beginFailed = false;
    CallSnapshot m_latest;
};

} // namespace calldeck
