#include "CallsCommand.h"

#include "compliance/AttestationRepository.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace calldeck::cli {

namespace {

QString tx(const char* text)
{
    return QCoreApplication::translate("calldeck-cli", text);
}

QString isoOrEmpty(const QDateTime& at)
{
    return at.isValid() ? at.toString(Qt::ISODateWithMs) : QString();
}

} // namespace

CallsCommand::CallsCommand(CliContext& context) : m_context(context), m_console(context.console()) {}

ExitCode CallsCommand::run(const QStringList& arguments)
{
    const QString help = QStringLiteral("calldeck-cli calls show");
    if (arguments.value(0) != QLatin1String("show"))
        return m_console.usageError(tx("use \"calls show <session-id|call-key> [--json]\""), help);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tx("Print the call as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("call"), tx("The session id or the call key (c-…)."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("calls show"), arguments.mid(1)))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return m_console.usageError(tx("give one session id or call key"), help);
    const QString which = parser.positionalArguments().constFirst();
    const Result<Store*> store = m_context.openStore();
    if (!store)
        return m_console.fail(store.error());

    struct Loaded
    {
        CallRecordView call;
        std::optional<AttestationRecord> attestation;
    };
    const Result<Loaded> loaded = store.value()->runSync([&which](QSqlDatabase& db) -> Result<Loaded> {
        CallRepository calls(db);
        bool numeric = false;
        qint64 sessionId = which.toLongLong(&numeric);
        if (!numeric) {
            Result<qint64> byKey = calls.sessionIdForCallKey(which);
            if (!byKey)
                return byKey.error();
            sessionId = byKey.value();
        }
        Result<CallRecordView> call = calls.load(sessionId);
        if (!call)
            return call.error();
        Result<std::optional<AttestationRecord>> attestation = AttestationRepository(db).latestForTask(call.value().taskId);
        if (!attestation)
            return attestation.error();
        return Loaded{call.value(), attestation.value()};
    });
    if (!loaded)
        return m_console.fail(loaded.error());
    const CallRecordView& call = loaded.value().call;

    QJsonArray fields;
    for (const ExtractedField& field : call.fields) {
        fields.append(QJsonObject{{QStringLiteral("key"), field.key},
                                  {QStringLiteral("value"), field.value},
                                  {QStringLiteral("value_type"), field.valueType},
                                  {QStringLiteral("raw_fragment"), field.rawFragment}});
    }
    QJsonArray transcript;
    for (const TranscriptSegment& segment : call.segments) {
        transcript.append(QJsonObject{{QStringLiteral("speaker"), segment.speaker},
                                      {QStringLiteral("start_ms"), segment.startMs},
                                      {QStringLiteral("end_ms"), segment.endMs},
                                      {QStringLiteral("text"), segment.text}});
    }
    QJsonObject attestation;
    if (loaded.value().attestation) {
        const AttestationRecord& record = *loaded.value().attestation;
        attestation = QJsonObject{{QStringLiteral("full_name"), record.fullName},
                                  {QStringLiteral("organization"), record.organization},
                                  {QStringLiteral("signed_at"), isoOrEmpty(record.signedAtUtc)},
                                  {QStringLiteral("statements_version"), record.statementsVersion},
                                  {QStringLiteral("statements"), QJsonArray::fromStringList(record.statements)},
                                  {QStringLiteral("os_user"), record.osUser},
                                  {QStringLiteral("host"), record.host},
                                  {QStringLiteral("app_version"), record.appVersion},
                                  {QStringLiteral("hash"), record.recordHash}};
    }
    const QJsonObject object{
        {QStringLiteral("session_id"), call.sessionId},
        {QStringLiteral("task_id"), call.taskId},
        {QStringLiteral("attempt"), call.attempt},
        {QStringLiteral("call_key"), call.callKey},
        {QStringLiteral("provider"), call.provider},
        {QStringLiteral("agent"), call.agentKind},
        {QStringLiteral("status"), call.status},
        {QStringLiteral("to"), call.toE164},
        {QStringLiteral("task_title"), call.taskTitle},
        {QStringLiteral("task_status"), call.taskStatus},
        {QStringLiteral("started_at"), isoOrEmpty(call.startedAt)},
        {QStringLiteral("ended_at"), isoOrEmpty(call.endedAt)},
        {QStringLiteral("duration_s"), call.durationS},
        {QStringLiteral("failure_reason"), call.failureReason},
        {QStringLiteral("outcome"), call.outcome},
        {QStringLiteral("summary"), call.summary},
        {QStringLiteral("extracted_data"), fields},
        {QStringLiteral("transcript"), transcript},
        {QStringLiteral("cost"), QJsonObject{{QStringLiteral("estimated_micros"), call.estimatedCostMicros},
                                             {QStringLiteral("telephony_micros"), call.cost.telephonyMicros},
                                             {QStringLiteral("voice_ai_micros"), call.cost.voiceAiMicros},
                                             {QStringLiteral("reasoning_ai_micros"), call.cost.reasoningAiMicros},
                                             {QStringLiteral("total_micros"), call.cost.totalMicros()}}},
        {QStringLiteral("latency"), QJsonObject{{QStringLiteral("turns"), call.latencyTurns},
                                                {QStringLiteral("p50_ms"), call.latencyP50Ms},
                                                {QStringLiteral("p95_ms"), call.latencyP95Ms}}},
        {QStringLiteral("attestation"), attestation},
    };
    if (parser.isSet(json)) {
        m_console.printJson(QJsonDocument(object));
        return ExitCode::Ok;
    }
    QTextStream& out = m_console.out();
    out << tx("Call %1 (session %2, task %3, attempt %4): %5")
               .arg(call.callKey)
               .arg(call.sessionId)
               .arg(call.taskId)
               .arg(call.attempt)
               .arg(call.status)
        << '\n';
    if (!call.summary.isEmpty())
        out << tx("Summary: %1").arg(call.summary) << '\n';
    for (const ExtractedField& field : call.fields)
        out << "  " << field.key << " = " << field.value << '\n';
    for (const TranscriptSegment& segment : call.segments)
        out << "  " << segment.speaker << ": " << segment.text << '\n';
    out << tx("Cost: $%1").arg(QString::number(call.cost.totalMicros() / 1e6, 'f', 4)) << '\n';
    if (loaded.value().attestation)
        out << tx("Attested by %1 at %2").arg(loaded.value().attestation->fullName, isoOrEmpty(loaded.value().attestation->signedAtUtc)) << '\n';
    return ExitCode::Ok;
}

} // namespace calldeck::cli
