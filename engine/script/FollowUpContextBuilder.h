#pragma once

#include "core/Result.h"
#include "script/FollowUpContext.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace calldeck {

/// Gathers what a next call of a prospect starts from (PRODUCT S6): the thread's calls, the
/// previous summary, the last milestone reached, open objections and the qualification flags.
/// Synchronous; inside a Store job.
class FollowUpContextBuilder
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::FollowUpContextBuilder)
public:
    explicit FollowUpContextBuilder(QSqlDatabase db);

    /// The context for `prospectId`; `minClients` is the gate threshold the flags are judged by.
    Result<FollowUpContext> build(qint64 prospectId, int minClients);

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
