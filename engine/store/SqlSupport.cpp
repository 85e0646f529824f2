#include "store/SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace calldeck::sql {

QString toText(const QDateTime& timestamp)
{
    if (!timestamp.isValid()) {
        return {};
    }
    return timestamp.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QVariant& column)
{
    if (column.isNull()) {
        return {};
    }
    QDateTime parsed = QDateTime::fromString(column.toString(), Qt::ISODateWithMs);
    return parsed.toUTC();
}

QString nowText()
{
    return toText(QDateTime::currentDateTimeUtc());
}

QVariant nullIfEmpty(const QString& text)
{
    // A typed null binds as SQL NULL on every driver.
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Error databaseError(const QString& what, const QSqlError& error)
{
    const QString detail = error.text().trimmed();
    return Error{ErrorCode::Database, detail.isEmpty() ? what : what + QStringLiteral(": ") + detail};
}

QString escapeLike(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return escaped;
}

QString toJsonArray(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QVariant& column)
{
    const QJsonDocument doc = QJsonDocument::fromJson(column.toString().toUtf8());
    QStringList values;
    const QJsonArray array = doc.array();
    for (const auto& value : array) {
        if (value.isString()) {
            values.append(value.toString());
        }
    }
    return values;
}

} // namespace calldeck::sql
