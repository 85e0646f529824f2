#pragma once

#include "conversation/AgentTypes.h"
#include "core/Result.h"

#include <QObject>

namespace calldeck {

class HttpExchange;

/// One /audio/speech request in flight (response_format "pcm": 24 kHz mono s16le, no header):
/// audio() hands on the samples as they arrive, always in whole samples; finished() ends it with
/// the usage (kind "tts", characters) or the error. cancel() aborts and silences it.
class SpeechStream : public QObject
{
    Q_OBJECT
public:
    /// The rate of the PCM that audio() delivers.
    static constexpr int kSampleRate = 24000;

    /// Takes over `exchange` (not yet started) and starts it.
    SpeechStream(HttpExchange* exchange, AiUsage usage, QObject* parent = nullptr);

    void cancel();
    [[nodiscard]] bool isRunning() const;
    /// Bytes of PCM handed on so far.
    [[nodiscard]] qint64 receivedBytes() const { return m_received; }

Q_SIGNALS:
    /// 24 kHz mono int16 little-endian samples.
    void audio(const QByteArray& pcm24);
    void finished(const calldeck::Result<calldeck::AiUsage>& result);

private:
    void onBytes(const QByteArray& data);
    void onFinished(const Status& status);

    HttpExchange* m_exchange;
    AiUsage m_usage;
    QByteArray m_oddByte;
    qint64 m_received = 0;
    bool m_done = false;
};

} // namespace calldeck
