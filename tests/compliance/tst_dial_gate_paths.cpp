// No call path reaches a telephony provider without the compliance gate. The engine's placeCall()
// is the only way to a provider; every path that dials (the Call Monitor's place-call bar, the
// Script panel, `calldeck-cli call`, `task start`, the call queue) goes through it, which the
// source scan below keeps true. Each path is then driven against a counting fake of Twilio's
// REST API: a refused call never reaches it, an allowed one does exactly once.
#include "calls/Engine.h"
#include "compliance/AttestationRepository.h"
#include "compliance/DialGateService.h"
#include "compliance/DncRepository.h"
#include "core/Settings.h"
#include "fakes/FakeTwilioApi.h"
#include "fakes/MemoryCredentialStore.h"
#include "fakes/ScriptedAudioInput.h"
#include "queue/EngineCallLauncher.h"
#include "store/CallRepository.h"
#include "store/Store.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace calldeck;

namespace {

const QString kSid = QStringLiteral("AC00000000000000000000000000000001");
const QString kToken = QStringLiteral("fake-auth-token");
// Tuesday 2026-12-08, 10:00 in New York.
const QDateTime kMorning = QDateTime::fromString(QStringLiteral("2026-12-08T15:00:00Z"), Qt::ISODate);
const QString kNewYork = QStringLiteral("+12125550199");

template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000))
        qWarning("future did not finish");
    return future.result();
}

/// Files under `dir` (relative to the source tree) whose text matches `pattern`.
QStringList sourcesMatching(const QString& dir, const QRegularExpression& pattern)
{
    QStringList hits;
    const QString root = QStringLiteral(CALLDECK_SOURCE_DIR);
    QDirIterator it(root + QLatin1Char('/') + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && pattern.match(QString::fromUtf8(file.readAll())).hasMatch())
            hits.append(path.mid(root.size() + 1));
    }
    hits.sort();
    return hits;
}

AttestationForm signedForm()
{
    AttestationForm form;
    form.acceptAll();
    form.fullName = QStringLiteral("Alex Morgan");
    return form;
}

} // namespace

class TestDialGatePaths : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<fakes::FakeTwilioApi> m_twilio;
    std::unique_ptr<Settings> m_settings;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Engine> m_engine;

    int callsCreated() const
    {
        int created = 0;
        for (const auto& request : m_twilio->requests())
            created += request.method == "POST" && request.path.endsWith(u"/Calls.json") ? 1 : 0;
        return created;
    }

    CallRequest twilioCall() const
    {
        CallRequest request;
        request.to = kNewYork;
        request.provider = QStringLiteral("twilio");
        request.agent = QStringLiteral("offline");
        request.brief.goal = QStringLiteral("ask about the order");
        return request;
    }

private Q_SLOTS:
    void init()
    {
        m_twilio = std::make_unique<fakes::FakeTwilioApi>(kSid, kToken);
        const QUrl api = m_twilio->start();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(SettingKeys::ListenAddress, QStringLiteral("127.0.0.1:0"));
        m_settings->setValue(SettingKeys::TwilioAccountSid, kSid);
        m_settings->setValue(SettingKeys::TwilioFromNumber, QStringLiteral("+14155550100"));
        m_settings->setValue(SettingKeys::TwilioApiBase, api.toString());
        m_settings->setValue(SettingKeys::PublicUrl, QStringLiteral("https://calldeck.example"));
        QVERIFY(await(m_credentials.write(Secret::TwilioAuthToken, kToken)));
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open());
        m_engine = std::make_unique<Engine>(*m_settings, m_credentials);
        m_engine->setAudioInput(std::make_unique<fakes::ScriptedAudioInput>());
        m_engine->setAudioOutput(std::make_unique<fakes::CapturingAudioOutput>());
        m_engine->setStore(m_store.get());
        QVERIFY(m_engine->dialGate());
        m_engine->dialGate()->setClock([] { return kMorning; });
        QVERIFY(await(m_engine->start()));
        QVERIFY(m_engine->twilioConfigured());
    }

    void cleanup()
    {
        m_engine.reset();
        m_store.reset();
        m_twilio.reset();
    }

    void everyDialPathGoesThroughPlaceCall()
    {
        // Who may touch a provider: only CallSession, and only the Engine makes sessions.
        QCOMPARE(sourcesMatching(QStringLiteral("engine"), QRegularExpression(QStringLiteral("m_provider\\.place\\("))),
                 QStringList{QStringLiteral("engine/calls/CallSession.cpp")});
        const QRegularExpression newSession(QStringLiteral("new CallSession\\("));
        QCOMPARE(sourcesMatching(QStringLiteral("engine"), newSession) + sourcesMatching(QStringLiteral("ui"), newSession) +
                     sourcesMatching(QStringLiteral("app"), newSession),
                 QStringList{QStringLiteral("engine/calls/Engine.cpp")});
        // Every caller of placeCall() outside the engine; a new one must be added here, with a test.
        const QRegularExpression placeCall(QStringLiteral("(\\.|->)placeCall\\("));
        QStringList callers = sourcesMatching(QStringLiteral("engine"), placeCall) +
                              sourcesMatching(QStringLiteral("ui"), placeCall) +
                              sourcesMatching(QStringLiteral("app"), placeCall);
        callers.sort();
        QCOMPARE(callers, (QStringList{QStringLiteral("app/cli/CallCommand.cpp"), QStringLiteral("app/cli/TaskStarter.cpp"),
                                       QStringLiteral("engine/queue/EngineCallLauncher.cpp"),
                                       QStringLiteral("ui/docks/MonitorDock.cpp"), QStringLiteral("ui/script/ScriptDock.cpp")}));
    }

    void directCallWithoutAttestationNeverReachesTwilio()
    {
        // The place-call bar and `calldeck-cli call` place ad-hoc calls like this.
        QSignalSpy verdicts(m_engine.get(), &Engine::gateEvaluated);
        const Result<QString> placed = await(m_engine->placeCall(twilioCall()));
        QVERIFY(!placed);
        QCOMPARE(placed.error().code, ErrorCode::Conflict);
        QVERIFY2(placed.error().message.contains(u"attestation"), qPrintable(placed.error().message));
        QCOMPARE(callsCreated(), 0);
        QCOMPARE(verdicts.size(), 1);
    }

    void scriptedCallIsGatedBeforeTheScript()
    {
        // The Script panel's call carries its run; the gate refuses before the run is even read.
        CallRequest request = twilioCall();
        request.scriptRunId = 4242;
        const Result<QString> placed = await(m_engine->placeCall(request));
        QVERIFY(!placed);
        QVERIFY2(placed.error().message.contains(u"compliance gate"), qPrintable(placed.error().message));
        QCOMPARE(callsCreated(), 0);
    }

    void queuedTaskWithoutAttestationNeverReachesTwilio()
    {
        // The call queue and `task start` dial a task.
        NewCallRecord record;
        record.toE164 = kNewYork;
        const Result<qint64> task =
            m_store->runSync([&](QSqlDatabase& db) { return CallRepository(db).createAdHocTask(record); });
        QVERIFY(task);
        CallTask callTask;
        callTask.id = task.value();
        callTask.phoneE164 = kNewYork;
        EngineCallLauncher launcher(*m_engine, QStringLiteral("offline"));
        const Result<QString> placed = await(launcher.place(callTask));
        QVERIFY(!placed);
        QVERIFY2(placed.error().message.contains(u"attestation"), qPrintable(placed.error().message));
        QCOMPARE(callsCreated(), 0);
    }

    void listedNumberNeverReachesTwilioEvenWhenSigned()
    {
        QVERIFY(m_store->runSync([](QSqlDatabase& db) {
            return DncRepository(db).add(kNewYork, {}, QStringLiteral("sam"), QStringLiteral("manual"), kMorning);
        }));
        CallRequest request = twilioCall();
        request.attestation = signedForm();
        const Result<QString> placed = await(m_engine->placeCall(request));
        QVERIFY(!placed);
        QVERIFY(placed.error().message.contains(u"Do-Not-Call"));
        QCOMPARE(callsCreated(), 0);
    }

    void lateCallNeverReachesTwilio()
    {
        m_engine->dialGate()->setClock([] { return kMorning.addSecs(11 * 3600 + 30 * 60); }); // 21:30 in New York
        CallRequest request = twilioCall();
        request.attestation = signedForm();
        const Result<QString> placed = await(m_engine->placeCall(request));
        QVERIFY(!placed);
        QVERIFY2(placed.error().message.contains(u"until 21:00"), qPrintable(placed.error().message));
        QCOMPARE(callsCreated(), 0);
    }

    void signedCallReachesTwilioOnceWithItsAttestation()
    {
        CallRequest request = twilioCall();
        request.attestation = signedForm();
        const Result<QString> placed = await(m_engine->placeCall(request));
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(callsCreated(), 1);
        // The attestation is stored against the call's task.
        const QString key = placed.value();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->runSync([key](QSqlDatabase& db) {
                                     return CallRepository(db).sessionIdForCallKey(key);
                                 }).ok(),
                                 5000);
        const Result<std::optional<AttestationRecord>> record = m_store->runSync([](QSqlDatabase& db) {
            return AttestationRepository(db).latestForTask(1);
        });
        QVERIFY(record && record.value());
        QCOMPARE(record.value()->fullName, QStringLiteral("Alex Morgan"));
        m_engine->hangUp(key);
    }

    void sandboxCallOnlyWarns()
    {
        QSignalSpy events(m_engine.get(), &Engine::callEvent);
        CallRequest request = twilioCall();
        request.provider = QStringLiteral("sandbox");
        request.to = QStringLiteral("+15555550104"); // the persona that never answers
        const Result<QString> placed = await(m_engine->placeCall(request));
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(callsCreated(), 0); // the sandbox has its own loopback line
        QStringList warnings;
        for (const QList<QVariant>& event : std::as_const(events)) {
            if (event.at(1).toString() == u"warning")
                warnings.append(event.at(2).toString());
        }
        QVERIFY2(warnings.join(u'\n').contains(u"Sandbox line, not enforced: Nobody has signed"), qPrintable(warnings.join(u'\n')));
        m_engine->hangUp(placed.value());
    }
};

QTEST_GUILESS_MAIN(TestDialGatePaths)
#include "tst_dial_gate_paths.moc"
