#pragma once

#include "audio/PacedInput.h"

namespace calldeck {

/// A microphone that hears nothing: zero frames in real time, forever. For headless runs and tests.
class SilenceInput : public PacedInput
{
    Q_OBJECT
public:
    using PacedInput::PacedInput;

    [[nodiscard]] QString deviceName() const override;

protected:
    bool nextFrame(qint16* frame) override;
};

} // namespace calldeck
