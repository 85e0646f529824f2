#pragma once

#include "audio/PacedInput.h"
#include "media/AudioFormat.h"

#include <QList>
#include <QString>

namespace calldeck {

/// Plays a 16-bit PCM WAV file (any rate, any channel count) as a microphone: converted to
/// 16 kHz mono and delivered in real time. Emits finished() at the end unless looping.
class WavFileInput : public PacedInput
{
    Q_OBJECT
public:
    explicit WavFileInput(QString path, QObject* parent = nullptr);

    /// Start again from the beginning at the end instead of finishing.
    void setLooping(bool loop) { m_loop = loop; }
    [[nodiscard]] bool isLooping() const { return m_loop; }
    [[nodiscard]] QString deviceName() const override;
    /// Engine-rate frames the file yields (valid after a successful start()).
    [[nodiscard]] int frameCount() const { return int(m_samples.size() / audio_format::kEngineFrameSamples); }

protected:
    Status prepare() override;
    bool nextFrame(qint16* frame) override;

private:
    QString m_path;
    bool m_loop = false;
    QList<qint16> m_samples; ///< the whole file at 16 kHz mono, padded to whole frames
    qsizetype m_position = 0;
};

} // namespace calldeck
