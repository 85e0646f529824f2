#pragma once

#include "core/Result.h"
#include "script/ScriptRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

namespace calldeck {

/// The objection flow of a run (PRODUCT S5) behind ScriptRunService: raise one of the script's
/// types, answer its diagnostic questions, record an allowed outcome. Deferred keeps it open on
/// the prospect. Synchronous; inside a Store job.
class ObjectionFlow
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ObjectionFlow)
public:
    /// `nowUtc` stamps opened and closed times.
    ObjectionFlow(QSqlDatabase db, QDateTime nowUtc);

    Result<ObjectionRecord> raise(qint64 runId, const QString& type, const QString& note, const QString& actor);
    Result<ObjectionRecord> answer(qint64 objectionId, int index, const QString& text);
    Result<ObjectionRecord> close(qint64 objectionId, const QString& outcome, const QString& actor);

private:
    QSqlDatabase m_db;
    QDateTime m_now;
};

} // namespace calldeck
