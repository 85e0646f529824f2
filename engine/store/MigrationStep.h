#pragma once

#include <QString>
#include <QStringList>

namespace calldeck {

/// One schema version: the statements that build it from the previous version and the ones that
/// undo it. Statements may use the bind parameter `:now`, bound to the current UTC time in storage form,
/// so seed rows get real timestamps without a SQL dialect's clock function.
struct MigrationStep
{
    int version = 0;
    QString description;
    QStringList up;
    QStringList down;
};

} // namespace calldeck
