#include "WavTestData.h"
#include "audio/WavFileInput.h"
#include "audio/WavFileOutput.h"
#include "media/AudioFormat.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::test;

/// Recording what the speaker would play (tests, `calldeck-cli call` capture).
class TestWavFileOutput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QList<qint16> tone(int samples)
    {
        QList<qint16> s(samples);
        for (int i = 0; i < samples; ++i)
            s[i] = qint16(std::lround(8000.0 * std::sin(2.0 * std::numbers::pi * 300.0 * i / audio_format::kEngineRate)));
        return s;
    }

private Q_SLOTS:
    void roundTripIsBitExact()
    {
        const QString file = m_dir.filePath(QStringLiteral("out.wav"));
        const QList<qint16> audio = tone(audio_format::kEngineRate); // 1 s
        {
            WavFileOutput out(file);
            QVERIFY(out.deviceName().contains(QStringLiteral("out.wav")));
            QVERIFY(out.start().ok());
            // Writers hand over odd sizes too, not only whole frames.
            for (qsizetype pos = 0; pos < audio.size(); pos += 1000)
                out.write(audio.constData() + pos, int(std::min<qsizetype>(1000, audio.size() - pos)));
            QVERIFY(out.levelDb() > -20.0f);
            QCOMPARE(out.samplesWritten(), audio.size());
            out.stop();
        }
        const Result<WavClip> clip = WavFile::read(file);
        QVERIFY2(clip.ok(), qPrintable(clip.error().message));
        QCOMPARE(clip.value().sampleRate, audio_format::kEngineRate);
        QCOMPARE(clip.value().channels, 1);
        QCOMPARE(clip.value().pcm16.size(), audio.size() * 2);
        QList<qint16> back(audio.size());
        qFromLittleEndian<qint16>(clip.value().pcm16.constData(), back.size(), back.data());
        QCOMPARE(back, audio);

        // And it plays back as a microphone, frame for frame.
        WavFileInput input(file);
        QList<qint16> replayed;
        QSignalSpy finished(&input, &AudioInput::finished);
        QVERIFY(input.start([&](const qint16* s, int n) {
                         const qsizetype old = replayed.size();
                         replayed.resize(old + n);
                         std::copy_n(s, n, replayed.data() + old);
                     }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(replayed, audio);
    }

    void fileCutOffBeforeStopStillReads()
    {
        // A crash leaves the header's sizes at zero; the audio written so far must survive.
        const QString file = m_dir.filePath(QStringLiteral("crashed.wav"));
        const QList<qint16> audio = tone(3200);
        WavFileOutput out(file);
        QVERIFY(out.start().ok());
        out.write(audio.constData(), int(audio.size()));
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray before = copy.readAll();
        const Result<WavClip> clip = WavFile::parse(before, QStringLiteral("crashed.wav"));
        QVERIFY2(clip.ok(), qPrintable(clip.error().message));
        QCOMPARE(clip.value().pcm16.size(), audio.size() * 2);
        out.stop();
    }

    void unwritablePathIsAnError()
    {
        WavFileOutput out(m_dir.filePath(QStringLiteral("no/such/dir/out.wav")));
        const Status s = out.start();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::Io);
        QVERIFY2(s.error().message.contains(QStringLiteral("out.wav")), qPrintable(s.error().message));
    }

    void writesBeforeStartAreIgnored()
    {
        const QString file = m_dir.filePath(QStringLiteral("late.wav"));
        WavFileOutput out(file);
        const QList<qint16> audio = tone(640);
        out.write(audio.constData(), int(audio.size()));
        QVERIFY(out.start().ok());
        out.write(audio.constData(), 320);
        out.stop();
        const Result<WavClip> clip = WavFile::read(file);
        QVERIFY(clip.ok());
        QCOMPARE(clip.value().pcm16.size(), 640);
    }
};

QTEST_GUILESS_MAIN(TestWavFileOutput)
#include "tst_wav_file_output.moc"
