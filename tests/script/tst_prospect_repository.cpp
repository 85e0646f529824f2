// Prospects (PRODUCT T13): a contact plus client count, business type, revenue range, main pain and
// tool stack; plain contacts are not prospects; bad profiles are refused and change nothing.
#include "script/ProspectRepository.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

class TestProspectRepository : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    template <typename F>
    auto repo(F op)
    {
        return m_store->runSync([op](QSqlDatabase& db) {
            ProspectRepository repository(db);
            return op(repository);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void addGetAndList()
    {
        Prospect dana;
        dana.contact.name = QStringLiteral("  Dana Ruiz ");
        dana.contact.phoneE164 = QStringLiteral("+15555550102");
        dana.profile.clientCount = 620;
        dana.profile.businessType = QStringLiteral(" Coaching ");
        dana.profile.revenueRange = QStringLiteral("$250k–$500k");
        dana.profile.mainPain = QStringLiteral("Churn after month three");
        dana.profile.toolStack = QStringLiteral("HubSpot, Calendly");
        const Result<Prospect> added = repo([dana](ProspectRepository& r) { return r.add(dana); });
        QVERIFY2(added.ok(), qPrintable(added.error().message));
        QCOMPARE(added.value().contact.name, QStringLiteral("Dana Ruiz"));
        QCOMPARE(added.value().profile.clientCount, std::optional<int>(620));
        QCOMPARE(added.value().profile.businessType, QStringLiteral("Coaching"));
        QCOMPARE(added.value().profile.revenueRange, QStringLiteral("$250k–$500k"));

        Contact plain;
        plain.name = QStringLiteral("Plain Contact");
        plain.phoneE164 = QStringLiteral("+15555550111");
        QVERIFY(m_store->runSync([plain](QSqlDatabase& db) { return ContactRepository(db).add(plain); }).ok());

        const Result<QList<Prospect>> prospects = repo([](ProspectRepository& r) { return r.list(); });
        QCOMPARE(prospects.value().size(), 1);
        QCOMPARE(prospects.value().first(), added.value());
        const qint64 id = added.value().contact.id;
        QCOMPARE(repo([id](ProspectRepository& r) { return r.get(id); }).value(), added.value());
        QCOMPARE(repo([](ProspectRepository& r) { return r.get(999); }).error().code, ErrorCode::NotFound);
    }

    void profileUpdatesAndValidation()
    {
        Contact plain;
        plain.name = QStringLiteral("Pat Kim");
        plain.phoneE164 = QStringLiteral("+15555550177");
        const qint64 id =
            m_store->runSync([plain](QSqlDatabase& db) { return ContactRepository(db).add(plain); }).value().id;
        QCOMPARE(repo([id](ProspectRepository& r) { return r.get(id); }).value().profile, ProspectProfile{});

        ProspectProfile profile;
        profile.clientCount = 499;
        profile.mainPain = QStringLiteral("No time");
        const Result<Prospect> saved =
            repo([id, profile](ProspectRepository& r) { return r.saveProfile(id, profile); });
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().profile, profile);
        QCOMPARE(saved.value().contact.name, QStringLiteral("Pat Kim"));

        ProspectProfile negative = profile;
        negative.clientCount = -1;
        QCOMPARE(repo([id, negative](ProspectRepository& r) { return r.saveProfile(id, negative); }).error().message,
                 QStringLiteral("The client count cannot be negative."));
        ProspectProfile tooLong = profile;
        tooLong.toolStack = QString(501, u't');
        QCOMPARE(repo([id, tooLong](ProspectRepository& r) { return r.saveProfile(id, tooLong); }).error().message,
                 QStringLiteral("The tool stack is too long (at most 500 characters)."));
        QCOMPARE(repo([id](ProspectRepository& r) { return r.get(id); }).value().profile, profile);

        ProspectProfile cleared;
        QVERIFY(repo([id, cleared](ProspectRepository& r) { return r.saveProfile(id, cleared); }).ok());
        QVERIFY(repo([](ProspectRepository& r) { return r.list(); }).value().isEmpty());
        QCOMPARE(repo([cleared](ProspectRepository& r) { return r.saveProfile(4242, cleared); }).error().code,
                 ErrorCode::NotFound);
    }

    void badContactStoresNothing()
    {
        Prospect nameless;
        nameless.contact.phoneE164 = QStringLiteral("+15555550188");
        nameless.profile.clientCount = 900;
        QCOMPARE(repo([nameless](ProspectRepository& r) { return r.add(nameless); }).error().code,
                 ErrorCode::InvalidArgument);
        Prospect negative;
        negative.contact.name = QStringLiteral("Lee");
        negative.contact.phoneE164 = QStringLiteral("+15555550189");
        negative.profile.clientCount = -5;
        QCOMPARE(repo([negative](ProspectRepository& r) { return r.add(negative); }).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(m_store->runSync([](QSqlDatabase& db) { return ContactRepository(db).count(); }).value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProspectRepository)
#include "tst_prospect_repository.moc"
