#include "postcall/ExtractionKeys.h"

#include <QDateTime>
#include <QLocale>

namespace calldeck {

const QStringList& ExtractionKeys::all()
{
    static const QStringList keys = {PersonName,         BusinessName, PriceCents, ChosenOption, AppointmentTime,
                                     ConfirmationNumber, Instructions, Sentiment,  GoalAchieved, FollowUp};
    return keys;
}

bool ExtractionKeys::isPostCallKey(const QString& key)
{
    return all().contains(key);
}

QString ExtractionKeys::valueType(const QString& key)
{
    if (key == PriceCents) {
        return QStringLiteral("number");
    }
    if (key == AppointmentTime) {
        return QStringLiteral("datetime");
    }
    if (key == GoalAchieved) {
        return QStringLiteral("boolean");
    }
    return isPostCallKey(key) ? QStringLiteral("string") : QString();
}

const QStringList& ExtractionKeys::sentiments()
{
    static const QStringList values = {QStringLiteral("positive"), QStringLiteral("neutral"),
                                       QStringLiteral("negative"), QStringLiteral("mixed")};
    return values;
}

QString ExtractionKeys::label(const QString& key)
{
    if (key == PersonName) {
        return tr("Spoke with");
    }
    if (key == BusinessName) {
        return tr("Business");
    }
    if (key == PriceCents) {
        return tr("Price");
    }
    if (key == ChosenOption) {
        return tr("Chosen option");
    }
    if (key == AppointmentTime) {
        return tr("Appointment");
    }
    if (key == ConfirmationNumber) {
        return tr("Confirmation number");
    }
    if (key == Instructions) {
        return tr("Instructions");
    }
    if (key == Sentiment) {
        return tr("Sentiment");
    }
    if (key == GoalAchieved) {
        return tr("Goal achieved");
    }
    if (key == FollowUp) {
        return tr("Follow-up");
    }
    QString spoken = key;
    spoken.replace(QLatin1Char('_'), QLatin1Char(' '));
    return spoken;
}

QString ExtractionKeys::formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    // Integer arithmetic only: money never passes through a binary float.
    const QString text = QStringLiteral("$%1.%2")
                             .arg(QLocale(QLocale::English).toString(magnitude / 100))
                             .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QStringLiteral("-") + text : text;
}

QString ExtractionKeys::displayValue(const ExtractedField& field, const QTimeZone& zone)
{
    if (field.valueType == u"number" && field.key == PriceCents) {
        bool ok = false;
        const qint64 cents = field.value.toLongLong(&ok);
        return ok ? formatCents(cents) : field.value;
    }
    if (field.valueType == u"datetime") {
        const QDateTime at = QDateTime::fromString(field.value, Qt::ISODate);
        if (!at.isValid()) {
            return field.value;
        }
        const QDateTime local = zone.isValid() ? at.toTimeZone(zone) : at;
        return QLocale(QLocale::English).toString(local, QStringLiteral("dddd, d MMMM yyyy, HH:mm"));
    }
    if (field.valueType == u"boolean") {
        return field.value == u"true" ? tr("yes") : tr("no");
    }
    return field.value;
}

QStringList ExtractionKeys::highlights(const QList<ExtractedField>& fields, const QTimeZone& zone)
{
    QStringList lines;
    for (const QString& key : {AppointmentTime, PriceCents, ConfirmationNumber}) {
        QStringList values;
        for (const ExtractedField& field : fields) {
            const QString shown = displayValue(field, zone);
            if (field.key == key && !shown.isEmpty() && !values.contains(shown)) {
                values.append(shown);
            }
        }
        if (!values.isEmpty()) {
            lines.append(tr("%1: %2").arg(label(key), values.join(QStringLiteral(", "))));
        }
    }
    return lines;
}

} // namespace calldeck
