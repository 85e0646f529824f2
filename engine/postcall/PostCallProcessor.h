#pragma once

#include "core/Result.h"
#include "postcall/Notification.h"
#include "postcall/PostCallTypes.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

namespace calldeck {

class AiExtractor;
class Store;

/// What one run of post-call processing did.
struct PostCallReport
{
    qint64 sessionId = 0;
    PostCallResult result;
    qint64 notificationId = 0; ///< 0 when no notification was added
};

/// Post-call processing of one call attempt (PRODUCT T8): reads the session from the store,
/// extracts with the AI when one is set (else offline), stores summary, outcome and rows, and
/// adds the matching notification, all in one transaction. Re-running replaces the previous
/// post-call rows. Lives on the engine thread; database work runs as Store jobs.
class PostCallProcessor : public QObject
{
    Q_OBJECT
public:
    /// `store` must outlive this object.
    explicit PostCallProcessor(Store& store, QObject* parent = nullptr);

    /// Use `extractor` (not owned; nullptr = offline only). Cleared automatically when it is destroyed.
    void setAiExtractor(AiExtractor* extractor);

    /// Processes the session. `notify` adds a notification (off for a re-run from the session
    /// detail, so the user is not told twice). The future carries the report or a readable error.
    QFuture<Result<PostCallReport>> process(qint64 sessionId, bool notify = true);

    /// Offline processing as one synchronous step inside a Store job (for the CLI and tests).
    static Result<PostCallReport> processOffline(QSqlDatabase& db, qint64 sessionId, bool notify);
    /// Stores `result` and, when `notify`, the notification for it, in one transaction.
    static Result<PostCallReport> store(QSqlDatabase& db, const PostCallInput& input, const PostCallResult& result,
                                        bool notify);

Q_SIGNALS:
    /// A session was processed and stored (for panels that show it).
    void processed(const calldeck::PostCallReport& report);

private:
    Store& m_store;
    QPointer<AiExtractor> m_ai;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::PostCallReport)
