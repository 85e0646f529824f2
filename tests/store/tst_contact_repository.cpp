#include "store/ContactRepository.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace calldeck;

namespace {

Contact makeContact(const QString& name, const QString& phone)
{
    Contact contact;
    contact.name = name;
    contact.phoneE164 = phone;
    return contact;
}

} // namespace

class TestContactRepository : public QObject
{
    Q_OBJECT

private:
    template <typename F>
    auto withRepo(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) {
            ContactRepository repo(db);
            return fn(repo);
        });
    }

    Contact addOk(const Contact& contact)
    {
        const Result<Contact> added = withRepo([&](ContactRepository& r) { return r.add(contact); });
        if (!added) {
            qWarning() << added.error().message;
            return {};
        }
        return added.value();
    }

    qint64 rowCount(const QString& table)
    {
        return m_store->runSync([&table](QSqlDatabase& db) -> qint64 {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && query.next()
                       ? query.value(0).toLongLong()
                       : -1;
        });
    }

    QStringList names(const QString& search)
    {
        const Result<QList<Contact>> found = withRepo([&](ContactRepository& r) { return r.list(search); });
        QStringList result;
        for (const Contact& c : found.valueOr({})) {
            result.append(c.name);
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void addStoresNormalisedContact()
    {
        Contact input = makeContact(QStringLiteral("  Ada Lovelace "), QStringLiteral("+442071234567"));
        input.company = QStringLiteral(" Analytical Engines ");
        input.email = QStringLiteral("ada@example.org");
        input.notes = QStringLiteral("Prefers mornings");
        input.tags = {QStringLiteral(" VIP "), QStringLiteral("lead"), QStringLiteral("vip"), QString()};
        input.leadScore = 80;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);

        const Contact stored = addOk(input);
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(stored.company, QStringLiteral("Analytical Engines"));
        QCOMPARE(stored.tags, (QStringList{QStringLiteral("lead"), QStringLiteral("vip")}));
        QCOMPARE(stored.leadScore, 80);
        QCOMPARE(stored.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(stored.createdAt >= before);
        QCOMPARE(stored.updatedAt, stored.createdAt);

        const Result<Contact> fetched = withRepo([&](ContactRepository& r) { return r.get(stored.id); });
        QVERIFY(fetched.ok());
        QCOMPARE(fetched.value(), stored);
        QCOMPARE(withRepo([](ContactRepository& r) { return r.count(); }).value(), qint64(1));
    }

    void updateChangesFieldsAndTags()
    {
        Contact stored = addOk(makeContact(QStringLiteral("Bob"), QStringLiteral("+14155550100")));
        stored.tags = {QStringLiteral("plumber")};
        QVERIFY(withRepo([&](ContactRepository& r) { return r.update(stored); }).ok());

        stored.name = QStringLiteral("Bob Builder");
        stored.phoneE164 = QStringLiteral("+14155550101");
        stored.tags = {QStringLiteral("builder")};
        stored.leadScore = 5;
        const Result<Contact> updated = withRepo([&](ContactRepository& r) { return r.update(stored); });
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QCOMPARE(updated.value().name, QStringLiteral("Bob Builder"));
        QCOMPARE(updated.value().phoneE164, QStringLiteral("+14155550101"));
        QCOMPARE(updated.value().tags, QStringList{QStringLiteral("builder")});
        QCOMPARE(updated.value().createdAt, stored.createdAt);
        QVERIFY(updated.value().updatedAt >= stored.updatedAt);
        QCOMPARE(rowCount(QStringLiteral("contact_tags")), qint64(1));
    }

    void removeDeletesContactAndTags()
    {
        Contact input = makeContact(QStringLiteral("Cleo"), QStringLiteral("+46701234567"));
        input.tags = {QStringLiteral("a"), QStringLiteral("b")};
        const Contact stored = addOk(input);
        QVERIFY(withRepo([&](ContactRepository& r) { return r.remove(stored.id); }).ok());
        QCOMPARE(withRepo([&](ContactRepository& r) { return r.get(stored.id); }).error().code, ErrorCode::NotFound);
        QCOMPARE(rowCount(QStringLiteral("contact_tags")), qint64(0));
        QCOMPARE(withRepo([](ContactRepository& r) { return r.count(); }).value(), qint64(0));
    }

    void missingContactsAreNotFound()
    {
        QCOMPARE(withRepo([](ContactRepository& r) { return r.get(999); }).error().code, ErrorCode::NotFound);
        QCOMPARE(withRepo([](ContactRepository& r) { return r.remove(999); }).error().code, ErrorCode::NotFound);
        Contact ghost = makeContact(QStringLiteral("Ghost"), QStringLiteral("+14155550199"));
        ghost.id = 999;
        QCOMPARE(withRepo([&](ContactRepository& r) { return r.update(ghost); }).error().code, ErrorCode::NotFound);
        const auto none = withRepo([](ContactRepository& r) { return r.findByPhone(QStringLiteral("+14155550199")); });
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());
    }

    void findByPhoneReturnsTheContact()
    {
        const Contact stored = addOk(makeContact(QStringLiteral("Dora"), QStringLiteral("+4915112345678")));
        const auto found =
            withRepo([](ContactRepository& r) { return r.findByPhone(QStringLiteral("+4915112345678")); });
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(*found.value(), stored);
    }

    void duplicatePhoneIsAConflictNamingTheOwner()
    {
        addOk(makeContact(QStringLiteral("Eve Existing"), QStringLiteral("+14155550123")));
        const Result<Contact> dup = withRepo([](ContactRepository& r) {
            return r.add(makeContact(QStringLiteral("Frank"), QStringLiteral("+14155550123")));
        });
        QCOMPARE(dup.error().code, ErrorCode::Conflict);
        QVERIFY2(dup.error().message.contains(QStringLiteral("Eve Existing")), qPrintable(dup.error().message));

        Contact other = addOk(makeContact(QStringLiteral("Gus"), QStringLiteral("+14155550124")));
        other.phoneE164 = QStringLiteral("+14155550123");
        QCOMPARE(withRepo([&](ContactRepository& r) { return r.update(other); }).error().code, ErrorCode::Conflict);
        QCOMPARE(withRepo([](ContactRepository& r) { return r.count(); }).value(), qint64(2));
    }

    void badInputIsRejectedAndNothingWritten_data()
    {
        QTest::addColumn<Contact>("contact");
        const Contact good = makeContact(QStringLiteral("Valid Name"), QStringLiteral("+14155550111"));
        Contact c = good;
        c.name = QStringLiteral("   ");
        QTest::newRow("empty name") << c;
        c = good;
        c.name = QString(201, QLatin1Char('x'));
        QTest::newRow("long name") << c;
        c = good;
        c.phoneE164.clear();
        QTest::newRow("no phone") << c;
        c = good;
        c.phoneE164 = QStringLiteral("4155550111");
        QTest::newRow("national phone") << c;
        c = good;
        c.phoneE164 = QStringLiteral("+0155550111");
        QTest::newRow("leading zero") << c;
        c = good;
        c.phoneE164 = QStringLiteral("+1234567890123456");
        QTest::newRow("too many digits") << c;
        c = good;
        c.phoneE164 = QStringLiteral("+1 415 555 0111");
        QTest::newRow("spaces") << c;
        c = good;
        c.email = QStringLiteral("not-an-email");
        QTest::newRow("bad email") << c;
        c = good;
        c.leadScore = 101;
        QTest::newRow("score high") << c;
        c = good;
        c.leadScore = -1;
        QTest::newRow("score negative") << c;
        c = good;
        c.notes = QString(10001, QLatin1Char('n'));
        QTest::newRow("long notes") << c;
    }

    void badInputIsRejectedAndNothingWritten()
    {
        QFETCH(Contact, contact);
        const Result<Contact> added = withRepo([&](ContactRepository& r) { return r.add(contact); });
        QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!added.error().message.isEmpty());
        QCOMPARE(rowCount(QStringLiteral("contacts")), qint64(0));
        QCOMPARE(rowCount(QStringLiteral("contact_tags")), qint64(0));

        // The same input is refused on update and leaves the stored row alone.
        const Contact stored = addOk(makeContact(QStringLiteral("Keeper"), QStringLiteral("+14155550999")));
        Contact changed = contact;
        changed.id = stored.id;
        QCOMPARE(withRepo([&](ContactRepository& r) { return r.update(changed); }).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(withRepo([&](ContactRepository& r) { return r.get(stored.id); }).value(), stored);
    }

    void listIsOrderedByName()
    {
        addOk(makeContact(QStringLiteral("charlie"), QStringLiteral("+14155550001")));
        addOk(makeContact(QStringLiteral("Alice"), QStringLiteral("+14155550002")));
        addOk(makeContact(QStringLiteral("bob"), QStringLiteral("+14155550003")));
        QCOMPARE(names(QString()),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("bob"), QStringLiteral("charlie")}));
    }

    void searchMatchesEveryFieldCaseInsensitively()
    {
        Contact a = makeContact(QStringLiteral("Alice Anders"), QStringLiteral("+14155550001"));
        a.company = QStringLiteral("Acme Plumbing");
        a.tags = {QStringLiteral("Dentist")};
        Contact b = makeContact(QStringLiteral("Bruno"), QStringLiteral("+46700000002"));
        b.email = QStringLiteral("Bruno@Example.COM");
        b.notes = QStringLiteral("Call after LUNCH");
        addOk(a);
        addOk(b);

        QCOMPARE(names(QStringLiteral("alice")), QStringList{QStringLiteral("Alice Anders")});
        QCOMPARE(names(QStringLiteral("ACME")), QStringList{QStringLiteral("Alice Anders")});
        QCOMPARE(names(QStringLiteral("dent")), QStringList{QStringLiteral("Alice Anders")});
        QCOMPARE(names(QStringLiteral("+4670")), QStringList{QStringLiteral("Bruno")});
        QCOMPARE(names(QStringLiteral("example.com")), QStringList{QStringLiteral("Bruno")});
        QCOMPARE(names(QStringLiteral("lunch")), QStringList{QStringLiteral("Bruno")});
        QCOMPARE(names(QStringLiteral("nobody")), QStringList{});
        // Tags come back with listed contacts.
        const auto listed = withRepo([](ContactRepository& r) { return r.list(QStringLiteral("alice")); });
        QCOMPARE(listed.value().first().tags, QStringList{QStringLiteral("dentist")});
    }

    void searchTreatsWildcardsLiterally()
    {
        Contact percent = makeContact(QStringLiteral("Sale 50% off"), QStringLiteral("+14155550001"));
        Contact underscore = makeContact(QStringLiteral("snake_case"), QStringLiteral("+14155550002"));
        Contact backslash = makeContact(QStringLiteral("back\\slash"), QStringLiteral("+14155550003"));
        Contact plain = makeContact(QStringLiteral("Snakes 500 Coffee"), QStringLiteral("+14155550004"));
        for (const Contact& c : {percent, underscore, backslash, plain}) {
            addOk(c);
        }
        QCOMPARE(names(QStringLiteral("%")), QStringList{QStringLiteral("Sale 50% off")});
        QCOMPARE(names(QStringLiteral("50%")), QStringList{QStringLiteral("Sale 50% off")});
        QCOMPARE(names(QStringLiteral("_")), QStringList{QStringLiteral("snake_case")});
        QCOMPARE(names(QStringLiteral("e_c")), QStringList{QStringLiteral("snake_case")});
        QCOMPARE(names(QStringLiteral("\\")), QStringList{QStringLiteral("back\\slash")});
        QCOMPARE(names(QStringLiteral("'; DROP TABLE contacts; --")), QStringList{});
        QCOMPARE(rowCount(QStringLiteral("contacts")), qint64(4));
    }

    void sqlFailuresBecomeDatabaseErrorsWithDriverText()
    {
        const Result<qint64> counted = m_store->runSync([](QSqlDatabase& db) -> Result<qint64> {
            if (!Migrations().migrateTo(db, 0).ok()) {
                return Error{ErrorCode::Internal, QStringLiteral("could not reset the schema")};
            }
            return ContactRepository(db).count();
        });
        QCOMPARE(counted.error().code, ErrorCode::Database);
        QVERIFY2(counted.error().message.contains(QStringLiteral("no such table")),
                 qPrintable(counted.error().message));
        const Result<Contact> added = withRepo([](ContactRepository& r) {
            return r.add(makeContact(QStringLiteral("Nobody"), QStringLiteral("+14155550001")));
        });
        QCOMPARE(added.error().code, ErrorCode::Database);
    }

    void validatedIsUsableWithoutADatabase()
    {
        Contact c = makeContact(QStringLiteral(" X "), QStringLiteral("+14155550001"));
        c.tags = {QStringLiteral("B"), QStringLiteral("a"), QStringLiteral(" b")};
        const Result<Contact> v = ContactRepository::validated(c);
        QVERIFY(v.ok());
        QCOMPARE(v.value().name, QStringLiteral("X"));
        QCOMPARE(v.value().tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestContactRepository)
#include "tst_contact_repository.moc"
