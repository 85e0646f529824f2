#include "store/TranscriptRepository.h"

#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace calldeck {

namespace {

/// full_text is stored data that summaries and exports read, so its speaker labels stay fixed
/// English words rather than following the UI language.
QString fullTextLabel(const QString& speaker)
{
    if (speaker == QLatin1String("agent")) {
        return QStringLiteral("Agent");
    }
    if (speaker == QLatin1String("callee")) {
        return QStringLiteral("Callee");
    }
    if (speaker == QLatin1String("supervisor")) {
        return QStringLiteral("Supervisor");
    }
    return QStringLiteral("System");
}

/// NOT NULL text columns: a null QString would bind as SQL NULL, an empty one binds as ''.
QString nonNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullDouble()
{
    return QVariant(QMetaType::fromType<double>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

} // namespace

TranscriptRepository::TranscriptRepository(QSqlDatabase& db)
    : m_db(db)
{}

QString TranscriptRepository::toDbSpeaker(const QString& speaker)
{
    if (speaker == QLatin1String("agent")) {
        return QStringLiteral("assistant");
    }
    if (speaker == QLatin1String("callee")) {
        return QStringLiteral("human");
    }
    if (speaker == QLatin1String("supervisor") || speaker == QLatin1String("system")) {
        return speaker;
    }
    return {};
}

QString TranscriptRepository::fromDbSpeaker(const QString& dbSpeaker)
{
    if (dbSpeaker == QLatin1String("assistant")) {
        return QStringLiteral("agent");
    }
    if (dbSpeaker == QLatin1String("human")) {
        return QStringLiteral("callee");
    }
    return dbSpeaker;
}

Result<qint64> TranscriptRepository::ensureTranscript(qint64 sessionId)
{
    const QString failure = tr("Could not save the call's transcript");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT id FROM call_sessions WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound,
                     tr("The transcript cannot be saved: the call record %1 does not exist.").arg(sessionId)};
    }
    query.finish();
    if (!query.prepare(QStringLiteral("INSERT INTO call_transcripts (session_id, full_text, created_at, updated_at)"
                                      " VALUES (:session, '', :now, :now) ON CONFLICT (session_id) DO NOTHING"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":session"), sessionId);
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    query.finish();
    if (!query.prepare(QStringLiteral("SELECT id FROM call_transcripts WHERE session_id = :session"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":session"), sessionId);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.value(0).toLongLong();
}

Status TranscriptRepository::appendFinal(qint64 sessionId, const QList<TranscriptSegment>& segments)
{
    const QString failure = tr("Could not save the call's transcript");
    for (const TranscriptSegment& segment : segments) {
        if (segment.isFinal && toDbSpeaker(segment.speaker).isEmpty()) {
            return Error{ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a transcript speaker CallDeck knows.").arg(segment.speaker)};
        }
    }
    SqlTransaction transaction(m_db);
    Result<qint64> transcript = ensureTranscript(sessionId);
    if (!transcript) {
        return transcript.error();
    }
    const qint64 transcriptId = transcript.value();

    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), -1) + 1 FROM transcript_segments"
                                      " WHERE transcript_id = :transcript"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":transcript"), transcriptId);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    qint64 nextSeq = query.value(0).toLongLong();
    query.finish();

    QSqlQuery update(m_db);
    if (!update.prepare(QStringLiteral(
            "UPDATE transcript_segments SET speaker = :speaker, start_ms = :start, end_ms = :end, text = :text,"
            " confidence = :confidence, interrupted = :interrupted WHERE transcript_id = :transcript AND"
            " segment_key = :key"))) {
        return sql::databaseError(failure, update.lastError());
    }
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO transcript_segments (transcript_id, seq, speaker, start_ms, end_ms, text, confidence,"
            " interrupted, segment_key, created_at) VALUES (:transcript, :seq, :speaker, :start, :end, :text,"
            " :confidence, :interrupted, :key, :now)"))) {
        return sql::databaseError(failure, insert.lastError());
    }
    const QString now = sql::nowText();
    for (const TranscriptSegment& segment : segments) {
        if (!segment.isFinal) {
            continue;
        }
        // Clamp what the schema's CHECKs would refuse rather than losing the words.
        const qint64 startMs = std::max<qint64>(0, segment.startMs);
        const QVariant endMs = segment.endMs < 0 ? nullInt() : QVariant(std::max(startMs, segment.endMs));
        const QVariant confidence =
            segment.confidence < 0 ? nullDouble() : QVariant(std::clamp(segment.confidence, 0.0, 1.0));
        const int interrupted = segment.interrupted ? 1 : 0;
        bool updated = false;
        if (!segment.id.isEmpty()) {
            update.bindValue(QStringLiteral(":speaker"), toDbSpeaker(segment.speaker));
            update.bindValue(QStringLiteral(":start"), startMs);
            update.bindValue(QStringLiteral(":end"), endMs);
            update.bindValue(QStringLiteral(":text"), nonNull(segment.text));
            update.bindValue(QStringLiteral(":confidence"), confidence);
            update.bindValue(QStringLiteral(":interrupted"), interrupted);
            update.bindValue(QStringLiteral(":transcript"), transcriptId);
            update.bindValue(QStringLiteral(":key"), segment.id);
            if (!update.exec()) {
                return sql::databaseError(failure, update.lastError());
            }
            updated = update.numRowsAffected() > 0;
        }
        if (updated) {
            continue;
        }
        insert.bindValue(QStringLiteral(":transcript"), transcriptId);
        insert.bindValue(QStringLiteral(":seq"), nextSeq++);
        insert.bindValue(QStringLiteral(":speaker"), toDbSpeaker(segment.speaker));
        insert.bindValue(QStringLiteral(":start"), startMs);
        insert.bindValue(QStringLiteral(":end"), endMs);
        insert.bindValue(QStringLiteral(":text"), nonNull(segment.text));
        insert.bindValue(QStringLiteral(":confidence"), confidence);
        insert.bindValue(QStringLiteral(":interrupted"), interrupted);
        insert.bindValue(QStringLiteral(":key"), sql::nullIfEmpty(segment.id));
        insert.bindValue(QStringLiteral(":now"), now);
        if (!insert.exec()) {
            return sql::databaseError(failure, insert.lastError());
        }
    }
    update.finish();
    insert.finish();
    if (Status text = refreshFullText(transcriptId); !text) {
        return text;
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return {};
}

Status TranscriptRepository::refreshFullText(qint64 transcriptId)
{
    const QString failure = tr("Could not save the call's transcript");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT speaker, text FROM transcript_segments WHERE transcript_id = :id"
                                      " ORDER BY start_ms, seq"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), transcriptId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QStringList lines;
    while (query.next()) {
        lines.append(fullTextLabel(fromDbSpeaker(query.value(0).toString())) + QStringLiteral(": ") +
                     query.value(1).toString().simplified());
    }
    query.finish();
    if (!query.prepare(QStringLiteral("UPDATE call_transcripts SET full_text = :text, updated_at = :now"
                                      " WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":text"), nonNull(lines.join(QLatin1Char('\n'))));
    query.bindValue(QStringLiteral(":now"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), transcriptId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    return {};
}

Result<QList<TranscriptSegment>> TranscriptRepository::segments(qint64 sessionId)
{
    const QString failure = tr("Could not read the call's transcript");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "SELECT g.segment_key, g.speaker, g.start_ms, g.end_ms, g.text, g.confidence, g.interrupted,"
            " s.call_key FROM transcript_segments g JOIN call_transcripts t ON t.id = g.transcript_id"
            " JOIN call_sessions s ON s.id = t.session_id WHERE t.session_id = :session"
            " ORDER BY g.start_ms, g.seq"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":session"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<TranscriptSegment> result;
    while (query.next()) {
        TranscriptSegment segment;
        segment.id = query.value(0).toString();
        segment.speaker = fromDbSpeaker(query.value(1).toString());
        segment.startMs = query.value(2).toLongLong();
        segment.endMs = query.value(3).isNull() ? -1 : query.value(3).toLongLong();
        segment.text = query.value(4).toString();
        segment.confidence = query.value(5).isNull() ? -1 : query.value(5).toDouble();
        segment.interrupted = query.value(6).toInt() != 0;
        segment.callKey = query.value(7).toString();
        segment.isFinal = true;
        if (!result.isEmpty()) {
            segment.previousId = result.constLast().id;
        }
        result.append(segment);
    }
    return result;
}

Result<QString> TranscriptRepository::fullText(qint64 sessionId)
{
    const QString failure = tr("Could not read the call's transcript");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT full_text FROM call_transcripts WHERE session_id = :session"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":session"), sessionId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace calldeck
