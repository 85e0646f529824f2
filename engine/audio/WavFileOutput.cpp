#include "audio/WavFileOutput.h"

#include "audio/AudioLog.h"
#include "audio/WavFile.h"
#include "media/AudioFormat.h"
#include "media/AudioLevel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMetaObject>
#include <QtEndian>

namespace calldeck {

WavFileOutput::WavFileOutput(QString path, QObject* parent)
    : AudioOutput(parent), m_path(std::move(path)), m_levelDb(kSilenceDb)
{
}

WavFileOutput::~WavFileOutput()
{
    stop();
}

Status WavFileOutput::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen())
        return {};
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return Status::failure(ErrorCode::Io, QCoreApplication::translate("WavFileOutput", "Cannot write audio file %1: %2")
                                                  .arg(m_path, m_file.errorString()));
    // Sizes stay 0 until stop(); WavFile::parse() treats that as "up to the end of the file".
    m_file.write(WavFile::header(audio_format::kEngineRate, 1, 0));
    m_samplesWritten = 0;
    m_writeFailed = false;
    return {};
}

void WavFileOutput::stop()
{
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen())
        return;
    const auto dataBytes = static_cast<quint32>(m_samplesWritten * 2);
    m_file.seek(0);
    m_file.write(WavFile::header(audio_format::kEngineRate, 1, dataBytes));
    m_file.close();
    m_levelDb = kSilenceDb;
}

void WavFileOutput::write(const qint16* samples, int count)
{
    if (count <= 0)
        return;
    m_levelDb = levelDbfs(samples, count);
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen() || m_writeFailed)
        return;
    QByteArray bytes(qsizetype(count) * 2, Qt::Uninitialized);
    qToLittleEndian<qint16>(samples, count, bytes.data());
    if (m_file.write(bytes) != bytes.size()) {
        // Report once, from the object's thread: write() may run on any thread.
        m_writeFailed = true;
        const QString message = QCoreApplication::translate("WavFileOutput", "Writing audio file %1 failed: %2")
                                    .arg(m_path, m_file.errorString());
        qCWarning(lcAudio) << "WAV output write failed for" << QFileInfo(m_path).fileName();
        QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
        return;
    }
    m_samplesWritten += count;
}

QString WavFileOutput::deviceName() const
{
    return QCoreApplication::translate("WavFileOutput", "file: %1").arg(QFileInfo(m_path).fileName());
}

float WavFileOutput::levelDb() const
{
    return m_levelDb;
}

} // namespace calldeck
