// `calldeck-cli dnc …`, `gate check …` and `call --provider twilio` against the Twilio REST fake:
// the compliance gate from the command line, run as a real process.
#include "fakes/FakeTwilioApi.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kSid = QStringLiteral("AC00000000000000000000000000000002");
const QString kToken = QStringLiteral("fake-auth-token");

} // namespace

class TstCliGate : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment(const QProcessEnvironment& extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CALLDECK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/calldeck-test-bus"));
        env.insert(QStringLiteral("CALLDECK_LISTEN"), QStringLiteral("127.0.0.1:0"));
        env.remove(QStringLiteral("DISPLAY"));
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        return env;
    }

    CliRun cli(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(CALLDECK_CLI_PATH), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QProcessEnvironment twilioEnvironment(const QUrl& api) const
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kSid);
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kToken);
        extra.insert(QStringLiteral("TWILIO_PHONE_NUMBER"), QStringLiteral("+14155550100"));
        extra.insert(QStringLiteral("CALLDECK_TWILIO_API_BASE"), api.toString());
        extra.insert(QStringLiteral("CALLDECK_PUBLIC_URL"), QStringLiteral("https://calldeck.example"));
        return environment(extra);
    }

    static int callsCreated(const calldeck::fakes::FakeTwilioApi& api)
    {
        int created = 0;
        for (const auto& request : api.requests())
            created += request.method == "POST" && request.path.endsWith(u"/Calls.json") ? 1 : 0;
        return created;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void dncAddCheckRemove()
    {
        CliRun run = cli({QStringLiteral("dnc"), QStringLiteral("check"), QStringLiteral("+1 305 555 0147")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("dnc"), QStringLiteral("add"), QStringLiteral("+13055550147"), QStringLiteral("--reason"),
                   QStringLiteral("asked us to stop")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("dnc"), QStringLiteral("check"), QStringLiteral("(305) 555-0147")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(u"asked us to stop"), qPrintable(run.out));
        run = cli({QStringLiteral("dnc"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(u"number").toString(), QStringLiteral("+13055550147"));
        QCOMPARE(list.at(0).toObject().value(u"reason").toString(), QStringLiteral("asked us to stop"));
        QVERIFY(!list.at(0).toObject().value(u"added_by").toString().isEmpty());
        QVERIFY(!list.at(0).toObject().value(u"added_at").toString().isEmpty());
        run = cli({QStringLiteral("dnc"), QStringLiteral("remove"), QStringLiteral("+13055550147")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("dnc"), QStringLiteral("check"), QStringLiteral("+13055550147")});
        QCOMPARE(run.exitCode, 0);
        run = cli({QStringLiteral("dnc"), QStringLiteral("remove"), QStringLiteral("+13055550147")});
        QCOMPARE(run.exitCode, 4);
        run = cli({QStringLiteral("dnc"), QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
    }

    void dncImportReportsBadLines()
    {
        const QString path = m_dir->filePath(QStringLiteral("registry.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2015550123\n2015550124\nnot-a-number\n2015550125\n99\n");
        file.close();
        const CliRun run = cli({QStringLiteral("dnc"), QStringLiteral("import"), path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"line 3: ") && run.err.contains(u"line 5: "), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Read 3 numbers"), qPrintable(run.out));
        QCOMPARE(cli({QStringLiteral("dnc"), QStringLiteral("check"), QStringLiteral("+12015550125")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("dnc"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing"))}).exitCode, 4);
    }

    void gateCheckJsonAtEightInMiami()
    {
        // Tuesday 2026-12-08 20:12 in Miami.
        const CliRun run = cli({QStringLiteral("gate"), QStringLiteral("check"), QStringLiteral("--to"),
                                QStringLiteral("+1 305 555 0147"), QStringLiteral("--at"),
                                QStringLiteral("2026-12-09T01:12:00Z"), QStringLiteral("--attest-name"),
                                QStringLiteral("Alex Morgan"), QStringLiteral("--agree-all"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject verdict = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(verdict.keys(), (QStringList{QStringLiteral("allowed"), QStringLiteral("callee_time"),
                                              QStringLiteral("checks"), QStringLiteral("time_zone")}));
        QCOMPARE(verdict.value(u"allowed").toBool(true), false);
        QCOMPARE(verdict.value(u"callee_time").toString(), QStringLiteral("2026-12-08T20:12:00-05:00"));
        QCOMPARE(verdict.value(u"time_zone").toString(), QStringLiteral("America/New_York"));
        const QJsonArray checks = verdict.value(u"checks").toArray();
        QStringList rules;
        for (const QJsonValue& check : checks) {
            rules.append(check.toObject().value(u"rule").toString());
            QCOMPARE(check.toObject().keys(), (QStringList{QStringLiteral("ok"), QStringLiteral("reason"), QStringLiteral("rule")}));
        }
        QCOMPARE(rules, (QStringList{QStringLiteral("attestation"), QStringLiteral("dnc"), QStringLiteral("calling_hours"),
                                     QStringLiteral("abuse"), QStringLiteral("rate_limit"), QStringLiteral("consent")}));
        const QJsonObject hours = checks.at(2).toObject();
        QCOMPARE(hours.value(u"ok").toBool(true), false);
        QVERIFY2(hours.value(u"reason").toString().contains(u"Florida allows sales calls until 20:00"),
                 qPrintable(hours.value(u"reason").toString()));
        QCOMPARE(checks.at(0).toObject().value(u"ok").toBool(), true);

        // The same call at 10:00 is allowed; without the attestation it is not.
        const QStringList morning = {QStringLiteral("gate"), QStringLiteral("check"), QStringLiteral("--to"),
                                     QStringLiteral("+13055550147"), QStringLiteral("--at"),
                                     QStringLiteral("2026-12-08T15:00:00Z")};
        CliRun allowed = cli(morning + QStringList{QStringLiteral("--attest-name"), QStringLiteral("Alex Morgan"),
                                                   QStringLiteral("--agree-all")});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.out + allowed.err));
        QVERIFY(allowed.out.contains(u"would be allowed"));
        const CliRun unsigned_ = cli(morning);
        QCOMPARE(unsigned_.exitCode, 2);
        QVERIFY(unsigned_.out.contains(u"REFUSED"));
    }

    void twilioCallWithoutAttestationIsRefused()
    {
        calldeck::fakes::FakeTwilioApi api(kSid, kToken);
        const QUrl base = api.start();
        QProcess process;
        process.setProcessEnvironment(twilioEnvironment(base));
        process.start(QStringLiteral(CALLDECK_CLI_PATH),
                      {QStringLiteral("call"), QStringLiteral("--to"), QStringLiteral("+12125550199"),
                       QStringLiteral("--provider"), QStringLiteral("twilio"), QStringLiteral("--agent"),
                       QStringLiteral("offline"), QStringLiteral("--goal"), QStringLiteral("ask about the order")});
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(u"attestation"), qPrintable(err));
        QCOMPARE(callsCreated(api), 0);
    }

    void twilioCallWithAttestationReachesTwilio()
    {
        // Calling hours are real time here: call the first area code where it is mid-day now.
        const QList<QPair<QString, QByteArray>> candidates = {
            {QStringLiteral("+12125550199"), "America/New_York"},
            {QStringLiteral("+18085550100"), "Pacific/Honolulu"},
            {QStringLiteral("+16715550100"), "Pacific/Guam"},
        };
        QString to;
        for (const auto& [number, zone] : candidates) {
            const int hour = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(zone)).time().hour();
            if (hour >= 9 && hour < 19) {
                to = number;
                break;
            }
        }
        QVERIFY(!to.isEmpty());
        calldeck::fakes::FakeTwilioApi api(kSid, kToken);
        const QUrl base = api.start();
        QProcess process;
        process.setProcessEnvironment(twilioEnvironment(base));
        process.start(QStringLiteral(CALLDECK_CLI_PATH),
                      {QStringLiteral("call"), QStringLiteral("--to"), to, QStringLiteral("--provider"),
                       QStringLiteral("twilio"), QStringLiteral("--agent"), QStringLiteral("offline"),
                       QStringLiteral("--goal"), QStringLiteral("ask about the order"), QStringLiteral("--attest-name"),
                       QStringLiteral("Alex Morgan"), QStringLiteral("--agree-all")});
        QTRY_VERIFY2_WITH_TIMEOUT(callsCreated(api) == 1 || process.state() == QProcess::NotRunning,
                                  qPrintable(QString::fromUtf8(process.readAllStandardError())), 60000);
        QCOMPARE(callsCreated(api), 1);
        process.terminate(); // SIGTERM hangs up cleanly
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
        // --attest-name without --agree-all signs nothing and dials nothing.
        QProcess refused;
        refused.setProcessEnvironment(twilioEnvironment(base));
        refused.start(QStringLiteral(CALLDECK_CLI_PATH),
                      {QStringLiteral("call"), QStringLiteral("--to"), to, QStringLiteral("--provider"),
                       QStringLiteral("twilio"), QStringLiteral("--attest-name"), QStringLiteral("Alex Morgan")});
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QProcess::NotRunning, 60000);
        QCOMPARE(refused.exitCode(), 2);
        QCOMPARE(callsCreated(api), 1);
    }
};

QTEST_GUILESS_MAIN(TstCliGate)
#include "tst_cli_gate.moc"
