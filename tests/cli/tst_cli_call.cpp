#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

/// A 16 kHz mono 16-bit PCM WAV: a quiet 440 Hz tone, so the call carries real microphone audio.
void writeToneWav(const QString& path, int durationMs)
{
    constexpr int kRate = 16000;
    const int samples = kRate * durationMs / 1000;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    const quint32 dataBytes = static_cast<quint32>(samples) * 2;
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << quint32(kRate) << quint32(kRate * 2) << quint16(2)
        << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (int i = 0; i < samples; ++i) {
        out << qint16(3000.0 * std::sin(2.0 * M_PI * 440.0 * i / kRate));
    }
}

} // namespace

class TstCliCall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sandboxCallCompletesWithEventsInOrder();
    void invalidNumberIsInvalidInput();
    void missingNumberIsUsageError();
    void offlineAgentCallPrintsBothSides();
    void unknownAgentIsUsageError();
    void aiAgentWithoutKeyIsInvalidInput();
    void serveStartsAndStopsOnSigterm();

private:
    QProcessEnvironment environment() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCliCall::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QProcessEnvironment TstCliCall::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLDECK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
    // A free port, no tunnel, no keychain service: the CLI must work on a bare headless machine.
    env.insert(QStringLiteral("CALLDECK_LISTEN"), QStringLiteral("127.0.0.1:0"));
    env.insert(QStringLiteral("CALLDECK_TUNNEL"), QStringLiteral("none"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/calldeck-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

void TstCliCall::sandboxCallCompletesWithEventsInOrder()
{
    const QString mic = m_dir->filePath(QStringLiteral("mic.wav"));
    const QString recording = m_dir->filePath(QStringLiteral("callee.wav"));
    writeToneWav(mic, 2000);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CALLDECK_CLI_PATH),
                  {QStringLiteral("call"), QStringLiteral("--to"), QStringLiteral("+15555550100"),
                   QStringLiteral("--provider"), QStringLiteral("sandbox"), QStringLiteral("--persona"),
                   QStringLiteral("dental"), QStringLiteral("--mic-file"), mic, QStringLiteral("--record-file"),
                   recording, QStringLiteral("--hangup-after"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(90000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));

    QStringList kinds;
    QString callKey;
    QJsonObject last;
    for (const QByteArray& line : lines) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), line.constData());
        last = document.object();
        QVERIFY(last.contains(QStringLiteral("time")));
        kinds.append(last.value(QStringLiteral("event")).toString());
        if (kinds.last() == QLatin1String("placed")) {
            callKey = last.value(QStringLiteral("call")).toString();
        }
    }
    const qsizetype placed = kinds.indexOf(QStringLiteral("placed"));
    const qsizetype status = kinds.indexOf(QStringLiteral("status"));
    const qsizetype ended = kinds.indexOf(QStringLiteral("ended"));
    QVERIFY2(placed >= 0 && status > placed && ended > status, qPrintable(kinds.join(QLatin1Char(' '))));
    QVERIFY(callKey.startsWith(QLatin1String("c-")));
    QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("outcome"));
    QCOMPARE(last.value(QStringLiteral("detail")).toString(), QStringLiteral("completed"));
    QCOMPARE(last.value(QStringLiteral("call")).toString(), callKey);
    // Hung up three seconds after the answer: the talk time says so.
    QVERIFY(last.value(QStringLiteral("talk_ms")).toInteger() >= 2500);
    // The persona's voice went to the speaker, here the recording.
    QVERIFY(QFileInfo(recording).size() > 16000);
}

void TstCliCall::invalidNumberIsInvalidInput()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CALLDECK_CLI_PATH),
                  {QStringLiteral("call"), QStringLiteral("--to"), QStringLiteral("12"), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("\"12\" is not a number CallDeck can call")), qPrintable(err));
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TstCliCall::missingNumberIsUsageError()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CALLDECK_CLI_PATH), {QStringLiteral("call"), QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("--to NUMBER is required")));
}

void TstCliCall::offlineAgentCallPrintsBothSides()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CALLDECK_CLI_PATH),
                  {QStringLiteral("call"), QStringLiteral("--to"), QStringLiteral("+15555550100"),
                   QStringLiteral("--agent"), QStringLiteral("offline"), QStringLiteral("--goal"),
                   QStringLiteral("get the earliest cleaning appointment this week"), QStringLiteral("--ask"),
                   QStringLiteral("When is your earliest opening?"), QStringLiteral("--obtain"),
                   QStringLiteral("appointment_time"), QStringLiteral("--hangup-after"), QStringLiteral("20"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QStringList speakers;
    QJsonObject outcome;
    bool disclosed = false;
    for (const QByteArray& line : process.readAllStandardOutput().trimmed().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("transcript")) {
            const QJsonObject detail = event.value(QStringLiteral("detail")).toObject();
            speakers.append(detail.value(QStringLiteral("speaker")).toString());
            disclosed = disclosed || detail.value(QStringLiteral("text")).toString().contains(QLatin1String("AI assistant"));
        } else if (event.value(QStringLiteral("event")).toString() == QLatin1String("outcome")) {
            outcome = event;
        }
    }
    // Both sides of the conversation were printed live, the agent said it is an AI.
    QVERIFY2(speakers.contains(QStringLiteral("agent")) && speakers.contains(QStringLiteral("callee")),
             qPrintable(speakers.join(QLatin1Char(' '))));
    QVERIFY(disclosed);
    QCOMPARE(outcome.value(QStringLiteral("detail")).toString(), QStringLiteral("completed"));
    QCOMPARE(outcome.value(QStringLiteral("agent")).toString(), QStringLiteral("offline"));
    QVERIFY(outcome.value(QStringLiteral("latency_turns")).toInt() >= 1);
}

void TstCliCall::unknownAgentIsUsageError()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CALLDECK_CLI_PATH), {QStringLiteral("call"), QStringLiteral("--to"),
                                                      QStringLiteral("+15555550100"), QStringLiteral("--agent"),
                                                      QStringLiteral("robot")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(QLatin1String("--agent must be human, offline")));
}

void TstCliCall::aiAgentWithoutKeyIsInvalidInput()
{
    QProcess process;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("OPENAI_API_KEY"), QString());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CALLDECK_CLI_PATH), {QStringLiteral("call"), QStringLiteral("--to"),
                                                      QStringLiteral("+15555550100"), QStringLiteral("--agent"),
                                                      QStringLiteral("realtime")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("needs an OpenAI-compatible API key")), qPrintable(err));
}

void TstCliCall::serveStartsAndStopsOnSigterm()
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(CALLDECK_CLI_PATH), {QStringLiteral("serve")});
    QVERIFY(process.waitForStarted(20000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("Press Ctrl+C to stop."), 30000);
    QVERIFY2(out.contains("Listening on http://127.0.0.1:"), out.constData());
    QVERIFY(out.contains("Tunnel:"));
    QVERIFY(out.contains("Default line: sandbox"));
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(30000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(out.trimmed().endsWith("Stopped."));
}

QTEST_GUILESS_MAIN(TstCliCall)
#include "tst_cli_call.moc"
