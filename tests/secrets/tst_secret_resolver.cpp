#include "core/SyncWait.h"
#include "fakes/MemoryCredentialStore.h"
#include "secrets/SecretResolver.h"

#include <QtTest>

using namespace calldeck;

/// SecretResolver: the environment wins when set, the keychain otherwise, "missing" when neither.
class TestSecretResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        for (const Secret secret : allSecrets()) {
            qunsetenv(secretEnvironmentVariable(secret).toLatin1().constData());
        }
    }

    void environmentWinsOverKeychain()
    {
        MemoryCredentialStore store;
        QVERIFY(syncResult(store.write(Secret::OpenAiApiKey, QStringLiteral("sk-stored"))).ok());
        qputenv("OPENAI_API_KEY", "sk-from-env");
        SecretResolver resolver(store);

        const Result<ResolvedSecret> resolved = syncResult(resolver.resolve(Secret::OpenAiApiKey));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value().value, QStringLiteral("sk-from-env"));
        QCOMPARE(resolved.value().source, ResolvedSecret::Source::Environment);
    }

    void environmentWorksWithoutKeychain()
    {
        MemoryCredentialStore store;
        store.setUnavailable(true);
        qputenv("TWILIO_AUTH_TOKEN", "token-from-env");
        SecretResolver resolver(store);

        const Result<ResolvedSecret> resolved = syncResult(resolver.resolve(Secret::TwilioAuthToken));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value().value, QStringLiteral("token-from-env"));
        QCOMPARE(store.operationCount(), 0);
    }

    void emptyEnvironmentFallsBackToKeychain()
    {
        MemoryCredentialStore store;
        QVERIFY(syncResult(store.write(Secret::AnthropicApiKey, QStringLiteral("ant-stored"))).ok());
        qputenv("ANTHROPIC_API_KEY", "");
        SecretResolver resolver(store);

        const Result<ResolvedSecret> resolved = syncResult(resolver.resolve(Secret::AnthropicApiKey));
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value().value, QStringLiteral("ant-stored"));
        QCOMPARE(resolved.value().source, ResolvedSecret::Source::Keychain);
    }

    void missingEverywhere()
    {
        MemoryCredentialStore store;
        SecretResolver resolver(store);

        const Result<ResolvedSecret> resolved = syncResult(resolver.resolve(Secret::TwilioApiKeySecret));
        QVERIFY(resolved.ok());
        QVERIFY(resolved.value().value.isEmpty());
        QCOMPARE(resolved.value().source, ResolvedSecret::Source::Missing);
    }

    void unavailableKeychainIsReported()
    {
        MemoryCredentialStore store;
        store.setUnavailable(true);
        SecretResolver resolver(store);

        const Result<ResolvedSecret> resolved = syncResult(resolver.resolve(Secret::OpenAiApiKey));
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, ErrorCode::KeychainUnavailable);
    }

    void everySecretHasDistinctNames()
    {
        QSet<QString> keys;
        QSet<QString> variables;
        for (const Secret secret : allSecrets()) {
            keys.insert(secretKey(secret));
            variables.insert(secretEnvironmentVariable(secret));
        }
        QCOMPARE(keys.size(), allSecrets().size());
        QCOMPARE(variables.size(), allSecrets().size());
        QVERIFY(variables.contains(QStringLiteral("TWILIO_AUTH_TOKEN")));
        QVERIFY(variables.contains(QStringLiteral("OPENAI_API_KEY")));
    }
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secret_resolver.moc"
