#include "conversation/prompt/ToolCatalog.h"

#include <QJsonObject>
#include <QtTest>

using namespace calldeck;

namespace {

ToolCall call(const QString& name, const QJsonObject& arguments)
{
    return ToolCall{QStringLiteral("call-1"), name, arguments, QString()};
}

} // namespace

/// The agent tools' schemas and the checks a model's arguments go through.
class TestToolCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemasAreWellFormed()
    {
        const QJsonArray tools = ToolCatalog::neutral();
        QCOMPARE(ToolCatalog::names(), (QStringList{QStringLiteral("log_call_event"), QStringLiteral("end_call"),
                                                   QStringLiteral("record_field"), QStringLiteral("request_approval"),
                                                   QStringLiteral("lookup_contact")}));
        for (const QJsonValue& value : tools) {
            const QJsonObject tool = value.toObject();
            QVERIFY(!tool.value(QStringLiteral("description")).toString().isEmpty());
            const QJsonObject params = tool.value(QStringLiteral("parameters")).toObject();
            QCOMPARE(params.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
            const QJsonObject props = params.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue& required : params.value(QStringLiteral("required")).toArray()) {
                QVERIFY2(props.contains(required.toString()), qPrintable(required.toString()));
            }
            for (const QString& key : props.keys()) {
                QVERIFY(!props.value(key).toObject().value(QStringLiteral("type")).toString().isEmpty());
            }
        }
        const QJsonObject approval = tools.at(3).toObject().value(QStringLiteral("parameters")).toObject();
        QCOMPARE(approval.value(QStringLiteral("properties")).toObject().value(QStringLiteral("amount_cents")).toObject()
                     .value(QStringLiteral("type")).toString(), QStringLiteral("integer"));
        const QJsonObject record = tools.at(2).toObject().value(QStringLiteral("parameters")).toObject();
        QCOMPARE(record.value(QStringLiteral("required")).toArray().size(), 2);   // raw_fragment is optional
    }

    void providerShapes()
    {
        const QJsonObject realtime = ToolCatalog::toRealtimeTools().at(1).toObject();
        QCOMPARE(realtime.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        QCOMPARE(realtime.value(QStringLiteral("name")).toString(), QStringLiteral("end_call"));
        QVERIFY(realtime.value(QStringLiteral("parameters")).isObject());
        const QJsonObject chat = ToolCatalog::toChatTools().at(1).toObject();
        QCOMPARE(chat.value(QStringLiteral("type")).toString(), QStringLiteral("function"));
        const QJsonObject function = chat.value(QStringLiteral("function")).toObject();
        QCOMPARE(function.value(QStringLiteral("name")).toString(), QStringLiteral("end_call"));
        QVERIFY(function.value(QStringLiteral("parameters")).isObject());
        QVERIFY(!chat.contains(QStringLiteral("name")));
    }

    void validCallsPass()
    {
        QVERIFY(ToolCatalog::validate(call(QStringLiteral("end_call"),
                                           {{QStringLiteral("summary"), QStringLiteral("Booked")},
                                            {QStringLiteral("objective_met"), true}})).ok());
        QVERIFY(ToolCatalog::validate(call(QStringLiteral("record_field"),
                                           {{QStringLiteral("key"), QStringLiteral("date")},
                                            {QStringLiteral("value"), QStringLiteral("2026-11-24")}})).ok());
        QVERIFY(ToolCatalog::validate(call(QStringLiteral("request_approval"),
                                           {{QStringLiteral("amount_cents"), 18000},
                                            {QStringLiteral("description"), QStringLiteral("cleaning")}})).ok());
    }

    void invalidCallsSayWhatIsWrong()
    {
        Status s = ToolCatalog::validate(call(QStringLiteral("hang_up"), {}));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("hang_up")), qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QLatin1String("end_call")));

        s = ToolCatalog::validate(call(QStringLiteral("end_call"), {{QStringLiteral("summary"), QStringLiteral("x")}}));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("objective_met")), qPrintable(s.error().message));

        s = ToolCatalog::validate(call(QStringLiteral("request_approval"),
                                       {{QStringLiteral("amount_cents"), 180.5}, {QStringLiteral("description"), QStringLiteral("x")}}));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QLatin1String("whole number")), qPrintable(s.error().message));

        s = ToolCatalog::validate(call(QStringLiteral("request_approval"),
                                       {{QStringLiteral("amount_cents"), QStringLiteral("180")}, {QStringLiteral("description"), QStringLiteral("x")}}));
        QVERIFY(!s.ok());

        s = ToolCatalog::validate(call(QStringLiteral("end_call"),
                                       {{QStringLiteral("summary"), QStringLiteral("x")}, {QStringLiteral("objective_met"), QStringLiteral("yes")}}));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("true or false")));

        s = ToolCatalog::validate(call(QStringLiteral("lookup_contact"),
                                       {{QStringLiteral("query"), QStringLiteral("Bob")}, {QStringLiteral("limit"), 3}}));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("limit")));

        ToolCall broken = call(QStringLiteral("lookup_contact"), {});
        broken.argumentsError = QStringLiteral("unterminated string");
        s = ToolCatalog::validate(broken);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QLatin1String("not valid JSON")));
    }
};

QTEST_GUILESS_MAIN(TestToolCatalog)
#include "tst_tool_catalog.moc"
