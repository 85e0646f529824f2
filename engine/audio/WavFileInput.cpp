#include "audio/WavFileInput.h"

#include "audio/CaptureConverter.h"
#include "audio/WavFile.h"
#include "media/AudioFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace calldeck {

WavFileInput::WavFileInput(QString path, QObject* parent) : PacedInput(parent), m_path(std::move(path)) {}

QString WavFileInput::deviceName() const
{
    return QCoreApplication::translate("WavFileInput", "file: %1").arg(QFileInfo(m_path).fileName());
}

Status WavFileInput::prepare()
{
    Result<WavClip> clip = WavFile::read(m_path);
    if (!clip)
        return clip.error();
    QAudioFormat format;
    format.setSampleRate(clip.value().sampleRate);
    format.setChannelCount(clip.value().channels);
    format.setSampleFormat(QAudioFormat::Int16);
    // Files are short prompts and test fixtures: converting once up front keeps the paced
    // path free of resampling work.
    m_samples.clear();
    CaptureConverter converter(format, [this](const qint16* s, int n) {
        const qsizetype old = m_samples.size();
        m_samples.resize(old + n);
        std::copy_n(s, n, m_samples.data() + old);
    });
    converter.push(clip.value().pcm16.constData(), clip.value().pcm16.size());
    converter.flush();
    if (m_samples.isEmpty())
        return Status::failure(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("WavFileInput", "Audio file %1 contains no audio.")
                                   .arg(QFileInfo(m_path).fileName()));
    m_position = 0;
    return {};
}

bool WavFileInput::nextFrame(qint16* frame)
{
    const int n = audio_format::kEngineFrameSamples;
    if (m_position + n > m_samples.size()) {
        if (!m_loop)
            return false;
        m_position = 0;
    }
    std::copy_n(m_samples.constData() + m_position, n, frame);
    m_position += n;
    return true;
}

} // namespace calldeck
