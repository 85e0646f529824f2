// `calldeck-cli script list|show|export|import`, run as a real process against its own data
// directory: the shipped script is shown in full, export and import round-trip, and a broken file
// is refused with its JSON path on stderr, exit code 2 and nothing stored.
#include "script/DefaultScript.h"
#include "script/ScriptJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace calldeck;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TstCliScript : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun cli(const QStringList& arguments, const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CALLDECK_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/calldeck-test-bus"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CALLDECK_CLI_PATH), QStringList{QStringLiteral("script")} + arguments);
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

    QString path(const QString& name) const { return m_dir->filePath(name); }

    void writeFile(const QString& name, const QByteArray& data)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }

    QJsonObject exported()
    {
        const CliRun run = cli({QStringLiteral("export")});
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    int scriptCount()
    {
        return QJsonDocument::fromJson(cli({QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
            .array()
            .size();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void showPrintsTheWholeScript()
    {
        const CliRun run = cli({QStringLiteral("show")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        for (const QString& part :
             {QStringLiteral("Script \"default\" version 1 (en-US): 7 milestones, 80 min"),
              QStringLiteral("M1 Context & Frame (5 min)"), QStringLiteral("M2 Current State Mapping (20 min)"),
              QStringLiteral("M7 Decision Point (5 min) - decision"),
              QStringLiteral("  ? What brought you to this call today?"),
              QStringLiteral("client_count (number, sensitive)"),
              QStringLiteral("decision (choice: Proceed / Pause / Decline)"),
              QStringLiteral("  Price: Compared to what? | "), QStringLiteral("-> Resolved/Deferred/Disqualified"),
              QStringLiteral("  2. Client count confirmed (>=500) (required, qualification gate)"),
              QStringLiteral("  6. Tool stack noted (optional)")}) {
            QVERIFY2(run.out.contains(part), qPrintable(part));
        }
        const CliRun json = cli({QStringLiteral("show"), QStringLiteral("default"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("milestones")).toArray().size(), 7);
        QCOMPARE(object.value(QStringLiteral("objections")).toArray().size(), 6);
        QCOMPARE(object.value(QStringLiteral("checklist")).toArray().size(), 8);
        QVERIFY(object.value(QStringLiteral("id")).toInt() > 0);

        const CliRun missing = cli({QStringLiteral("show"), QStringLiteral("enterprise")});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(QStringLiteral("There is no script named \"enterprise\".")));
    }

    void exportAndImportRoundTrip()
    {
        const CliRun toFile =
            cli({QStringLiteral("export"), QStringLiteral("-o"), path(QStringLiteral("default.json"))});
        QCOMPARE(toFile.exitCode, 0);
        QFile file(path(QStringLiteral("default.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject script = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(script, exported());

        script.insert(QStringLiteral("name"), QStringLiteral("enterprise"));
        writeFile(QStringLiteral("enterprise.json"), QJsonDocument(script).toJson());
        const CliRun first = cli({QStringLiteral("import"), path(QStringLiteral("enterprise.json"))});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QStringLiteral("Imported script \"enterprise\" version 1 (7 milestones).\n"));
        const CliRun second = cli({QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("--json")},
                                  QJsonDocument(script).toJson());
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(QStringLiteral("version")).toInt(), 2);

        const CliRun listed = cli({QStringLiteral("list")});
        QCOMPARE(listed.out, QStringLiteral("default  version 1  7 milestones\nenterprise  version 2  7 milestones\n"));
        const CliRun back = cli({QStringLiteral("export"), QStringLiteral("enterprise")});
        QJsonObject reread = QJsonDocument::fromJson(back.out.toUtf8()).object();
        QCOMPARE(reread.value(QStringLiteral("version")).toInt(), 2);
        reread.remove(QStringLiteral("version"));
        script.remove(QStringLiteral("version"));
        QCOMPARE(reread, script);
    }

    void brokenImportsStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QJsonObject base = QJsonDocument::fromJson(ScriptJson::write(DefaultScript::load())).object();
        base.insert(QStringLiteral("name"), QStringLiteral("broken"));

        QTest::newRow("not JSON") << QByteArray("{\"format\": 1,") << QStringLiteral("not valid JSON: ");
        QJsonObject wrongFormat = base;
        wrongFormat.insert(QStringLiteral("format"), 3);
        QTest::newRow("format") << QJsonDocument(wrongFormat).toJson()
                                << QStringLiteral("format: version 3 is not supported (this CallDeck reads version 1)");
        QJsonObject duplicate = base;
        QJsonArray milestones = duplicate.value(QStringLiteral("milestones")).toArray();
        QJsonObject fifth = milestones.at(4).toObject();
        fifth.insert(QStringLiteral("number"), 4);
        milestones.replace(4, fifth);
        duplicate.insert(QStringLiteral("milestones"), milestones);
        QTest::newRow("duplicate number") << QJsonDocument(duplicate).toJson()
                                          << QStringLiteral("milestones[4].number: 4 is already used by milestones[3]");
    }

    void brokenImportsStoreNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        writeFile(QStringLiteral("broken.json"), json);
        const CliRun run = cli({QStringLiteral("import"), path(QStringLiteral("broken.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        const QString prefix = QStringLiteral("calldeck-cli: %1: ").arg(path(QStringLiteral("broken.json")));
        QVERIFY2(run.err.startsWith(prefix + message), qPrintable(run.err));
        QCOMPARE(scriptCount(), 1);
    }

    void usageAndMissingFiles()
    {
        QCOMPARE(cli({}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 1);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 1);
        const CliRun missing = cli({QStringLiteral("import"), path(QStringLiteral("nowhere.json"))});
        QCOMPARE(missing.exitCode, 4);
        QVERIFY(missing.err.contains(QStringLiteral("nowhere.json")));
        const CliRun help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("export [NAME] [-o FILE]")));
    }
};

QTEST_GUILESS_MAIN(TstCliScript)
#include "tst_cli_script.moc"
