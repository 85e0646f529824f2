#include "postcall/AiExtractor.h"

#include "conversation/openai/ChatStream.h"
#include "conversation/openai/OpenAiClient.h"
#include "postcall/ExtractionJson.h"
#include "postcall/OfflineExtractor.h"
#include "postcall/OutcomeRules.h"
#include "postcall/PostCallLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>

#include <memory>

namespace calldeck {

namespace {

QJsonObject message(const QString& role, const QString& content)
{
    return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
}

PostCallResult fallback(const PostCallInput& input, const QString& why)
{
    PostCallResult result = OfflineExtractor::extract(input);
    result.warnings.prepend(AiExtractor::tr("%1 The offline extractor was used instead.").arg(why));
    // The reason only: the model's answer may quote the call, which stays out of the log.
    qCWarning(lcPostCall) << "session" << input.sessionId << "AI extraction not used:" << why;
    return result;
}

} // namespace

AiExtractor::AiExtractor(OpenAiClient& client, QString model, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_model(std::move(model))
{}

QFuture<PostCallResult> AiExtractor::extract(const PostCallInput& input)
{
    auto promise = std::make_shared<QPromise<PostCallResult>>();
    promise->start();
    QFuture<PostCallResult> future = promise->future();
    if (OutcomeRules::withoutConversation(input)) {
        promise->addResult(OfflineExtractor::extract(input));
        promise->finish();
        return future;
    }
    const QJsonArray messages{message(QStringLiteral("system"), ExtractionJson::instructions()),
                              message(QStringLiteral("user"), ExtractionJson::callDescription(input))};
    ChatStream* stream = m_client.chatStream(messages, QJsonArray(), m_model, this);
    connect(stream, &ChatStream::finished, this, [promise, input, stream](const Result<ChatCompletion>& completion) {
        stream->deleteLater();
        if (!completion) {
            promise->addResult(fallback(input, tr("The AI could not process the call: %1.").arg(completion.error().message)));
        } else if (completion.value().finishReason == u"length") {
            promise->addResult(fallback(input, tr("The AI's answer was cut off.")));
        } else {
            Result<PostCallResult> parsed = ExtractionJson::parse(completion.value().content, input);
            if (parsed) {
                promise->addResult(std::move(parsed).value());
            } else {
                promise->addResult(fallback(input, parsed.error().message + QLatin1Char('.')));
            }
        }
        promise->finish();
    });
    return future;
}

} // namespace calldeck
