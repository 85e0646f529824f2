#include "ContactFormat.h"

#include "core/PhoneNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <array>

namespace calldeck::cli {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// Table cells are one line; notes-style line breaks would break the columns.
QString cell(const QString& text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

} // namespace

QJsonObject ContactFormat::toJson(const Contact& contact)
{
    return QJsonObject{
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("name"), contact.name},
        {QStringLiteral("company"), contact.company},
        {QStringLiteral("phone"), contact.phoneE164},
        {QStringLiteral("email"), contact.email},
        {QStringLiteral("notes"), contact.notes},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("lead_score"), contact.leadScore},
        {QStringLiteral("created_at"), isoUtc(contact.createdAt)},
        {QStringLiteral("updated_at"), isoUtc(contact.updatedAt)},
    };
}

QString ContactFormat::table(const QList<Contact>& contacts)
{
    if (contacts.isEmpty()) {
        return QCoreApplication::translate("calldeck-cli", "No contacts.") + QLatin1Char('\n');
    }
    constexpr int kColumns = 5;
    QList<std::array<QString, kColumns>> rows;
    rows.append({QCoreApplication::translate("calldeck-cli", "ID"), QCoreApplication::translate("calldeck-cli", "NAME"),
                 QCoreApplication::translate("calldeck-cli", "PHONE"),
                 QCoreApplication::translate("calldeck-cli", "COMPANY"),
                 QCoreApplication::translate("calldeck-cli", "TAGS")});
    for (const Contact& contact : contacts) {
        rows.append({QString::number(contact.id), cell(contact.name),
                     PhoneNumbers::formatInternational(contact.phoneE164), cell(contact.company),
                     contact.tags.join(QStringLiteral(", "))});
    }
    std::array<qsizetype, kColumns> widths{};
    for (const auto& row : rows) {
        for (int i = 0; i < kColumns; ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    QString out;
    for (const auto& row : rows) {
        QString line;
        for (int i = 0; i < kColumns; ++i) {
            line += i == 0 ? row[i].rightJustified(widths[i]) : row[i].leftJustified(widths[i]);
            if (i + 1 < kColumns) {
                line += QStringLiteral("  ");
            }
        }
        while (line.endsWith(QLatin1Char(' '))) {
            line.chop(1);
        }
        out += line + QLatin1Char('\n');
    }
    out += QCoreApplication::translate("calldeck-cli", "Total: %1").arg(contacts.size()) + QLatin1Char('\n');
    return out;
}

} // namespace calldeck::cli
