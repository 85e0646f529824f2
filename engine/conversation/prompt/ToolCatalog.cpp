#include "conversation/prompt/ToolCatalog.h"


#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace calldeck {

namespace {

QJsonObject property(const QString& type, const QString& description)
{
    return QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("description"), description}};
}

QJsonObject tool(const QString& name, const QString& description, const QJsonObject& properties,
                 const QStringList& required)
{
    const QJsonObject parameters{{QStringLiteral("type"), QStringLiteral("object")},
                                 {QStringLiteral("properties"), properties},
                                 {QStringLiteral("required"), QJsonArray::fromStringList(required)},
                                 {QStringLiteral("additionalProperties"), false}};
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("parameters"), parameters}};
}

// record_field of a scripted call also names the milestone the field belongs to.
QJsonArray withScriptTools(const QJsonArray& base)
{
    QJsonArray out;
    for (const QJsonValue& value : base) {
        QJsonObject tool = value.toObject();
        if (tool.value(QStringLiteral("name")).toString() == QLatin1String("record_field")) {
            QJsonObject parameters = tool.value(QStringLiteral("parameters")).toObject();
            QJsonObject properties = parameters.value(QStringLiteral("properties")).toObject();
            properties.insert(QStringLiteral("milestone"),
                              property(QStringLiteral("integer"),
                                       QStringLiteral("For a field of the sales script: the milestone it belongs to.")));
            parameters.insert(QStringLiteral("properties"), properties);
            tool.insert(QStringLiteral("parameters"), parameters);
            tool.insert(QStringLiteral("description"),
                        QString(tool.value(QStringLiteral("description")).toString()
                                + QStringLiteral(" With a sales script, also the script's field keys, with the milestone.")));
        }
        out.append(tool);
    }
    for (const QJsonValue& value : ToolCatalog::scriptTools()) {
        out.append(value);
    }
    return out;
}

QJsonObject findTool(const QString& name)
{
    static const QJsonArray known = withScriptTools(ToolCatalog::neutral());
    for (const QJsonValue& value : known) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

bool matchesType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("string")) {
        return value.isString();
    }
    if (type == QLatin1String("boolean")) {
        return value.isBool();
    }
    if (type == QLatin1String("array")) {
        return value.isArray();
    }
    if (type == QLatin1String("integer")) {
        // JSON has one number type: an integer is a number without a fractional part.
        return value.isDouble() && std::isfinite(value.toDouble()) && std::floor(value.toDouble()) == value.toDouble();
    }
    return true;
}

QString typeInWords(const QString& type)
{
    if (type == QLatin1String("string")) {
        return QCoreApplication::translate("calldeck::ToolCatalog", "text");
    }
    if (type == QLatin1String("boolean")) {
        return QCoreApplication::translate("calldeck::ToolCatalog", "true or false");
    }
    if (type == QLatin1String("integer")) {
        return QCoreApplication::translate("calldeck::ToolCatalog", "a whole number");
    }
    if (type == QLatin1String("array")) {
        return QCoreApplication::translate("calldeck::ToolCatalog", "a list");
    }
    return type;
}

} // namespace

QJsonArray ToolCatalog::neutral()
{
    // The descriptions are read by the model, so they say when to use the tool, not how it works.
    static const QJsonArray tools{
        tool(QStringLiteral("log_call_event"),
             QStringLiteral("Note something that happened on the call for the user's call log, e.g. the callee "
                            "asked to call back later or transferred you."),
             QJsonObject{{QStringLiteral("kind"),
                          property(QStringLiteral("string"),
                                   QStringLiteral("Short category, e.g. transfer, callback_requested, voicemail, "
                                                  "objection, confirmation."))},
                         {QStringLiteral("detail"), property(QStringLiteral("string"), QStringLiteral("What happened, in one sentence."))}},
             {QStringLiteral("kind"), QStringLiteral("detail")}),
        tool(QStringLiteral("end_call"),
             QStringLiteral("End the call after you said goodbye. Say nothing after calling it."),
             QJsonObject{{QStringLiteral("summary"),
                          property(QStringLiteral("string"), QStringLiteral("What was agreed or learned, in two or three sentences."))},
                         {QStringLiteral("objective_met"),
                          property(QStringLiteral("boolean"), QStringLiteral("True if the call's goal was reached."))}},
             {QStringLiteral("summary"), QStringLiteral("objective_met")}),
        tool(QStringLiteral("record_field"),
             QStringLiteral("Record a piece of information the callee gave, as soon as you hear it. Use the keys "
                            "listed under 'Information to obtain'."),
             QJsonObject{{QStringLiteral("key"), property(QStringLiteral("string"), QStringLiteral("The field key, exactly as listed."))},
                         {QStringLiteral("value"), property(QStringLiteral("string"), QStringLiteral("The value, normalised (dates as YYYY-MM-DD, times as HH:MM)."))},
                         {QStringLiteral("raw_fragment"),
                          property(QStringLiteral("string"), QStringLiteral("The callee's words the value comes from."))}},
             {QStringLiteral("key"), QStringLiteral("value")}),
        tool(QStringLiteral("request_approval"),
             QStringLiteral("Ask the user to approve a price above their limit. Tell the callee you need a moment, "
                            "then wait: the answer arrives as this tool's output {approved, note}."),
             QJsonObject{{QStringLiteral("amount_cents"),
                          property(QStringLiteral("integer"), QStringLiteral("The price in cents of the call's currency."))},
                         {QStringLiteral("description"),
                          property(QStringLiteral("string"), QStringLiteral("What the price is for, as the callee put it."))}},
             {QStringLiteral("amount_cents"), QStringLiteral("description")}),
        tool(QStringLiteral("lookup_contact"),
             QStringLiteral("Look up a person or business in the user's contacts (phone number, address, notes). "
                            "Use it instead of guessing any contact detail."),
             QJsonObject{{QStringLiteral("query"), property(QStringLiteral("string"), QStringLiteral("A name, company or phone number."))}},
             {QStringLiteral("query")}),
    };
    return tools;
}

QJsonArray ToolCatalog::scriptTools()
{
    // Read by the model: they say when to call each tool and what a refusal means.
    static const QJsonArray tools{
        tool(QStringLiteral("complete_milestone"),
             QStringLiteral("Complete a milestone of the sales script once you asked its questions, recorded its "
                            "fields with record_field and the prospect confirmed its confirmations. In strict mode "
                            "it is refused until everything is there: the error names what is missing."),
             QJsonObject{{QStringLiteral("milestone"), property(QStringLiteral("integer"), QStringLiteral("The milestone number, e.g. 2 for M2."))},
                         {QStringLiteral("summary"),
                          property(QStringLiteral("string"), QStringLiteral("What you learned in this milestone, one or two sentences."))}},
             {QStringLiteral("milestone")}),
        tool(QStringLiteral("skip_milestone"),
             QStringLiteral("Flexible mode only: skip a milestone the conversation made unnecessary. The reason is "
                            "logged for the sales team."),
             QJsonObject{{QStringLiteral("milestone"), property(QStringLiteral("integer"), QStringLiteral("The milestone number."))},
                         {QStringLiteral("reason"), property(QStringLiteral("string"), QStringLiteral("Why it is skipped."))}},
             {QStringLiteral("milestone"), QStringLiteral("reason")}),
        tool(QStringLiteral("log_objection"),
             QStringLiteral("The prospect raised an objection: log it with its type as soon as you hear it. The "
                            "output has the objection_id and the diagnostic questions to ask, one at a time."),
             QJsonObject{{QStringLiteral("type"),
                          property(QStringLiteral("string"),
                                   QStringLiteral("Price, Timing, Capacity_Time, Need_to_Think, Partner_Team or Skepticism."))},
                         {QStringLiteral("note"), property(QStringLiteral("string"), QStringLiteral("What the prospect said, in their words."))}},
             {QStringLiteral("type"), QStringLiteral("note")}),
        tool(QStringLiteral("resolve_objection"),
             QStringLiteral("Close an objection after its diagnostic questions: Resolved when the prospect is "
                            "satisfied, Deferred when it stays open for a later call, Disqualified when it ends the "
                            "opportunity."),
             QJsonObject{{QStringLiteral("objection_id"),
                          property(QStringLiteral("integer"), QStringLiteral("The objection_id log_objection returned."))},
                         {QStringLiteral("outcome"), property(QStringLiteral("string"), QStringLiteral("Resolved, Deferred or Disqualified."))},
                         {QStringLiteral("answers"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                      {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                      {QStringLiteral("description"),
                                       QStringLiteral("The prospect's answers to the diagnostic questions, in order.")}}}},
             {QStringLiteral("objection_id"), QStringLiteral("outcome")}),
    };
    return tools;
}

QJsonArray ToolCatalog::forBrief(const CallBrief& brief)
{
    return brief.script.isEmpty() ? neutral() : withScriptTools(neutral());
}

QStringList ToolCatalog::names()
{
    QStringList out;
    for (const QJsonValue& value : neutral()) {
        out.append(value.toObject().value(QStringLiteral("name")).toString());
    }
    return out;
}

QJsonArray ToolCatalog::toRealtimeTools(const QJsonArray& neutralTools)
{
    QJsonArray out;
    for (const QJsonValue& value : neutralTools) {
        QJsonObject tool = value.toObject();
        tool.insert(QStringLiteral("type"), QStringLiteral("function"));
        out.append(tool);
    }
    return out;
}

QJsonArray ToolCatalog::toChatTools(const QJsonArray& neutralTools)
{
    QJsonArray out;
    for (const QJsonValue& value : neutralTools) {
        out.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")}, {QStringLiteral("function"), value.toObject()}});
    }
    return out;
}

Status ToolCatalog::validate(const ToolCall& call)
{
    const QJsonObject tool = findTool(call.name);
    if (tool.isEmpty()) {
        return Status::failure(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("calldeck::ToolCatalog", "There is no tool called \"%1\". Available tools: %2.")
                                   .arg(call.name, names().join(QStringLiteral(", "))));
    }
    if (!call.argumentsError.isEmpty()) {
        return Status::failure(ErrorCode::InvalidArgument,
                               QCoreApplication::translate("calldeck::ToolCatalog", "The arguments for \"%1\" are not valid JSON (%2). Send a JSON object.")
                                   .arg(call.name, call.argumentsError));
    }
    const QJsonObject parameters = tool.value(QStringLiteral("parameters")).toObject();
    const QJsonObject properties = parameters.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue& required : parameters.value(QStringLiteral("required")).toArray()) {
        const QString field = required.toString();
        const QJsonValue value = call.arguments.value(field);
        if (value.isUndefined() || value.isNull()) {
            return Status::failure(ErrorCode::InvalidArgument,
                                   QCoreApplication::translate("calldeck::ToolCatalog", "The tool \"%1\" needs the argument \"%2\".").arg(call.name, field));
        }
    }
    for (auto it = call.arguments.constBegin(); it != call.arguments.constEnd(); ++it) {
        if (!properties.contains(it.key())) {
            return Status::failure(ErrorCode::InvalidArgument,
                                   QCoreApplication::translate("calldeck::ToolCatalog", "The tool \"%1\" has no argument \"%2\".").arg(call.name, it.key()));
        }
        const QString type = properties.value(it.key()).toObject().value(QStringLiteral("type")).toString();
        if (!matchesType(it.value(), type)) {
            return Status::failure(ErrorCode::InvalidArgument,
                                   QCoreApplication::translate("calldeck::ToolCatalog", "The argument \"%1\" of \"%2\" must be %3.").arg(it.key(), call.name, typeInWords(type)));
        }
    }
    if (call.name == QLatin1String("request_approval")
        && call.arguments.value(QStringLiteral("amount_cents")).toDouble() < 0) {
        return Status::failure(ErrorCode::InvalidArgument, QCoreApplication::translate("calldeck::ToolCatalog", "The amount to approve cannot be negative."));
    }
    return {};
}

} // namespace calldeck
