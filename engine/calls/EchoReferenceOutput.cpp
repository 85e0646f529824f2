#include "calls/EchoReferenceOutput.h"

#include "audio/EchoCanceller.h"

namespace calldeck {

EchoReferenceOutput::EchoReferenceOutput(std::unique_ptr<AudioOutput> inner, EchoCanceller& canceller,
                                         QObject* parent)
    : AudioOutput(parent), m_inner(std::move(inner)), m_canceller(canceller)
{
    connect(m_inner.get(), &AudioOutput::deviceChanged, this, &AudioOutput::deviceChanged);
    connect(m_inner.get(), &AudioOutput::failed, this, &AudioOutput::failed);
}

void EchoReferenceOutput::write(const qint16* samples, int count)
{
    m_canceller.playback(samples, count);
    m_inner->write(samples, count);
}

} // namespace calldeck
