#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace calldeck {

QString Paths::dataDir()
{
    QString dir = qEnvironmentVariable("CALLDECK_DATA_DIR");
    if (dir.isEmpty()) {
        dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/CallDeck");
    }
    QDir().mkpath(dir);
    return QDir::cleanPath(dir);
}

QString Paths::databaseFile()
{
    return dataDir() + QStringLiteral("/calldeck.sqlite");
}

QString Paths::logDir()
{
    const QString dir = dataDir() + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return dir;
}

QString Paths::settingsFile()
{
    return dataDir() + QStringLiteral("/settings.ini");
}

} // namespace calldeck
