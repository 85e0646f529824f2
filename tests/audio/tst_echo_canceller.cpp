#include "audio/EchoCanceller.h"
#include "media/AudioFormat.h"

#include <QList>
#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace calldeck;

namespace {

constexpr int kRate = audio_format::kEngineRate;
constexpr int kFrame = audio_format::kEngineFrameSamples;
constexpr int kEchoDelaySamples = kRate * 40 / 1000; // 40 ms from speaker to microphone
constexpr double kEchoGain = 0.5;                     // the room attenuates the speaker by 6 dB
constexpr double kNearToneHz = 1000.0;

/// Far-end "speech": low-passed noise in syllable-like bursts with short pauses.
QList<qint16> speechLikeNoise(int samples, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    QList<qint16> out(samples);
    double lp = 0.0;
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / kRate;
        lp = 0.6 * lp + 0.4 * noise(rng);
        const double syllable = std::abs(std::sin(std::numbers::pi * 3.0 * t));
        const double phrase = std::fmod(t, 2.0) < 1.7 ? 1.0 : 0.05; // a breath every 2 s
        out[i] = qint16(std::clamp(lp * 6000.0 * syllable * phrase, -32000.0, 32000.0));
    }
    return out;
}

double energy(const qint16* s, int n)
{
    double e = 0.0;
    for (int i = 0; i < n; ++i)
        e += double(s[i]) * double(s[i]);
    return e;
}

/// Power of one frequency (Goertzel), normalised so a sine of amplitude A reads A²/4·n².
double tonePower(const QList<qint16>& s, qsizetype from, qsizetype count, double hz)
{
    const double w = 2.0 * std::numbers::pi * hz / kRate;
    const double coeff = 2.0 * std::cos(w);
    double s1 = 0.0, s2 = 0.0;
    for (qsizetype i = from; i < from + count; ++i) {
        const double s0 = s[i] + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
}

/// Band-stop around the near-end tone (RBJ biquad notch), so what remains is echo only.
QList<qint16> withoutTone(const QList<qint16>& s, qsizetype from, qsizetype count)
{
    const double w0 = 2.0 * std::numbers::pi * kNearToneHz / kRate;
    const double alpha = std::sin(w0) / (2.0 * 2.0); // Q = 2
    const double a0 = 1.0 + alpha;
    const double b0 = 1.0 / a0, b1 = -2.0 * std::cos(w0) / a0, b2 = 1.0 / a0;
    const double a1 = -2.0 * std::cos(w0) / a0, a2 = (1.0 - alpha) / a0;
    QList<qint16> out(count);
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double x = s[from + i];
        const double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        out[i] = qint16(std::clamp(y, -32768.0, 32767.0));
    }
    return out;
}

double db(double ratio)
{
    return 10.0 * std::log10(ratio);
}

/// Runs far-end audio through a simulated room into the canceller, frame by frame as the
/// speaker and microphone threads would. Returns what the microphone delivers after cancelling.
struct Room
{
    QList<qint16> far;
    QList<qint16> micIn;  ///< echo + near-end, before cancelling
    QList<qint16> micOut; ///< after cancelling
    QList<qint16> nearOnly;

    Room(EchoCanceller& ec, int seconds, double nearToneFromSeconds)
    {
        const int total = seconds * kRate;
        far = speechLikeNoise(total, 7);
        micIn.resize(total);
        nearOnly.resize(total);
        for (int i = 0; i < total; ++i) {
            const double echo = i >= kEchoDelaySamples ? kEchoGain * far[i - kEchoDelaySamples] : 0.0;
            const double t = double(i) / kRate;
            const double nearEnd = t >= nearToneFromSeconds ? 3000.0 * std::sin(2.0 * std::numbers::pi * kNearToneHz * t) : 0.0;
            nearOnly[i] = qint16(nearEnd);
            micIn[i] = qint16(std::clamp(echo + nearEnd, -32768.0, 32767.0));
        }
        micOut = micIn;
        for (int f = 0; f + kFrame <= total; f += kFrame) {
            ec.playback(far.constData() + f, kFrame);
            ec.process(micOut.data() + f, kFrame);
        }
    }
};

} // namespace

/// The agent on speakers: the callee must not hear their own voice back.
class TestEchoCanceller : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesEchoAfterConvergence()
    {
        EchoCanceller ec(200);
        const Room room(ec, 10, 1e9); // echo only
        // Measure over the last 3 s, well after the filter has learnt the room.
        const qsizetype from = 7 * kRate, n = 3 * kRate;
        const double before = energy(room.micIn.constData() + from, int(n));
        const double after = energy(room.micOut.constData() + from, int(n));
        const double erle = db(before / std::max(after, 1.0));
        qInfo("measured ERLE over the last 3 s: %.1f dB (canceller reports %.1f dB)", erle, double(ec.erleDb()));
        QVERIFY2(erle >= 20.0, qPrintable(QStringLiteral("echo only reduced by %1 dB").arg(erle)));
        QVERIFY2(ec.erleDb() >= 10.0f, qPrintable(QStringLiteral("reported ERLE %1 dB").arg(ec.erleDb())));
    }

    void nearEndSpeechSurvives()
    {
        EchoCanceller ec(200);
        const Room room(ec, 12, 8.0); // the agent starts talking at 8 s, over the far end
        const qsizetype from = 9 * kRate, n = 3 * kRate;
        const double toneIn = tonePower(room.nearOnly, from, n, kNearToneHz);
        const double toneOut = tonePower(room.micOut, from, n, kNearToneHz);
        const double toneLossDb = db(toneIn / std::max(toneOut, 1.0));
        qInfo("near-end tone loss during double talk: %.1f dB", toneLossDb);
        QVERIFY2(toneLossDb < 3.0, qPrintable(QStringLiteral("near-end voice lost %1 dB").arg(toneLossDb)));

        // Outside the tone's band, whatever is left is echo.
        const QList<qint16> echoIn = withoutTone(room.micIn, from, n);
        const QList<qint16> echoOut = withoutTone(room.micOut, from, n);
        // The notch's transient settles in a few ms; skip the first 100 ms.
        const int skip = kRate / 10;
        const double echoDropDb = db(energy(echoIn.constData() + skip, int(n) - skip)
                                     / std::max(energy(echoOut.constData() + skip, int(n) - skip), 1.0));
        qInfo("echo reduction during double talk: %.1f dB", echoDropDb);
        QVERIFY2(echoDropDb >= 10.0, qPrintable(QStringLiteral("echo only reduced by %1 dB").arg(echoDropDb)));
    }

    void disabledPassesMicrophoneThrough()
    {
        EchoCanceller ec(200);
        ec.setEnabled(false);
        QVERIFY(!ec.isEnabled());
        const Room room(ec, 2, 0.5);
        QCOMPARE(room.micOut, room.micIn);
    }

    void reenablingStartsFresh()
    {
        EchoCanceller ec(200);
        const Room first(ec, 6, 1e9);
        QVERIFY(ec.erleDb() > 0.0f);
        ec.setEnabled(false);
        ec.setEnabled(true);
        QCOMPARE(ec.erleDb(), 0.0f);
        const Room second(ec, 10, 1e9);
        QVERIFY2(ec.erleDb() >= 10.0f, qPrintable(QStringLiteral("reported ERLE %1 dB").arg(ec.erleDb())));
    }
};

QTEST_GUILESS_MAIN(TestEchoCanceller)
#include "tst_echo_canceller.moc"
