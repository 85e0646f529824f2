#include "conversation/prompt/SpeechGuard.h"

#include <QtTest>

using namespace calldeck;

/// Forbidden phrases are caught however they are cased, and only as whole words.
class TestSpeechGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWholeWordsCaseInsensitively()
    {
        const SpeechGuard guard({QStringLiteral("guaranteed"), QStringLiteral("No problem at all"), QStringLiteral("free")});
        QCOMPARE(guard.findForbidden(QStringLiteral("That is GUARANTEED, sir.")), QStringList{QStringLiteral("guaranteed")});
        QCOMPARE(guard.findForbidden(QStringLiteral("no  problem\nat all!")), QStringList{QStringLiteral("No problem at all")});
        QVERIFY(guard.isClean(QStringLiteral("Freedom of choice and a freebie.")));
        QVERIFY(guard.isClean(QStringLiteral("It is not guaranteedly anything.")));
        QCOMPARE(guard.findForbidden(QStringLiteral("Free and guaranteed.")),
                 (QStringList{QStringLiteral("guaranteed"), QStringLiteral("free")}));
    }

    void unicodeAware()
    {
        const SpeechGuard guard({QStringLiteral("Garantie"), QStringLiteral("don't worry"), QStringLiteral("café")});
        QVERIFY(!guard.isClean(QStringLiteral("Mit GARANTIE!")));
        QVERIFY(guard.isClean(QStringLiteral("Garantiezeit ist lang.")));
        QVERIFY(!guard.isClean(QStringLiteral("Oh, don\u2019t worry about it.")));
        // Decomposed é (e + combining acute) is the same word; "cafés" is a different one.
        QVERIFY(!guard.isClean(QStringLiteral("Meet at the cafe\u0301 later.")));
        QVERIFY(!guard.isClean(QStringLiteral("MEET AT THE CAFÉ.")));
        QVERIFY(guard.isClean(QStringLiteral("Two cafés.")));
    }

    void dropsOnlyTheOffendingSentences()
    {
        const SpeechGuard guard({QStringLiteral("guaranteed")});
        QCOMPARE(guard.withoutForbiddenSentences(QStringLiteral("Hello there. Results are guaranteed! What time works?")),
                 QStringLiteral("Hello there. What time works?"));
        QCOMPARE(guard.withoutForbiddenSentences(QStringLiteral("Guaranteed.")), QString());
        QCOMPARE(guard.withoutForbiddenSentences(QStringLiteral("Fine.")), QStringLiteral("Fine."));
    }

    void blankPhrasesAreIgnored()
    {
        const SpeechGuard guard({QString(), QStringLiteral("   ")});
        QVERIFY(guard.phrases().isEmpty());
        QVERIFY(guard.isClean(QStringLiteral("anything at all")));
    }
};

QTEST_GUILESS_MAIN(TestSpeechGuard)
#include "tst_speech_guard.moc"
