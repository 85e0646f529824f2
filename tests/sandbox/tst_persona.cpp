#include "telephony/sandbox/SandboxLine.h"
#include "telephony/sandbox/Persona.h"
#include "telephony/sandbox/SpeechSynth.h"

#include "media/AudioLevel.h"
#include "media/MuLaw.h"

#include <QSet>
#include <QtTest>

using namespace calldeck;
using namespace calldeck::sandbox;

/// The compiled-in personas: every one the sandbox line promises exists, loads and can speak.
class TestPersona : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyPromisedPersonaIsCompiledIn()
    {
        const QList<PersonaSummary> personas = SandboxLine::personas();
        QHash<QString, PersonaSummary> byName;
        QSet<QString> numbers;
        for (const PersonaSummary& p : personas) {
            byName.insert(p.name, p);
            QVERIFY2(!numbers.contains(p.number), qPrintable(p.number));
            numbers.insert(p.number);
            QVERIFY2(p.number.startsWith(QLatin1String("+155555501")), qPrintable(p.number));
            QVERIFY(!p.displayName.isEmpty());
        }
        const QHash<QString, QString> expected{{QStringLiteral("dental"), QStringLiteral("answer")},
                                               {QStringLiteral("garden"), QStringLiteral("answer")},
                                               {QStringLiteral("prospect"), QStringLiteral("answer")},
                                               {QStringLiteral("busy"), QStringLiteral("busy")},
                                               {QStringLiteral("no-answer"), QStringLiteral("no-answer")},
                                               {QStringLiteral("voicemail"), QStringLiteral("voicemail")},
                                               {QStringLiteral("hangup"), QStringLiteral("hangup")},
                                               {QStringLiteral("fail"), QStringLiteral("fail")}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(byName.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(byName.value(it.key()).outcome, it.value());
        }
        QCOMPARE(byName.value(QStringLiteral("dental")).number, QStringLiteral("+15555550100"));
        QVERIFY(byName.contains(SandboxLine::defaultPersona()));
    }

    void prospectFollowsASalesConversation()
    {
        const auto prospect = Persona::load(QStringLiteral("prospect"));
        QVERIFY2(prospect.ok(), qPrintable(prospect.error().message));
        QStringList lines;
        for (const PersonaTurn& turn : prospect.value().turns) {
            lines.append(turn.text);
        }
        const QString all = lines.join(QLatin1Char(' '));
        QVERIFY(all.contains(QLatin1String("expensive")));  // the price objection
        QVERIFY(all.contains(QLatin1String("about 620 clients")));   // the qualification figure (M2)
        QVERIFY(all.contains(QLatin1String("go ahead")));   // the decision (M7)
        QVERIFY(prospect.value().turns.size() >= 8);
        QVERIFY(!prospect.value().closing.isEmpty());
    }

    void unknownPersonaIsARefusalNotACrash()
    {
        const auto missing = Persona::load(QStringLiteral("nobody"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        SandboxLine line;
        QVERIFY(!line.setPersonaForNumber(QStringLiteral("+14155550123"), QStringLiteral("nobody")).ok());
        QVERIFY(!line.setPersonaForNumber(QStringLiteral("4155550123"), QStringLiteral("busy")).ok());
        QVERIFY(line.setPersonaForNumber(QStringLiteral("+14155550123"), QStringLiteral("busy")).ok());
    }

    void greetingIsSpeechAt8kHz()
    {
        const auto dental = Persona::load(QStringLiteral("dental"));
        QVERIFY(dental.ok());
        const auto audio = SpeechSynth::synthesizeMuLaw(dental.value().greeting, dental.value().voice,
                                                        dental.value().rateWpm);
        QVERIFY2(audio.ok(), qPrintable(audio.error().message));
        QCOMPARE(audio.value().size() % 160, 0);
        // A sentence of a dozen words lasts seconds, not milliseconds or minutes.
        const double seconds = audio.value().size() / 8000.0;
        QVERIFY2(seconds > 2.0 && seconds < 15.0, qPrintable(QString::number(seconds)));
        QList<std::int16_t> pcm;
        MuLaw::decode(audio.value(), pcm);
        QVERIFY(levelDbfs(pcm.constData(), int(pcm.size())) > -35.0f);
    }

    void unknownVoiceIsAReadableError()
    {
        const auto audio = SpeechSynth::synthesizeMuLaw(QStringLiteral("Hello"), QStringLiteral("xx-nonexistent"), 160);
        QVERIFY(!audio.ok());
        QVERIFY(audio.error().message.contains(QLatin1String("xx-nonexistent")));
    }
};

QTEST_GUILESS_MAIN(TestPersona)
#include "tst_persona.moc"
