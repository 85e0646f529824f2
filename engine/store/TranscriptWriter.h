#pragma once

#include "calls/CallSnapshot.h"
#include "core/Result.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace calldeck {

class Store;

/// Persists one call's transcript as the call goes. Lives on the engine thread. Partial segments
/// stay in memory; every final segment is queued and the queue is posted to the store on the next
/// event-loop turn (coalescing whatever arrived meanwhile), so a process killed mid-call keeps
/// every final segment that was already written. A failed write is reported and retried with a
/// growing delay; segments are never dropped.
class TranscriptWriter : public QObject
{
    Q_OBJECT
public:
    /// First retry delay after a failed write; doubles up to kMaxRetryDelayMs.
    static constexpr int kFirstRetryDelayMs = 100;
    static constexpr int kMaxRetryDelayMs = 5000;

    /// `store` must outlive the writer; `sessionId` is the call_sessions row the transcript belongs to.
    TranscriptWriter(Store& store, qint64 sessionId, QObject* parent = nullptr);
    /// Writes what is still queued (waits for it) so a call that ends normally loses nothing.
    ~TranscriptWriter() override;

    TranscriptWriter(const TranscriptWriter&) = delete;
    TranscriptWriter& operator=(const TranscriptWriter&) = delete;

    [[nodiscard]] qint64 sessionId() const { return m_sessionId; }

    /// Takes a partial (kept in memory, replacing earlier versions) or a final segment (queued for the store).
    void add(const TranscriptSegment& segment);
    /// Writes everything queued now and waits for it; the error of a failed write (the segments stay queued).
    Status flush();

    /// Final segments received but not yet confirmed written (queued, in flight or waiting for a retry).
    [[nodiscard]] int pendingCount() const;
    /// Final segments confirmed written since construction.
    [[nodiscard]] int writtenCount() const { return m_writtenCount; }
    /// The latest version of every segment that is still partial.
    [[nodiscard]] QList<TranscriptSegment> partials() const;

Q_SIGNALS:
    /// A batch reached the database; `total` counts every final segment written so far.
    void written(int batchSize, int total);
    /// A write failed; `message` is readable and the segments will be retried.
    void writeFailed(const QString& message);

private:
    void schedulePost();
    void post();
    void finishBatch(quint64 batch, const Status& status);

    Store& m_store;
    qint64 m_sessionId = 0;
    QList<TranscriptSegment> m_queue;      ///< finals not yet handed to the store
    QList<TranscriptSegment> m_inFlight;   ///< the batch the store is writing
    QHash<QString, TranscriptSegment> m_partials;
    QFuture<Status> m_inFlightFuture;
    quint64 m_batch = 0;                   ///< number of the batch in flight; stale results are ignored
    bool m_postScheduled = false;
    int m_retryDelayMs = kFirstRetryDelayMs;
    int m_writtenCount = 0;
    QTimer m_retry;
};

} // namespace calldeck
