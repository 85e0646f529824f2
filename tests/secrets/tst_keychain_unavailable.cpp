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

void expectUnavailable(const Error& error)
{
    QCOMPARE(error.code, ErrorCode::KeychainUnavailable);
    // The message says how to fix it: a keychain to install, or the variables for headless use.
    QVERIFY2(error.message.contains(QStringLiteral("GNOME Keyring")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("KWallet")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("TWILIO_AUTH_TOKEN")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("OPENAI_API_KEY")), qPrintable(error.message));
}

} // namespace

/// KeychainCredentialStore on a machine where no keychain service answers: the session bus
/// address points at a socket that does not exist, so Secret Service and KWallet are both gone.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private:
    KeychainCredentialStore m_store{nullptr, QStringLiteral("CallDeck-test")};

private Q_SLOTS:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(captureMessage); }
    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void probeSaysUnavailable()
    {
        const Status probe = syncResult(m_store.probe());
        QVERIFY(!probe.ok());
        expectUnavailable(probe.error());
    }

    void readFails()
    {
        const Result<QString> read = syncResult(m_store.read(Secret::TwilioAuthToken));
        QVERIFY(!read.ok());
        expectUnavailable(read.error());
    }

    void writeFailsWithoutPlaintextFallback()
    {
        const Status written = syncResult(m_store.write(Secret::OpenAiApiKey, QStringLiteral("sk-never-stored")));
        QVERIFY(!written.ok());
        expectUnavailable(written.error());
        // Nothing was kept anywhere else: reading it back fails the same way instead of succeeding.
        const Result<QString> read = syncResult(m_store.read(Secret::OpenAiApiKey));
        QVERIFY(!read.ok());
        expectUnavailable(read.error());
        for (const QString& line : std::as_const(g_logged)) {
            QVERIFY(!line.contains(QStringLiteral("sk-never-stored")));
        }
    }

    void removeFails()
    {
        const Status removed = syncResult(m_store.remove(Secret::AnthropicApiKey));
        QVERIFY(!removed.ok());
        expectUnavailable(removed.error());
    }
};

int main(int argc, char** argv)
{
    // Before the first job: QtKeychain picks its backend once, and GLib connects to the bus lazily.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/calldeck-no-session-bus");
    for (const char* variable : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                 "KDE_FULL_SESSION", "KDE_SESSION_VERSION", "GNOME_DESKTOP_SESSION_ID"}) {
        qunsetenv(variable);
    }
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_unavailable.moc"
