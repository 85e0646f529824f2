#include <QDateTime>
#include <QFile>
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
        // The receptionist booked her earliest slot at 10:30: an ISO date-time in the
        // user's zone, with the words said.
        const QJsonObject appointment = byKey.value(QStringLiteral("appointment_time"));
        QVERIFY2(!appointment.isEmpty(), qPrintable(keys.join(QLatin1Char(' '))));
        QCOMPARE(appointment.value(QStringLiteral("value_type")).toString(), QStringLiteral("datetime"));
        const QDateTime booked = QDateTime::fromString(appointment.value(QStringLiteral("value")).toString(), Qt::ISODate);
        QVERIFY2(booked.isValid(), qPrintable(appointment.value(QStringLiteral("value")).toString()));
        // Her earliest opening is the day after the call, whatever day the suite runs on.
        QVERIFY2(booked.date() > QDate::currentDate().addDays(-1) && booked.date() <= QDate::currentDate().addDays(2),
                 qPrintable(booked.toString(Qt::ISODate)));
        QCOMPARE(booked.time(), QTime(10, 30));
        const QString said = QLocale(QLocale::English).dayName(booked.date().dayOfWeek()) + QStringLiteral(" at 10:30");
        QVERIFY2(appointment.value(QStringLiteral("raw_fragment")).toString().contains(said),
                 qPrintable(appointment.value(QStringLiteral("raw_fragment")).toString()));
        QCOMPARE(byKey.value(QStringLiteral("goal_achieved")).value(QStringLiteral("value")).toString(), QStringLiteral("true"));
        QCOMPARE(byKey.value(QStringLiteral("confirmation_number")).value(QStringLiteral("value")).toString(),
                 QStringLiteral("BS-4821"));

        const Run listed = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("completed"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
    }

    void importCreatesOneTaskPerNumberAndCancelStopsOne()
    {
        const QString csv = writeFile(QStringLiteral("numbers.csv"),
                                      "phone,name,instruction\n"
                                      "+1 555 555 0100,Bright Smile Dental,Ask for the price of a cleaning\n"
                                      "+1 555 555 0101,Corner Bakery,\n"
                                      "+1 555 555 0102,,Ask whether they deliver on Sundays\n");
        const Run imported = cli({QStringLiteral("task"), QStringLiteral("import"), csv, QStringLiteral("--instruction"),
                                  QStringLiteral("Ask for the opening hours on Saturday")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString out = QString::fromUtf8(imported.out);
        QVERIFY2(out.contains(QLatin1String("Imported 3 task(s) from ")), qPrintable(out));
        QVERIFY(imported.err.isEmpty());

        const QJsonArray tasks = listTasks();
        QCOMPARE(tasks.size(), 3);
        QStringList phones;
        QString bakeryId;
        for (const QJsonValue value : tasks) {
            const QJsonObject task = value.toObject();
            phones.append(task.value(QStringLiteral("phone")).toString());
            QCOMPARE(task.value(QStringLiteral("call_type")).toString(), QStringLiteral("batch_upload"));
            // Planned like "task add": each waits for answers or is ready to call.
            const QString status = task.value(QStringLiteral("status")).toString();
            QVERIFY2(status == QLatin1String("ready_to_call") || status == QLatin1String("waiting_for_user"), qPrintable(status));
            if (task.value(QStringLiteral("phone")).toString() == QLatin1String("+15555550101")) {
                bakeryId = QString::number(task.value(QStringLiteral("id")).toInteger());
                QCOMPARE(task.value(QStringLiteral("contact_name")).toString(), QStringLiteral("Corner Bakery"));
                QVERIFY(task.value(QStringLiteral("plan")).toObject().value(QStringLiteral("goal")).toString().contains(
                    QLatin1String("opening hours")));
            }
        }
        phones.sort();
        QCOMPARE(phones, (QStringList{QStringLiteral("+15555550100"), QStringLiteral("+15555550101"),
                                      QStringLiteral("+15555550102")}));

        const Run cancelled = cli({QStringLiteral("task"), QStringLiteral("cancel"), bakeryId, QStringLiteral("--json")});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        QCOMPARE(QJsonDocument::fromJson(cancelled.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        const Run listed = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("cancelled"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
        // A cancelled task is final: cancelling again is refused and says why; unknown ids are not found.
        const Run again = cli({QStringLiteral("task"), QStringLiteral("cancel"), bakeryId});
        QVERIFY(again.exitCode != 0);
        QVERIFY(!again.err.trimmed().isEmpty());
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("cancel"), QStringLiteral("999")}).exitCode, 4);
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("cancel"), QStringLiteral("abc")}).exitCode, 2);
    }

    void importWithBadRowsSavesNothingAndNamesTheLines()
    {
        const QString csv = writeFile(QStringLiteral("bad.csv"),
                                      "phone,name\n"
                                      "+1 555 555 0100,Bright Smile Dental\n"
                                      "not a number,Nobody\n"
                                      ",Missing\n"
                                      "+1 555 555 0103,Fine Row\n");
        const Run imported = cli({QStringLiteral("task"), QStringLiteral("import"), csv, QStringLiteral("--instruction"),
                                  QStringLiteral("Ask for the price of a cleaning")});
        QCOMPARE(imported.exitCode, 2);
        QVERIFY2(imported.err.contains(QLatin1String("line 3: ")), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QLatin1String("line 4: The phone number is missing.")), qPrintable(imported.err));
        QVERIFY(!imported.err.contains(QLatin1String("line 2:")));
        QVERIFY(!imported.err.contains(QLatin1String("line 5:")));
        QVERIFY2(imported.err.contains(QLatin1String("Nothing was imported: 2 row(s) need fixing.")), qPrintable(imported.err));
        QCOMPARE(listTasks().size(), 0);

        // Without an instruction for the rows that have none, nothing is saved either.
        const QString bare = writeFile(QStringLiteral("bare.csv"), "phone\n+1 555 555 0100\n");
        const Run noInstruction = cli({QStringLiteral("task"), QStringLiteral("import"), bare});
        QCOMPARE(noInstruction.exitCode, 2);
        QVERIFY(noInstruction.err.contains(QLatin1String("line 2: No instruction")));
        QCOMPARE(listTasks().size(), 0);

        const QString noPhone = writeFile(QStringLiteral("nophone.csv"), "name\nBright Smile\n");
        const Run headerless = cli({QStringLiteral("task"), QStringLiteral("import"), noPhone});
        QCOMPARE(headerless.exitCode, 2);
        QVERIFY(headerless.err.contains(QLatin1String("\"phone\" column")));
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing.csv"))}).exitCode,
                 4);
        QCOMPARE(listTasks().size(), 0);
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
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QJsonArray listTasks()
    {
        const Run listed = cli({QStringLiteral("task"), QStringLiteral("list"), QStringLiteral("--json")});
        return listed.exitCode == 0 ? QJsonDocument::fromJson(listed.out).array() : QJsonArray{{QStringLiteral("list failed")}};
    }

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
