#pragma once

#include "audio/AudioDevice.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <atomic>

namespace calldeck {

/// Base of sources that synthesise or read audio rather than capture it: delivers one 20 ms
/// frame per 20 ms of monotonic time, catching up after a late timer instead of drifting.
class PacedInput : public AudioInput
{
    Q_OBJECT
public:
    explicit PacedInput(QObject* parent = nullptr);
    ~PacedInput() override;

    Status start(FrameSink sink) override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;
    [[nodiscard]] float levelDb() const override;

protected:
    /// Called by start() before the first frame; an error aborts the start.
    virtual Status prepare() { return {}; }
    /// Fills one 320-sample frame; returns false at the end of the source.
    virtual bool nextFrame(qint16* frame) = 0;

private:
    void tick();

    FrameSink m_sink;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_framesDelivered = 0;
    qint64 m_clockOriginFrames = 0; ///< frames counted before the clock was last rebased
    QList<qint16> m_frame;
    std::atomic<bool> m_active{false};
    std::atomic<float> m_levelDb;
};

} // namespace calldeck
