#pragma once

#include "conversation/AgentTypes.h"
#include "core/Result.h"

#include "conversation/openai/ExchangeStream.h"

#include <QObject>

namespace calldeck {

/// One /audio/speech request in flight (response_format "pcm": 24 kHz mono s16le, no header):
/// audio() hands on the samples as they arrive, always in whole samples; finished() ends it with
/// the usage (kind "tts", characters) or the error. cancel() aborts and silences it.
class SpeechStream : public ExchangeStream
{
    Q_OBJECT
public:
    /// The rate of the PCM that audio() delivers.
    static constexpr int kSampleRate = 24000;

    /// Takes over `exchange` (not yet started) and starts it.
    SpeechStream(HttpExchange* exchange, AiUsage usage, QObject* parent = nullptr);

    /// Bytes of PCM handed on so far.
    [[nodiscard]] qint64 receivedBytes() const { return m_received; }

Q_SIGNALS:
    /// 24 kHz mono int16 little-endian samples.
    void audio(const QByteArray& pcm24);
    void finished(const calldeck::Result<calldeck::AiUsage>& result);

private:
    void handleBytes(const QByteArray& data) override;
    void handleEnd(const Status& status) override;

    AiUsage m_usage;
    QByteArray m_oddByte;
    qint64 m_received = 0;
};

} // namespace calldeck
