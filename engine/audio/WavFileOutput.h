#pragma once

#include "audio/AudioDevice.h"

#include <QFile>
#include <QMutex>

#include <atomic>

namespace calldeck {

/// A speaker that records: writes engine audio (16 kHz mono 16-bit) to a WAV file. The header
/// is rewritten on stop() so the file is valid; a file cut off by a crash still plays.
class WavFileOutput : public AudioOutput
{
    Q_OBJECT
public:
    explicit WavFileOutput(QString path, QObject* parent = nullptr);
    ~WavFileOutput() override;

    Status start() override;
    void stop() override;
    void write(const qint16* samples, int count) override;
    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] float levelDb() const override;
    /// Samples written to the file so far.
    [[nodiscard]] qint64 samplesWritten() const { return m_samplesWritten; }

private:
    QString m_path;
    QMutex m_mutex;
    QFile m_file;
    bool m_writeFailed = false;
    std::atomic<float> m_levelDb;
    std::atomic<qint64> m_samplesWritten{0};
};

} // namespace calldeck
