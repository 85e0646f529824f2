// Resampler: 8 kHz ↔ 16 kHz keeps a tone's frequency and level, frame by frame, with no gaps.
#include "media/AudioLevel.h"
#include "media/Resampler.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace calldeck;

namespace {

std::vector<std::int16_t> sine(int rate, double hz, double amplitude, int samples)
{
    std::vector<std::int16_t> out(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i)
        out[size_t(i)] = std::int16_t(std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hz * i / rate)));
    return out;
}

// Zero crossings per second ≈ 2 × frequency.
double estimateFrequency(const QList<std::int16_t>& s, int rate, int skip)
{
    int crossings = 0;
    for (qsizetype i = skip + 1; i < s.size(); ++i)
        if ((s[i - 1] < 0) != (s[i] < 0))
            ++crossings;
    return crossings / 2.0 / (double(s.size() - skip) / rate);
}

} // namespace

class TestResampler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upsamplesFrameByFrame()
    {
        Resampler up(8000, 16000);
        const auto input = sine(8000, 440.0, 8000.0, 8000); // 1 s
        QList<std::int16_t> out;
        for (size_t off = 0; off < input.size(); off += 160)
            up.process(std::span<const std::int16_t>(input.data() + off, 160), out);
        // All but the filter's latency arrives; no frame is lost.
        QVERIFY2(out.size() > 15800 && out.size() <= 16000, qPrintable(QString::number(out.size())));
        QVERIFY(std::abs(estimateFrequency(out, 16000, 400) - 440.0) < 5.0);
        const float inDb = levelDbfs(input.data(), int(input.size()));
        const float outDb = levelDbfs(out.data() + 400, int(out.size() - 400));
        QVERIFY2(std::abs(inDb - outDb) < 0.5f, qPrintable(QStringLiteral("%1 vs %2").arg(inDb).arg(outDb)));
    }

    void downsampleRemovesWhatEightKilohertzCannotCarry()
    {
        Resampler down(16000, 8000);
        const auto tone = sine(16000, 6000.0, 8000.0, 16000); // above 4 kHz Nyquist
        QList<std::int16_t> out;
        down.process(std::span<const std::int16_t>(tone.data(), tone.size()), out);
        QVERIFY(out.size() > 7900);
        QVERIFY2(levelDbfs(out.data() + 200, int(out.size() - 200)) < -40.0f, "aliasing passed through");
    }

    void levelOfSilenceIsTheFloor()
    {
        std::vector<std::int16_t> zeros(320, 0);
        QCOMPARE(levelDbfs(zeros.data(), 320), kSilenceDb);
        QCOMPARE(levelDbfs(nullptr, 0), kSilenceDb);
    }
};

QTEST_GUILESS_MAIN(TestResampler)
#include "tst_resampler.moc"
