#pragma once

#include "store/Store.h"
#include "tasks/TaskRepository.h"

#include <QDir>
#include <QWidget>

namespace calldeck::composertest {

/// Every task in the store, newest first (an empty list when the query fails).
inline QList<CallTask> allTasks(Store& store)
{
    return store.runSync([](QSqlDatabase& db) { return TaskRepository(db).list(); }).valueOr({});
}

/// Saves a picture of `widget` into $CALLDECK_SCREENSHOT_DIR when it is set, so a person can look at it.
inline bool saveScreenshot(QWidget* widget, const QString& fileName)
{
    const QString directory = qEnvironmentVariable("CALLDECK_SCREENSHOT_DIR");
    if (directory.isEmpty()) {
        return true;
    }
    QDir().mkpath(directory);
    return widget->grab().save(QDir(directory).filePath(fileName));
}

} // namespace calldeck::composertest
