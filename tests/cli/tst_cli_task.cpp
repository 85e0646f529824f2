#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

/// `calldeck-cli task …` and `calls show` as a user runs them, against the built-in sandbox line.
class TstCliTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void sentenceToFinishedCall()
    {
        const Run added = cli({QStringLiteral("task"), QStringLiteral("add"),
                               QStringLiteral("Call Bright Smile Dental at +1 555 555 0100 and get the earliest cleaning "
                                              "appointment this week, under $150"),
                               QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject task = QJsonDocument::fromJson(added.out).object();
        const QString id = QString::number(task.value(QStringLiteral("id")).toInteger());
        QVERIFY(id != QLatin1String("0"));
        QCOMPARE(task.value(QStringLiteral("phone")).toString(), QStringLiteral("+15555550100"));
        QCOMPARE(task.value(QStringLiteral("max_price_cents")).toInteger(), 15000);

        // Whatever the planner still asks is answered; the task is then ready.
        QString status = task.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("waiting_for_user")) {
            QStringList answers{QStringLiteral("task"), QStringLiteral("answer"), id, QStringLiteral("--json")};
            for (const QJsonValue question : task.value(QStringLiteral("questions")).toArray())
                answers.append(question.toObject().value(QStringLiteral("key")).toString() + QStringLiteral("=Alex Morgan"));
            const Run answered = cli(answers);
            QVERIFY2(answered.exitCode == 0, qPrintable(answered.err));
            status = QJsonDocument::fromJson(answered.out).object().value(QStringLiteral("status")).toString();
        }
        QCOMPARE(status, QStringLiteral("ready_to_call"));

        const Run unsignedStart = cli({QStringLiteral("task"), QStringLiteral("start"), id, QStringLiteral("--agent"),
                                       QStringLiteral("offline"), QStringLiteral("--provider"), QStringLiteral("sandbox")});
        QCOMPARE(unsignedStart.exitCode, 2);
        QVERIFY2(unsignedStart.err.contains(QLatin1String("attestation")), qPrintable(unsignedStart.err));

        const Run withoutAgreeing = cli({QStringLiteral("task"), QStringLiteral("attest"), id, QStringLiteral("--name"),
                                         QStringLiteral("Alex Morgan")});
        QCOMPARE(withoutAgreeing.exitCode, 2);
        QVERIFY(withoutAgreeing.err.contains(QLatin1String("--agree-all")));
        const Run attested = cli({QStringLiteral("task"), QStringLiteral("attest"), id, QStringLiteral("--name"),
                                  QStringLiteral("Alex Morgan"), QStringLiteral("--agree-all")});
        QVERIFY2(attested.exitCode == 0, qPrintable(attested.err));

        const Run started = cli({QStringLiteral("task"), QStringLiteral("start"), id, QStringLiteral("--agent"),
                                 QStringLiteral("offline"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                                 QStringLiteral("--persona"), QStringLiteral("dental"), QStringLiteral("--wait"),
                                 QStringLiteral("--json")},
                                180000);
        QVERIFY2(started.exitCode == 0, qPrintable(started.err + QString::fromUtf8(started.out)));
        const QList<QByteArray> lines = started.out.trimmed().split('\n');
        const QJsonObject outcome = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(outcome.value(QStringLiteral("event")).toString(), QStringLiteral("outcome"));
        QCOMPARE(outcome.value(QStringLiteral("task_status")).toString(), QStringLiteral("completed"));
        const QString callKey = outcome.value(QStringLiteral("call")).toString();
        QVERIFY(started.out.contains("\"post-call\""));

        const Run shown = cli({QStringLiteral("calls"), QStringLiteral("show"), callKey, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject call = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(call.value(QStringLiteral("task_id")).toInteger(), id.toLongLong());
        QCOMPARE(call.value(QStringLiteral("attempt")).toInt(), 1);
        QVERIFY(!call.value(QStringLiteral("summary")).toString().isEmpty());
        QVERIFY(!call.value(QStringLiteral("transcript")).toArray().isEmpty());
        QCOMPARE(call.value(QStringLiteral("attestation")).toObject().value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Alex Morgan"));
        QStringList keys;
        QHash<QString, QJsonObject> byKey;
        for (const QJsonValue field : call.value(QStringLiteral("extracted_data")).toArray()) {
            const QString key = field.toObject().value(QStringLiteral("key")).toString();
            keys.append(key);
            if (!byKey.contains(key))
                byKey.insert(key, field.toObject());
        }
        QVERIFY2(keys.contains(QStringLiteral("price_cents")), qPrintable(keys.join(QLatin1Char(' '))));
        QCOMPARE(byKey.value(QStringLiteral("price_cents")).value(QStringLiteral("value")).toString(), QStringLiteral("12000"));
        // The receptionist booked the earliest slot, Tuesday at 10:30: an ISO date-time in the
        // user's zone, with the words said.
        const QJsonObject appointment = byKey.value(QStringLiteral("appointment_time"));
        QVERIFY2(!appointment.isEmpty(), qPrintable(keys.join(QLatin1Char(' '))));
        QCOMPARE(appointment.value(QStringLiteral("value_type")).toString(), QStringLiteral("datetime"));
        const QDateTime booked = QDateTime::fromString(appointment.value(QStringLiteral("value")).toString(), Qt::ISODate);
        QVERIFY2(booked.isValid(), qPrintable(appointment.value(QStringLiteral("value")).toString()));
        QCOMPARE(booked.date().dayOfWeek(), int(Qt::Tuesday));
        QCOMPARE(booked.time(), QTime(10, 30));
        QVERIFY(booked > QDateTime::currentDateTime().addDays(-1));
        QVERIFY2(appointment.value(QStringLiteral("raw_fragment")).toString().contains(QLatin1String("Tuesday at 10:30")),
                 qPrintable(appointment.value(QStringLiteral("raw_fragment")).toString()));
        QCOMPARE(byKey.value(QStringLiteral("goal_achieved")).value(QStringLiteral("value")).toString(), QStringLiteral("true"));
        QCOMPARE(byKey.value(QStringLiteral("confirmation_number")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("BS-4821"));

        const Run listed = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("completed"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    }

    void unknownTaskAndBadIdAreClearErrors()
    {
        const Run missing = cli({QStringLiteral("task"), QStringLiteral("start"), QStringLiteral("42")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(!missing.err.isEmpty());
        const Run bad = cli({QStringLiteral("calls"), QStringLiteral("show"), QStringLiteral("c-nothing"),
                             QStringLiteral("--json")});
        QCOMPARE(bad.exitCode, 4);
        const Run empty = cli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("   ")});
        QCOMPARE(empty.exitCode, 2);
    }

private:
    Run cli(const QStringList& arguments, int timeoutMs = 60000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CALLDECK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("CALLDECK_LISTEN"), QStringLiteral("127.0.0.1:0"));
        env.insert(QStringLiteral("CALLDECK_TUNNEL"), QStringLiteral("none"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/calldeck-test-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CALLDECK_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TstCliTask)
#include "tst_cli_task.moc"
