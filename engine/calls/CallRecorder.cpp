#include "calls/CallRecorder.h"

#include "calls/CallSession.h"
#include "core/FutureWatch.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptWriter.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecorder, "calldeck.call.record")

namespace calldeck {

CallRecorder::CallRecorder(Store& store, CallSession& session, const QString& objective, qint64 taskId,
                           QObject* parent)
    : QObject(parent), m_store(&store), m_session(session)
{
    const CallSnapshot& snapshot = session.snapshot();
    NewCallRecord record;
    record.taskId = taskId;
    record.callKey = snapshot.callKey;
    record.toE164 = snapshot.to;
    record.provider = snapshot.provider;
    record.agentKind = snapshot.agentKind;
    record.objective = objective;
    record.estimatedCostMicros = std::max<qint64>(0, snapshot.estimatedCostMicros);
    connect(&session, &CallSession::updated, this, &CallRecorder::onUpdated);
    connect(&session, &CallSession::transcript, this, &CallRecorder::onSegment);
    auto future = store.run([record](QSqlDatabase& db) { return CallRepository(db).begin(record); });
    whenFinished(this, future, [this](const Result<CallRecordIds>& ids) {
        if (!ids) {
            qCWarning(lcRecorder) << "Could not record the call:" << ids.error().message;
            Q_EMIT failed(tr("The call is not being saved: %1").arg(ids.error().message));
            m_beginFailed = true;
            if (m_finalPending)
                Q_EMIT notSaved();
            return;
        }
        m_sessionId = ids.value().sessionId;
        m_writer = new TranscriptWriter(*m_store, m_sessionId, this);
        connect(m_writer, &TranscriptWriter::writeFailed, this, &CallRecorder::failed);
        for (const TranscriptSegment& segment : std::as_const(m_early))
            m_writer->add(segment);
        m_early.clear();
        writeStatus(m_latest.callKey.isEmpty() ? m_session.snapshot() : m_latest);
        if (m_finalPending)
            writeFinal(m_latest);
    });
}

CallRecorder::~CallRecorder()
{
    if (m_writer)
        (void)m_writer->flush(); // a failure is reported through writeFailed
}

void CallRecorder::onSegment(const TranscriptSegment& segment)
{
    if (!segment.isFinal)
        return;
    if (m_writer)
        m_writer->add(segment);
    else
        m_early.append(segment);
}

void CallRecorder::onUpdated(const CallSnapshot& snapshot)
{
    m_latest = snapshot;
    if (m_sessionId == 0) {
        const bool ended = !snapshot.isLive();
        if (ended && m_beginFailed && !m_finalPending)
            Q_EMIT notSaved();
        m_finalPending = ended;
        return;
    }
    writeStatus(snapshot);
    if (!snapshot.isLive())
        writeFinal(snapshot);
}

QString CallRecorder::statusFor(const CallSnapshot& snapshot)
{
    switch (snapshot.state) {
    case CallState::Dialling: return QStringLiteral("initiated");
    case CallState::Ringing: return QStringLiteral("ringing");
    case CallState::Connected:
    case CallState::Ending: return QStringLiteral("connected");
    case CallState::Ended: break;
    }
    if (snapshot.outcome == u"completed" || snapshot.outcome == u"busy" || snapshot.outcome == u"no-answer")
        return snapshot.outcome;
    if (snapshot.outcome == u"canceled")
        return QStringLiteral("cancelled");
    return QStringLiteral("failed");
}

void CallRecorder::writeStatus(const CallSnapshot& snapshot)
{
    const QString status = statusFor(snapshot);
    if (status == m_lastStatus && snapshot.callSid == m_lastCallSid)
        return;
    m_lastStatus = status;
    m_lastCallSid = snapshot.callSid;
    const qint64 id = m_sessionId;
    const QString reason = status == u"failed" ? snapshot.endReason : QString();
    const QDateTime started = snapshot.connectedAt;
    const QDateTime ended = snapshot.endedAt;
    const QString sid = snapshot.callSid;
    auto future = m_store->run([=](QSqlDatabase& db) {
        return CallRepository(db).updateStatus(id, status, sid, started, ended, reason);
    });
    whenFinished(this, future, [this](const Status& result) {
        if (!result)
            Q_EMIT failed(tr("Could not save the call's status: %1").arg(result.error().message));
    });
}

void CallRecorder::writeFinal(const CallSnapshot& snapshot)
{
    if (m_finalWritten)
        return;
    m_finalWritten = true;
    if (m_writer)
        (void)m_writer->flush(); // a failure is reported through writeFailed
    const qint64 id = m_sessionId;
    const CallCost cost = m_session.cost();
    const QList<TurnLatency> turns = m_session.latencies();
    const QString summary = snapshot.summary;
    const QList<RecordedField> fields = m_session.tools() ? m_session.tools()->fields() : QList<RecordedField>{};
    auto future = m_store->run([=](QSqlDatabase& db) -> Status {
        CallRepository repository(db);
        if (Status s = repository.saveCost(id, cost); !s)
            return s;
        if (Status s = repository.saveLatency(id, turns); !s)
            return s;
        QList<ExtractedField> rows;
        for (const RecordedField& f : fields)
            rows.append(ExtractedField{f.key, f.value, QStringLiteral("string"), f.rawFragment});
        return repository.saveOutcome(id, summary, rows);
    });
    whenFinished(this, future, [this, id](const Status& result) {
        if (!result) {
            Q_EMIT failed(tr("Could not save the call's cost and results: %1").arg(result.error().message));
            Q_EMIT notSaved();
            return;
        }
        Q_EMIT saved(id);
    });
}

} // namespace calldeck
