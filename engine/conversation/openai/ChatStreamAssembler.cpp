#include "conversation/openai/ChatStreamAssembler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace calldeck {

ChatStreamAssembler::ChatStreamAssembler(QString model) : m_model(std::move(model))
{
    m_usage.kind = QStringLiteral("chat");
    m_usage.model = m_model;
}

ChatStreamAssembler::Step ChatStreamAssembler::consume(const QByteArray& payload)
{
    Step step;
    const QByteArray trimmed = payload.trimmed();
    if (trimmed == "[DONE]") {
        m_done = true;
        step.done = true;
        return step;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_garbage;
        step.garbage = true;
        return step;
    }
    const QJsonObject chunk = doc.object();
    if (chunk.contains(QLatin1String("error"))) {
        const QJsonValue error = chunk.value(QLatin1String("error"));
        step.error = error.isObject() ? error.toObject().value(QLatin1String("message")).toString() : error.toString();
        if (step.error.isEmpty())
            step.error = QString::fromUtf8(trimmed.left(200));
        return step;
    }
    if (!chunk.contains(QLatin1String("choices")) && !chunk.contains(QLatin1String("usage"))) {
        ++m_garbage;
        step.garbage = true;
        return step;
    }
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    for (const QJsonValue& choiceValue : choices) {
        const QJsonObject choice = choiceValue.toObject();
        // Only the first choice is spoken; n > 1 is never requested.
        if (choice.value(QLatin1String("index")).toInt() != 0)
            continue;
        const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
        const QString content = delta.value(QLatin1String("content")).toString();
        if (!content.isEmpty()) {
            m_content += content;
            step.contentDelta += content;
        }
        const QJsonArray toolCalls = delta.value(QLatin1String("tool_calls")).toArray();
        for (const QJsonValue& toolValue : toolCalls) {
            const QJsonObject tool = toolValue.toObject();
            const int index = tool.value(QLatin1String("index")).toInt(int(m_toolCalls.size()));
            ChatToolCall& call = m_toolCalls[index];
            call.index = index;
            const QString id = tool.value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                call.id = id;
            const QJsonObject function = tool.value(QLatin1String("function")).toObject();
            const QString name = function.value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                call.name = name;
            call.arguments += function.value(QLatin1String("arguments")).toString();
        }
        const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
        if (finish.isString())
            m_finishReason = finish.toString();
    }
    const QJsonValue usageValue = chunk.value(QLatin1String("usage"));
    if (usageValue.isObject()) {
        const QJsonObject usage = usageValue.toObject();
        m_usage.inputTextTokens = usage.value(QLatin1String("prompt_tokens")).toInteger();
        m_usage.outputTextTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
        m_usage.cachedTextTokens = usage.value(QLatin1String("prompt_tokens_details"))
                                       .toObject()
                                       .value(QLatin1String("cached_tokens"))
                                       .toInteger();
        m_usageReported = true;
    }
    return step;
}

ChatCompletion ChatStreamAssembler::result() const
{
    ChatCompletion completion;
    completion.content = m_content;
    completion.toolCalls = m_toolCalls.values();
    completion.finishReason = m_finishReason;
    completion.usage = m_usage;
    completion.usageReported = m_usageReported;
    completion.skippedLines = m_garbage;
    return completion;
}

} // namespace calldeck
