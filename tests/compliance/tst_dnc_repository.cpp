// The Do-Not-Call list: add/find/remove with who/when/why, registry and CSV imports that report
// bad lines and skip them, and an import that fails halfway leaving the list as it was.
#include "ComplianceTestRows.h"
#include "compliance/DncRepository.h"
#include "store/Store.h"

#include <QBuffer>
#include <QTest>

using namespace calldeck;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2026-12-08T15:00:00Z"), Qt::ISODate);

} // namespace

class TestDncRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Store> m_store;

    Result<DncImportReport> importText(const QByteArray& text)
    {
        return m_store->runSync([text](QSqlDatabase& db) {
            QBuffer buffer;
            buffer.setData(text);
            buffer.open(QIODevice::ReadOnly);
            return DncRepository(db).import(buffer, QStringLiteral("registry"), QStringLiteral("tester"), kNow);
        });
    }

    qint64 count()
    {
        return m_store->runSync([](QSqlDatabase& db) { return DncRepository(db).count(); }).value();
    }

    bool listed(const QString& e164)
    {
        return m_store->runSync([e164](QSqlDatabase& db) { return DncRepository(db).find(e164); }).value().has_value();
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void addFindRemoveKeepsWhoWhenWhy()
    {
        const QString number = QStringLiteral("+13055550147");
        QVERIFY(!listed(number));
        const Status added = m_store->runSync([&](QSqlDatabase& db) {
            return DncRepository(db).add(number, QStringLiteral("asked on the call"), QStringLiteral("alex"),
                                         QStringLiteral("callee"), kNow);
        });
        QVERIFY(added);
        const auto entry = m_store->runSync([&](QSqlDatabase& db) { return DncRepository(db).find(number); });
        QVERIFY(entry && entry.value());
        QCOMPARE(entry.value()->reason, QStringLiteral("asked on the call"));
        QCOMPARE(entry.value()->addedBy, QStringLiteral("alex"));
        QCOMPARE(entry.value()->source, QStringLiteral("callee"));
        QCOMPARE(entry.value()->addedAtUtc, kNow);
        // Adding again keeps the first entry.
        QVERIFY(m_store->runSync([&](QSqlDatabase& db) {
            return DncRepository(db).add(number, QStringLiteral("other"), QStringLiteral("sam"), QStringLiteral("manual"),
                                         kNow.addDays(1));
        }));
        QCOMPARE(m_store->runSync([&](QSqlDatabase& db) { return DncRepository(db).find(number); }).value()->addedBy,
                 QStringLiteral("alex"));
        QVERIFY(m_store->runSync([&](QSqlDatabase& db) { return DncRepository(db).remove(number); }));
        QVERIFY(!listed(number));
        const Status again = m_store->runSync([&](QSqlDatabase& db) { return DncRepository(db).remove(number); });
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    void badInputIsRefused()
    {
        const Status bad = m_store->runSync([](QSqlDatabase& db) {
            return DncRepository(db).add(QStringLiteral("3055550147"), {}, QStringLiteral("x"), QStringLiteral("manual"), kNow);
        });
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
        const Status source = m_store->runSync([](QSqlDatabase& db) {
            return DncRepository(db).add(QStringLiteral("+13055550147"), {}, QStringLiteral("x"), QStringLiteral("web"), kNow);
        });
        QCOMPARE(source.error().code, ErrorCode::InvalidArgument);
    }

    void registryFileBadLinesAreReportedAndSkipped()
    {
        const QByteArray file = "2015550123\n"
                                "2015550124\r\n"
                                "12345\n"
                                "\n"
                                "20155501x5\n"
                                "3055550147\n"
                                "2015550123\n";
        const Result<DncImportReport> report = importText(file);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report.value().read, qint64(4));
        QCOMPARE(report.value().added, qint64(3));
        QCOMPARE(report.value().rejected.size(), 2);
        QVERIFY2(report.value().rejected.at(0).startsWith(u"line 3: "), qPrintable(report.value().rejected.at(0)));
        QVERIFY2(report.value().rejected.at(1).startsWith(u"line 5: "), qPrintable(report.value().rejected.at(1)));
        QCOMPARE(count(), qint64(3));
        QVERIFY(listed(QStringLiteral("+12015550124")));
        QVERIFY(listed(QStringLiteral("+13055550147")));
    }

    void csvWithAPhoneColumn()
    {
        const QByteArray file = "name,phone\n"
                                "Dana,\"(212) 555-0199\"\n"
                                "Sam,+1 415 555 0100\n"
                                "Bad,not a number\n";
        const Result<DncImportReport> report = importText(file);
        QVERIFY(report);
        QCOMPARE(report.value().read, qint64(2));
        QCOMPARE(report.value().rejected.size(), 1);
        QVERIFY(report.value().rejected.at(0).startsWith(u"line 4: "));
        QVERIFY(listed(QStringLiteral("+12125550199")));
        QVERIFY(listed(QStringLiteral("+14155550100")));
        QVERIFY(!importText("name,email\nx,y\n"));
    }

    void importThatFailsHalfwayChangesNothing()
    {
        QVERIFY(m_store->runSync([](QSqlDatabase& db) {
            return DncRepository(db).add(QStringLiteral("+19995550000"), {}, QStringLiteral("x"), QStringLiteral("manual"), kNow);
        }));
        // The database refuses the third number: the two before it must not stay behind.
        const QString trigger = m_store->runSync([](QSqlDatabase& db) {
            return testrows::exec(db, QStringLiteral("CREATE TRIGGER refuse_one BEFORE INSERT ON dnc_numbers"
                                                     " WHEN NEW.phone_digits = 12015550125"
                                                     " BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        });
        QVERIFY2(trigger.isEmpty(), qPrintable(trigger));
        const Result<DncImportReport> report = importText("2015550123\n2015550124\n2015550125\n2015550126\n");
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Database);
        QCOMPARE(count(), qint64(1));
        QVERIFY(!listed(QStringLiteral("+12015550123")));
    }

    void listIsNewestFirst()
    {
        QVERIFY(m_store->runSync([](QSqlDatabase& db) {
            DncRepository dnc(db);
            return dnc.add(QStringLiteral("+12015550123"), QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("manual"), kNow);
        }));
        QVERIFY(m_store->runSync([](QSqlDatabase& db) {
            DncRepository dnc(db);
            return dnc.add(QStringLiteral("+12015550124"), QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("manual"),
                           kNow.addSecs(60));
        }));
        const auto entries = m_store->runSync([](QSqlDatabase& db) { return DncRepository(db).list(); });
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        QCOMPARE(entries.value().at(0).e164, QStringLiteral("+12015550124"));
        QCOMPARE(entries.value().at(1).reason, QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(TestDncRepository)
#include "tst_dnc_repository.moc"
