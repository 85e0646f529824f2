#include "CliApp.h"

#include "CallCommand.h"
#include "CallsCommand.h"
#include "CliContext.h"
#include "Console.h"
#include "ContactCommands.h"
#include "DncCommands.h"
#include "GateCommands.h"
#include "ScriptCommands.h"
#include "ServeCommand.h"
#include "StatusCommand.h"
#include "TaskCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace calldeck::cli {

QString CliApp::helpText(const QString& optionsHelp)
{
    return optionsHelp +
           QCoreApplication::translate(
               "calldeck-cli",
               "\n"
               "Commands:\n"
               "  contacts list [--search TEXT] [--json]\n"
               "      List contacts: a table (name, phone, company, tags), or a JSON array with --json.\n"
               "  contacts add --name N --phone P [--company C] [--email E] [--tags a,b] [--notes T]\n"
               "               [--lead-score N] [--region SE] [--json]\n"
               "      Add a contact. National numbers are read in --region, else your profile's region.\n"
               "  contacts import FILE.csv [--region SE] [--json]\n"
               "      Import a CSV file (header row naming the columns; name and phone required).\n"
               "      Prints the imported count and every skipped row as \"line N: reason\";\n"
               "      with --json: {\"imported\": N, \"errors\": [{\"line\": N, \"reason\": \"...\"}]}.\n"
               "  contacts export [FILE.csv]\n"
               "      Write all contacts as CSV to FILE, or to standard output.\n"
               "  contacts remove ID\n"
               "      Delete the contact with that id.\n"
               "  call --to NUMBER [--provider sandbox|twilio] [--persona NAME] [--mic-file WAV]\n"
               "       [--record-file WAV] [--hangup-after SECONDS] [--json]\n"
               "       [--agent human|offline|realtime|cascade] [--goal TEXT] [--ask Q]... [--obtain KEY]...\n"
               "       [--max-price P] [--approvals approve|deny] [--attest-name NAME --agree-all]\n"
               "      Place one call (you talk, or an AI agent does) and print its events and transcript until it ends;\n"
               "      with --json one object per line: {\"event\", \"call\", \"detail\", \"time\"}, the last\n"
               "      one {\"event\": \"outcome\", ...}. Ctrl+C hangs up.\n"
               "      A call through Twilio passes the compliance gate and needs --attest-name and --agree-all\n"
               "      (exit 2 with every reason on stderr when the gate refuses).\n"
               "  task add \"INSTRUCTION\" [--number N] [--max-price P] [--at ISO --tz ZONE] [--json]\n"
               "  task answer ID KEY=VALUE...   task attest ID --name N --agree-all\n"
               "  task start ID [--agent offline] [--wait] [--json]   task list [--status S] [--json]\n"
               "  task import FILE.csv [--instruction TEXT]   task cancel ID\n"
               "      Call tasks: plan a sentence, answer its questions, sign the attestation, place the\n"
               "      call (exit codes as for call; 2 when the attestation or a rate limit refuses).\n"
               "  script list|show [NAME] [--json]   script export [NAME] [-o FILE]   script import FILE\n"
               "      Sales scripts: milestones, objections and the pre-call checklist; import refuses a\n"
               "      broken file with its JSON path (exit code 2) and stores nothing.\n"
               "  calls show SESSION-ID|CALL-KEY [--json]\n"
               "      One stored call: summary, extracted data, transcript, cost, latency, attestation.\n"
               "  dnc add NUMBER [--reason T]   dnc remove NUMBER   dnc check NUMBER   dnc list [--json]\n"
               "  dnc import FILE [--reason T]\n"
               "      The Do-Not-Call list; check exits 2 when the number is listed. import reads one\n"
               "      10-digit number per line or CSV with a phone column; bad lines are \"line N: reason\".\n"
               "  gate check --to NUMBER [--at ISO-8601] [--json]\n"
               "      Every rule of the compliance gate for a call to NUMBER; exit 0 allowed, 2 refused.\n"
               "  serve\n"
               "      Run the engine headless (media server, sandbox line, tunnel) until Ctrl+C or SIGTERM;\n"
               "      prints the listen URL, the public URL and the tunnel state.\n"
               "  status [--json]\n"
               "      Open the engine headless: data directory, database schema version, contact count,\n"
               "      keychain state and which credentials come from the environment.\n"
               "\n"
               "Run \"calldeck-cli <command> [<subcommand>] --help\" for the options of one command.\n"
               "Data goes to standard output, errors to standard error.\n"
               "\n"
               "Exit codes:\n"
               "  0  success\n"
               "  1  usage error: unknown command or option, missing or malformed argument\n"
               "  2  invalid input: bad phone number or region, unreadable CSV, duplicate phone number;\n"
               "     also an import in which no row could be stored\n"
               "  3  partial import: some rows were imported, the others are listed as \"line N: reason\"\n"
               "  4  not found: no contact with that id, no such input file\n"
               "  5  storage or keychain failure (database, file system, keychain); the call engine did not start\n"
               "  6  call: the line was busy\n"
               "  7  call: nobody answered\n"
               "  8  call: failed, or the provider rejected it\n"
               "  9  call: hung up before it was answered (e.g. Ctrl+C while ringing)\n"
               "\n"
               "Environment:\n"
               "  CALLDECK_DATA_DIR   where CallDeck keeps its database and settings (--data-dir wins)\n"
               "  CALLDECK_LISTEN     host:port of the media server (default 127.0.0.1:8077)\n"
               "  CALLDECK_PUBLIC_URL, CALLDECK_TUNNEL, TWILIO_ACCOUNT_SID, TWILIO_PHONE_NUMBER\n"
               "                      how Twilio reaches this computer and which account calls\n"
               "  TWILIO_AUTH_TOKEN, TWILIO_API_KEY_SECRET, OPENAI_API_KEY, ANTHROPIC_API_KEY\n"
               "                      secrets; they take precedence over the keychain\n");
}

ExitCode CliApp::run(const QStringList& arguments)
{
    Console console;
    CliContext context(console);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli", "CallDeck headless: manage contacts, place calls and run the engine from scripts."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("calldeck-cli", "Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("calldeck-cli", "Show the version."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("calldeck-cli", "Keep CallDeck's data in DIR (overrides CALLDECK_DATA_DIR)."),
        QStringLiteral("DIR"));
    parser.addOptions({help, version, dataDir});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("calldeck-cli", "contacts, call, serve or status (see Commands below)."),
        QStringLiteral("<command> [<args>]"));
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(arguments)) {
        return console.usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        options.replace(arguments.value(0), QCoreApplication::applicationName());
        console.out() << helpText(options);
        return ExitCode::Ok;
    }
    if (parser.isSet(version)) {
        console.out() << QCoreApplication::applicationName() << ' ' << QStringLiteral(CALLDECK_VERSION) << '\n';
        return ExitCode::Ok;
    }
    if (parser.isSet(dataDir)) {
        CliContext::useDataDir(parser.value(dataDir));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return console.usageError(
            QCoreApplication::translate("calldeck-cli", "no command given; try \"contacts list\" or \"status\""));
    }
    const QString& command = positional.constFirst();
    if (command == QLatin1String("contacts")) {
        return ContactCommands(context).run(positional.mid(1));
    }
    if (command == QLatin1String("call")) {
        return CallCommand(context).run(positional.mid(1));
    }
    if (command == QLatin1String("task")) {
        return TaskCommands(context).run(positional.mid(1));
    }
    if (command == QLatin1String("script")) {
        return ScriptCommands(context).run(positional.mid(1));
    }
    if (command == QLatin1String("calls")) {
        return CallsCommand(context).run(positional.mid(1));
    }
    if (command == QLatin1String("dnc")) {
        return DncCommands(context).run(positional.mid(1));
    }
    if (command == QLatin1String("gate")) {
        return GateCommands(context).run(positional.mid(1));
    }
    if (command == QLatin1String("serve")) {
        return ServeCommand(context).run(positional.mid(1));
    }
    if (command == QLatin1String("status")) {
        return StatusCommand(context).run(positional.mid(1));
    }
    if (command == QLatin1String("help")) {
        QString options = parser.helpText();
        options.replace(arguments.value(0), QCoreApplication::applicationName());
        console.out() << helpText(options);
        return ExitCode::Ok;
    }
    return console.usageError(QCoreApplication::translate("calldeck-cli", "unknown command \"%1\"").arg(command));
}

} // namespace calldeck::cli
