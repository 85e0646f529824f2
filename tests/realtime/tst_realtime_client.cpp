// RealtimeClient: the WebSocket URL derived from an OpenAI-compatible base URL, the handshake
// headers, and frames that are not events (counted, reported once, never fatal).
#include "conversation/realtime/RealtimeClient.h"
#include "fakes/FakeRealtimeServer.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace calldeck;
using calldeck::fakes::FakeRealtimeServer;
using namespace Qt::StringLiterals;

class TestRealtimeClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urlFromApiBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai") << u"https://api.openai.com/v1"_s << u"wss://api.openai.com/v1/realtime?model=gpt-realtime"_s;
        QTest::newRow("trailing slash") << u"https://api.openai.com/v1/"_s
                                        << u"wss://api.openai.com/v1/realtime?model=gpt-realtime"_s;
        QTest::newRow("local http") << u"http://127.0.0.1:8000/v1"_s << u"ws://127.0.0.1:8000/v1/realtime?model=gpt-realtime"_s;
        QTest::newRow("gateway path") << u"https://gw.example.org/openai/v1"_s
                                      << u"wss://gw.example.org/openai/v1/realtime?model=gpt-realtime"_s;
        QTest::newRow("not http") << u"ftp://example.org/v1"_s << QString();
    }
    void urlFromApiBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        const QUrl url = RealtimeClient::realtimeUrl(QUrl(base), u"gpt-realtime"_s);
        QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
    }

    void bearerKeyNoBetaHeaderAndGarbageTolerated()
    {
        FakeRealtimeServer server;
        QVERIFY(server.listen());
        RealtimeClient client;
        QSignalSpy connected(&client, &RealtimeClient::connected);
        QSignalSpy events(&client, &RealtimeClient::eventReceived);
        QSignalSpy garbage(&client, &RealtimeClient::garbageReceived);
        QSignalSpy gone(&client, &RealtimeClient::disconnected);
        client.open(server.apiBase(), u"gpt-realtime-mini"_s, u"sk-test-fake"_s);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 15000);
        QCOMPARE(events.at(0).at(0).toJsonObject().value(u"type"_s).toString(), u"session.created"_s);
        QCOMPARE(server.connections().at(0).model, u"gpt-realtime-mini"_s);
        QVERIFY(server.connections().at(0).bearerOk);
        QVERIFY(!server.connections().at(0).betaHeader);

        server.sendGarbage();
        QVERIFY(client.send(QJsonObject{{u"type"_s, u"response.cancel"_s}}));
        // The reply to the cancel (an error event) arrives after the garbage: it was all read.
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 15000);
        QCOMPARE(client.garbageCount(), 4);
        QCOMPARE(garbage.count(), 1);
        QVERIFY(client.isOpen());
        QCOMPARE(gone.count(), 0);
        QCOMPARE(server.events(u"response.cancel"_s).size(), 1);

        server.dropConnection();
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 15000);
        QVERIFY(!client.isOpen());
        QVERIFY(!client.send(QJsonObject{{u"type"_s, u"response.cancel"_s}}));
    }

    void refusedConnectionReportsOnce()
    {
        FakeRealtimeServer server;
        QVERIFY(server.listen());
        const QUrl base = server.apiBase();
        server.shutDown();
        RealtimeClient client;
        QSignalSpy gone(&client, &RealtimeClient::disconnected);
        client.open(base, u"gpt-realtime"_s, u"sk-test-fake"_s);
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 15000);
        QTest::qWait(200);
        QCOMPARE(gone.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRealtimeClient)
#include "tst_realtime_client.moc"
