#include "DncCommands.h"

#include "compliance/DncRepository.h"
#include "compliance/SignerIdentity.h"
#include "core/PhoneNumbers.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace calldeck::cli {

namespace {

QJsonObject toJson(const DncEntry& entry)
{
    return QJsonObject{{QStringLiteral("number"), entry.e164},
                       {QStringLiteral("source"), entry.source},
                       {QStringLiteral("reason"), entry.reason},
                       {QStringLiteral("added_by"), entry.addedBy},
                       {QStringLiteral("added_at"), entry.addedAtUtc.toString(Qt::ISODateWithMs)}};
}

/// Who is adding: the operating-system account, as on attestations.
QString who()
{
    return SignerIdentity::current().osUser;
}

} // namespace

DncCommands::DncCommands(CliContext& context) : m_context(context), m_console(context.console()) {}

QString DncCommands::overview()
{
    return QCoreApplication::translate("calldeck-cli", "Usage: calldeck-cli dnc <subcommand> [options]\n"
              "\n"
              "Subcommands:\n"
              "  add NUMBER [--reason TEXT]   Put a number on the Do-Not-Call list (who and when are recorded).\n"
              "  remove NUMBER                Take it off again.\n"
              "  check NUMBER                 Exit 0 when it may be called, 2 when it is listed.\n"
              "  import FILE [--reason TEXT]  One 10-digit number per line (the National DNC Registry's files),\n"
              "                               or CSV with a \"phone\" column; bad lines are reported as\n"
              "                               \"line N: reason\" and skipped, the rest go in as one transaction.\n"
              "  list [--json]                Every listed number, newest first.\n");
}

ExitCode DncCommands::run(const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (subcommand == u"add")
        return add(rest);
    if (subcommand == u"remove")
        return remove(rest);
    if (subcommand == u"check")
        return check(rest);
    if (subcommand == u"import")
        return importFile(rest);
    if (subcommand == u"list")
        return list(rest);
    if (subcommand == u"--help" || subcommand == u"-h" || subcommand == u"help") {
        m_console.out() << overview();
        return ExitCode::Ok;
    }
    const QString message = subcommand.isEmpty()
                                ? QCoreApplication::translate("calldeck-cli", "missing subcommand: add, remove, check, import or list")
                                : QCoreApplication::translate("calldeck-cli", "unknown subcommand \"dnc %1\"").arg(subcommand);
    return m_console.usageError(message, QStringLiteral("calldeck-cli dnc"));
}

Result<QString> DncCommands::numberArgument(QCommandLineParser& parser, const QString& name,
                                            const QStringList& arguments, std::optional<ExitCode>& stop)
{
    parser.addPositionalArgument(QStringLiteral("number"), QCoreApplication::translate("calldeck-cli", "The phone number (E.164, or national)."));
    stop = m_context.parse(parser, QStringLiteral("dnc ") + name, arguments);
    if (stop)
        return QString();
    if (parser.positionalArguments().size() != 1) {
        stop = m_console.usageError(QCoreApplication::translate("calldeck-cli", "give one phone number"), QStringLiteral("calldeck-cli dnc ") + name);
        return QString();
    }
    const Result<QString> region = m_context.region({});
    const Result<QString> e164 =
        PhoneNumbers::toPossibleE164(parser.positionalArguments().constFirst(), region ? region.value() : QStringLiteral("US"));
    if (!e164) {
        stop = m_console.fail({ErrorCode::InvalidArgument, QCoreApplication::translate("calldeck-cli", "\"%1\" is not a phone number: %2")
                                                               .arg(parser.positionalArguments().constFirst(),
                                                                    e164.error().message)});
    }
    return e164;
}

ExitCode DncCommands::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), QCoreApplication::translate("calldeck-cli", "Why the number may not be called."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    std::optional<ExitCode> stop;
    const Result<QString> number = numberArgument(parser, QStringLiteral("add"), arguments, stop);
    if (stop)
        return *stop;
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const QString why = parser.value(reason);
    const QString by = who();
    const QString e164 = number.value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Status added = store.value()->runSync([&](QSqlDatabase& db) {
        return DncRepository(db).add(e164, why, by, QStringLiteral("manual"), now);
    });
    if (!added)
        return m_console.fail(added.error());
    m_console.out() << QCoreApplication::translate("calldeck-cli", "%1 is on the Do-Not-Call list.").arg(e164) << '\n';
    return ExitCode::Ok;
}

ExitCode DncCommands::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    std::optional<ExitCode> stop;
    const Result<QString> number = numberArgument(parser, QStringLiteral("remove"), arguments, stop);
    if (stop)
        return *stop;
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const QString e164 = number.value();
    const Status removed = store.value()->runSync([&](QSqlDatabase& db) { return DncRepository(db).remove(e164); });
    if (!removed)
        return m_console.fail(removed.error());
    m_console.out() << QCoreApplication::translate("calldeck-cli", "%1 is off the Do-Not-Call list.").arg(e164) << '\n';
    return ExitCode::Ok;
}

ExitCode DncCommands::check(const QStringList& arguments)
{
    QCommandLineParser parser;
    std::optional<ExitCode> stop;
    const Result<QString> number = numberArgument(parser, QStringLiteral("check"), arguments, stop);
    if (stop)
        return *stop;
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const QString e164 = number.value();
    const Result<std::optional<DncEntry>> entry =
        store.value()->runSync([&](QSqlDatabase& db) { return DncRepository(db).find(e164); });
    if (!entry)
        return m_console.fail(entry.error());
    if (!entry.value()) {
        m_console.out() << QCoreApplication::translate("calldeck-cli", "%1 may be called: it is not on the Do-Not-Call list.").arg(e164) << '\n';
        return ExitCode::Ok;
    }
    const DncEntry& listed = *entry.value();
    m_console.out() << QCoreApplication::translate("calldeck-cli", "%1 is on the Do-Not-Call list: added by %2 at %3 (%4)%5")
                           .arg(e164, listed.addedBy, listed.addedAtUtc.toString(Qt::ISODate), listed.source,
                                listed.reason.isEmpty() ? QString() : QStringLiteral(": ") + listed.reason)
                    << '\n';
    return ExitCode::InvalidInput;
}

ExitCode DncCommands::importFile(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), QCoreApplication::translate("calldeck-cli", "Why these numbers may not be called."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("calldeck-cli", "The file to import."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("dnc import"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "give one file"), QStringLiteral("calldeck-cli dnc import"));
    auto file = std::make_shared<QFile>(parser.positionalArguments().constFirst());
    if (!file->open(QIODevice::ReadOnly)) {
        return m_console.fail(
            {ErrorCode::NotFound, QCoreApplication::translate("calldeck-cli", "cannot read \"%1\": %2").arg(file->fileName(), file->errorString())});
    }
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const QString why = parser.value(reason);
    const QString by = who();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<DncImportReport> report = store.value()->runSync(
        [&](QSqlDatabase& db) { return DncRepository(db).import(*file, why, by, now); });
    if (!report)
        return m_console.fail(report.error());
    for (const QString& line : report.value().rejected)
        m_console.err() << line << '\n';
    m_console.err().flush();
    m_console.out() << QCoreApplication::translate("calldeck-cli", "Read %1 numbers, %2 new on the list; %3 lines skipped.")
                           .arg(report.value().read)
                           .arg(report.value().added)
                           .arg(report.value().rejected.size())
                    << '\n';
    if (report.value().rejected.isEmpty())
        return ExitCode::Ok;
    return report.value().read > 0 ? ExitCode::Partial : ExitCode::InvalidInput;
}

ExitCode DncCommands::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("calldeck-cli", "Print JSON for scripts."));
    parser.addOption(json);
    if (const auto stop = m_context.parse(parser, QStringLiteral("dnc list"), arguments))
        return *stop;
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const Result<QList<DncEntry>> entries =
        store.value()->runSync([](QSqlDatabase& db) { return DncRepository(db).list(); });
    if (!entries)
        return m_console.fail(entries.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const DncEntry& entry : entries.value())
            array.append(toJson(entry));
        m_console.printJson(QJsonDocument(array));
        return ExitCode::Ok;
    }
    for (const DncEntry& entry : entries.value()) {
        m_console.out() << entry.e164 << '\t' << entry.addedAtUtc.toString(Qt::ISODate) << '\t' << entry.addedBy
                        << '\t' << entry.source << '\t' << entry.reason << '\n';
    }
    return ExitCode::Ok;
}

} // namespace calldeck::cli
