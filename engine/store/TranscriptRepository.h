#pragma once

#include "calls/CallSnapshot.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace calldeck {

/// A call's transcript (call_transcripts + transcript_segments). Synchronous; construct it only
/// inside a Store job. Only final segments are stored; partial text lives in memory.
class TranscriptRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::TranscriptRepository)
public:
    explicit TranscriptRepository(QSqlDatabase& db);

    /// The transcript row of the session, created when missing. NotFound when the session does not exist.
    Result<qint64> ensureTranscript(qint64 sessionId);
    /// Stores final segments in one transaction: new ids get the next seq, an id already stored is
    /// updated in place (never duplicated); partial segments in the list are skipped. Refreshes full_text.
    Status appendFinal(qint64 sessionId, const QList<TranscriptSegment>& segments);
    /// The stored segments in conversation order (start_ms, then the order they were stored);
    /// an empty list when the session has no transcript yet.
    Result<QList<TranscriptSegment>> segments(qint64 sessionId);
    /// "Agent: …\nCallee: …" in conversation order; empty when there is no transcript.
    Result<QString> fullText(qint64 sessionId);

    /// The database's speaker value for a segment speaker (agent → assistant, callee → human); empty if unknown.
    static QString toDbSpeaker(const QString& speaker);
    /// The segment speaker for a database value (assistant → agent, human → callee).
    static QString fromDbSpeaker(const QString& dbSpeaker);

private:
    Status refreshFullText(qint64 transcriptId);

    QSqlDatabase& m_db;
};

} // namespace calldeck
