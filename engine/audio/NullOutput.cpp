#include "audio/NullOutput.h"

#include "media/AudioLevel.h"

#include <QCoreApplication>

namespace calldeck {

NullOutput::NullOutput(QObject* parent) : AudioOutput(parent), m_levelDb(kSilenceDb) {}

Status NullOutput::start()
{
    m_active = true;
    return {};
}

void NullOutput::stop()
{
    m_active = false;
    m_levelDb = kSilenceDb;
}

void NullOutput::write(const qint16* samples, int count)
{
    if (!m_active)
        return;
    m_levelDb = levelDbfs(samples, count);
    m_samplesWritten += count;
}

QString NullOutput::deviceName() const
{
    return QCoreApplication::translate("NullOutput", "no speaker");
}

float NullOutput::levelDb() const
{
    return m_levelDb;
}

} // namespace calldeck
