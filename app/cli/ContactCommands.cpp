#include "ContactCommands.h"

#include "ContactFormat.h"
#include "contacts/ContactCsv.h"
#include "contacts/ContactImporter.h"
#include "core/PhoneNumbers.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <cstdio>

namespace calldeck::cli {

namespace {

QString command(const char* subcommand)
{
    return QStringLiteral("contacts ") + QLatin1String(subcommand);
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"),
                                           QCoreApplication::translate("calldeck-cli", "Print JSON for scripts."));
    return option;
}

const QCommandLineOption& regionOption()
{
    static const QCommandLineOption option(
        QStringLiteral("region"),
        QCoreApplication::translate("calldeck-cli",
                                    "Read national phone numbers as numbers of REGION (ISO 3166, e.g. SE); "
                                    "default: the region in your profile."),
        QStringLiteral("REGION"));
    return option;
}

} // namespace

ContactCommands::ContactCommands(CliContext& context)
    : m_context(context)
    , m_console(context.console())
{}

QString ContactCommands::overview()
{
    return QCoreApplication::translate(
        "calldeck-cli", "Usage: calldeck-cli contacts <subcommand> [options]\n"
                        "\n"
                        "Subcommands:\n"
                        "  list [--search TEXT] [--json]       List contacts.\n"
                        "  add --name N --phone P [...]        Add a contact.\n"
                        "  import FILE.csv [--region R] [--json]\n"
                        "                                      Import contacts from CSV (\"-\" reads stdin).\n"
                        "  export [FILE.csv]                   Export all contacts as CSV (stdout without FILE).\n"
                        "  remove ID                           Delete a contact.\n"
                        "\n"
                        "Run \"calldeck-cli contacts <subcommand> --help\" for its options.\n");
}

ExitCode ContactCommands::run(const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String("list")) {
        return list(rest);
    }
    if (subcommand == QLatin1String("add")) {
        return add(rest);
    }
    if (subcommand == QLatin1String("import")) {
        return importCsv(rest);
    }
    if (subcommand == QLatin1String("export")) {
        return exportCsv(rest);
    }
    if (subcommand == QLatin1String("remove")) {
        return remove(rest);
    }
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h") ||
        subcommand == QLatin1String("help")) {
        m_console.out() << overview();
        return ExitCode::Ok;
    }
    const QString message =
        subcommand.isEmpty()
            ? QCoreApplication::translate("calldeck-cli", "missing subcommand: list, add, import, export or remove")
            : QCoreApplication::translate("calldeck-cli", "unknown subcommand \"contacts %1\"").arg(subcommand);
    return m_console.usageError(message, QStringLiteral("calldeck-cli contacts"));
}

ExitCode ContactCommands::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("calldeck-cli", "List contacts ordered by name."));
    const QCommandLineOption search(
        QStringLiteral("search"),
        QCoreApplication::translate("calldeck-cli",
                                    "Only contacts whose name, company, phone, email, notes or a tag contain TEXT."),
        QStringLiteral("TEXT"));
    parser.addOption(search);
    parser.addOption(jsonOption());
    if (const auto stop = m_context.parse(parser, command("list"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().constFirst()),
                                    QStringLiteral("calldeck-cli contacts list"));
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const QString text = parser.value(search);
    const Result<QList<Contact>> contacts =
        store.value()->runSync([text](QSqlDatabase& db) { return ContactRepository(db).list(text); });
    if (!contacts.ok()) {
        return m_console.fail(contacts.error());
    }
    if (parser.isSet(jsonOption())) {
        QJsonArray array;
        for (const Contact& contact : contacts.value()) {
            array.append(ContactFormat::toJson(contact));
        }
        m_console.printJson(QJsonDocument(array));
    } else {
        m_console.out() << ContactFormat::table(contacts.value());
    }
    return ExitCode::Ok;
}

ExitCode ContactCommands::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli", "Add a contact. The phone number may be national (read in --region or "
                        "your profile's region) or international (+46 70 123 45 67)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QCoreApplication::translate("calldeck-cli", "Name (required)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"),
                                   QCoreApplication::translate("calldeck-cli", "Phone number (required)."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption company(QStringLiteral("company"), QCoreApplication::translate("calldeck-cli", "Company."),
                                     QStringLiteral("COMPANY"));
    const QCommandLineOption email(QStringLiteral("email"),
                                   QCoreApplication::translate("calldeck-cli", "E-mail address."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption tags(QStringLiteral("tags"),
                                  QCoreApplication::translate("calldeck-cli", "Tags, comma-separated."),
                                  QStringLiteral("TAGS"));
    const QCommandLineOption notes(QStringLiteral("notes"), QCoreApplication::translate("calldeck-cli", "Notes."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption leadScore(QStringLiteral("lead-score"),
                                       QCoreApplication::translate("calldeck-cli", "Lead score, 0 to 100."),
                                       QStringLiteral("N"));
    parser.addOptions({name, phone, company, email, tags, notes, leadScore, regionOption(), jsonOption()});
    const QString usageCommand = QStringLiteral("calldeck-cli contacts add");
    if (const auto stop = m_context.parse(parser, command("add"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().constFirst()),
                                    usageCommand);
    }
    if (!parser.isSet(name) || !parser.isSet(phone)) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--name and --phone are required"),
                                    usageCommand);
    }
    Contact contact;
    contact.name = parser.value(name);
    contact.company = parser.value(company);
    contact.email = parser.value(email);
    contact.notes = parser.value(notes);
    contact.tags = parser.value(tags).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(leadScore)) {
        bool isNumber = false;
        contact.leadScore = parser.value(leadScore).toInt(&isNumber);
        if (!isNumber) {
            return m_console.fail(
                {ErrorCode::InvalidArgument,
                 QCoreApplication::translate("calldeck-cli", "lead score \"%1\" is not a whole number")
                     .arg(parser.value(leadScore))});
        }
    }

    const Result<QString> region = m_context.region(parser.value(regionOption()));
    if (!region.ok()) {
        return m_console.fail(region.error());
    }
    const Result<QString> e164 = PhoneNumbers::toE164(parser.value(phone), region.value());
    if (!e164.ok()) {
        return m_console.fail(
            {ErrorCode::InvalidArgument, QCoreApplication::translate("calldeck-cli", "invalid phone number \"%1\": %2")
                                             .arg(parser.value(phone), e164.error().message)});
    }
    contact.phoneE164 = e164.value();

    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<Contact> added =
        store.value()->runSync([contact](QSqlDatabase& db) { return ContactRepository(db).add(contact); });
    if (!added.ok()) {
        return m_console.fail(added.error());
    }
    if (parser.isSet(jsonOption())) {
        m_console.printJson(QJsonDocument(ContactFormat::toJson(added.value())));
    } else {
        m_console.out() << QCoreApplication::translate("calldeck-cli", "Added contact #%1: %2, %3")
                               .arg(QString::number(added.value().id), added.value().name,
                                    PhoneNumbers::formatInternational(added.value().phoneE164))
                        << '\n';
    }
    return ExitCode::Ok;
}

ExitCode ContactCommands::importCsv(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli",
        "Import contacts from a CSV file (UTF-8, header row naming the columns: name and phone required; "
        "company, email, notes, tags separated by ';', lead_score optional). Good rows are stored; every "
        "skipped row is reported as \"line N: reason\". Exit code 3 when some rows were skipped, 2 when no "
        "row could be imported."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("calldeck-cli", "The CSV file; \"-\" reads standard input."),
        QStringLiteral("FILE.csv"));
    parser.addOptions({regionOption(), jsonOption()});
    const QString usageCommand = QStringLiteral("calldeck-cli contacts import");
    if (const auto stop = m_context.parse(parser, command("import"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "expected exactly one CSV file"),
                                    usageCommand);
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool fromStdin = path == QLatin1String("-");
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        const ErrorCode code = QFile::exists(path) ? ErrorCode::Io : ErrorCode::NotFound;
        return m_console.fail(
            {code,
             QCoreApplication::translate("calldeck-cli", "cannot read \"%1\": %2").arg(path, file.errorString())});
    }
    const QByteArray data = file.readAll();

    const Result<QString> region = m_context.region(parser.value(regionOption()));
    if (!region.ok()) {
        return m_console.fail(region.error());
    }
    const Result<ContactCsvParse> parse = ContactCsv::parse(data, region.value());
    if (!parse.ok()) {
        return m_console.fail({ErrorCode::InvalidArgument,
                               QCoreApplication::translate("calldeck-cli", "%1: %2").arg(path, parse.error().message)});
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<ContactImportReport> result = store.value()->runSync(
        [parsed = parse.value()](QSqlDatabase& db) { return ContactImporter::importContacts(db, parsed); });
    if (!result.ok()) {
        return m_console.fail(result.error());
    }
    const ContactImportReport& report = result.value();
    if (parser.isSet(jsonOption())) {
        QJsonArray errors;
        for (const CsvRowError& error : report.errors) {
            errors.append(QJsonObject{{QStringLiteral("line"), error.line}, {QStringLiteral("reason"), error.reason}});
        }
        m_console.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("imported"), static_cast<qint64>(report.imported.size())},
            {QStringLiteral("errors"), errors},
        }));
    } else {
        m_console.out() << QCoreApplication::translate("calldeck-cli", "Imported %1 of %2 contacts from %3.")
                               .arg(QString::number(report.imported.size()), QString::number(report.dataRows()), path)
                        << '\n';
        m_console.out().flush();
        for (const CsvRowError& error : report.errors) {
            m_console.err() << QCoreApplication::translate("calldeck-cli", "line %1: %2")
                                   .arg(QString::number(error.line), error.reason)
                            << '\n';
        }
        if (!report.errors.isEmpty()) {
            m_console.err()
                << QCoreApplication::translate("calldeck-cli", "Rows skipped: %1.").arg(report.errors.size()) << '\n';
        }
        m_console.err().flush();
    }
    if (report.errors.isEmpty()) {
        return ExitCode::Ok;
    }
    return report.imported.isEmpty() ? ExitCode::InvalidInput : ExitCode::Partial;
}

ExitCode ContactCommands::exportCsv(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli", "Export all contacts as CSV (the format \"contacts import\" reads)."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("calldeck-cli", "Where to write; standard output when omitted or \"-\"."),
        QStringLiteral("[FILE.csv]"));
    if (const auto stop = m_context.parse(parser, command("export"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() > 1) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "expected at most one output file"),
                                    QStringLiteral("calldeck-cli contacts export"));
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<QList<Contact>> contacts =
        store.value()->runSync([](QSqlDatabase& db) { return ContactRepository(db).list(); });
    if (!contacts.ok()) {
        return m_console.fail(contacts.error());
    }
    const QByteArray csv = ContactCsv::write(contacts.value());
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    if (path == QLatin1String("-")) {
        m_console.out().flush();
        std::fwrite(csv.constData(), 1, static_cast<size_t>(csv.size()), stdout);
        std::fflush(stdout);
        return ExitCode::Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        return m_console.fail(
            {ErrorCode::Io,
             QCoreApplication::translate("calldeck-cli", "cannot write \"%1\": %2").arg(path, file.errorString())});
    }
    m_console.out() << QCoreApplication::translate("calldeck-cli", "Exported %1 contacts to %2.")
                           .arg(QString::number(contacts.value().size()), path)
                    << '\n';
    return ExitCode::Ok;
}

ExitCode ContactCommands::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli", "Delete a contact by its id (the ID column of \"contacts list\")."));
    parser.addPositionalArgument(QStringLiteral("id"), QCoreApplication::translate("calldeck-cli", "The contact's id."),
                                 QStringLiteral("ID"));
    const QString usageCommand = QStringLiteral("calldeck-cli contacts remove");
    if (const auto stop = m_context.parse(parser, command("remove"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "expected exactly one contact id"),
                                    usageCommand);
    }
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().constFirst().toLongLong(&isNumber);
    if (!isNumber || id <= 0) {
        return m_console.usageError(
            QCoreApplication::translate("calldeck-cli", "\"%1\" is not a contact id (a positive whole number)")
                .arg(parser.positionalArguments().constFirst()),
            usageCommand);
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<Contact> removed = store.value()->runSync([id](QSqlDatabase& db) -> Result<Contact> {
        ContactRepository repository(db);
        Result<Contact> contact = repository.get(id);
        if (!contact.ok()) {
            return contact;
        }
        const Status status = repository.remove(id);
        if (!status.ok()) {
            return status.error();
        }
        return contact;
    });
    if (!removed.ok()) {
        return m_console.fail(removed.error());
    }
    m_console.out() << QCoreApplication::translate("calldeck-cli", "Removed contact #%1 (%2).")
                           .arg(QString::number(id), removed.value().name)
                    << '\n';
    return ExitCode::Ok;
}

} // namespace calldeck::cli
