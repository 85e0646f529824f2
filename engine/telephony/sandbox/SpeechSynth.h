#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace calldeck::sandbox {

/// Text to speech for the sandbox line's personas: libespeak-ng at its native rate, resampled to
/// 8 kHz and encoded as μ-law, padded to whole 20 ms frames. Lives on a worker thread of its own
/// because synthesis takes a while; results are cached, since personas repeat their lines.
class SpeechSynth : public QObject
{
    Q_OBJECT
public:
    explicit SpeechSynth(QObject* parent = nullptr);

    /// Synthesises on the calling thread. espeak-ng keeps global state, so calls are serialised
    /// by a process-wide mutex. Fails with a readable message when espeak-ng or its data is missing.
    static Result<QByteArray> synthesizeMuLaw(const QString& text, const QString& voice, int rateWpm);

    /// Queued entry point: answers with synthesized() carrying the same request id.
    Q_INVOKABLE void synthesize(quint64 requestId, const QString& text, const QString& voice, int rateWpm);

Q_SIGNALS:
    /// μ-law 8 kHz audio (a multiple of 160 bytes), or an empty payload and an error message.
    void synthesized(quint64 requestId, const QByteArray& mulaw, const QString& error);

private:
    QHash<QString, QByteArray> m_cache;
};

} // namespace calldeck::sandbox
