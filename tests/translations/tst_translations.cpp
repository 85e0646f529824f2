#include "core/Translations.h"

#include <QCoreApplication>
#include <QtTest>

using calldeck::Translations;

/// The shipped languages are compiled in and the loader picks them by locale or override.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shipsEnglishAndSwedish()
    {
        const QStringList languages = Translations::available();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("sv")));
    }

    void swedishLocaleTranslatesEngineMessages()
    {
        const QString source = QStringLiteral("phone number is empty");
        QCOMPARE(QCoreApplication::translate("calldeck::PhoneNumbers", "phone number is empty"), source);
        QCOMPARE(Translations::install(*QCoreApplication::instance(), {}, QLocale(QLocale::Swedish, QLocale::Sweden)),
                 QStringLiteral("sv"));
        const QString swedish = QCoreApplication::translate("calldeck::PhoneNumbers", "phone number is empty");
        QVERIFY2(swedish != source && !swedish.isEmpty(), qPrintable(swedish));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        // CallDeck has no Japanese: the source strings (English) stay in use.
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
