#include "postcall/PostCallProcessor.h"

#include "core/FutureWatch.h"
#include "postcall/AiExtractor.h"
#include "postcall/NotificationComposer.h"
#include "postcall/NotificationRepository.h"
#include "postcall/OfflineExtractor.h"
#include "postcall/OutcomeRules.h"
#include "postcall/PostCallLog.h"
#include "postcall/PostCallRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"

#include <QPromise>
#include <QSqlError>

#include <memory>

namespace calldeck {

PostCallProcessor::PostCallProcessor(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

void PostCallProcessor::setAiExtractor(AiExtractor* extractor)
{
    m_ai = extractor;
}

Result<PostCallReport> PostCallProcessor::store(QSqlDatabase& db, const PostCallInput& input,
                                                const PostCallResult& result, bool notify)
{
    SqlTransaction transaction(db);
    if (Status saved = PostCallRepository(db).save(input.sessionId, result); !saved) {
        return saved.error();
    }
    PostCallReport report;
    report.sessionId = input.sessionId;
    report.result = result;
    if (notify) {
        Result<Notification> added = NotificationRepository(db).add(NotificationComposer::afterCall(input, result));
        if (!added) {
            return added.error();
        }
        report.notificationId = added.value().id;
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the call's summary and extracted data"), db.lastError());
    }
    qCInfo(lcPostCall) << "session" << input.sessionId << "processed by" << result.extractor << "outcome"
                       << OutcomeRules::name(result.outcome) << "rows" << result.fields.size();
    return report;
}

Result<PostCallReport> PostCallProcessor::processOffline(QSqlDatabase& db, qint64 sessionId, bool notify)
{
    Result<PostCallInput> input = PostCallRepository(db).loadInput(sessionId);
    if (!input) {
        return input.error();
    }
    return store(db, input.value(), OfflineExtractor::extract(input.value()), notify);
}

QFuture<Result<PostCallReport>> PostCallProcessor::process(qint64 sessionId, bool notify)
{
    if (m_ai.isNull()) {
        QFuture<Result<PostCallReport>> future =
            m_store.run([sessionId, notify](QSqlDatabase& db) { return processOffline(db, sessionId, notify); });
        whenFinished(this, future, [this](const Result<PostCallReport>& report) {
            if (report) {
                Q_EMIT processed(report.value());
            }
        });
        return future;
    }

    auto promise = std::make_shared<QPromise<Result<PostCallReport>>>();
    promise->start();
    QFuture<Result<PostCallReport>> future = promise->future();
    const auto finish = [promise](const Result<PostCallReport>& report) {
        promise->addResult(report);
        promise->finish();
    };
    QFuture<Result<PostCallInput>> loaded =
        m_store.run([sessionId](QSqlDatabase& db) { return PostCallRepository(db).loadInput(sessionId); });
    whenFinished(this, loaded, [this, notify, finish](const Result<PostCallInput>& input) {
        if (!input) {
            finish(input.error());
            return;
        }
        if (m_ai.isNull()) {
            // The extractor went away while the store was reading: offline is still an answer.
            const PostCallInput value = input.value();
            whenFinished(this, m_store.run([value, notify](QSqlDatabase& db) {
                return store(db, value, OfflineExtractor::extract(value), notify);
            }), [this, finish](const Result<PostCallReport>& report) {
                if (report) {
                    Q_EMIT processed(report.value());
                }
                finish(report);
            });
            return;
        }
        const PostCallInput value = input.value();
        whenFinished(this, m_ai->extract(value), [this, value, notify, finish](const PostCallResult& result) {
            whenFinished(this, m_store.run([value, result, notify](QSqlDatabase& db) {
                return store(db, value, result, notify);
            }), [this, finish](const Result<PostCallReport>& report) {
                if (report) {
                    Q_EMIT processed(report.value());
                }
                finish(report);
            });
        });
    });
    return future;
}

} // namespace calldeck
