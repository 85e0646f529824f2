#include "conversation/cascade/PhraseFilter.h"
#include "conversation/cascade/SentenceSplitter.h"

#include <QtTest>

using namespace calldeck;

/// Cutting streamed text into speakable sentences, and spotting forbidden phrases in them.
class TestSentenceSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sentencesComeOutAsSoonAsTheyAreComplete()
    {
        SentenceSplitter s;
        QVERIFY(s.push(QStringLiteral("Hello, this is Dr. Smi")).isEmpty());
        QCOMPARE(s.push(QStringLiteral("th's office. Is Tues")), QStringList{QStringLiteral("Hello, this is Dr. Smith's office.")});
        QCOMPARE(s.push(QStringLiteral("day at 9.30 fine?! Great")), QStringList{QStringLiteral("Is Tuesday at 9.30 fine?!")});
        QCOMPARE(s.flush(), QStringLiteral("Great"));
        QCOMPARE(s.flush(), QString());
    }

    void lineBreaksEndSentences()
    {
        SentenceSplitter s;
        QCOMPARE(s.push(QStringLiteral("First line\nSecond")), QStringList{QStringLiteral("First line")});
    }

    void forbiddenPhrasesMatchWholeWordsIgnoringCase()
    {
        const PhraseFilter filter({QStringLiteral("best price"), QStringLiteral("deal")});
        QCOMPARE(filter.match(QStringLiteral("That is the BEST   price in town.")), QStringLiteral("best price"));
        QCOMPARE(filter.match(QStringLiteral("A deal!")), QStringLiteral("deal"));
        QCOMPARE(filter.match(QStringLiteral("Ask the dealer.")), QString());
        QCOMPARE(filter.match(QStringLiteral("The best prices.")), QString());
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentence_splitter.moc"
