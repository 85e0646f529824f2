#include "WavTestData.h"
#include "audio/WavFileInput.h"
#include "media/AudioFormat.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::test;

/// A WAV file played as the microphone (`calldeck-cli call --mic-file`, tests).
class TestWavFileInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void convertsAnyRateAndLayoutToEngineFrames_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::newRow("8 kHz mono") << 8000 << 1;
        QTest::newRow("16 kHz mono") << 16000 << 1;
        QTest::newRow("22.05 kHz mono") << 22050 << 1;
        QTest::newRow("44.1 kHz stereo") << 44100 << 2;
        QTest::newRow("48 kHz stereo") << 48000 << 2;
    }
    void convertsAnyRateAndLayoutToEngineFrames()
    {
        QFETCH(int, rate);
        QFETCH(int, channels);
        const QString file = path(QStringLiteral("tone-%1-%2.wav").arg(rate).arg(channels));
        QVERIFY(writeFile(file, toneWav(rate, channels, 1.0, 440.0)));

        WavFileInput input(file);
        QList<qint16> audio;
        int frames = 0;
        bool allWhole = true;
        QSignalSpy finished(&input, &AudioInput::finished);
        QElapsedTimer wall;
        wall.start();
        const Status s = input.start([&](const qint16* samples, int count) {
            allWhole = allWhole && count == audio_format::kEngineFrameSamples;
            ++frames;
            const qsizetype old = audio.size();
            audio.resize(old + count);
            std::copy_n(samples, count, audio.data() + old);
        });
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QVERIFY(input.isActive());
        QVERIFY(input.deviceName().contains(QStringLiteral("tone-")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!input.isActive());
        // Real-time pacing: one second of audio cannot come out faster than one second.
        QVERIFY2(wall.elapsed() >= 900, qPrintable(QStringLiteral("delivered in %1 ms").arg(wall.elapsed())));

        QVERIFY(allWhole);
        // One second = 50 frames; the resampler's filter may shift one frame's worth.
        QVERIFY2(frames >= 49 && frames <= 51, qPrintable(QStringLiteral("%1 frames").arg(frames)));
        // Skip the filter's start-up and the zero-padded last frame.
        const QList<qint16> middle = audio.mid(1600, 12800);
        const double hz = zeroCrossingHz(middle, audio_format::kEngineRate);
        QVERIFY2(std::abs(hz - 440.0) < 5.0, qPrintable(QStringLiteral("tone came out at %1 Hz").arg(hz)));
        // Stereo is averaged, not summed: the level stays that of one channel (10000 peak ≈ −13 dBFS RMS).
        const auto peak = *std::max_element(middle.cbegin(), middle.cend());
        QVERIFY2(peak > 9000 && peak < 11000, qPrintable(QStringLiteral("peak %1").arg(peak)));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
    }

    void loopingNeverFinishes()
    {
        const QString file = path(QStringLiteral("short.wav"));
        QVERIFY(writeFile(file, toneWav(16000, 1, 0.1, 440.0))); // 5 frames
        WavFileInput input(file);
        input.setLooping(true);
        QSignalSpy finished(&input, &AudioInput::finished);
        int frames = 0;
        QVERIFY(input.start([&](const qint16*, int) { ++frames; }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(frames >= 15, 20000);
        QCOMPARE(finished.size(), 0);
        QVERIFY(input.isActive());
        QVERIFY(input.levelDb() > -30.0f);
        input.stop();
        const int stoppedAt = frames;
        QTest::qWait(100);
        QCOMPARE(frames, stoppedAt);
    }

    void missingFileSaysSo()
    {
        WavFileInput input(path(QStringLiteral("nowhere.wav")));
        const Status s = input.start([](const qint16*, int) {});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY2(s.error().message.contains(QStringLiteral("nowhere.wav")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!input.isActive());
    }

    void invalidFilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text") << QByteArray("hello, this is not audio at all") << QStringLiteral("RIFF/WAVE");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("RIFF/WAVE");
        QByteArray eightBit = toneWav(8000, 1, 0.1, 440.0);
        eightBit[34] = 8; // bits per sample
        QTest::newRow("8-bit") << eightBit << QStringLiteral("16-bit");
        QByteArray floatFormat = toneWav(8000, 1, 0.1, 440.0);
        floatFormat[20] = 3; // WAVE_FORMAT_IEEE_FLOAT
        QTest::newRow("float") << floatFormat << QStringLiteral("only PCM");
        QTest::newRow("no data") << toneWav(8000, 1, 0.1, 440.0).left(36) << QStringLiteral("no audio data");
        QByteArray zeroRate = toneWav(8000, 1, 0.1, 440.0);
        zeroRate[24] = zeroRate[25] = zeroRate[26] = zeroRate[27] = 0;
        QTest::newRow("zero rate") << zeroRate << QStringLiteral("not plausible");
    }
    void invalidFilesSayWhatIsWrong()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const QString file = path(QStringLiteral("bad.wav"));
        QVERIFY(writeFile(file, bytes));
        WavFileInput input(file);
        const Status s = input.start([](const qint16*, int) {});
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("bad.wav")));
    }

    void readsChunksInAnyOrder()
    {
        // Editors put LIST/INFO chunks before "fmt " and "data"; an odd-sized one is padded.
        const QByteArray plain = toneWav(16000, 1, 0.2, 440.0);
        QByteArray withList = plain.left(12);
        withList += QByteArray("LIST", 4) + QByteArray("\x05\x00\x00\x00", 4) + QByteArray("INFOx", 5) + '\0';
        withList += plain.mid(12);
        const QString file = path(QStringLiteral("list.wav"));
        QVERIFY(writeFile(file, withList));
        const Result<WavClip> clip = WavFile::read(file);
        QVERIFY2(clip.ok(), qPrintable(clip.error().message));
        QCOMPARE(clip.value().sampleRate, 16000);
        QCOMPARE(clip.value().pcm16, plain.mid(44));
    }
};

QTEST_GUILESS_MAIN(TestWavFileInput)
#include "tst_wav_file_input.moc"
