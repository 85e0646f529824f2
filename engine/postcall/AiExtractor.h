#pragma once

#include "postcall/PostCallTypes.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace calldeck {

class OpenAiClient;

/// Post-call processing by a chat model: one chat completion asking for strict JSON
/// (ExtractionJson), validated. When the model cannot be reached or answers with something
/// unusable, the OfflineExtractor's result is returned instead with a warning saying why. Calls
/// whose outcome the status decides (no answer, busy, failed, voicemail, silence) never reach the
/// model. Lives on the thread of its OpenAiClient.
class AiExtractor : public QObject
{
    Q_OBJECT
public:
    /// `client` must outlive this object; `model` e.g. "gpt-4o-mini".
    AiExtractor(OpenAiClient& client, QString model, QObject* parent = nullptr);

    /// The result of the call; the future always gets one (never an error).
    QFuture<PostCallResult> extract(const PostCallInput& input);

    [[nodiscard]] const QString& model() const { return m_model; }

private:
    OpenAiClient& m_client;
    QString m_model;
};

} // namespace calldeck
