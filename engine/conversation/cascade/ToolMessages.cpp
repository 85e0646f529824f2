#include "conversation/cascade/ToolMessages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace calldeck {

ToolCall ToolMessages::toToolCall(const ChatToolCall& chatCall)
{
    ToolCall call{chatCall.id, chatCall.name, {}, {}};
    if (chatCall.arguments.trimmed().isEmpty())
        return call;
    QJsonParseError parseError{};
    const QJsonDocument args = QJsonDocument::fromJson(chatCall.arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        call.argumentsError = parseError.errorString();
    else if (!args.isObject())
        call.argumentsError = QStringLiteral("arguments are not a JSON object");
    else
        call.arguments = args.object();
    return call;
}

ToolResult ToolMessages::argumentsErrorResult(const ToolCall& call)
{
    const QJsonObject error{
        {QStringLiteral("error"), QStringLiteral("invalid JSON arguments: %1").arg(call.argumentsError)}};
    return ToolResult{QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)), false, false};
}

QJsonObject ToolMessages::assistantMessage(const QString& content, const QList<ChatToolCall>& calls)
{
    QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                        {QStringLiteral("content"), content.isEmpty() ? QJsonValue() : QJsonValue(content)}};
    if (calls.isEmpty())
        return message;
    QJsonArray toolCalls;
    for (const ChatToolCall& call : calls) {
        toolCalls.append(QJsonObject{{QStringLiteral("id"), call.id},
                                     {QStringLiteral("type"), QStringLiteral("function")},
                                     {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), call.name},
                                                                             {QStringLiteral("arguments"), call.arguments}}}});
    }
    message.insert(QStringLiteral("tool_calls"), toolCalls);
    return message;
}

QJsonObject ToolMessages::toolMessage(const QString& callId, const ToolResult& result)
{
    return QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                       {QStringLiteral("tool_call_id"), callId},
                       {QStringLiteral("content"), result.output}};
}

} // namespace calldeck
