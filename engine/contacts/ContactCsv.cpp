#include "contacts/ContactCsv.h"

#include "contacts/CsvFormat.h"
#include "core/PhoneNumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>
#include <array>

namespace calldeck {

namespace {

enum class Column
{
    Name,
    Company,
    Phone,
    Email,
    Notes,
    Tags,
    LeadScore,
};

struct ColumnAlias
{
    const char* header;
    Column column;
};

// Header names are compared after lower-casing and turning '_' / '-' / runs of spaces into one space.
constexpr std::array kAliases{
    ColumnAlias{"name", Column::Name},
    ColumnAlias{"full name", Column::Name},
    ColumnAlias{"contact", Column::Name},
    ColumnAlias{"contact name", Column::Name},
    ColumnAlias{"display name", Column::Name},
    ColumnAlias{"phone", Column::Phone},
    ColumnAlias{"phone number", Column::Phone},
    ColumnAlias{"mobile", Column::Phone},
    ColumnAlias{"mobile phone", Column::Phone},
    ColumnAlias{"cell", Column::Phone},
    ColumnAlias{"cell phone", Column::Phone},
    ColumnAlias{"telephone", Column::Phone},
    ColumnAlias{"tel", Column::Phone},
    ColumnAlias{"number", Column::Phone},
    ColumnAlias{"company", Column::Company},
    ColumnAlias{"organization", Column::Company},
    ColumnAlias{"organisation", Column::Company},
    ColumnAlias{"business", Column::Company},
    ColumnAlias{"email", Column::Email},
    ColumnAlias{"e mail", Column::Email},
    ColumnAlias{"email address", Column::Email},
    ColumnAlias{"notes", Column::Notes},
    ColumnAlias{"note", Column::Notes},
    ColumnAlias{"comments", Column::Notes},
    ColumnAlias{"tags", Column::Tags},
    ColumnAlias{"tag", Column::Tags},
    ColumnAlias{"labels", Column::Tags},
    ColumnAlias{"lead score", Column::LeadScore},
    ColumnAlias{"score", Column::LeadScore},
};

QString normalisedHeader(const QString& header)
{
    QString text = header.toLower();
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    return text.simplified();
}

std::optional<Column> columnFor(const QString& header)
{
    const QString key = normalisedHeader(header);
    for (const ColumnAlias& alias : kAliases) {
        if (key == QLatin1String(alias.header)) {
            return alias.column;
        }
    }
    return std::nullopt;
}

bool isBlank(const CsvRecord& record)
{
    return record.error.isEmpty() && std::all_of(record.fields.cbegin(), record.fields.cend(),
                                                 [](const QString& field) { return field.trimmed().isEmpty(); });
}

/// Text files have no NUL bytes and almost no control characters besides tab and line ends.
bool looksBinary(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        return ch.unicode() < 0x20 && ch != QLatin1Char('\t') && ch != QLatin1Char('\n') && ch != QLatin1Char('\r');
    });
}

QStringList normalisedTags(const QString& field)
{
    static const QRegularExpression separators(QStringLiteral("[;|,]"));
    QStringList tags;
    for (const QString& part : field.split(separators)) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag)) {
            tags.append(tag);
        }
    }
    tags.sort();
    return tags;
}

/// Reads one data record into `contact`; returns every reason it cannot be imported.
QStringList readContact(const CsvRecord& record, const QHash<Column, qsizetype>& columns, const QString& region,
                        Contact* contact)
{
    const auto field = [&](Column column) {
        const qsizetype index = columns.value(column, -1);
        return index >= 0 ? record.fields.at(index).trimmed() : QString();
    };
    QStringList reasons;
    contact->name = field(Column::Name);
    if (contact->name.isEmpty()) {
        reasons.append(QCoreApplication::translate("calldeck::ContactCsv", "name is empty"));
    }
    const QString phone = field(Column::Phone);
    if (phone.isEmpty()) {
        reasons.append(QCoreApplication::translate("calldeck::ContactCsv", "phone is empty"));
    } else {
        const Result<QString> e164 = PhoneNumbers::toE164(phone, region);
        if (e164.ok()) {
            contact->phoneE164 = e164.value();
        } else {
            reasons.append(QCoreApplication::translate("calldeck::ContactCsv", "phone \"%1\": %2")
                               .arg(phone, e164.error().message));
        }
    }
    contact->company = field(Column::Company);
    contact->email = field(Column::Email);
    contact->notes = field(Column::Notes);
    contact->tags = normalisedTags(field(Column::Tags));
    const QString score = field(Column::LeadScore);
    if (!score.isEmpty()) {
        bool isNumber = false;
        const int value = score.toInt(&isNumber);
        if (!isNumber || value < 0 || value > 100) {
            reasons.append(QCoreApplication::translate("calldeck::ContactCsv",
                                                       "lead_score \"%1\" is not a whole number from 0 to 100")
                               .arg(score));
        } else {
            contact->leadScore = value;
        }
    }
    return reasons;
}

Result<QString> decode(const QByteArray& data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    if (bytes.trimmed().isEmpty()) {
        return Result<QString>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("calldeck::ContactCsv",
                                        "the file is empty; expected a header row with the columns name and phone"));
    }
    if (bytes.contains('\0')) {
        return Result<QString>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("calldeck::ContactCsv",
                                        "this is not a CSV text file (it contains binary data)"));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return Result<QString>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("calldeck::ContactCsv",
                                        "the file is not UTF-8 text; save it as \"CSV UTF-8\" and try again"));
    }
    if (looksBinary(text)) {
        return Result<QString>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("calldeck::ContactCsv",
                                        "this is not a CSV text file (it contains control characters)"));
    }
    return text;
}

} // namespace

Result<ContactCsvParse> ContactCsv::parse(const QByteArray& data, const QString& defaultRegion)
{
    const Result<QString> text = decode(data);
    if (!text.ok()) {
        return text.error();
    }
    const QList<CsvRecord> records = CsvFormat::parseRecords(text.value());

    auto header = std::find_if(records.cbegin(), records.cend(), [](const CsvRecord& r) { return !isBlank(r); });
    if (header == records.cend()) {
        return Result<ContactCsvParse>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("calldeck::ContactCsv",
                                        "the file is empty; expected a header row with the columns name and phone"));
    }
    if (!header->error.isEmpty()) {
        return Result<ContactCsvParse>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("calldeck::ContactCsv", "the header row on line %1 is not valid CSV: %2")
                .arg(QString::number(header->line), header->error));
    }
    QHash<Column, qsizetype> columns;
    for (qsizetype i = 0; i < header->fields.size(); ++i) {
        const std::optional<Column> column = columnFor(header->fields.at(i));
        if (column && !columns.contains(*column)) {
            columns.insert(*column, i);
        }
    }
    QStringList missing;
    if (!columns.contains(Column::Name)) {
        missing.append(QStringLiteral("name"));
    }
    if (!columns.contains(Column::Phone)) {
        missing.append(QStringLiteral("phone"));
    }
    if (!missing.isEmpty()) {
        QStringList found;
        for (const QString& name : header->fields) {
            found.append(QLatin1Char('"') + name.trimmed().left(40) + QLatin1Char('"'));
        }
        return Result<ContactCsvParse>::failure(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "calldeck::ContactCsv",
                "the header row on line %1 has no %2 column (found: %3); the header must name the columns, "
                "at least name and phone")
                .arg(QString::number(header->line), missing.join(QStringLiteral(" / ")),
                     found.mid(0, 10).join(QStringLiteral(", "))));
    }

    ContactCsvParse parse;
    QHash<QString, int> lineOfPhone;
    for (auto it = std::next(header); it != records.cend(); ++it) {
        const CsvRecord& record = *it;
        if (isBlank(record)) {
            continue;
        }
        if (!record.error.isEmpty()) {
            parse.errors.append({record.line, record.error});
            continue;
        }
        if (record.fields.size() != header->fields.size()) {
            parse.errors.append(
                {record.line,
                 QCoreApplication::translate("calldeck::ContactCsv", "expected %1 fields like the header, found %2")
                     .arg(header->fields.size())
                     .arg(record.fields.size())});
            continue;
        }
        Contact contact;
        QStringList reasons = readContact(record, columns, defaultRegion, &contact);
        if (!contact.phoneE164.isEmpty() && lineOfPhone.contains(contact.phoneE164)) {
            reasons.append(QCoreApplication::translate("calldeck::ContactCsv", "same phone number as line %1")
                               .arg(lineOfPhone.value(contact.phoneE164)));
        }
        if (!reasons.isEmpty()) {
            parse.errors.append({record.line, reasons.join(QStringLiteral("; "))});
            continue;
        }
        lineOfPhone.insert(contact.phoneE164, record.line);
        parse.contacts.append(contact);
        parse.contactLines.append(record.line);
    }
    return parse;
}

QByteArray ContactCsv::write(const QList<Contact>& contacts)
{
    QString out = CsvFormat::formatRecord({QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("phone"),
                                           QStringLiteral("email"), QStringLiteral("tags"), QStringLiteral("notes"),
                                           QStringLiteral("lead_score")});
    for (const Contact& contact : contacts) {
        out += CsvFormat::formatRecord({contact.name, contact.company, contact.phoneE164, contact.email,
                                        contact.tags.join(QLatin1Char(';')), contact.notes,
                                        QString::number(contact.leadScore)});
    }
    return out.toUtf8();
}

} // namespace calldeck
