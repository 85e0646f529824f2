// The script exchange format: the shipped default reads as seed 003 describes it, a written script
// reads back equal, and every broken file is refused with the JSON path of its first problem.
#include "script/DefaultScript.h"
#include "script/ScriptJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <functional>

using namespace calldeck;

namespace {

QJsonObject defaultJson()
{
    return QJsonDocument::fromJson(ScriptJson::write(DefaultScript::load())).object();
}

/// Applies `edit` to the default script's JSON and returns the error message of parsing it.
QString brokenBy(const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = defaultJson();
    edit(root);
    const Result<Script> parsed = ScriptJson::parse(QJsonDocument(root).toJson());
    return parsed.ok() ? QStringLiteral("(accepted)") : parsed.error().message;
}

/// Replaces root[list][index][key] with `value` (removes it when `value` is undefined).
void setIn(QJsonObject& root, const QString& list, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray items = root.value(list).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined()) {
        item.remove(key);
    } else {
        item.insert(key, value);
    }
    items.replace(index, item);
    root.insert(list, items);
}

} // namespace

class TestScriptJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultScriptIsSeed003()
    {
        const Script script = DefaultScript::load();
        QCOMPARE(script.name, QStringLiteral("default"));
        QCOMPARE(script.milestones.size(), 7);
        const QStringList titles = {QStringLiteral("Context & Frame"),  QStringLiteral("Current State Mapping"),
                                    QStringLiteral("Outcome Vision"),   QStringLiteral("System Reality Check"),
                                    QStringLiteral("Solution Mapping"), QStringLiteral("Offer Presentation"),
                                    QStringLiteral("Decision Point")};
        const QList<int> minutes = {5, 20, 15, 10, 15, 10, 5};
        for (int i = 0; i < 7; ++i) {
            const ScriptMilestone& m = script.milestones.at(i);
            QCOMPARE(m.number, i + 1);
            QCOMPARE(m.title, titles.at(i));
            QCOMPARE(m.estimatedMinutes, minutes.at(i));
            QVERIFY(!m.objective.isEmpty());
            QVERIFY(m.requiredQuestions.size() >= 2 && m.requiredQuestions.size() <= 3);
            QVERIFY(!m.slides.isEmpty() && m.slides.size() <= 2);
            QCOMPARE(m.decision, i == 6);
        }
        const ScriptMilestone* m2 = script.milestone(2);
        QCOMPARE(m2->requiredFields.at(0).key, QStringLiteral("client_count"));
        QCOMPARE(m2->requiredFields.at(0).type, QStringLiteral("number"));
        QVERIFY(m2->requiredFields.at(0).sensitive);
        const ScriptField& decision = script.milestone(7)->requiredFields.at(0);
        QCOMPARE(decision.key, QStringLiteral("decision"));
        QCOMPARE(decision.options,
                 (QStringList{QStringLiteral("Proceed"), QStringLiteral("Pause"), QStringLiteral("Decline")}));
        QCOMPARE(script.milestone(4)->requiredFields.at(0).type, QStringLiteral("bool"));

        QCOMPARE(script.objections.size(), 6);
        QStringList types;
        for (const ObjectionType& o : script.objections) {
            types.append(o.type);
            QCOMPARE(o.allowedOutcomes.size(), 3);
            QVERIFY(o.diagnosticQuestions.size() >= 3);
        }
        QCOMPARE(types, (QStringList{QStringLiteral("Price"), QStringLiteral("Timing"), QStringLiteral("Capacity_Time"),
                                     QStringLiteral("Need_to_Think"), QStringLiteral("Partner_Team"),
                                     QStringLiteral("Skepticism")}));
        QCOMPARE(script.objection(QStringLiteral("Price"))->diagnosticQuestions.first(),
                 QStringLiteral("Compared to what?"));

        QCOMPARE(script.checklist.size(), 8);
        QList<bool> required;
        QList<int> gates;
        for (const ChecklistItem& item : script.checklist) {
            required.append(item.required);
            if (item.gate) {
                gates.append(item.id);
            }
        }
        QCOMPARE(required, (QList<bool>{true, true, true, true, true, false, false, true}));
        QCOMPARE(gates, QList<int>{2});
    }

    void writtenScriptReadsBackEqual()
    {
        Script script = DefaultScript::load();
        script.organization = QStringLiteral("acme");
        script.version = 4;
        script.milestones[1].requiredFields[1].sensitive = true;
        const Result<Script> parsed = ScriptJson::parse(ScriptJson::write(script));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed.value(), script);
        QCOMPARE(ScriptJson::write(parsed.value()), ScriptJson::write(script));
    }

    void milestonesAreSortedByOrder()
    {
        QJsonObject root = defaultJson();
        QJsonArray milestones = root.value(QStringLiteral("milestones")).toArray();
        const QJsonValue first = milestones.takeAt(0);
        milestones.append(first);
        root.insert(QStringLiteral("milestones"), milestones);
        const Result<Script> parsed = ScriptJson::parse(QJsonDocument(root).toJson());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().milestones.first().number, 1);
        QCOMPARE(parsed.value().milestones.last().number, 7);
    }

    void brokenFilesAreRefusedWithTheirPath()
    {
        const Result<Script> notJson = ScriptJson::parse("{\"format\": 1, \"name\": ");
        QVERIFY(!notJson.ok());
        QCOMPARE(notJson.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(notJson.error().message.startsWith(QStringLiteral("not valid JSON: ")),
                 qPrintable(notJson.error().message));
        QCOMPARE(ScriptJson::parse("[1, 2]").error().message, QStringLiteral("a script must be a JSON object"));

        QCOMPARE(brokenBy([](QJsonObject& r) { r.insert(QStringLiteral("format"), 2); }),
                 QStringLiteral("format: version 2 is not supported (this CallDeck reads version 1)"));
        QCOMPARE(brokenBy([](QJsonObject& r) { r.remove(QStringLiteral("format")); }),
                 QStringLiteral("format: required"));
        QCOMPARE(brokenBy([](QJsonObject& r) { r.insert(QStringLiteral("name"), QStringLiteral("  ")); }),
                 QStringLiteral("name: required"));
        QCOMPARE(brokenBy([](QJsonObject& r) { r.insert(QStringLiteral("milestones"), QJsonArray()); }),
                 QStringLiteral("milestones: must not be empty"));
        QCOMPARE(
            brokenBy([](QJsonObject& r) { setIn(r, QStringLiteral("milestones"), 2, QStringLiteral("number"), 2); }),
            QStringLiteral("milestones[2].number: 2 is already used by milestones[1]"));
        QCOMPARE(
            brokenBy([](QJsonObject& r) { setIn(r, QStringLiteral("milestones"), 2, QStringLiteral("number"), 0); }),
            QStringLiteral("milestones[2].number: must be a whole number of at least 1"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 2, QStringLiteral("title"), QJsonValue::Undefined);
                 }),
                 QStringLiteral("milestones[2].title: required"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 3, QStringLiteral("estimated_minutes"), 0);
                 }),
                 QStringLiteral("milestones[3].estimated_minutes: must be a whole number of at least 1"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 0, QStringLiteral("titel"), QStringLiteral("x"));
                 }),
                 QStringLiteral("milestones[0].titel: unknown key"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 1, QStringLiteral("fields"),
                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("Client Count")}}});
                 }),
                 QStringLiteral("milestones[1].fields[0].key: \"Client Count\" is not snake_case (like client_count)"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 1, QStringLiteral("fields"),
                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("reason_for_call")}}});
                 }),
                 QStringLiteral("milestones[1].fields[0].key: \"reason_for_call\" is already used by "
                                "milestones[0].fields[0].key"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 5, QStringLiteral("fields"),
                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("plan")},
                                                  {QStringLiteral("type"), QStringLiteral("choice")}}});
                 }),
                 QStringLiteral("milestones[5].fields[0].options: a choice field needs options"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 5, QStringLiteral("fields"),
                           QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("plan")},
                                                  {QStringLiteral("type"), QStringLiteral("date")}}});
                 }),
                 QStringLiteral(
                     "milestones[5].fields[0].type: \"date\" is not a field type (text, number, bool or choice)"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 6, QStringLiteral("decision"), QJsonValue::Undefined);
                 }),
                 QStringLiteral("milestones: no decision milestone (one needs \"decision\": true)"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("milestones"), 4, QStringLiteral("decision"), true);
                 }),
                 QStringLiteral("milestones[4].fields: the decision milestone needs a \"decision\" choice field"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("objections"), 2, QStringLiteral("allowed_outcomes"),
                           QJsonArray{QStringLiteral("Resolved"), QStringLiteral("Maybe")});
                 }),
                 QStringLiteral("objections[2].allowed_outcomes[1]: \"Maybe\" is not an outcome (Resolved, Deferred or "
                                "Disqualified)"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("objections"), 1, QStringLiteral("diagnostic_questions"), QJsonArray());
                 }),
                 QStringLiteral("objections[1].diagnostic_questions: must not be empty"));
        QCOMPARE(
            brokenBy([](QJsonObject& r) { setIn(r, QStringLiteral("checklist"), 4, QStringLiteral("gate"), true); }),
            QStringLiteral("checklist[4].gate: only one item can be the gate (checklist[1] is)"));
        QCOMPARE(brokenBy([](QJsonObject& r) { setIn(r, QStringLiteral("checklist"), 3, QStringLiteral("id"), 1); }),
                 QStringLiteral("checklist[3].id: 1 is already used by checklist[0]"));
        QCOMPARE(brokenBy([](QJsonObject& r) {
                     setIn(r, QStringLiteral("checklist"), 3, QStringLiteral("required"), QStringLiteral("yes"));
                 }),
                 QStringLiteral("checklist[3].required: must be true or false"));
    }
};

QTEST_GUILESS_MAIN(TestScriptJson)
#include "tst_script_json.moc"
