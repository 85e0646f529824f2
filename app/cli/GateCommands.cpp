#include "GateCommands.h"

#include "compliance/DialGate.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace calldeck::cli {

GateCommands::GateCommands(CliContext& context) : m_context(context), m_console(context.console()) {}

ExitCode GateCommands::run(const QStringList& arguments)
{
    const QString subcommand = arguments.value(0);
    if (subcommand == u"check")
        return check(arguments.mid(1));
    if (subcommand == u"--help" || subcommand == u"-h" || subcommand == u"help") {
        m_console.out() << QCoreApplication::translate("calldeck-cli", "Usage: calldeck-cli gate check --to NUMBER [--at ISO-8601] [--task ID]\n"
                              "                               [--attest-name NAME --agree-all] [--json]\n"
                              "  Every rule of the compliance gate (attestation, Do-Not-Call, calling hours,\n"
                              "  abuse, rate limits, consent) for a call to NUMBER; exit 0 when it would be\n"
                              "  allowed, 2 when refused.\n");
        return ExitCode::Ok;
    }
    return m_console.usageError(subcommand.isEmpty() ? QCoreApplication::translate("calldeck-cli", "missing subcommand: check")
                                                     : QCoreApplication::translate("calldeck-cli", "unknown subcommand \"gate %1\"").arg(subcommand),
                                QStringLiteral("calldeck-cli gate"));
}

ExitCode GateCommands::check(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("calldeck-cli", "Evaluate the compliance gate for a call to NUMBER without calling. Exit 0 allowed, 2 refused."));
    const QCommandLineOption to(QStringLiteral("to"), QCoreApplication::translate("calldeck-cli", "The number (E.164, or national in your region)."),
                                QStringLiteral("NUMBER"));
    const QCommandLineOption at(QStringLiteral("at"),
                                QCoreApplication::translate("calldeck-cli", "Evaluate the time-dependent rules at this instant (ISO-8601; default now)."),
                                QStringLiteral("WHEN"));
    const QCommandLineOption task(QStringLiteral("task"), QCoreApplication::translate("calldeck-cli", "The call task the call belongs to (its attestation "
                                                             "and call type count)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption attestName(QStringLiteral("attest-name"),
                                        QCoreApplication::translate("calldeck-cli", "Evaluate as if you signed the attestation with this name."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption agreeAll(QStringLiteral("agree-all"), QCoreApplication::translate("calldeck-cli", "You accept all five attestation statements."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("calldeck-cli", "Print one JSON object."));
    parser.addOptions({to, at, task, attestName, agreeAll, json});
    const QString help = QStringLiteral("calldeck-cli gate check");
    if (const auto stop = m_context.parse(parser, QStringLiteral("gate check"), arguments))
        return *stop;
    if (!parser.isSet(to))
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--to is required"), help);
    QDateTime when = QDateTime::currentDateTimeUtc();
    if (parser.isSet(at)) {
        when = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!when.isValid())
            return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--at \"%1\" is not an ISO-8601 date and time").arg(parser.value(at)), help);
        when = when.toUTC();
    }
    DialFacts facts;
    if (parser.isSet(task)) {
        bool ok = false;
        facts.taskId = parser.value(task).toLongLong(&ok);
        if (!ok || facts.taskId <= 0)
            return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--task needs a task id"), help);
    }
    if (parser.isSet(attestName)) {
        if (!parser.isSet(agreeAll))
            return m_console.usageError(QCoreApplication::translate("calldeck-cli", "--attest-name needs --agree-all"), help);
        AttestationForm form;
        form.acceptAll();
        form.fullName = parser.value(attestName);
        facts.attestation = form;
    }
    const Result<QString> region = m_context.region({});
    const Result<QString> e164 = PhoneNumbers::toE164(parser.value(to), region ? region.value() : QStringLiteral("US"));
    if (!e164) {
        return m_console.fail({ErrorCode::InvalidArgument,
                               QCoreApplication::translate("calldeck-cli", "\"%1\" is not a number CallDeck can call: %2").arg(parser.value(to), e164.error().message)});
    }
    facts.e164 = e164.value();
    Result<std::shared_ptr<const CallingHours>> hours = CallingHours::shipped();
    if (!hours)
        return m_console.fail(hours.error());
    Settings settings;
    DialGateConfig config;
    config.limits = RateLimits::fromSettings(settings);
    config.hours = hours.value();
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const Result<GateVerdict> verdict =
        store.value()->runSync([&](QSqlDatabase& db) { return DialGate(db, config).evaluate(facts, when); });
    if (!verdict)
        return m_console.fail(verdict.error());
    if (parser.isSet(json)) {
        m_console.printJson(QJsonDocument(verdict.value().toJson()));
    } else {
        for (const GateCheck& check : verdict.value().checks) {
            m_console.out() << (check.ok ? QStringLiteral("ok      ") : QStringLiteral("REFUSED "))
                            << GateVerdict::ruleTitle(check.rule) << ": " << check.reason << '\n';
        }
        m_console.out() << (verdict.value().allowed ? QCoreApplication::translate("calldeck-cli", "The call would be allowed.") : QCoreApplication::translate("calldeck-cli", "The call would be refused."))
                        << '\n';
    }
    return verdict.value().allowed ? ExitCode::Ok : ExitCode::InvalidInput;
}

} // namespace calldeck::cli
