#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void version();
    void help();
    void addAndListJsonRoundTrip();
    void listTableShowsInternationalPhone();
    void badPhoneExitsWithInvalidInput();
    void unknownRegionIsInvalidInput();
    void importReportsEveryBadLine();
    void importJsonAndNothingImportable();
    void importBrokenFileFailsAsAWhole();
    void exportImportRoundTrip();
    void removeAndNotFound();
    void dataDirOptionOverridesEnvironment();
    void statusShowsEngineState();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QStringList& arguments, const QProcessEnvironment& extra = {}, const QByteArray& input = {});
    QJsonArray listJson();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TstCli::cli(const QStringList& arguments, const QProcessEnvironment& extra, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CALLDECK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
    // No keychain service: the CLI must work (and say so) on a headless machine.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/calldeck-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    for (const QString& key : extra.keys()) {
        env.insert(key, extra.value(key));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CALLDECK_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonArray TstCli::listJson()
{
    const CliRun run = cli({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json")});
    if (run.exitCode != 0) {
        qWarning("list failed: %s", qPrintable(run.err));
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TstCli::version()
{
    const CliRun run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("calldeck-cli " CALLDECK_VERSION "\n"));
    QCOMPARE(run.out, QStringLiteral("calldeck-cli 0.1.0\n"));
}

void TstCli::help()
{
    const CliRun run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char* text : {"--data-dir", "contacts list", "contacts add", "contacts import", "contacts export",
                             "contacts remove", "status", "Exit codes:", "3  partial import", "5  storage"}) {
        QVERIFY2(run.out.contains(QLatin1String(text)), text);
    }
    QVERIFY(run.err.isEmpty());
    const CliRun sub = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(QStringLiteral("calldeck-cli contacts add")));
    QVERIFY(sub.out.contains(QStringLiteral("--region")));
}

void TstCli::addAndListJsonRoundTrip()
{
    const CliRun added =
        cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Åsa Öberg"),
             QStringLiteral("--phone"), QStringLiteral("070-123 45 67"), QStringLiteral("--region"),
             QStringLiteral("se"), QStringLiteral("--company"), QStringLiteral("Acme, AB"), QStringLiteral("--email"),
             QStringLiteral("asa@example.se"), QStringLiteral("--tags"), QStringLiteral("VIP,lead"),
             QStringLiteral("--notes"), QStringLiteral("call after 5"), QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QJsonObject addedObject = QJsonDocument::fromJson(added.out.toUtf8()).object();
    QVERIFY(addedObject.value(QStringLiteral("id")).toInteger() > 0);

    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 1);
    const QJsonObject contact = list.at(0).toObject();
    QCOMPARE(contact, addedObject);
    QCOMPARE(contact.value(QStringLiteral("name")).toString(), QStringLiteral("Åsa Öberg"));
    QCOMPARE(contact.value(QStringLiteral("phone")).toString(), QStringLiteral("+46701234567"));
    QCOMPARE(contact.value(QStringLiteral("company")).toString(), QStringLiteral("Acme, AB"));
    QCOMPARE(contact.value(QStringLiteral("email")).toString(), QStringLiteral("asa@example.se"));
    QCOMPARE(contact.value(QStringLiteral("notes")).toString(), QStringLiteral("call after 5"));
    QCOMPARE(contact.value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("lead"), QStringLiteral("vip")}));
    QCOMPARE(contact.value(QStringLiteral("lead_score")).toInt(-1), 0);
    QVERIFY(contact.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(contact.contains(QStringLiteral("updated_at")));

    // The profile's default region (US on a fresh database) reads national numbers.
    const CliRun us = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Ada"), QStringLiteral("--phone"), QStringLiteral("(415) 555-0123")});
    QVERIFY2(us.exitCode == 0, qPrintable(us.err));
    const CliRun search = cli({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--search"),
                               QStringLiteral("ada"), QStringLiteral("--json")});
    const QJsonArray found = QJsonDocument::fromJson(search.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).toObject().value(QStringLiteral("phone")).toString(), QStringLiteral("+14155550123"));
}

void TstCli::listTableShowsInternationalPhone()
{
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada"),
                  QStringLiteral("--phone"), QStringLiteral("+14155550123"), QStringLiteral("--company"),
                  QStringLiteral("Engines"), QStringLiteral("--tags"), QStringLiteral("b,a")})
                 .exitCode,
             0);
    const CliRun run = cli({QStringLiteral("contacts"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("NAME")));
    QVERIFY2(run.out.contains(QStringLiteral("+1 415-555-0123")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("Engines")));
    QVERIFY(run.out.contains(QStringLiteral("a, b")));
}

void TstCli::badPhoneExitsWithInvalidInput()
{
    const CliRun run = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("X"), QStringLiteral("--phone"), QStringLiteral("hello")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("invalid phone number \"hello\": not a phone number")),
             qPrintable(run.err));

    const CliRun shortNumber = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                                    QStringLiteral("X"), QStringLiteral("--phone"), QStringLiteral("+46 70 12")});
    QCOMPARE(shortNumber.exitCode, 2);
    QVERIFY2(shortNumber.err.contains(QStringLiteral("too short for SE")), qPrintable(shortNumber.err));
    QVERIFY(listJson().isEmpty());
}

void TstCli::unknownRegionIsInvalidInput()
{
    const CliRun run = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("X"), QStringLiteral("--phone"), QStringLiteral("0701234567"),
                            QStringLiteral("--region"), QStringLiteral("XX")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("unknown region \"XX\"")), qPrintable(run.err));
}

void TstCli::importReportsEveryBadLine()
{
    const QString path = m_dir->filePath(QStringLiteral("in.csv"));
    writeFile(path, "Full Name,Mobile,Notes\r\n"            // 1
                    "Ada,415 555 0101,\"two\r\nlines\"\r\n" // 2-3
                    "Bad Phone,12,\r\n"                     // 4
                    ",415 555 0102,\r\n"                    // 5
                    "Bob,415 555 0103,ok\r\n"               // 6
                    "Too Few\r\n"                           // 7
                    "Dup,+1 415 555 0103,\r\n"              // 8
                    "\r\n");
    const CliRun run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QStringLiteral("Imported 2 of 6")), qPrintable(run.out));
    for (const char* line : {"line 4: phone \"12\": too short", "line 5: name is empty", "line 7: expected 3 fields",
                             "line 8: same phone number as line 6"}) {
        QVERIFY2(run.err.contains(QLatin1String(line)), qPrintable(run.err));
    }
    QCOMPARE(listJson().size(), 2);

    // Importing the same file again: the stored rows are reported too, nothing is stored twice.
    const CliRun again = cli({QStringLiteral("contacts"), QStringLiteral("import"), path});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("line 2: ")) && again.err.contains(QStringLiteral("line 6: ")),
             qPrintable(again.err));
    QCOMPARE(listJson().size(), 2);
}

void TstCli::importJsonAndNothingImportable()
{
    const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
    writeFile(path, "name,phone\nNobody,abc\n,\nSomeone,\n");
    const CliRun run = cli({QStringLiteral("contacts"), QStringLiteral("import"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(-1), 0);
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 2);
    QVERIFY(errors.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("not a phone")));
    QCOMPARE(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);

    // "-" reads standard input.
    const CliRun ok = cli({QStringLiteral("contacts"), QStringLiteral("import"), QStringLiteral("-"),
                           QStringLiteral("--region"), QStringLiteral("SE"), QStringLiteral("--json")},
                          {}, "name,phone\nAda,070 123 45 67\n");
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(ok.out.toUtf8()).object().value(QStringLiteral("imported")).toInt(), 1);
}

void TstCli::importBrokenFileFailsAsAWhole()
{
    const QString binary = m_dir->filePath(QStringLiteral("photo.csv"));
    writeFile(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const CliRun junk = cli({QStringLiteral("contacts"), QStringLiteral("import"), binary});
    QCOMPARE(junk.exitCode, 2);
    QVERIFY2(junk.err.contains(QStringLiteral("binary data")), qPrintable(junk.err));

    const QString noHeader = m_dir->filePath(QStringLiteral("noheader.csv"));
    writeFile(noHeader, "Ada,415 555 0101\n");
    const CliRun missing = cli({QStringLiteral("contacts"), QStringLiteral("import"), noHeader});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("no name / phone column")), qPrintable(missing.err));

    const CliRun absent =
        cli({QStringLiteral("contacts"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("absent.csv"))});
    QCOMPARE(absent.exitCode, 4);
}

void TstCli::exportImportRoundTrip()
{
    const QString source = m_dir->filePath(QStringLiteral("source.csv"));
    writeFile(source,
              "name,company,phone,email,tags,notes,lead_score\n"
              "\"Smith, \"\"JJ\"\"\",Å & Ö AB,+46 70 123 45 67,jj@example.se,vip;lead,\"multi\nline, notes\",90\n"
              "Ada,,(415) 555-0101,,,,0\n");
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("import"), source}).exitCode, 0);
    const QJsonArray before = listJson();
    QCOMPARE(before.size(), 2);

    const QString exported = m_dir->filePath(QStringLiteral("export.csv"));
    const CliRun toFile = cli({QStringLiteral("contacts"), QStringLiteral("export"), exported});
    QCOMPARE(toFile.exitCode, 0);
    const CliRun toStdout = cli({QStringLiteral("contacts"), QStringLiteral("export")});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, readAll(exported));

    // Into a fresh data directory: the same contacts come back.
    const CliRun imported = cli({QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("other")),
                                 QStringLiteral("contacts"), QStringLiteral("import"), exported});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CliRun after = cli({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("other"))});
    const QJsonArray afterList = QJsonDocument::fromJson(after.out.toUtf8()).array();
    QCOMPARE(afterList.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QJsonObject a = before.at(i).toObject();
        QJsonObject b = afterList.at(i).toObject();
        for (const char* volatileKey : {"id", "created_at", "updated_at"}) {
            a.remove(QLatin1String(volatileKey));
            b.remove(QLatin1String(volatileKey));
        }
        QCOMPARE(b, a);
    }
}

void TstCli::removeAndNotFound()
{
    const CliRun added =
        cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada"),
             QStringLiteral("--phone"), QStringLiteral("+14155550123"), QStringLiteral("--json")});
    const QString id =
        QString::number(QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("remove"), id}).exitCode, 0);
    QVERIFY(listJson().isEmpty());
    const CliRun again = cli({QStringLiteral("contacts"), QStringLiteral("remove"), id});
    QCOMPARE(again.exitCode, 4);
    QVERIFY(!again.err.isEmpty());
}

void TstCli::dataDirOptionOverridesEnvironment()
{
    const QString other = m_dir->filePath(QStringLiteral("elsewhere"));
    QCOMPARE(cli({QStringLiteral("--data-dir"), other, QStringLiteral("contacts"), QStringLiteral("add"),
                  QStringLiteral("--name"), QStringLiteral("Ada"), QStringLiteral("--phone"),
                  QStringLiteral("+14155550123")})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(other + QStringLiteral("/calldeck.sqlite")));
    QVERIFY(listJson().isEmpty()); // the environment's data directory is untouched
}

void TstCli::statusShowsEngineState()
{
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Ada"),
                  QStringLiteral("--phone"), QStringLiteral("+14155550123")})
                 .exitCode,
             0);
    QProcessEnvironment env;
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-secret-value-1234"));
    env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("AC0000"));
    const CliRun text = cli({QStringLiteral("status")}, env);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(m_dir->filePath(QStringLiteral("data"))));
    QVERIFY(text.out.contains(QStringLiteral("Schema version:")));
    QVERIFY(text.out.contains(QStringLiteral("Keychain:")));
    QVERIFY(!text.out.contains(QStringLiteral("sk-secret-value-1234")));
    QVERIFY(!text.err.contains(QStringLiteral("sk-secret-value-1234")));

    const CliRun json = cli({QStringLiteral("status"), QStringLiteral("--json")}, env);
    QCOMPARE(json.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(status.value(QStringLiteral("contacts")).toInt(), 1);
    QVERIFY(status.value(QStringLiteral("schema_version")).toInt() >= 1);
    QCOMPARE(status.value(QStringLiteral("schema_version")), status.value(QStringLiteral("latest_schema_version")));
    QCOMPARE(status.value(QStringLiteral("default_region")).toString(), QStringLiteral("US"));
    QCOMPARE(status.value(QStringLiteral("keychain")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("unavailable"));
    const QJsonObject credentials = status.value(QStringLiteral("credentials")).toObject();
    QCOMPARE(credentials.value(QStringLiteral("OPENAI_API_KEY")).toString(), QStringLiteral("environment"));
    QVERIFY(credentials.value(QStringLiteral("TWILIO_AUTH_TOKEN")).toString() != QLatin1String("environment"));
    QVERIFY(status.value(QStringLiteral("settings_from_environment"))
                .toArray()
                .contains(QStringLiteral("TWILIO_ACCOUNT_SID")));
}

void TstCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("no command");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << QStringLiteral("frob");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("contacts"), QStringLiteral("merge")}
                                        << QStringLiteral("unknown subcommand");
    QTest::newRow("unknown sub option") << QStringList{QStringLiteral("contacts"), QStringLiteral("list"),
                                                       QStringLiteral("--colour")}
                                        << QStringLiteral("colour");
    QTest::newRow("add without phone") << QStringList{QStringLiteral("contacts"), QStringLiteral("add"),
                                                      QStringLiteral("--name"), QStringLiteral("Ada")}
                                       << QStringLiteral("--phone");
    QTest::newRow("remove non-number") << QStringList{QStringLiteral("contacts"), QStringLiteral("remove"),
                                                      QStringLiteral("ada")}
                                       << QStringLiteral("not a contact id");
    QTest::newRow("import without file") << QStringList{QStringLiteral("contacts"), QStringLiteral("import")}
                                         << QStringLiteral("one CSV file");
}

void TstCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--help")));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
