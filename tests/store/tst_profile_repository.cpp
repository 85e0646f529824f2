#include "store/ProfileRepository.h"
#include "store/Store.h"

#include <QtTest>
#include <memory>

using namespace calldeck;

class TestProfileRepository : public QObject
{
    Q_OBJECT

private:
    template <typename F>
    auto withRepo(F&& fn)
    {
        return m_store->runSync([&fn](QSqlDatabase& db) {
            ProfileRepository repo(db);
            return fn(repo);
        });
    }

private Q_SLOTS:
    void init()
    {
        m_store = std::make_unique<Store>(QStringLiteral(":memory:"));
        QVERIFY(m_store->open().ok());
    }

    void cleanup() { m_store.reset(); }

    void freshDatabaseHasTheLocalUser()
    {
        const Result<UserProfile> profile = withRepo([](ProfileRepository& r) { return r.profile(); });
        QVERIFY2(profile.ok(), qPrintable(profile.error().message));
        QCOMPARE(profile.value().id, kLocalUserId);
        QCOMPARE(profile.value().timeZone, QStringLiteral("UTC"));
        QCOMPARE(profile.value().defaultRegion, QStringLiteral("US"));
        QCOMPARE(profile.value().defaultTone, Tone::Friendly);

        const Result<AssistantSettings> settings = withRepo([](ProfileRepository& r) { return r.assistantSettings(); });
        QVERIFY(settings.ok());
        QCOMPARE(settings.value(), AssistantSettings{});
    }

    void profileRoundTrips()
    {
        UserProfile input;
        input.fullName = QStringLiteral("  Ada Lovelace ");
        input.phoneE164 = QStringLiteral("+46701234567");
        input.email = QStringLiteral("ada@example.org");
        input.address = QStringLiteral("Drottninggatan 1, Stockholm");
        input.timeZone = QStringLiteral("Europe/Stockholm");
        input.defaultRegion = QStringLiteral("SE");
        input.defaultTone = Tone::Firm;
        const Result<UserProfile> saved = withRepo([&](ProfileRepository& r) { return r.saveProfile(input); });
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().fullName, QStringLiteral("Ada Lovelace"));

        UserProfile expected = input;
        expected.id = kLocalUserId;
        expected.fullName = QStringLiteral("Ada Lovelace");
        QCOMPARE(withRepo([](ProfileRepository& r) { return r.profile(); }).value(), expected);

        // Optional fields can be cleared again.
        expected.phoneE164.clear();
        expected.email.clear();
        QVERIFY(withRepo([&](ProfileRepository& r) { return r.saveProfile(expected); }).ok());
        QCOMPARE(withRepo([](ProfileRepository& r) { return r.profile(); }).value(), expected);
    }

    void badProfilesAreRejected_data()
    {
        QTest::addColumn<UserProfile>("profile");
        const UserProfile good;
        UserProfile p = good;
        p.email = QStringLiteral("ada@");
        QTest::newRow("email") << p;
        p = good;
        p.phoneE164 = QStringLiteral("0701234567");
        QTest::newRow("phone") << p;
        p = good;
        p.timeZone = QStringLiteral("Mars/Olympus_Mons");
        QTest::newRow("time zone") << p;
        p = good;
        p.timeZone.clear();
        QTest::newRow("empty time zone") << p;
        p = good;
        p.defaultRegion = QStringLiteral("se");
        QTest::newRow("lower-case region") << p;
        p = good;
        p.defaultRegion = QStringLiteral("SWE");
        QTest::newRow("three-letter region") << p;
        p = good;
        p.fullName = QString(201, QLatin1Char('a'));
        QTest::newRow("long name") << p;
    }

    void badProfilesAreRejected()
    {
        QFETCH(UserProfile, profile);
        const UserProfile before = withRepo([](ProfileRepository& r) { return r.profile(); }).value();
        const Result<UserProfile> saved = withRepo([&](ProfileRepository& r) { return r.saveProfile(profile); });
        QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(withRepo([](ProfileRepository& r) { return r.profile(); }).value(), before);
    }

    void settingsRoundTrip()
    {
        AssistantSettings input;
        input.maxAutoApproveCents = 2500;
        input.requireApprovalOverCents = 10000;
        input.forbiddenPhrases = {QStringLiteral(" guaranteed "), QStringLiteral("Guaranteed"),
                                  QStringLiteral("risk-free")};
        input.allowedAuthFields = {QStringLiteral("birthdate"), QStringLiteral("ssn_last4")};
        input.autoRetryFailedCalls = false;
        input.maxRetryAttempts = 10;
        const Result<AssistantSettings> saved =
            withRepo([&](ProfileRepository& r) { return r.saveAssistantSettings(input); });
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));

        AssistantSettings expected = input;
        expected.forbiddenPhrases = {QStringLiteral("guaranteed"), QStringLiteral("risk-free")};
        QCOMPARE(saved.value(), expected);
        QCOMPARE(withRepo([](ProfileRepository& r) { return r.assistantSettings(); }).value(), expected);
    }

    void badSettingsAreRejected_data()
    {
        QTest::addColumn<AssistantSettings>("settings");
        const AssistantSettings good;
        AssistantSettings s = good;
        s.maxAutoApproveCents = -1;
        QTest::newRow("negative auto-approve") << s;
        s = good;
        s.requireApprovalOverCents = -5;
        s.maxAutoApproveCents = -10;
        QTest::newRow("negative approval") << s;
        s = good;
        s.maxAutoApproveCents = 6000;
        s.requireApprovalOverCents = 5000;
        QTest::newRow("approval below auto") << s;
        s = good;
        s.maxRetryAttempts = 11;
        QTest::newRow("too many retries") << s;
        s = good;
        s.maxRetryAttempts = -1;
        QTest::newRow("negative retries") << s;
        s = good;
        s.allowedAuthFields = {QStringLiteral("mothers_maiden_name")};
        QTest::newRow("unknown auth field") << s;
    }

    void badSettingsAreRejected()
    {
        QFETCH(AssistantSettings, settings);
        const Result<AssistantSettings> saved =
            withRepo([&](ProfileRepository& r) { return r.saveAssistantSettings(settings); });
        QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(withRepo([](ProfileRepository& r) { return r.assistantSettings(); }).value(), AssistantSettings{});
    }

    void equalAmountsAreAllowed()
    {
        AssistantSettings s;
        s.maxAutoApproveCents = 5000;
        s.requireApprovalOverCents = 5000;
        s.maxRetryAttempts = 0;
        QVERIFY(withRepo([&](ProfileRepository& r) { return r.saveAssistantSettings(s); }).ok());
    }

private:
    std::unique_ptr<Store> m_store;
};

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "tst_profile_repository.moc"
