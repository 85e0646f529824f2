#include "core/SyncWait.h"
#include "secrets/KeychainCredentialStore.h"

#include <QtTest>

using namespace calldeck;

namespace {

QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    g_logged.append(message);
    if (g_previousHandler != nullptr) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

/// KeychainCredentialStore against a real Secret Service (gnome-keyring in a private D-Bus
/// session, see tests/run-with-keyring.sh).
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store{nullptr, QStringLiteral("CallDeck-test")};
    QStringList m_valuesUsed;

    QString remember(const QString& value)
    {
        m_valuesUsed.append(value);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        g_previousHandler = qInstallMessageHandler(captureMessage);
        const Status probe = syncResult(m_store.probe());
        QVERIFY2(probe.ok(), qPrintable(probe.error().message));
    }

    void cleanupTestCase()
    {
        for (const Secret secret : allSecrets()) {
            QVERIFY(syncResult(m_store.remove(secret)).ok());
        }
        qInstallMessageHandler(g_previousHandler);
    }

    void writeReadOverwriteRemove_data()
    {
        QTest::addColumn<int>("secret");
        for (const Secret secret : allSecrets()) {
            QTest::newRow(qPrintable(secretKey(secret))) << static_cast<int>(secret);
        }
    }

    void writeReadOverwriteRemove()
    {
        QFETCH(int, secret);
        const auto which = static_cast<Secret>(secret);
        const QString first = remember(QStringLiteral("first-%1-value").arg(secretKey(which)));
        const QString second = remember(QStringLiteral("second-%1-value").arg(secretKey(which)));

        QVERIFY(syncResult(m_store.write(which, first)).ok());
        Result<QString> read = syncResult(m_store.read(which));
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QCOMPARE(read.value(), first);

        QVERIFY(syncResult(m_store.write(which, second)).ok());
        QCOMPARE(syncResult(m_store.read(which)).value(), second);

        QVERIFY(syncResult(m_store.remove(which)).ok());
        read = syncResult(m_store.read(which));
        QVERIFY(read.ok());
        QVERIFY(read.value().isEmpty());
    }

    void secretsAreSeparateEntries()
    {
        const QString twilio = remember(QStringLiteral("twilio-token-separate"));
        const QString openAi = remember(QStringLiteral("sk-openai-separate"));
        QVERIFY(syncResult(m_store.write(Secret::TwilioAuthToken, twilio)).ok());
        QVERIFY(syncResult(m_store.write(Secret::OpenAiApiKey, openAi)).ok());
        QCOMPARE(syncResult(m_store.read(Secret::TwilioAuthToken)).value(), twilio);
        QCOMPARE(syncResult(m_store.read(Secret::OpenAiApiKey)).value(), openAi);
        QVERIFY(syncResult(m_store.remove(Secret::TwilioAuthToken)).ok());
        QCOMPARE(syncResult(m_store.read(Secret::OpenAiApiKey)).value(), openAi);
    }

    void missingEntryReadsEmpty()
    {
        QVERIFY(syncResult(m_store.remove(Secret::AnthropicApiKey)).ok());
        const Result<QString> read = syncResult(m_store.read(Secret::AnthropicApiKey));
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        QVERIFY(read.value().isEmpty());
    }

    void removingMissingEntrySucceeds()
    {
        QVERIFY(syncResult(m_store.remove(Secret::TwilioApiKeySecret)).ok());
        const Status again = syncResult(m_store.remove(Secret::TwilioApiKeySecret));
        QVERIFY2(again.ok(), qPrintable(again.error().message));
    }

    void unicodeValueRoundTrips()
    {
        const QString value = remember(QStringLiteral("pässwörd-🔑-鍵-ключ"));
        QVERIFY(syncResult(m_store.write(Secret::AnthropicApiKey, value)).ok());
        QCOMPARE(syncResult(m_store.read(Secret::AnthropicApiKey)).value(), value);
    }

    void serviceNamesDoNotShareEntries()
    {
        KeychainCredentialStore other(nullptr, QStringLiteral("CallDeck-test-other"));
        QVERIFY(syncResult(m_store.write(Secret::OpenAiApiKey, remember(QStringLiteral("sk-mine")))).ok());
        const Result<QString> read = syncResult(other.read(Secret::OpenAiApiKey));
        QVERIFY(read.ok());
        QVERIFY(read.value().isEmpty());
    }

    void valuesNeverReachTheLog()
    {
        QVERIFY(!m_valuesUsed.isEmpty());
        for (const QString& line : std::as_const(g_logged)) {
            for (const QString& value : std::as_const(m_valuesUsed)) {
                QVERIFY2(!line.contains(value), qPrintable(QStringLiteral("a secret value was logged")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychain_credential_store.moc"
