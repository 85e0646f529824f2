#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlError;

namespace calldeck::sql {

/// Timestamps are stored as UTC ISO-8601 text with milliseconds ("2025-01-31T09:15:00.123Z"),
/// which sorts correctly as text and maps to TIMESTAMPTZ input on PostgreSQL.
QString toText(const QDateTime& timestamp);
/// Parses a stored timestamp; a NULL column gives an invalid QDateTime.
QDateTime fromText(const QVariant& column);
/// The current time in storage form.
QString nowText();

/// NULL for an empty string, so optional text columns stay NULL rather than ''.
QVariant nullIfEmpty(const QString& text);

/// Error{Database, "<what>: <driver text>"}; `what` is already translated.
Error databaseError(const QString& what, const QSqlError& error);

/// Escapes LIKE wildcards (% and _) and the escape character itself; use with ESCAPE '\'.
QString escapeLike(const QString& text);

/// A JSON array of strings as stored in TEXT columns (portable stand-in for jsonb / text[]).
QString toJsonArray(const QStringList& values);
/// Parses a stored JSON array of strings; anything else gives an empty list.
QStringList fromJsonArray(const QVariant& column);

} // namespace calldeck::sql
