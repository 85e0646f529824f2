#include "store/TranscriptWriter.h"

#include "core/FutureWatch.h"
#include "store/Store.h"
#include "store/StoreLog.h"
#include "store/TranscriptRepository.h"

#include <QThread>
#include <algorithm>

namespace calldeck {

TranscriptWriter::TranscriptWriter(Store& store, qint64 sessionId, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_sessionId(sessionId)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TranscriptWriter::post);
}

TranscriptWriter::~TranscriptWriter()
{
    if (pendingCount() == 0) {
        return;
    }
    if (Status flushed = flush(); !flushed) {
        // Only counts go to the log: segment text is call content.
        qCWarning(lcStore) << "transcript of session" << m_sessionId << "lost" << pendingCount()
                           << "final segments:" << flushed.error().message;
    }
}

void TranscriptWriter::add(const TranscriptSegment& segment)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "TranscriptWriter::add", "call it on the writer's thread");
    if (!segment.isFinal) {
        m_partials.insert(segment.id, segment);
        return;
    }
    m_partials.remove(segment.id);
    m_queue.append(segment);
    schedulePost();
}

int TranscriptWriter::pendingCount() const
{
    return static_cast<int>(m_queue.size() + m_inFlight.size());
}

QList<TranscriptSegment> TranscriptWriter::partials() const
{
    QList<TranscriptSegment> list = m_partials.values();
    std::sort(list.begin(), list.end(),
              [](const TranscriptSegment& a, const TranscriptSegment& b) { return a.startMs < b.startMs; });
    return list;
}

void TranscriptWriter::schedulePost()
{
    // A retry timer already owns the next attempt; the new segments ride along with it.
    if (m_postScheduled || m_retry.isActive()) {
        return;
    }
    m_postScheduled = true;
    QTimer::singleShot(0, this, &TranscriptWriter::post);
}

void TranscriptWriter::post()
{
    m_postScheduled = false;
    if (!m_inFlight.isEmpty() || m_queue.isEmpty()) {
        return; // the batch in flight posts the rest when it finishes
    }
    m_inFlight = std::exchange(m_queue, {});
    const quint64 batch = ++m_batch;
    m_inFlightFuture = m_store.run([sessionId = m_sessionId, segments = m_inFlight](QSqlDatabase& db) {
        return TranscriptRepository(db).appendFinal(sessionId, segments);
    });
    whenFinished(this, m_inFlightFuture, [this, batch](const Status& status) { finishBatch(batch, status); });
}

void TranscriptWriter::finishBatch(quint64 batch, const Status& status)
{
    if (batch != m_batch || m_inFlight.isEmpty()) {
        return; // flush() already handled this batch
    }
    if (status) {
        const int size = static_cast<int>(m_inFlight.size());
        m_inFlight.clear();
        m_writtenCount += size;
        m_retryDelayMs = kFirstRetryDelayMs;
        Q_EMIT written(size, m_writtenCount);
        if (!m_queue.isEmpty()) {
            schedulePost();
        }
        return;
    }
    // Back to the front of the queue in their order: a newer version of the same segment that
    // arrived meanwhile comes later and wins, because the repository updates by segment id.
    m_queue = m_inFlight + m_queue;
    m_inFlight.clear();
    qCWarning(lcStore) << "transcript write for session" << m_sessionId << "failed; retrying in" << m_retryDelayMs
                       << "ms:" << status.error().message;
    Q_EMIT writeFailed(tr("The call's transcript could not be saved (%1). CallDeck keeps the text and tries again.")
                           .arg(status.error().message));
    m_retry.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, kMaxRetryDelayMs);
}

Status TranscriptWriter::flush()
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "TranscriptWriter::flush", "call it on the writer's thread");
    m_retry.stop();
    while (pendingCount() > 0) {
        if (m_inFlight.isEmpty()) {
            post();
        }
        const quint64 batch = m_batch;
        QFuture<Status> future = m_inFlightFuture;
        future.waitForFinished();
        const Status status = future.resultCount() > 0 ? future.result() : Status(detail::storeClosedError());
        finishBatch(batch, status); // on failure this also arms the retry, so nothing is dropped
        if (!status) {
            return status;
        }
    }
    return {};
}

} // namespace calldeck
