#pragma once

#include "audio/AudioDevice.h"

#include <memory>

namespace calldeck {

class EchoCanceller;

/// A speaker that also tells the echo canceller what it is about to play, so the microphone path
/// can remove that audio when the agent uses speakers instead of a headset.
class EchoReferenceOutput final : public AudioOutput
{
    Q_OBJECT
public:
    EchoReferenceOutput(std::unique_ptr<AudioOutput> inner, EchoCanceller& canceller, QObject* parent = nullptr);

    Status start() override { return m_inner->start(); }
    void stop() override { m_inner->stop(); }
    void write(const qint16* samples, int count) override;
    [[nodiscard]] QString deviceName() const override { return m_inner->deviceName(); }
    [[nodiscard]] float levelDb() const override { return m_inner->levelDb(); }

private:
    std::unique_ptr<AudioOutput> m_inner;
    EchoCanceller& m_canceller;
};

} // namespace calldeck
