#pragma once

#include "audio/AudioDevice.h"

#include <atomic>

namespace calldeck {

/// A speaker nobody hears: discards audio but measures its level and counts samples.
class NullOutput : public AudioOutput
{
    Q_OBJECT
public:
    explicit NullOutput(QObject* parent = nullptr);

    Status start() override;
    void stop() override;
    void write(const qint16* samples, int count) override;
    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] float levelDb() const override;
    /// Samples written while started.
    [[nodiscard]] qint64 samplesWritten() const { return m_samplesWritten; }

private:
    std::atomic<bool> m_active{false};
    std::atomic<float> m_levelDb;
    std::atomic<qint64> m_samplesWritten{0};
};

} // namespace calldeck
