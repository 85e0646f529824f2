#pragma once

#include "core/Result.h"
#include "tasks/CallTask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace calldeck {

/// One CSV row that could not become a task.
struct BatchRowError
{
    int line = 0; ///< 1-based line in the file
    QString reason;
};

/// What a batch upload did: the tasks it created, or every bad row (and then nothing was saved).
struct BatchUploadResult
{
    QList<CallTask> created;
    QList<BatchRowError> errors;
};

/// Batch upload of numbers (PRODUCT T5, seed 000 call_type batch_upload): a CSV with a "phone"
/// column and optional "name" and "instruction" columns becomes one pending task per row. All rows
/// are saved in one transaction: one bad row and nothing is saved, every bad row is reported by
/// line. Synchronous; construct it only inside a Store job.
class BatchUpload
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::BatchUpload)
public:
    /// Most rows one upload takes.
    static constexpr int kMaxRows = 1000;

    BatchUpload(QSqlDatabase db, QDateTime nowUtc = QDateTime::currentDateTimeUtc());

    /// Imports `csvText`; rows without an instruction get `defaultInstruction`. `region` reads
    /// national numbers. InvalidArgument when the file itself is unusable (no phone column, no rows).
    Result<BatchUploadResult> import(const QString& csvText, const QString& defaultInstruction,
                                     const QString& region = QStringLiteral("US"));

private:
    QSqlDatabase m_db;
    QDateTime m_nowUtc;
};

} // namespace calldeck
