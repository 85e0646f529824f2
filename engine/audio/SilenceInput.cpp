#include "audio/SilenceInput.h"

#include "media/AudioFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace calldeck {

QString SilenceInput::deviceName() const
{
    return QCoreApplication::translate("SilenceInput", "silence");
}

bool SilenceInput::nextFrame(qint16* frame)
{
    std::fill_n(frame, audio_format::kEngineFrameSamples, qint16(0));
    return true;
}

} // namespace calldeck
