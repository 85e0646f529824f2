// Scripts per organization: the default is stored once, an import over an existing name becomes a
// new version, an export reads back as what was imported, and a broken import stores nothing.
#include "script/DefaultScript.h"
#include "script/ScriptJson.h"
#include "script/ScriptRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

namespace {

QByteArray customScript(const QString& name, const QString& firstTitle)
{
    Script script = DefaultScript::load();
    script.name = name;
    script.milestones[0].title = firstTitle;
    return ScriptJson::write(script);
}

int scriptRows(Store& store)
{
    return store.runSync([](QSqlDatabase& db) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM scripts")) && query.next() ? query.value(0).toInt() : -1;
    });
}

} // namespace

class TestScriptRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(
            m_dir.filePath(QStringLiteral("scripts-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        const Status opened = m_store->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }

    void cleanup() { m_store.reset(); }

    void defaultIsSeededOnce()
    {
        const Result<Script> first =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).ensureDefault(); });
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const Result<Script> second =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).ensureDefault(); });
        const Result<Script> byName = m_store->runSync(
            [](QSqlDatabase& db) { return ScriptRepository(db).getByName(QStringLiteral("default")); });
        QVERIFY(second.ok() && byName.ok());
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(byName.value().id, first.value().id);
        QCOMPARE(first.value().version, 1);
        QCOMPARE(first.value().milestones.size(), 7);
        QCOMPARE(scriptRows(*m_store), 1);
        Script expected = DefaultScript::load();
        expected.id = first.value().id;
        QCOMPARE(first.value(), expected);
    }

    void importOverANameIsANewVersion()
    {
        const Result<Script> v1 = m_store->runSync([](QSqlDatabase& db) {
            return ScriptRepository(db).importJson(customScript(QStringLiteral("enterprise"), QStringLiteral("Hello")));
        });
        QVERIFY2(v1.ok(), qPrintable(v1.error().message));
        QCOMPARE(v1.value().version, 1);
        const Result<Script> v2 = m_store->runSync([](QSqlDatabase& db) {
            return ScriptRepository(db).importJson(
                customScript(QStringLiteral("enterprise"), QStringLiteral("Welcome")));
        });
        QVERIFY2(v2.ok(), qPrintable(v2.error().message));
        QCOMPARE(v2.value().id, v1.value().id);
        QCOMPARE(v2.value().version, 2);
        QCOMPARE(v2.value().milestones.first().title, QStringLiteral("Welcome"));
        const Result<QList<Script>> all =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).list(); });
        QVERIFY(all.ok());
        QStringList names;
        for (const Script& s : all.value()) {
            names.append(s.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("default"), QStringLiteral("enterprise")}));
    }

    void exportEqualsImport()
    {
        const QByteArray json = customScript(QStringLiteral("partners"), QStringLiteral("Frame"));
        const Result<Script> imported =
            m_store->runSync([&](QSqlDatabase& db) { return ScriptRepository(db).importJson(json); });
        QVERIFY(imported.ok());
        const qint64 id = imported.value().id;
        const Result<QByteArray> exported =
            m_store->runSync([id](QSqlDatabase& db) { return ScriptRepository(db).exportJson(id); });
        QVERIFY(exported.ok());
        Result<Script> reread = ScriptJson::parse(exported.value());
        QVERIFY(reread.ok());
        reread.value().id = id;
        QCOMPARE(reread.value(), imported.value());
        QCOMPARE(ScriptJson::parse(json).value().milestones, reread.value().milestones);
        const Result<QByteArray> missing =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).exportJson(999); });
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void organizationsAreIsolated()
    {
        const Result<Script> acme = m_store->runSync([](QSqlDatabase& db) {
            return ScriptRepository(db).importJson(
                customScript(QStringLiteral("default"), QStringLiteral("Acme frame")), QStringLiteral("acme"));
        });
        QVERIFY2(acme.ok(), qPrintable(acme.error().message));
        QCOMPARE(acme.value().organization, QStringLiteral("acme"));
        QCOMPARE(acme.value().version, 1);
        const Result<Script> own =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).getByName({}); });
        QVERIFY(own.ok());
        QCOMPARE(own.value().milestones.first().title, QStringLiteral("Context & Frame"));
        QVERIFY(own.value().id != acme.value().id);
        const Result<Script> other = m_store->runSync([](QSqlDatabase& db) {
            return ScriptRepository(db).getByName(QStringLiteral("default"), QStringLiteral("acme"));
        });
        QCOMPARE(other.value().milestones.first().title, QStringLiteral("Acme frame"));
        const Result<Script> unknown = m_store->runSync([](QSqlDatabase& db) {
            return ScriptRepository(db).getByName(QStringLiteral("enterprise"), QStringLiteral("acme"));
        });
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        const Result<QList<Script>> acmeList =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).list(QStringLiteral("acme")); });
        QCOMPARE(acmeList.value().size(), 1);
    }

    void brokenImportStoresNothing()
    {
        QJsonObject root =
            QJsonDocument::fromJson(customScript(QStringLiteral("broken"), QStringLiteral("x"))).object();
        root.insert(QStringLiteral("checklist"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}});
        const QByteArray json = QJsonDocument(root).toJson();
        const Result<Script> refused =
            m_store->runSync([&](QSqlDatabase& db) { return ScriptRepository(db).importJson(json); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(refused.error().message, QStringLiteral("checklist[0].text: required"));
        QCOMPARE(scriptRows(*m_store), 0);
        const Result<Script> garbage =
            m_store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).importJson("not json"); });
        QVERIFY(!garbage.ok());
        QCOMPARE(scriptRows(*m_store), 0);
    }
};

QTEST_GUILESS_MAIN(TestScriptRepository)
#include "tst_script_repository.moc"
