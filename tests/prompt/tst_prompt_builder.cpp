#include "conversation/prompt/PromptBuilder.h"

#include <QtTest>

using namespace calldeck;

namespace {

CallBrief dentalBrief()
{
    CallBrief brief;
    brief.goal = QStringLiteral("Get the earliest cleaning appointment this week");
    brief.contactName = QStringLiteral("Bright Smile Dental");
    brief.contactType = QStringLiteral("dentist");
    brief.steps = {QStringLiteral("Ask for a cleaning appointment"), QStringLiteral("Confirm date and time")};
    brief.questions = {QStringLiteral("When is your earliest cleaning appointment?")};
    brief.infoToObtain = {QStringLiteral("appointment_date"), QStringLiteral("price")};
    brief.successConditions = {QStringLiteral("An appointment is booked")};
    brief.hardConstraints = {QStringLiteral("no later than Friday")};
    brief.softPreferences = {QStringLiteral("mornings preferred")};
    brief.maxPriceCents = 15000;
    brief.onBehalfOf = QStringLiteral("Alex Morgan");
    brief.personalFields = {{QStringLiteral("birthdate"), QStringLiteral("1988-04-12")},
                            {QStringLiteral("ssn_last4"), QStringLiteral("4821")},
                            {QStringLiteral("account_number"), QStringLiteral("AC-99172")}};
    brief.assistant.allowedAuthFields = {QStringLiteral("birthdate")};
    brief.assistant.forbiddenPhrases = {QStringLiteral("guaranteed"), QStringLiteral("no problem at all")};
    brief.assistant.maxAutoApproveCents = 5000;
    brief.assistant.requireApprovalOverCents = 10000;
    brief.extraInstructions = QStringLiteral("Milestone script: greet, book, confirm.");
    return brief;
}

} // namespace

/// The system prompt the AI agents get: what the callee hears first and what the model may share.
class TestPromptBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void disclosureComesFirst()
    {
        const QString prompt = PromptBuilder::build(dentalBrief());
        const QString firstLine = prompt.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(firstLine.contains(QLatin1String("AI")), qPrintable(firstLine));
        QVERIFY(firstLine.contains(QLatin1String("on behalf of Alex Morgan")));
        QVERIFY(firstLine.contains(QLatin1String("Bright Smile Dental")));
        // The opening is quoted verbatim right after, before the goal.
        const qsizetype opening = prompt.indexOf(PromptBuilder::openingLine(dentalBrief()));
        QVERIFY(opening > 0);
        QVERIFY(opening < prompt.indexOf(QLatin1String("Goal of the call")));
    }

    void recordingNoticeFollowsTheSetting()
    {
        CallBrief brief = dentalBrief();
        brief.recordingOn = false;
        QVERIFY(!PromptBuilder::openingLine(brief).contains(QLatin1String("recorded")));
        QVERIFY(!PromptBuilder::build(brief).contains(QLatin1String("recorded")));
        brief.recordingOn = true;
        const QString opening = PromptBuilder::openingLine(brief);
        QVERIFY2(opening.startsWith(QLatin1String("Hello, this is an AI assistant calling on behalf of Alex Morgan.")),
                 qPrintable(opening));
        QVERIFY(opening.endsWith(QLatin1String("This call is being recorded.")));
        QVERIFY(PromptBuilder::build(brief).contains(QLatin1String("This call is being recorded.")));
    }

    void openingNamesTheOrganization()
    {
        CallBrief brief = dentalBrief();
        brief.organization = QStringLiteral("Acme Corp");
        QCOMPARE(PromptBuilder::openingLine(brief),
                 QStringLiteral("Hello, this is an AI assistant calling on behalf of Alex Morgan from Acme Corp."));
    }

    void planAndRulesArePresent()
    {
        const QString prompt = PromptBuilder::build(dentalBrief());
        QVERIFY(prompt.contains(QLatin1String("Goal of the call: Get the earliest cleaning appointment this week")));
        QVERIFY(prompt.contains(QLatin1String("1. Ask for a cleaning appointment")));
        QVERIFY(prompt.contains(QLatin1String("2. Confirm date and time")));
        QVERIFY(prompt.contains(QLatin1String("When is your earliest cleaning appointment?")));
        QVERIFY(prompt.contains(QLatin1String("record_field")));
        QVERIFY(prompt.contains(QLatin1String("- appointment_date")));
        QVERIFY(prompt.contains(QLatin1String("no later than Friday")));
        QVERIFY(prompt.contains(QLatin1String("mornings preferred")));
        QVERIFY(prompt.contains(QLatin1String("Tone: friendly.")));
        QVERIFY(prompt.contains(QLatin1String("English (United States)")));
        // The task's "$150" limit is the user's approval in advance up to it.
        QVERIFY(prompt.contains(QLatin1String("$150.00 or less without asking")));
        QVERIFY(prompt.contains(QLatin1String("A price above this task's limit of $150.00 needs")));
        QVERIFY(!prompt.contains(QLatin1String("above $100.00")));
        QVERIFY(prompt.contains(QLatin1String("request_approval")));
        QVERIFY(prompt.contains(QLatin1String("lookup_contact")));
        QVERIFY(prompt.contains(QLatin1String("end_call")));
        QVERIFY(prompt.contains(QLatin1String("Never invent facts")));
        QVERIFY(prompt.endsWith(QLatin1String("Milestone script: greet, book, confirm.")));
    }

    void forbiddenPhrasesAreListed()
    {
        const QString prompt = PromptBuilder::build(dentalBrief());
        QVERIFY(prompt.contains(QLatin1String("never say")));
        QVERIFY(prompt.contains(QLatin1String("\"guaranteed\"")));
        QVERIFY(prompt.contains(QLatin1String("\"no problem at all\"")));
    }

    void onlyAllowedPersonalValuesArePresent()
    {
        const QString prompt = PromptBuilder::build(dentalBrief());
        QVERIFY(prompt.contains(QLatin1String("birthdate: 1988-04-12")));
        QVERIFY(!prompt.contains(QLatin1String("4821")));
        QVERIFY(!prompt.contains(QLatin1String("AC-99172")));
        // The withheld fields are named so the model refuses them.
        const QString never = prompt.section(QLatin1String("Never share or guess these"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY(never.contains(QLatin1String("ssn_last4")));
        QVERIFY(never.contains(QLatin1String("account_number")));
        QVERIFY(!never.contains(QLatin1String("birthdate")));
    }

    void languageFollowsTheBrief()
    {
        CallBrief brief = dentalBrief();
        brief.language = QStringLiteral("de-DE");
        QVERIFY(PromptBuilder::build(brief).contains(QLatin1String("speak German (Germany)")));
    }

    void moneyIsFormattedWithoutFloats()
    {
        QCOMPARE(PromptBuilder::formatCents(18000, QStringLiteral("USD")), QStringLiteral("$180.00"));
        QCOMPARE(PromptBuilder::formatCents(5, QStringLiteral("USD")), QStringLiteral("$0.05"));
        QCOMPARE(PromptBuilder::formatCents(123456789012345, QStringLiteral("EUR")), QStringLiteral("1234567890123.45 EUR"));
    }
};

QTEST_GUILESS_MAIN(TestPromptBuilder)
#include "tst_prompt_builder.moc"
