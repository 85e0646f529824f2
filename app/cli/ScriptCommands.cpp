#include "ScriptCommands.h"

#include "script/ScriptJson.h"
#include "script/ScriptRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <numeric>

namespace calldeck::cli {

namespace {

QString command(const char* subcommand)
{
    return QStringLiteral("script ") + QLatin1String(subcommand);
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"),
                                           QCoreApplication::translate("calldeck-cli", "Print JSON for scripts."));
    return option;
}

QString fieldText(const ScriptField& field)
{
    QString type =
        field.type == QLatin1String("bool") ? QCoreApplication::translate("calldeck-cli", "yes/no") : field.type;
    if (field.type == QLatin1String("choice")) {
        type += QStringLiteral(": ") + field.options.join(QStringLiteral(" / "));
    }
    if (field.sensitive) {
        type += QStringLiteral(", ") + QCoreApplication::translate("calldeck-cli", "sensitive");
    }
    return QStringLiteral("%1 (%2)").arg(field.key, type);
}

} // namespace

ScriptCommands::ScriptCommands(CliContext& context)
    : m_context(context)
    , m_console(context.console())
{}

QString ScriptCommands::overview()
{
    return QCoreApplication::translate(
        "calldeck-cli",
        "Usage: calldeck-cli script <subcommand> [options]\n"
        "\n"
        "Subcommands:\n"
        "  list [--json]                       The scripts you can call with.\n"
        "  show [NAME] [--json]                Milestones with minutes, questions and fields; objections;\n"
        "                                      the pre-call checklist. NAME defaults to \"default\".\n"
        "  export [NAME] [-o FILE]             Write the script as JSON (stdout without FILE).\n"
        "  import FILE                         Store a script from JSON (\"-\" reads stdin); a script of the\n"
        "                                      same name gets a new version. A broken file stores nothing:\n"
        "                                      the error names its JSON path (exit code 2).\n"
        "\n"
        "Run \"calldeck-cli script <subcommand> --help\" for its options.\n");
}

ExitCode ScriptCommands::run(const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String("show")) {
        return show(rest);
    }
    if (subcommand == QLatin1String("export")) {
        return exportScript(rest);
    }
    if (subcommand == QLatin1String("import")) {
        return importScript(rest);
    }
    if (subcommand == QLatin1String("list")) {
        return list(rest);
    }
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h") ||
        subcommand == QLatin1String("help")) {
        m_console.out() << overview();
        return ExitCode::Ok;
    }
    const QString message =
        subcommand.isEmpty()
            ? QCoreApplication::translate("calldeck-cli", "missing subcommand: list, show, export or import")
            : QCoreApplication::translate("calldeck-cli", "unknown subcommand \"script %1\"").arg(subcommand);
    return m_console.usageError(message, QStringLiteral("calldeck-cli script"));
}

QString ScriptCommands::describe(const Script& script)
{
    const int minutes = std::accumulate(script.milestones.begin(), script.milestones.end(), 0,
                                        [](int sum, const ScriptMilestone& m) { return sum + m.estimatedMinutes; });
    QString text = QCoreApplication::translate("calldeck-cli", "Script \"%1\" version %2 (%3): %4 milestones, %5 min\n")
                       .arg(script.name)
                       .arg(script.version)
                       .arg(script.language)
                       .arg(script.milestones.size())
                       .arg(minutes);
    for (const ScriptMilestone& m : script.milestones) {
        text += QStringLiteral("\nM%1 %2 (%3 min)%4\n")
                    .arg(m.number)
                    .arg(m.title)
                    .arg(m.estimatedMinutes)
                    .arg(m.decision ? QStringLiteral(" - ") + QCoreApplication::translate("calldeck-cli", "decision")
                                    : QString());
        text += QStringLiteral("  ") + QCoreApplication::translate("calldeck-cli", "Objective: %1").arg(m.objective) +
                u'\n';
        for (const QString& q : m.requiredQuestions) {
            text += QStringLiteral("  ? ") + q + u'\n';
        }
        QStringList fields;
        for (const ScriptField& f : m.requiredFields) {
            fields.append(fieldText(f));
        }
        if (!fields.isEmpty()) {
            text += QStringLiteral("  ") +
                    QCoreApplication::translate("calldeck-cli", "Fields: %1").arg(fields.join(QStringLiteral(", "))) +
                    u'\n';
        }
        for (const QString& c : m.confirmations) {
            text += QStringLiteral("  [ ] ") + c + u'\n';
        }
    }
    text += u'\n' + QCoreApplication::translate("calldeck-cli", "Objections:") + u'\n';
    for (const ObjectionType& o : script.objections) {
        text += QStringLiteral("  %1: %2 -> %3\n")
                    .arg(o.type, o.diagnosticQuestions.join(QStringLiteral(" | ")),
                         o.allowedOutcomes.join(QStringLiteral("/")));
    }
    text += u'\n' + QCoreApplication::translate("calldeck-cli", "Pre-call checklist:") + u'\n';
    for (const ChecklistItem& item : script.checklist) {
        QStringList flags{item.required ? QCoreApplication::translate("calldeck-cli", "required")
                                        : QCoreApplication::translate("calldeck-cli", "optional")};
        if (item.gate) {
            flags.append(QCoreApplication::translate("calldeck-cli", "qualification gate"));
        }
        text += QStringLiteral("  %1. %2 (%3)\n").arg(item.id).arg(item.text, flags.join(QStringLiteral(", ")));
    }
    return text;
}

ExitCode ScriptCommands::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli", "Show a script: milestones, objections and the pre-call checklist."));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("calldeck-cli", "Script name (default: \"default\")."),
                                 QStringLiteral("[NAME]"));
    parser.addOption(jsonOption());
    if (const auto stop = m_context.parse(parser, command("show"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() > 1) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().at(1)),
                                    QStringLiteral("calldeck-cli script show"));
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const QString name = parser.positionalArguments().value(0);
    const Result<Script> script =
        store.value()->runSync([name](QSqlDatabase& db) { return ScriptRepository(db).getByName(name); });
    if (!script.ok()) {
        return m_console.fail(script.error());
    }
    if (parser.isSet(jsonOption())) {
        QJsonObject object = QJsonDocument::fromJson(ScriptJson::write(script.value())).object();
        object.insert(QStringLiteral("id"), script.value().id);
        m_console.printJson(QJsonDocument(object));
    } else {
        m_console.out() << describe(script.value());
    }
    return ExitCode::Ok;
}

ExitCode ScriptCommands::exportScript(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("calldeck-cli", "Write a script as JSON, the format \"script import\" reads."));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("calldeck-cli", "Script name (default: \"default\")."),
                                 QStringLiteral("[NAME]"));
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("calldeck-cli", "Write to FILE instead of standard output."),
        QStringLiteral("FILE"));
    parser.addOption(output);
    if (const auto stop = m_context.parse(parser, command("export"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() > 1) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().at(1)),
                                    QStringLiteral("calldeck-cli script export"));
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const QString name = parser.positionalArguments().value(0);
    const Result<QByteArray> json = store.value()->runSync([name](QSqlDatabase& db) -> Result<QByteArray> {
        ScriptRepository repository(db);
        Result<Script> script = repository.getByName(name);
        return script ? repository.exportJson(script.value().id) : Result<QByteArray>(script.error());
    });
    if (!json.ok()) {
        return m_console.fail(json.error());
    }
    if (!parser.isSet(output)) {
        m_console.out() << QString::fromUtf8(json.value());
        return ExitCode::Ok;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(json.value()) != json.value().size() || !file.commit()) {
        return m_console.fail({ErrorCode::Io, QCoreApplication::translate("calldeck-cli", "cannot write \"%1\": %2")
                                                  .arg(parser.value(output), file.errorString())});
    }
    return ExitCode::Ok;
}

ExitCode ScriptCommands::importScript(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli",
        "Store a script from JSON. A script with the same name gets a new version; calls already made keep "
        "theirs. A broken file stores nothing and the error names its JSON path."));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("calldeck-cli", "The JSON file (\"-\" reads standard input)."),
        QStringLiteral("FILE"));
    parser.addOption(jsonOption());
    if (const auto stop = m_context.parse(parser, command("import"), arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "give exactly one FILE to import"),
                                    QStringLiteral("calldeck-cli script import"));
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        return m_console.fail(
            {ErrorCode::NotFound,
             QCoreApplication::translate("calldeck-cli", "cannot read \"%1\": %2").arg(path, file.errorString())});
    }
    const QByteArray json = file.readAll();
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<Script> imported =
        store.value()->runSync([json](QSqlDatabase& db) { return ScriptRepository(db).importJson(json); });
    if (!imported.ok()) {
        Error error = imported.error();
        error.message = QStringLiteral("%1: %2").arg(path, error.message);
        return m_console.fail(error);
    }
    const Script& script = imported.value();
    if (parser.isSet(jsonOption())) {
        m_console.printJson(QJsonDocument(QJsonObject{{QStringLiteral("id"), script.id},
                                                      {QStringLiteral("name"), script.name},
                                                      {QStringLiteral("version"), script.version},
                                                      {QStringLiteral("milestones"), int(script.milestones.size())}}));
    } else {
        m_console.out() << QCoreApplication::translate("calldeck-cli",
                                                       "Imported script \"%1\" version %2 (%3 milestones).")
                               .arg(script.name)
                               .arg(script.version)
                               .arg(script.milestones.size())
                        << '\n';
    }
    return ExitCode::Ok;
}

ExitCode ScriptCommands::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("calldeck-cli", "List the scripts (the shipped \"default\" is always there)."));
    parser.addOption(jsonOption());
    if (const auto stop = m_context.parse(parser, command("list"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().constFirst()),
                                    QStringLiteral("calldeck-cli script list"));
    }
    const Result<Store*> store = m_context.openStore();
    if (!store.ok()) {
        return m_console.fail(store.error());
    }
    const Result<QList<Script>> scripts =
        store.value()->runSync([](QSqlDatabase& db) { return ScriptRepository(db).list(); });
    if (!scripts.ok()) {
        return m_console.fail(scripts.error());
    }
    QJsonArray array;
    for (const Script& s : scripts.value()) {
        if (parser.isSet(jsonOption())) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("version"), s.version},
                                     {QStringLiteral("milestones"), int(s.milestones.size())}});
        } else {
            m_console.out() << QCoreApplication::translate("calldeck-cli", "%1  version %2  %3 milestones")
                                   .arg(s.name)
                                   .arg(s.version)
                                   .arg(s.milestones.size())
                            << '\n';
        }
    }
    if (parser.isSet(jsonOption())) {
        m_console.printJson(QJsonDocument(array));
    }
    return ExitCode::Ok;
}

} // namespace calldeck::cli
