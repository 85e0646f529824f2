#include "WavTestData.h"
#include "audio/AudioDevices.h"
#include "audio/QtAudioInput.h"
#include "audio/QtAudioOutput.h"
#include "media/AudioFormat.h"

#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <csignal>

#include <sys/prctl.h>

using namespace calldeck;

namespace {

/// Collects captured frames from the capture thread.
struct Capture
{
    QMutex mutex;
    QList<qint16> samples;
    std::atomic<int> frames{0};
    std::atomic<bool> allWhole{true};

    AudioInput::FrameSink sink()
    {
        return [this](const qint16* s, int n) {
            allWhole = allWhole && n == audio_format::kEngineFrameSamples;
            QMutexLocker lock(&mutex);
            const qsizetype old = samples.size();
            samples.resize(old + n);
            std::copy_n(s, n, samples.data() + old);
            ++frames;
        };
    }
};

QString pactl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QList<qint16> tone(int samples, double hz, int startSample)
{
    QList<qint16> s(samples);
    for (int i = 0; i < samples; ++i)
        s[i] = qint16(std::lround(12000.0 * std::sin(2.0 * std::numbers::pi * hz * (startSample + i) / audio_format::kEngineRate)));
    return s;
}

} // namespace

/// Real Qt Multimedia devices against a private PulseAudio server (own runtime directory, so a
/// developer's sound setup is never touched) with a null sink "virt" and a loopback microphone
/// "vmic" that hears whatever is played to "virt".
class TestQtAudioDevices : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_runtime;
    QProcess m_pulse;

    /// Empty when the server runs, else why it could not be started.
    QString startPulseAudio()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pulseaudio")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("pactl")).isEmpty())
            return QStringLiteral("pulseaudio and pactl are not installed (packages pulseaudio, pulseaudio-utils)");
        const QString run = m_runtime.filePath(QStringLiteral("run"));
        QDir().mkpath(run);
        QFile::setPermissions(run, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        // Set before Qt Multimedia first talks to a server: both it and pactl then find only ours.
        qputenv("HOME", m_runtime.path().toUtf8());
        qputenv("XDG_RUNTIME_DIR", run.toUtf8());
        qputenv("PULSE_SERVER", (QStringLiteral("unix:") + run + QStringLiteral("/pulse/native")).toUtf8());
        m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A test killed by its timeout must not leave the server behind.
        m_pulse.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        // -n: no default.pa, so no hardware is probed on a machine without a sound card.
        m_pulse.start(QStringLiteral("pulseaudio"),
                      {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                       QStringLiteral("--disallow-exit"), QStringLiteral("--log-target=stderr"),
                       QStringLiteral("--log-level=error"), QStringLiteral("-L"),
                       QStringLiteral("module-native-protocol-unix"), QStringLiteral("-L"),
                       QStringLiteral("module-null-sink sink_name=virt"), QStringLiteral("-L"),
                       QStringLiteral("module-virtual-source source_name=vmic master=virt.monitor")});
        if (!m_pulse.waitForStarted(10000))
            return QStringLiteral("pulseaudio did not start: ") + m_pulse.errorString();
        for (int i = 0; i < 100; ++i) {
            QProcess info;
            info.start(QStringLiteral("pactl"), {QStringLiteral("info")});
            info.waitForFinished(5000);
            if (info.exitStatus() == QProcess::NormalExit && info.exitCode() == 0) {
                pactl({QStringLiteral("set-default-sink"), QStringLiteral("virt")});
                pactl({QStringLiteral("set-default-source"), QStringLiteral("vmic")});
                return {};
            }
            if (m_pulse.state() == QProcess::NotRunning)
                break;
            QTest::qWait(100);
        }
        return QStringLiteral("pulseaudio did not answer on its socket");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        const QString why = startPulseAudio();
        if (!why.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no audio server: ") + why));
        QTRY_VERIFY_WITH_TIMEOUT(!AudioDevices::inputDevices().isEmpty(), 10000);
    }

    void cleanupTestCase()
    {
        if (m_pulse.state() != QProcess::NotRunning) {
            m_pulse.terminate();
            if (!m_pulse.waitForFinished(5000))
                m_pulse.kill();
            m_pulse.waitForFinished(5000);
        }
    }

    void listsDevicesDefaultFirst()
    {
        const QList<AudioDeviceInfo> inputs = AudioDevices::inputDevices();
        const QList<AudioDeviceInfo> outputs = AudioDevices::outputDevices();
        QVERIFY(!outputs.isEmpty());
        QVERIFY(inputs.first().isDefault);
        QCOMPARE(inputs.first().id, QStringLiteral("vmic"));
        QCOMPARE(outputs.first().id, QStringLiteral("virt"));
        QVERIFY(!inputs.first().description.isEmpty());
        QVERIFY(!AudioDevices::findInput(QStringLiteral("vmic")).isNull());
        QVERIFY(AudioDevices::findInput(QStringLiteral("no-such-device")).isNull());
    }

    void factoryKnowsSpecialIds()
    {
        QCOMPARE(AudioDevices::createInput(QStringLiteral("silence"))->deviceName(), QStringLiteral("silence"));
        QVERIFY(AudioDevices::createInput(QStringLiteral("file:/tmp/x.wav"))->deviceName().contains(QStringLiteral("x.wav")));
        QVERIFY(qobject_cast<QtAudioInput*>(AudioDevices::createInput(QString()).get()));
        QVERIFY(qobject_cast<QtAudioOutput*>(AudioDevices::createOutput(QStringLiteral("virt")).get()));
        QCOMPARE(AudioDevices::createOutput(QStringLiteral("null"))->deviceName(), QStringLiteral("no speaker"));
    }

    void playedToneComesBackThroughLoopbackMicrophone()
    {
        QtAudioOutput speaker(QStringLiteral("virt"));
        QtAudioInput mic(QStringLiteral("vmic"));
        Capture capture;
        QVERIFY(speaker.start().ok());
        QCOMPARE(speaker.deviceName().isEmpty(), false);
        QVERIFY(mic.start(capture.sink()).ok());
        QCOMPARE(mic.activeDeviceId(), QStringLiteral("vmic"));

        // Feed the speaker like the engine does: 20 ms frames, kept about 200 ms ahead.
        int written = 0;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 3000) {
            while (speaker.bufferedSamples() < 3200) {
                const QList<qint16> frame = tone(audio_format::kEngineFrameSamples, 440.0, written);
                speaker.write(frame.constData(), int(frame.size()));
                written += int(frame.size());
            }
            QTest::qWait(10);
        }
        qInfo("played %lld of %d samples written in 3 s; %d frames captured", qlonglong(speaker.playedSamples()), written,
              capture.frames.load());
        QVERIFY2(capture.frames >= 50, qPrintable(QStringLiteral("%1 frames captured").arg(capture.frames)));
        QVERIFY(capture.allWhole);
        // Qt 6.4's PulseAudio sink pulls in ~0.5 s blocks at its own pace, so only assert that the
        // device keeps draining, not how closely it tracks real time.
        QVERIFY(speaker.playedSamples() > audio_format::kEngineRate / 2);
        QVERIFY(mic.levelDb() > -40.0f);
        mic.stop();
        speaker.stop();
        QMutexLocker lock(&capture.mutex);
        // The last second, well after start-up, carries the tone at its frequency.
        const QList<qint16> last = capture.samples.mid(capture.samples.size() - audio_format::kEngineRate);
        const double hz = test::zeroCrossingHz(last, audio_format::kEngineRate);
        QVERIFY2(std::abs(hz - 440.0) < 10.0, qPrintable(QStringLiteral("heard %1 Hz").arg(hz)));
    }

    void playbackDrainsAndOverflowDropsOldest()
    {
        QtAudioOutput speaker{QString()};
        QVERIFY(speaker.start().ok());
        const QList<qint16> audio = tone(audio_format::kEngineRate * 2, 300.0, 0); // 2 s at once
        speaker.write(audio.constData(), int(audio.size()));
        // The ring holds 500 ms: the oldest 1.5 s are gone, nothing blocked.
        QVERIFY(speaker.bufferedSamples() <= audio_format::kEngineRate / 2);
        QVERIFY(speaker.droppedSamples() >= audio_format::kEngineRate * 3 / 2 - 1);
        QTRY_COMPARE_WITH_TIMEOUT(speaker.bufferedSamples(), 0, 20000);
        QVERIFY(speaker.playedSamples() >= audio_format::kEngineRate / 2 - 1);
        speaker.stop();
    }

    void unpluggedMicrophoneFallsBackToDefault()
    {
        const QString sinkModule = pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                                          QStringLiteral("sink_name=spare")});
        const QString sourceModule = pactl({QStringLiteral("load-module"), QStringLiteral("module-virtual-source"),
                                            QStringLiteral("source_name=sparemic"), QStringLiteral("master=spare.monitor")});
        QVERIFY(!sinkModule.isEmpty() && !sourceModule.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!AudioDevices::findInput(QStringLiteral("sparemic")).isNull(), 20000);

        QtAudioInput mic(QStringLiteral("sparemic"));
        QSignalSpy changed(&mic, &AudioInput::deviceChanged);
        QSignalSpy failed(&mic, &AudioInput::failed);
        Capture capture;
        QVERIFY(mic.start(capture.sink()).ok());
        QCOMPARE(mic.activeDeviceId(), QStringLiteral("sparemic"));
        QTRY_VERIFY_WITH_TIMEOUT(capture.frames >= 10, 20000);

        pactl({QStringLiteral("unload-module"), sourceModule});
        pactl({QStringLiteral("unload-module"), sinkModule});
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(mic.activeDeviceId(), QStringLiteral("vmic"));
        QCOMPARE(changed.first().first().toString(), mic.deviceName());
        QVERIFY(failed.isEmpty());
        QVERIFY(mic.isActive());
        // Frames keep flowing from the fallback device.
        const int before = capture.frames;
        QTRY_VERIFY_WITH_TIMEOUT(capture.frames >= before + 10, 20000);
        mic.stop();
    }

    void unpluggedSpeakerFallsBackToDefault()
    {
        const QString sinkModule = pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                                          QStringLiteral("sink_name=spare2")});
        QVERIFY(!sinkModule.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!AudioDevices::findOutput(QStringLiteral("spare2")).isNull(), 20000);
        QtAudioOutput speaker(QStringLiteral("spare2"));
        QSignalSpy changed(&speaker, &AudioOutput::deviceChanged);
        QVERIFY(speaker.start().ok());
        QCOMPARE(speaker.activeDeviceId(), QStringLiteral("spare2"));
        pactl({QStringLiteral("unload-module"), sinkModule});
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(speaker.activeDeviceId(), QStringLiteral("virt"));
        // Audio written after the switch still drains.
        const QList<qint16> audio = tone(3200, 300.0, 0);
        const qint64 playedBefore = speaker.playedSamples();
        speaker.write(audio.constData(), int(audio.size()));
        QTRY_VERIFY_WITH_TIMEOUT(speaker.playedSamples() >= playedBefore + 3200, 20000);
        speaker.stop();
    }
};

QTEST_GUILESS_MAIN(TestQtAudioDevices)
#include "tst_qt_audio_devices.moc"
