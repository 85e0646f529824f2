#include "core/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace calldeck;

/// Settings: typed values in an INI file, environment overrides, blobs, and a bad file that never
/// stops CallDeck from starting.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    [[nodiscard]] QString path(const QString& name = QStringLiteral("settings.ini")) const
    {
        return m_dir.filePath(name);
    }

    static void writeFile(const QString& filePath, const QByteArray& bytes)
    {
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral(".corrupt"));
        qunsetenv("TWILIO_ACCOUNT_SID");
        qunsetenv("CALLDECK_LISTEN");
    }

    void defaultsWithoutFile()
    {
        Settings settings(path());
        QCOMPARE(settings.value(SettingKeys::TwilioApiBase), QStringLiteral("https://api.twilio.com"));
        QCOMPARE(settings.value(SettingKeys::ListenAddress), QStringLiteral("127.0.0.1:8077"));
        QCOMPARE(settings.value(SettingKeys::PanelsLocked), false);
        QVERIFY(settings.value(SettingKeys::TwilioAccountSid).isEmpty());
        QCOMPARE(settings.filePath(), path());
    }

    void defaultFileIsInDataDir()
    {
        Settings settings;
        QVERIFY(settings.filePath().endsWith(QStringLiteral("/settings.ini")));
    }

    void valuesSurviveARestart()
    {
        {
            Settings settings(path());
            settings.setValue(SettingKeys::TwilioAccountSid, QStringLiteral("AC0123456789abcdef"));
            settings.setValue(SettingKeys::PanelsLocked, true);
            settings.setValue(SettingKeys::Language, QStringLiteral("sv_SE"));
            const Status synced = settings.sync();
            QVERIFY2(synced.ok(), qPrintable(synced.error().message));
        }
        Settings reopened(path());
        QCOMPARE(reopened.value(SettingKeys::TwilioAccountSid), QStringLiteral("AC0123456789abcdef"));
        QCOMPARE(reopened.value(SettingKeys::PanelsLocked), true);
        QCOMPARE(reopened.value(SettingKeys::Language), QStringLiteral("sv_SE"));
        QCOMPARE(reopened.value(SettingKeys::ChatModel), SettingKeys::ChatModel.defaultValue);
    }

    void environmentOverridesStoredValue()
    {
        Settings settings(path());
        settings.setValue(SettingKeys::TwilioAccountSid, QStringLiteral("ACstored"));
        qputenv("TWILIO_ACCOUNT_SID", "ACfromenv");
        QCOMPARE(settings.value(SettingKeys::TwilioAccountSid), QStringLiteral("ACfromenv"));
        QCOMPARE(settings.storedValue(SettingKeys::TwilioAccountSid), QStringLiteral("ACstored"));
        QVERIFY(settings.isOverridden(SettingKeys::TwilioAccountSid));
        QVERIFY(!settings.isOverridden(SettingKeys::ChatModel));

        // Setting a value while overridden still saves it for when the variable goes away.
        settings.setValue(SettingKeys::TwilioAccountSid, QStringLiteral("ACnew"));
        QCOMPARE(settings.value(SettingKeys::TwilioAccountSid), QStringLiteral("ACfromenv"));
        qunsetenv("TWILIO_ACCOUNT_SID");
        QCOMPARE(settings.value(SettingKeys::TwilioAccountSid), QStringLiteral("ACnew"));
    }

    void emptyEnvironmentVariableDoesNotOverride()
    {
        Settings settings(path());
        qputenv("CALLDECK_LISTEN", "");
        QVERIFY(!settings.isOverridden(SettingKeys::ListenAddress));
        QCOMPARE(settings.value(SettingKeys::ListenAddress), QStringLiteral("127.0.0.1:8077"));
    }

    void blobsRoundTrip()
    {
        static const char rawGeometry[] = "\x01\xd9\xd0\xcb\x00\x03\x00\x00\xff\xfe binary\nstate=1";
        const QByteArray geometry(rawGeometry, sizeof(rawGeometry) - 1);
        {
            Settings settings(path());
            settings.setBlob(QStringLiteral("main_window/geometry"), geometry);
            settings.setBlob(QStringLiteral("main_window/state"), QByteArrayLiteral("dock state"));
            QVERIFY(settings.sync().ok());
        }
        Settings reopened(path());
        QCOMPARE(reopened.blob(QStringLiteral("main_window/geometry")), geometry);
        reopened.removeBlob(QStringLiteral("main_window/state"));
        QVERIFY(reopened.sync().ok());
        Settings again(path());
        QVERIFY(again.blob(QStringLiteral("main_window/state")).isEmpty());
        QVERIFY(again.blob(QStringLiteral("never_set")).isEmpty());
        // Blobs live in their own group and never shadow a typed value of the same name.
        QVERIFY(again.value(SettingKeys::Language).isEmpty());
    }

    void corruptFileFallsBackToDefaults()
    {
        static const char garbage[] = "\x00\x01\xff\xfe not [an ini file\n[telephony\nlisten=";
        writeFile(path(), QByteArray(garbage, sizeof(garbage) - 1));
        Settings settings(path());
        QCOMPARE(settings.value(SettingKeys::ListenAddress), QStringLiteral("127.0.0.1:8077"));
        QCOMPARE(settings.value(SettingKeys::PanelsLocked), false);
        // The unreadable file is kept for inspection, and saving works again.
        QVERIFY(QFile::exists(path() + QStringLiteral(".corrupt")));
        settings.setValue(SettingKeys::PanelsLocked, true);
        QVERIFY(settings.sync().ok());
        QCOMPARE(Settings(path()).value(SettingKeys::PanelsLocked), true);
    }

    void unusableValueReadsAsDefault()
    {
        writeFile(path(), "[ui]\npanels_locked=banana\nlanguage=de_DE\n");
        Settings settings(path());
        QCOMPARE(settings.value(SettingKeys::PanelsLocked), false);
        QCOMPARE(settings.value(SettingKeys::Language), QStringLiteral("de_DE"));
    }

    void unwritableLocationReportsError()
    {
        writeFile(path(QStringLiteral("not-a-folder")), "x");
        Settings settings(path(QStringLiteral("not-a-folder/settings.ini")));
        settings.setValue(SettingKeys::Language, QStringLiteral("fr_FR"));
        const Status synced = settings.sync();
        QVERIFY(!synced.ok());
        QCOMPARE(synced.error().code, ErrorCode::Io);
        QVERIFY2(synced.error().message.contains(QStringLiteral("not-a-folder/settings.ini")),
                 qPrintable(synced.error().message));
    }

    void changedIsEmittedForRealChanges()
    {
        Settings settings(path());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setValue(SettingKeys::ChatModel, QStringLiteral("gpt-4.1"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("ai/chat_model"));
        settings.setValue(SettingKeys::ChatModel, QStringLiteral("gpt-4.1"));
        QCOMPARE(spy.size(), 1);
        settings.setValue(SettingKeys::PanelsLocked, true);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("ui/panels_locked"));
    }

    void changedSeesValuesFromAnEarlierRun()
    {
        {
            Settings settings(path());
            settings.setValue(SettingKeys::PanelsLocked, true);
            QVERIFY(settings.sync().ok());
        }
        Settings reopened(path());
        QSignalSpy spy(&reopened, &Settings::changed);
        reopened.setValue(SettingKeys::PanelsLocked, true); // stored as text "true" in the file
        QCOMPARE(spy.size(), 0);
        reopened.setValue(SettingKeys::PanelsLocked, false);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
