#include "TaskCommands.h"

#include "TaskStarter.h"
#include "calls/AgentFactory.h"
#include "compliance/AttestationRepository.h"
#include "compliance/AttestationStatements.h"
#include "queue/BatchUpload.h"
#include "store/Store.h"
#include "tasks/AiPlanner.h"
#include "tasks/MoneyText.h"
#include "tasks/TaskPlanner.h"
#include "tasks/TaskRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace calldeck::cli {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("calldeck-cli", text);
}

template <typename T>
T waitFor(QEventLoop& loop, const QFuture<T>& future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

QJsonObject taskJson(const CallTask& task)
{
    QJsonArray missing;
    if (task.plan) {
        for (const MissingInfo& info : task.plan->missingInfo)
            missing.append(QJsonObject{{QStringLiteral("key"), info.key}, {QStringLiteral("question"), info.question}});
    }
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("status"), TaskStatusNames::name(task.status)},
        {QStringLiteral("priority"), TaskEnums::name(task.priority)},
        {QStringLiteral("call_type"), TaskEnums::name(task.callType)},
        {QStringLiteral("phone"), task.phoneE164},
        {QStringLiteral("contact_name"), task.contactName},
        {QStringLiteral("max_price_cents"), task.maxPriceCents},
        {QStringLiteral("scheduled_for"), task.scheduledForUtc.isValid() ? task.scheduledForUtc.toString(Qt::ISODate) : QString()},
        {QStringLiteral("time_zone"), task.timeZone},
        {QStringLiteral("retry_count"), task.retryCount},
        {QStringLiteral("next_action"), task.nextAction},
        {QStringLiteral("failure_reason"), task.failureReason},
        {QStringLiteral("plan"), task.plan ? task.plan->toJson() : QJsonObject()},
        {QStringLiteral("questions"), missing},
    };
}

/// The scheduled time as the user scheduled it: in the task's own time zone.
QString scheduleText(const CallTask& task)
{
    if (!task.scheduledForUtc.isValid())
        return tx("now");
    const QTimeZone zone(task.timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? task.scheduledForUtc.toTimeZone(zone) : task.scheduledForUtc;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + (zone.isValid() ? task.timeZone : QStringLiteral("UTC"));
}

} // namespace

TaskCommands::TaskCommands(CliContext& context) : m_context(context), m_console(context.console()) {}

QString TaskCommands::overview()
{
    return tx("Subcommands:\n"
              "  add \"INSTRUCTION\" [--contact ID] [--number N] [--tone T] [--max-price P] [--priority P]\n"
              "      [--at ISO --tz ZONE] [--json]     create a task and plan it\n"
              "  answer ID KEY=VALUE... [--answers JSON] [--json]   answer the plan's questions\n"
              "  attest ID --name \"Full Name\" [--org O] --agree-all   sign the five statements\n"
              "  start ID [--agent KIND] [--provider P] [--persona NAME] [--wait] [--json]   place the call\n"
              "  list [--status S] [--json]            list tasks\n"
              "  import FILE.csv [--instruction TEXT] [--region R] [--json]   one task per number (columns:\n"
              "      phone, optional name and instruction); a bad row saves nothing\n"
              "  cancel ID [--json]                    cancel a task that has not finished\n");
}

ExitCode TaskCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("answer"))
        return answer(rest);
    if (sub == QLatin1String("attest"))
        return attest(rest);
    if (sub == QLatin1String("start"))
        return start(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("import"))
        return importCsv(rest);
    if (sub == QLatin1String("cancel"))
        return cancel(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_console.out() << overview();
        return sub.isEmpty() ? ExitCode::Usage : ExitCode::Ok;
    }
    return m_console.usageError(tx("unknown task subcommand \"%1\"").arg(sub), QStringLiteral("calldeck-cli task"));
}

Result<qint64> TaskCommands::taskIdFrom(const QString& text) const
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error{ErrorCode::InvalidArgument, tx("\"%1\" is not a task id").arg(text)};
    return id;
}

void TaskCommands::printTask(const CallTask& task, bool json)
{
    if (json) {
        m_console.printJson(QJsonDocument(taskJson(task)));
        return;
    }
    QTextStream& out = m_console.out();
    out << tx("Task %1: %2").arg(task.id).arg(TaskStatusNames::name(task.status)) << '\n';
    if (task.plan) {
        const TaskPlan& plan = *task.plan;
        out << tx("Goal: %1").arg(plan.goal) << '\n';
        if (!plan.contactName.isEmpty() || !task.contactName.isEmpty())
            out << tx("Contact: %1").arg(task.contactName.isEmpty() ? plan.contactName : task.contactName) << '\n';
        if (!task.phoneE164.isEmpty())
            out << tx("Number: %1").arg(task.phoneE164) << '\n';
        if (task.maxPriceCents >= 0)
            out << tx("Max price: %1").arg(MoneyText::formatCents(task.maxPriceCents)) << '\n';
        for (const QString& step : plan.steps)
            out << "  - " << step << '\n';
        if (!plan.infoToObtain.isEmpty())
            out << tx("To find out: %1").arg(plan.infoToObtain.join(QStringLiteral(", "))) << '\n';
        for (const QString& notice : plan.notices)
            out << tx("Note: %1").arg(notice) << '\n';
        if (!plan.missingInfo.isEmpty()) {
            out << tx("Questions (answer with \"calldeck-cli task answer %1 KEY=VALUE\"):").arg(task.id) << '\n';
            for (const MissingInfo& info : plan.missingInfo)
                out << "  " << info.key << ": " << info.question << '\n';
        }
    }
    out << tx("When: %1").arg(scheduleText(task)) << '\n';
    out.flush();
}

ExitCode TaskCommands::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption contact(QStringLiteral("contact"), tx("The contact to call (its id)."), QStringLiteral("ID"));
    const QCommandLineOption number(QStringLiteral("number"), tx("The number to call."), QStringLiteral("N"));
    const QCommandLineOption tone(QStringLiteral("tone"), tx("friendly, neutral, firm or assertive."), QStringLiteral("T"));
    const QCommandLineOption maxPrice(QStringLiteral("max-price"), tx("The most the agent may agree to, e.g. 150."),
                                      QStringLiteral("P"));
    const QCommandLineOption priority(QStringLiteral("priority"), tx("low, normal or high."), QStringLiteral("P"));
    const QCommandLineOption at(QStringLiteral("at"), tx("When to call (ISO date and time)."), QStringLiteral("ISO"));
    const QCommandLineOption tz(QStringLiteral("tz"), tx("The time zone of --at (IANA id, e.g. America/New_York)."),
                                QStringLiteral("ZONE"));
    const QCommandLineOption json(QStringLiteral("json"), tx("Print the task as JSON."));
    parser.addOptions({contact, number, tone, maxPrice, priority, at, tz, json});
    parser.addPositionalArgument(QStringLiteral("instruction"), tx("What the call is to achieve, in a sentence."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("task add"), arguments))
        return *stop;
    const QString help = QStringLiteral("calldeck-cli task add");
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(tx("give the instruction as one quoted argument"), help);

    InstructionRequest request;
    request.instruction = parser.positionalArguments().constFirst();
    request.phone = parser.value(number);
    if (parser.isSet(contact)) {
        const Result<qint64> id = taskIdFrom(parser.value(contact));
        if (!id)
            return m_console.usageError(tx("--contact needs a contact id"), help);
        request.contactId = id.value();
    }
    if (parser.isSet(tone)) {
        request.tone = TaskEnums::toneFromName(parser.value(tone).trimmed().toLower());
        if (!request.tone)
            return m_console.usageError(tx("--tone must be friendly, neutral, firm or assertive"), help);
    }
    if (parser.isSet(priority)) {
        const auto value = TaskEnums::priorityFromName(parser.value(priority).trimmed().toLower());
        if (!value)
            return m_console.usageError(tx("--priority must be low, normal or high"), help);
        request.priority = *value;
    }
    if (parser.isSet(maxPrice)) {
        const auto cents = MoneyText::parseCents(parser.value(maxPrice));
        if (!cents)
            return m_console.usageError(tx("--max-price needs an amount, e.g. 150"), help);
        request.maxPriceCents = *cents;
    }
    if (parser.isSet(tz)) {
        if (!QTimeZone(parser.value(tz).toUtf8()).isValid())
            return m_console.fail(Error{ErrorCode::InvalidArgument, tx("unknown time zone \"%1\"").arg(parser.value(tz))});
        request.timeZone = parser.value(tz);
    }
    if (parser.isSet(at)) {
        QDateTime when = QDateTime::fromString(parser.value(at), Qt::ISODate);
        if (!when.isValid())
            return m_console.fail(Error{ErrorCode::InvalidArgument, tx("--at needs a date and time like 2026-11-23T09:30")});
        // Without an offset the time is read in --tz (or UTC), as the user wrote it.
        if (when.timeSpec() == Qt::LocalTime)
            when = QDateTime(when.date(), when.time(), request.timeZone.isEmpty() ? QTimeZone::utc() : QTimeZone(request.timeZone.toUtf8()));
        request.scheduledForUtc = when.toUTC();
    }
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const Result<CallTask> created = store.value()->runSync(
        [&request](QSqlDatabase& db) { return TaskRepository(db).createFromInstruction(request); });
    if (!created)
        return m_console.fail(created.error());
    TaskPlanner planner(*store.value());
    const Result<CallTask> planned = waitFor(m_loop, planner.plan(created.value().id));
    if (!planned)
        return m_console.fail(planned.error());
    printTask(planned.value(), parser.isSet(json));
    return ExitCode::Ok;
}

ExitCode TaskCommands::answer(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption answers(QStringLiteral("answers"), tx("The answers as a JSON object {\"key\": \"value\"}."),
                                     QStringLiteral("JSON"));
    const QCommandLineOption json(QStringLiteral("json"), tx("Print the task as JSON."));
    parser.addOptions({answers, json});
    parser.addPositionalArgument(QStringLiteral("id"), tx("The task."));
    parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), tx("One answer per question."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("task answer"), arguments))
        return *stop;
    const QString help = QStringLiteral("calldeck-cli task answer");
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return m_console.usageError(tx("give the task id"), help);
    const Result<qint64> id = taskIdFrom(positional.constFirst());
    if (!id)
        return m_console.fail(id.error());
    QMap<QString, QString> given;
    for (const QString& pair : positional.mid(1)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return m_console.usageError(tx("\"%1\" is not KEY=VALUE").arg(pair), help);
        given.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    if (parser.isSet(answers)) {
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(answers).toUtf8());
        if (!document.isObject())
            return m_console.usageError(tx("--answers needs a JSON object"), help);
        const QJsonObject object = document.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            given.insert(it.key(), it.value().toVariant().toString());
    }
    if (given.isEmpty())
        return m_console.usageError(tx("give at least one answer as KEY=VALUE"), help);
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    TaskPlanner planner(*store.value());
    const Result<CallTask> answered = waitFor(m_loop, planner.answerClarifications(id.value(), given));
    if (!answered)
        return m_console.fail(answered.error());
    printTask(answered.value(), parser.isSet(json));
    return ExitCode::Ok;
}

ExitCode TaskCommands::attest(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), tx("Your full legal name."), QStringLiteral("NAME"));
    const QCommandLineOption org(QStringLiteral("org"), tx("Your organization (optional)."), QStringLiteral("O"));
    const QCommandLineOption agreeAll(QStringLiteral("agree-all"), tx("You accept all five statements printed by --help."));
    const QCommandLineOption json(QStringLiteral("json"), tx("Print the signed record as JSON."));
    parser.addOptions({name, org, agreeAll, json});
    parser.addPositionalArgument(QStringLiteral("id"), tx("The task."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("task attest"), arguments))
        return *stop;
    const QString help = QStringLiteral("calldeck-cli task attest");
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(tx("give the task id"), help);
    const Result<qint64> id = taskIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return m_console.fail(id.error());
    if (!parser.isSet(agreeAll)) {
        QString statements;
        for (const QString& text : AttestationStatements::texts())
            statements += QStringLiteral("\n  - ") + text;
        return m_console.fail(Error{ErrorCode::InvalidArgument,
                                    tx("the five statements must be accepted explicitly with --agree-all:%1").arg(statements)});
    }
    AttestationForm form;
    form.acceptAll();
    form.fullName = parser.value(name);
    form.organization = parser.value(org);
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const Result<AttestationRecord> record =
        store.value()->runSync([&](QSqlDatabase& db) { return AttestationRepository(db).sign(id.value(), form); });
    if (!record)
        return m_console.fail(record.error());
    if (parser.isSet(json)) {
        m_console.printJson(QJsonDocument(QJsonObject{{QStringLiteral("task_id"), id.value()},
                                                      {QStringLiteral("attestation_id"), record.value().id},
                                                      {QStringLiteral("full_name"), record.value().fullName},
                                                      {QStringLiteral("signed_at"), record.value().signedAtUtc.toString(Qt::ISODateWithMs)},
                                                      {QStringLiteral("hash"), record.value().recordHash}}));
    } else {
        m_console.out() << tx("Signed by %1 for task %2.").arg(record.value().fullName).arg(id.value()) << '\n';
    }
    return ExitCode::Ok;
}

ExitCode TaskCommands::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption agent(QStringLiteral("agent"), tx("Who talks: human, offline, realtime or cascade."),
                                   QStringLiteral("KIND"));
    const QCommandLineOption provider(QStringLiteral("provider"), tx("sandbox or twilio."), QStringLiteral("NAME"));
    const QCommandLineOption persona(QStringLiteral("persona"), tx("Sandbox only: who answers."), QStringLiteral("NAME"));
    const QCommandLineOption wait(QStringLiteral("wait"), tx("Also wait for the summary and extracted data."));
    const QCommandLineOption json(QStringLiteral("json"), tx("One JSON object per line."));
    parser.addOptions({agent, provider, persona, wait, json});
    parser.addPositionalArgument(QStringLiteral("id"), tx("The task."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("task start"), arguments))
        return *stop;
    const QString help = QStringLiteral("calldeck-cli task start");
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(tx("give the task id"), help);
    const Result<qint64> id = taskIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return m_console.fail(id.error());
    TaskStarter::Options options;
    options.agent = parser.value(agent).trimmed().toLower();
    if (!options.agent.isEmpty() && !AgentFactory::kinds().contains(options.agent))
        return m_console.usageError(tx("--agent must be human, offline, realtime or cascade"), help);
    options.provider = parser.value(provider).trimmed().toLower();
    if (!options.provider.isEmpty() && options.provider != QLatin1String("sandbox")
        && options.provider != QLatin1String("twilio")) {
        return m_console.usageError(tx("--provider must be sandbox or twilio"), help);
    }
    options.persona = parser.value(persona);
    options.waitForPostCall = parser.isSet(wait);
    options.json = parser.isSet(json);
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    return TaskStarter(m_console, *store.value()).run(id.value(), options);
}

ExitCode TaskCommands::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"), tx("Only tasks in this status (e.g. ready_to_call)."),
                                    QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), tx("Print a JSON array."));
    parser.addOptions({status, json});
    if (const auto stop = m_context.parse(parser, QStringLiteral("task list"), arguments))
        return *stop;
    TaskFilter filter;
    if (parser.isSet(status)) {
        const auto wanted = TaskStatusNames::fromName(parser.value(status).trimmed());
        if (!wanted)
            return m_console.usageError(tx("unknown status \"%1\"").arg(parser.value(status)), QStringLiteral("calldeck-cli task list"));
        filter.statuses = {*wanted};
    }
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const Result<QList<CallTask>> tasks =
        store.value()->runSync([&filter](QSqlDatabase& db) { return TaskRepository(db).list(filter); });
    if (!tasks)
        return m_console.fail(tasks.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CallTask& task : tasks.value())
            array.append(taskJson(task));
        m_console.printJson(QJsonDocument(array));
        return ExitCode::Ok;
    }
    for (const CallTask& task : tasks.value()) {
        m_console.out() << QString::number(task.id).rightJustified(5) << "  "
                        << TaskStatusNames::name(task.status).leftJustified(16) << ' '
                        << TaskEnums::name(task.priority).leftJustified(6) << ' ' << scheduleText(task).leftJustified(30)
                        << ' ' << task.title << '\n';
    }
    return ExitCode::Ok;
}

ExitCode TaskCommands::importCsv(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption instruction(QStringLiteral("instruction"),
                                         tx("The instruction for rows without an \"instruction\" column value."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption region(QStringLiteral("region"), tx("Region of numbers without a country code (e.g. US)."),
                                    QStringLiteral("R"));
    const QCommandLineOption json(QStringLiteral("json"), tx("Print the created tasks as a JSON array."));
    parser.addOptions({instruction, region, json});
    parser.addPositionalArgument(QStringLiteral("file"), tx("CSV with a \"phone\" column; \"-\" reads standard input."),
                                 QStringLiteral("FILE.csv"));
    if (const auto stop = m_context.parse(parser, QStringLiteral("task import"), arguments))
        return *stop;
    const QString help = QStringLiteral("calldeck-cli task import");
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(tx("expected exactly one CSV file"), help);
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool fromStdin = path == QLatin1String("-");
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        const ErrorCode code = QFile::exists(path) ? ErrorCode::Io : ErrorCode::NotFound;
        return m_console.fail({code, tx("cannot read \"%1\": %2").arg(path, file.errorString())});
    }
    const QString text = QString::fromUtf8(file.readAll());
    const Result<QString> numbersRegion = m_context.region(parser.value(region));
    if (!numbersRegion)
        return m_console.fail(numbersRegion.error());
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const QString defaultInstruction = parser.value(instruction);
    const QString regionCode = numbersRegion.value();
    const Result<BatchUploadResult> imported = store.value()->runSync([&](QSqlDatabase& db) {
        return BatchUpload(db).import(text, defaultInstruction, regionCode);
    });
    if (!imported)
        return m_console.fail({imported.error().code, tx("%1: %2").arg(path, imported.error().message)});
    const BatchUploadResult& result = imported.value();
    if (!result.errors.isEmpty()) {
        // All or nothing: the upload stored no row, so every problem is listed at once.
        for (const BatchRowError& error : result.errors)
            m_console.err() << tx("%1: line %2: %3").arg(path, QString::number(error.line), error.reason) << '\n';
        m_console.err() << QCoreApplication::translate("calldeck-cli", "Nothing was imported: %n row(s) need fixing.", nullptr,
                                                     int(result.errors.size())) << '\n';
        m_console.err().flush();
        return ExitCode::InvalidInput;
    }
    // Each task is planned as "task add" plans it, so it waits for answers or is ready to call.
    TaskPlanner planner(*store.value());
    QList<CallTask> tasks;
    int ready = 0;
    for (const CallTask& created : result.created) {
        const Result<CallTask> planned = waitFor(m_loop, planner.plan(created.id));
        if (!planned) {
            m_console.err() << tx("Task %1 was imported but not planned: %2").arg(created.id).arg(planned.error().message)
                            << '\n';
            tasks.append(created);
            continue;
        }
        ready += planned.value().status == TaskStatus::ReadyToCall ? 1 : 0;
        tasks.append(planned.value());
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CallTask& task : std::as_const(tasks))
            array.append(taskJson(task));
        m_console.printJson(QJsonDocument(array));
    } else {
        for (const CallTask& task : std::as_const(tasks)) {
            m_console.out() << QString::number(task.id).rightJustified(5) << "  "
                            << TaskStatusNames::name(task.status).leftJustified(16) << ' ' << task.phoneE164.leftJustified(16)
                            << ' ' << task.title << '\n';
        }
        m_console.out() << tx("Imported %1 task(s) from %2: %3 ready to call, %4 waiting for answers.")
                               .arg(QString::number(tasks.size()), path, QString::number(ready),
                                    QString::number(tasks.size() - ready))
                        << '\n';
    }
    m_console.out().flush();
    m_console.err().flush();
    return ExitCode::Ok;
}

ExitCode TaskCommands::cancel(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tx("Print the task as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("id"), tx("The task."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("task cancel"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(tx("give the task id"), QStringLiteral("calldeck-cli task cancel"));
    const Result<qint64> id = taskIdFrom(parser.positionalArguments().constFirst());
    if (!id)
        return m_console.fail(id.error());
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());
    const qint64 taskId = id.value();
    const Result<CallTask> cancelled =
        store.value()->runSync([taskId](QSqlDatabase& db) { return TaskRepository(db).cancel(taskId); });
    if (!cancelled)
        return m_console.fail(cancelled.error());
    if (parser.isSet(json)) {
        printTask(cancelled.value(), true);
    } else {
        m_console.out() << tx("Task %1 cancelled.").arg(taskId) << '\n';
        m_console.out().flush();
    }
    return ExitCode::Ok;
}

} // namespace calldeck::cli
