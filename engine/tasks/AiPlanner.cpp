#include "tasks/AiPlanner.h"

#include "conversation/openai/ChatStream.h"
#include "conversation/openai/OpenAiClient.h"
#include "tasks/MoneyText.h"
#include "tasks/OfflinePlanner.h"
#include "tasks/PlanParser.h"
#include "tasks/TaskLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPromise>

#include <memory>

namespace calldeck {

namespace {

// The prompt is for the model, not the user, so it is not translated.
const char* const kSystemPrompt = R"(You are the planning agent of a phone assistant. The user describes a phone call
they want made on their behalf. Reply with ONE JSON object and nothing else, with exactly these fields:
{
  "goal": "one sentence: what the call must achieve",
  "contact_type": "kind of callee, e.g. dentist, restaurant, business",
  "contact_name": "name of the business or person to call, or empty",
  "phone_number": "number to call in E.164 (+15555550100) if the user gave one, else empty",
  "steps": ["the call, step by step"],
  "questions_to_ask": ["questions for the callee"],
  "info_to_obtain": ["snake_case keys of facts to find out, e.g. appointment_time, price, confirmation_number"],
  "success_conditions": ["when the call succeeded"],
  "hard_constraints": {"earliest_date": "YYYY-MM-DD or null", "latest_date": "YYYY-MM-DD or null",
                       "time_window": ["HH:mm", "HH:mm"] or null, "other": ["other strict rules"]},
  "soft_preferences": ["preferences, e.g. prefer_morning"],
  "max_price_cents": integer number of US cents or null,
  "missing_info": [{"key": "phone_number | goal | snake_case", "question": "question for the user"}]
}
Resolve relative dates ("this week", "Friday") against today's date given below; weeks run Monday to
Sunday. List in missing_info only what the call cannot go ahead without (always the phone number
when none is known). Never invent phone numbers, names, prices or dates.)";

} // namespace

AiPlanner::AiPlanner(OpenAiClient& client, QString model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(std::move(model))
{}

QJsonArray AiPlanner::messagesFor(const PlannerInput& input)
{
    const QDate today = OfflinePlanner::localToday(input);
    QString user = QStringLiteral("Today is %1 (%2), time zone %3.\nInstruction: %4")
                       .arg(today.toString(Qt::ISODate), QLocale::c().dayName(today.dayOfWeek()),
                            input.timeZone.isEmpty() ? QStringLiteral("UTC") : input.timeZone,
                            input.instruction.trimmed());
    if (!input.phoneE164.isEmpty()) {
        user += QStringLiteral("\nKnown phone number: %1").arg(input.phoneE164);
    }
    if (!input.contactName.isEmpty()) {
        user += QStringLiteral("\nKnown contact: %1").arg(input.contactName);
    }
    if (input.maxPriceCents >= 0) {
        user += QStringLiteral("\nKnown price limit: %1").arg(MoneyText::formatCents(input.maxPriceCents));
    }
    return QJsonArray{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                    {QStringLiteral("content"), QString::fromUtf8(kSystemPrompt)}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), user}},
    };
}

QFuture<Result<TaskPlan>> AiPlanner::plan(const PlannerInput& input)
{
    auto promise = std::make_shared<QPromise<Result<TaskPlan>>>();
    promise->start();
    QFuture<Result<TaskPlan>> future = promise->future();
    ChatStream* stream = m_client.chatStream(messagesFor(input), {}, m_model, this);
    connect(stream, &ChatStream::finished, this, [promise, input, stream](const Result<ChatCompletion>& result) {
        stream->deleteLater();
        if (!result) {
            qCWarning(lcTasks) << "AI planner request failed:" << result.error().codeName() << result.error().remoteCode;
            promise->addResult(Result<TaskPlan>(result.error()));
            promise->finish();
            return;
        }
        Result<TaskPlan> parsed = PlanParser::parse(result.value().content, input.region);
        if (parsed) {
            TaskPlan plan = std::move(parsed).value();
            // libphonenumber reads numbers more reliably than a model; a number it finds in the
            // instruction fills a gap the model left.
            if (plan.phoneE164.isEmpty()) {
                const QString found = OfflinePlanner::plan(input).phoneE164;
                if (!found.isEmpty()) {
                    plan.phoneE164 = found;
                    plan.missingInfo.removeIf(
                        [](const MissingInfo& info) { return info.key == QLatin1String("phone_number"); });
                }
            }
            promise->addResult(Result<TaskPlan>(plan));
        } else {
            qCWarning(lcTasks) << "AI plan unreadable, falling back to the offline planner";
            TaskPlan fallback = OfflinePlanner::plan(input);
            fallback.notices.removeAll(OfflinePlanner::noAiNotice()); // an AI is configured; it just failed
            fallback.notices.prepend(
                QCoreApplication::translate("calldeck::AiPlanner",
                                            "The AI's plan could not be used (%1), so CallDeck planned this task "
                                            "offline instead.")
                    .arg(parsed.error().message));
            promise->addResult(Result<TaskPlan>(fallback));
        }
        promise->finish();
    });
    return future;
}

} // namespace calldeck
