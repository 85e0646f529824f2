#include "telephony/sandbox/SpeechSynth.h"

#include "media/AudioFormat.h"
#include "media/MuLaw.h"
#include "media/Resampler.h"
#include "telephony/sandbox/SandboxLog.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QMutexLocker>

#include <espeak-ng/espeak_ng.h>

namespace calldeck::sandbox {

namespace {

// espeak-ng is one global synthesiser per process; everything touching it holds this lock.
QMutex& espeakMutex()
{
    static QMutex mutex;
    return mutex;
}

// The synth callback has no context pointer we control in synchronous mode besides user_data;
// the mutex guarantees only one collector exists at a time.
QList<std::int16_t>* g_collector = nullptr;

int collectSamples(short* wav, int numSamples, espeak_EVENT* /*events*/)
{
    if (wav != nullptr && numSamples > 0 && g_collector != nullptr) {
        g_collector->append(QList<std::int16_t>(wav, wav + numSamples));
    }
    return 0;
}

QString statusMessage(espeak_ng_STATUS status)
{
    char buffer[256] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof(buffer));
    return QString::fromLocal8Bit(buffer);
}

// Called with the mutex held. Returns the native sample rate, or an error.
Result<int> ensureInitialised()
{
    static int sampleRate = 0;
    if (sampleRate > 0) {
        return sampleRate;
    }
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    const espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    espeak_ng_ClearErrorContext(&context);
    if (status != ENS_OK) {
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("calldeck::SandboxLine",
                                                 "The sandbox line cannot speak: espeak-ng could not load its voice "
                                                 "data (%1). Install the espeak-ng-data package.")
                         .arg(statusMessage(status))};
    }
    const espeak_ng_STATUS output = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (output != ENS_OK) {
        return Error{ErrorCode::Internal,
                     QCoreApplication::translate("calldeck::SandboxLine",
                                                 "The sandbox line cannot speak: espeak-ng output failed (%1).")
                         .arg(statusMessage(output))};
    }
    espeak_SetSynthCallback(collectSamples);
    sampleRate = espeak_ng_GetSampleRate();
    return sampleRate;
}

} // namespace

SpeechSynth::SpeechSynth(QObject* parent)
    : QObject(parent)
{
}

Result<QByteArray> SpeechSynth::synthesizeMuLaw(const QString& text, const QString& voice, int rateWpm)
{
    QList<std::int16_t> native;
    int nativeRate = 0;
    {
        QMutexLocker lock(&espeakMutex());
        const Result<int> rate = ensureInitialised();
        if (!rate.ok()) {
            return rate.error();
        }
        nativeRate = rate.value();
        const espeak_ng_STATUS voiceStatus = espeak_ng_SetVoiceByName(voice.toUtf8().constData());
        if (voiceStatus != ENS_OK) {
            return Error{ErrorCode::InvalidArgument,
                         QCoreApplication::translate("calldeck::SandboxLine",
                                                     "The sandbox voice \"%1\" is not available in espeak-ng (%2).")
                             .arg(voice, statusMessage(voiceStatus))};
        }
        espeak_ng_SetParameter(espeakRATE, rateWpm > 0 ? rateWpm : espeakRATE_NORMAL, 0);
        const QByteArray utf8 = text.toUtf8();
        g_collector = &native;
        const espeak_ng_STATUS status = espeak_ng_Synthesize(utf8.constData(), size_t(utf8.size()) + 1, 0, POS_CHARACTER,
                                                             0, espeakCHARS_UTF8, nullptr, nullptr);
        g_collector = nullptr;
        if (status != ENS_OK) {
            return Error{ErrorCode::Internal,
                         QCoreApplication::translate("calldeck::SandboxLine", "espeak-ng could not speak a line (%1).")
                             .arg(statusMessage(status))};
        }
    }

    // Rate conversion outside the lock: it is per-call state.
    Resampler resampler(nativeRate, audio_format::kTwilioRate);
    QList<std::int16_t> narrow;
    resampler.process(std::span<const std::int16_t>(native.constData(), size_t(native.size())), narrow);
    // Flush the filter's delay line so the last syllable is not cut.
    const QList<std::int16_t> tail(nativeRate / 50, 0);
    resampler.process(std::span<const std::int16_t>(tail.constData(), size_t(tail.size())), narrow);

    QByteArray mulaw = MuLaw::encode(std::span<const std::int16_t>(narrow.constData(), size_t(narrow.size())));
    const qsizetype remainder = mulaw.size() % audio_format::kTwilioFrameBytes;
    if (remainder != 0) {
        mulaw.append(audio_format::kTwilioFrameBytes - remainder, char(0xFF));
    }
    return mulaw;
}

void SpeechSynth::synthesize(quint64 requestId, const QString& text, const QString& voice, int rateWpm)
{
    const QString key = voice + QLatin1Char('|') + QString::number(rateWpm) + QLatin1Char('|') + text;
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd()) {
        Q_EMIT synthesized(requestId, cached.value(), QString());
        return;
    }
    const Result<QByteArray> audio = synthesizeMuLaw(text, voice, rateWpm);
    if (!audio.ok()) {
        qCWarning(lcSandbox) << "Speech synthesis failed:" << audio.error().message;
        Q_EMIT synthesized(requestId, QByteArray(), audio.error().message);
        return;
    }
    m_cache.insert(key, audio.value());
    Q_EMIT synthesized(requestId, audio.value(), QString());
}

} // namespace calldeck::sandbox
