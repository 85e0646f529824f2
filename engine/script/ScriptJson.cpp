#include "script/ScriptJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <optional>

namespace calldeck {

using namespace Qt::StringLiterals;

namespace {

const QStringList kOutcomes = {u"Resolved"_s, u"Deferred"_s, u"Disqualified"_s};
const QStringList kFieldTypes = {u"text"_s, u"number"_s, u"bool"_s, u"choice"_s};
const QString kDecisionKey = u"decision"_s;

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString at(const QString& path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

/// Walks the document and keeps the first problem with its JSON path; every reader returns false
/// once a problem is known, so parsing stops at the first one.
class Checker
{
public:
    std::optional<Error> error;

    bool fail(const QString& path, const QString& message)
    {
        if (!error) {
            error = Error{ErrorCode::InvalidArgument, path + u": "_s + message};
        }
        return false;
    }

    bool onlyKeys(const QJsonObject& object, const QString& path, const QStringList& known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                return fail(join(path, it.key()), ScriptJson::tr("unknown key"));
            }
        }
        return true;
    }

    bool text(const QJsonObject& object, const QString& path, const QString& key, QString& out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return !required || fail(join(path, key), ScriptJson::tr("required"));
        }
        if (!value.isString()) {
            return fail(join(path, key), ScriptJson::tr("must be a string"));
        }
        out = value.toString().trimmed();
        if (required && out.isEmpty()) {
            return fail(join(path, key), ScriptJson::tr("required"));
        }
        return true;
    }

    bool integer(const QJsonObject& object, const QString& path, const QString& key, int& out, bool required,
                 int minimum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return !required || fail(join(path, key), ScriptJson::tr("required"));
        }
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || std::floor(number) != number || number < minimum || number > 1000000.0) {
            return fail(join(path, key), ScriptJson::tr("must be a whole number of at least %1").arg(minimum));
        }
        out = static_cast<int>(number);
        return true;
    }

    bool boolean(const QJsonObject& object, const QString& path, const QString& key, bool& out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return true;
        }
        if (!value.isBool()) {
            return fail(join(path, key), ScriptJson::tr("must be true or false"));
        }
        out = value.toBool();
        return true;
    }

    bool array(const QJsonObject& object, const QString& path, const QString& key, QJsonArray& out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return !required || fail(join(path, key), ScriptJson::tr("required"));
        }
        if (!value.isArray()) {
            return fail(join(path, key), ScriptJson::tr("must be a list"));
        }
        out = value.toArray();
        if (required && out.isEmpty()) {
            return fail(join(path, key), ScriptJson::tr("must not be empty"));
        }
        return true;
    }

    bool texts(const QJsonObject& object, const QString& path, const QString& key, QStringList& out, bool required)
    {
        QJsonArray items;
        if (!array(object, path, key, items, required)) {
            return false;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString text = items.at(i).toString().trimmed();
            if (!items.at(i).isString() || text.isEmpty()) {
                return fail(at(join(path, key), i), ScriptJson::tr("must be a non-empty string"));
            }
            out.append(text);
        }
        return true;
    }

    bool object(const QJsonValue& value, const QString& path, QJsonObject& out)
    {
        if (!value.isObject()) {
            return fail(path, ScriptJson::tr("must be an object"));
        }
        out = value.toObject();
        return true;
    }
};

bool readField(Checker& check, const QJsonValue& value, const QString& path, ScriptField& field)
{
    static const QRegularExpression snakeCase(u"^[a-z][a-z0-9_]*$"_s);
    QJsonObject o;
    if (!check.object(value, path, o) ||
        !check.onlyKeys(o, path, {u"key"_s, u"label"_s, u"type"_s, u"options"_s, u"sensitive"_s}) ||
        !check.text(o, path, u"key"_s, field.key, true)) {
        return false;
    }
    if (!snakeCase.match(field.key).hasMatch()) {
        return check.fail(join(path, u"key"_s),
                          ScriptJson::tr("\"%1\" is not snake_case (like client_count)").arg(field.key));
    }
    field.label = field.key;
    if (!check.text(o, path, u"label"_s, field.label, false) || !check.text(o, path, u"type"_s, field.type, false) ||
        !check.texts(o, path, u"options"_s, field.options, false) ||
        !check.boolean(o, path, u"sensitive"_s, field.sensitive)) {
        return false;
    }
    if (field.label.isEmpty()) {
        field.label = field.key;
    }
    if (field.type.isEmpty()) {
        field.type = u"text"_s;
    }
    if (!kFieldTypes.contains(field.type)) {
        return check.fail(join(path, u"type"_s),
                          ScriptJson::tr("\"%1\" is not a field type (text, number, bool or choice)").arg(field.type));
    }
    if (field.type == QLatin1String("choice") && field.options.isEmpty()) {
        return check.fail(join(path, u"options"_s), ScriptJson::tr("a choice field needs options"));
    }
    if (field.type != QLatin1String("choice") && !field.options.isEmpty()) {
        return check.fail(join(path, u"options"_s), ScriptJson::tr("only choice fields have options"));
    }
    if (QSet<QString>(field.options.begin(), field.options.end()).size() != field.options.size()) {
        return check.fail(join(path, u"options"_s), ScriptJson::tr("an option is listed twice"));
    }
    return true;
}

bool readSlide(Checker& check, const QJsonValue& value, const QString& path, ScriptSlide& slide)
{
    QJsonObject o;
    return check.object(value, path, o) && check.onlyKeys(o, path, {u"title"_s, u"bullets"_s}) &&
           check.text(o, path, u"title"_s, slide.title, true) &&
           check.texts(o, path, u"bullets"_s, slide.bullets, false);
}

bool readMilestone(Checker& check, const QJsonValue& value, const QString& path, ScriptMilestone& m)
{
    QJsonObject o;
    if (!check.object(value, path, o) ||
        !check.onlyKeys(o, path,
                        {u"number"_s, u"order"_s, u"title"_s, u"objective"_s, u"estimated_minutes"_s,
                         u"required_questions"_s, u"fields"_s, u"confirmations"_s, u"slides"_s, u"decision"_s}) ||
        !check.integer(o, path, u"number"_s, m.number, true, 1)) {
        return false;
    }
    m.order = m.number;
    QJsonArray fields;
    QJsonArray slides;
    if (!check.integer(o, path, u"order"_s, m.order, false, 1) || !check.text(o, path, u"title"_s, m.title, true) ||
        !check.text(o, path, u"objective"_s, m.objective, true) ||
        !check.integer(o, path, u"estimated_minutes"_s, m.estimatedMinutes, true, 1) ||
        !check.texts(o, path, u"required_questions"_s, m.requiredQuestions, false) ||
        !check.array(o, path, u"fields"_s, fields, false) ||
        !check.texts(o, path, u"confirmations"_s, m.confirmations, false) ||
        !check.array(o, path, u"slides"_s, slides, false) || !check.boolean(o, path, u"decision"_s, m.decision)) {
        return false;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        ScriptField field;
        if (!readField(check, fields.at(i), at(join(path, u"fields"_s), i), field)) {
            return false;
        }
        m.requiredFields.append(field);
    }
    for (qsizetype i = 0; i < slides.size(); ++i) {
        ScriptSlide slide;
        if (!readSlide(check, slides.at(i), at(join(path, u"slides"_s), i), slide)) {
            return false;
        }
        m.slides.append(slide);
    }
    return true;
}

bool readObjection(Checker& check, const QJsonValue& value, const QString& path, ObjectionType& type)
{
    QJsonObject o;
    if (!check.object(value, path, o) ||
        !check.onlyKeys(o, path, {u"type"_s, u"label"_s, u"diagnostic_questions"_s, u"allowed_outcomes"_s}) ||
        !check.text(o, path, u"type"_s, type.type, true) || !check.text(o, path, u"label"_s, type.label, false) ||
        !check.texts(o, path, u"diagnostic_questions"_s, type.diagnosticQuestions, true) ||
        !check.texts(o, path, u"allowed_outcomes"_s, type.allowedOutcomes, true)) {
        return false;
    }
    if (type.label.isEmpty()) {
        type.label = type.type;
    }
    for (qsizetype i = 0; i < type.allowedOutcomes.size(); ++i) {
        if (!kOutcomes.contains(type.allowedOutcomes.at(i))) {
            return check.fail(at(join(path, u"allowed_outcomes"_s), i),
                              ScriptJson::tr("\"%1\" is not an outcome (Resolved, Deferred or Disqualified)")
                                  .arg(type.allowedOutcomes.at(i)));
        }
        if (type.allowedOutcomes.indexOf(type.allowedOutcomes.at(i)) != i) {
            return check.fail(at(join(path, u"allowed_outcomes"_s), i), ScriptJson::tr("listed twice"));
        }
    }
    return true;
}

bool readChecklistItem(Checker& check, const QJsonValue& value, const QString& path, ChecklistItem& item)
{
    QJsonObject o;
    return check.object(value, path, o) && check.onlyKeys(o, path, {u"id"_s, u"text"_s, u"required"_s, u"gate"_s}) &&
           check.integer(o, path, u"id"_s, item.id, true, 1) && check.text(o, path, u"text"_s, item.text, true) &&
           check.boolean(o, path, u"required"_s, item.required) && check.boolean(o, path, u"gate"_s, item.gate);
}

/// Rules across elements: unique numbers, orders, keys, types and ids; one decision milestone.
bool checkWhole(Checker& check, Script& script)
{
    QHash<int, qsizetype> numbers;
    QHash<int, qsizetype> orders;
    QHash<QString, QString> keys;
    qsizetype decision = -1;
    for (qsizetype i = 0; i < script.milestones.size(); ++i) {
        const ScriptMilestone& m = script.milestones.at(i);
        const QString path = at(u"milestones"_s, i);
        if (numbers.contains(m.number)) {
            return check.fail(
                join(path, u"number"_s),
                ScriptJson::tr("%1 is already used by milestones[%2]").arg(m.number).arg(numbers.value(m.number)));
        }
        numbers.insert(m.number, i);
        if (orders.contains(m.order)) {
            return check.fail(
                join(path, u"order"_s),
                ScriptJson::tr("%1 is already used by milestones[%2]").arg(m.order).arg(orders.value(m.order)));
        }
        orders.insert(m.order, i);
        for (qsizetype f = 0; f < m.requiredFields.size(); ++f) {
            const QString& key = m.requiredFields.at(f).key;
            const QString fieldPath = join(at(join(path, u"fields"_s), f), u"key"_s);
            if (keys.contains(key)) {
                return check.fail(fieldPath, ScriptJson::tr("\"%1\" is already used by %2").arg(key, keys.value(key)));
            }
            keys.insert(key, fieldPath);
        }
        if (m.decision) {
            if (decision >= 0) {
                return check.fail(
                    join(path, u"decision"_s),
                    ScriptJson::tr("only one milestone can be the decision (milestones[%1] is)").arg(decision));
            }
            decision = i;
            const auto field = std::find_if(m.requiredFields.begin(), m.requiredFields.end(),
                                            [](const ScriptField& f) { return f.key == kDecisionKey; });
            if (field == m.requiredFields.end() || field->type != QLatin1String("choice")) {
                return check.fail(join(path, u"fields"_s),
                                  ScriptJson::tr("the decision milestone needs a \"decision\" choice field"));
            }
        }
    }
    if (decision < 0) {
        return check.fail(u"milestones"_s, ScriptJson::tr("no decision milestone (one needs \"decision\": true)"));
    }
    QHash<QString, qsizetype> types;
    for (qsizetype i = 0; i < script.objections.size(); ++i) {
        const QString& type = script.objections.at(i).type;
        if (types.contains(type)) {
            return check.fail(
                join(at(u"objections"_s, i), u"type"_s),
                ScriptJson::tr("\"%1\" is already used by objections[%2]").arg(type).arg(types.value(type)));
        }
        types.insert(type, i);
    }
    QHash<int, qsizetype> ids;
    qsizetype gate = -1;
    for (qsizetype i = 0; i < script.checklist.size(); ++i) {
        const ChecklistItem& item = script.checklist.at(i);
        if (ids.contains(item.id)) {
            return check.fail(
                join(at(u"checklist"_s, i), u"id"_s),
                ScriptJson::tr("%1 is already used by checklist[%2]").arg(item.id).arg(ids.value(item.id)));
        }
        ids.insert(item.id, i);
        if (item.gate && gate >= 0) {
            return check.fail(join(at(u"checklist"_s, i), u"gate"_s),
                              ScriptJson::tr("only one item can be the gate (checklist[%1] is)").arg(gate));
        }
        gate = item.gate ? i : gate;
    }
    std::stable_sort(script.milestones.begin(), script.milestones.end(),
                     [](const ScriptMilestone& a, const ScriptMilestone& b) { return a.order < b.order; });
    return true;
}

QJsonArray toArray(const QStringList& texts)
{
    return QJsonArray::fromStringList(texts);
}

} // namespace

Result<Script> ScriptJson::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::InvalidArgument,
                     tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return Error{ErrorCode::InvalidArgument, tr("a script must be a JSON object")};
    }
    const QJsonObject root = document.object();
    Checker check;
    Script script;
    int format = 0;
    QJsonArray milestones;
    QJsonArray objections;
    QJsonArray checklist;
    const bool ok =
        check.integer(root, {}, u"format"_s, format, true, 1) &&
        (format == kFormatVersion ||
         check.fail(
             u"format"_s,
             tr("version %1 is not supported (this CallDeck reads version %2)").arg(format).arg(kFormatVersion))) &&
        check.onlyKeys(root, {},
                       {u"format"_s, u"organization"_s, u"name"_s, u"version"_s, u"language"_s, u"milestones"_s,
                        u"objections"_s, u"checklist"_s}) &&
        check.text(root, {}, u"organization"_s, script.organization, false) &&
        check.text(root, {}, u"name"_s, script.name, true) &&
        check.integer(root, {}, u"version"_s, script.version, false, 1) &&
        check.text(root, {}, u"language"_s, script.language, false) &&
        check.array(root, {}, u"milestones"_s, milestones, true) &&
        check.array(root, {}, u"objections"_s, objections, false) &&
        check.array(root, {}, u"checklist"_s, checklist, false);
    if (!ok) {
        return *check.error;
    }
    if (script.language.isEmpty()) {
        script.language = u"en-US"_s;
    }
    for (qsizetype i = 0; i < milestones.size(); ++i) {
        ScriptMilestone milestone;
        if (!readMilestone(check, milestones.at(i), at(u"milestones"_s, i), milestone)) {
            return *check.error;
        }
        script.milestones.append(milestone);
    }
    for (qsizetype i = 0; i < objections.size(); ++i) {
        ObjectionType type;
        if (!readObjection(check, objections.at(i), at(u"objections"_s, i), type)) {
            return *check.error;
        }
        script.objections.append(type);
    }
    for (qsizetype i = 0; i < checklist.size(); ++i) {
        ChecklistItem item;
        if (!readChecklistItem(check, checklist.at(i), at(u"checklist"_s, i), item)) {
            return *check.error;
        }
        script.checklist.append(item);
    }
    if (!checkWhole(check, script)) {
        return *check.error;
    }
    return script;
}

QByteArray ScriptJson::write(const Script& script)
{
    QJsonArray milestones;
    for (const ScriptMilestone& m : script.milestones) {
        QJsonArray fields;
        for (const ScriptField& f : m.requiredFields) {
            QJsonObject field{{u"key"_s, f.key}, {u"label"_s, f.label}, {u"type"_s, f.type}};
            if (!f.options.isEmpty()) {
                field.insert(u"options"_s, toArray(f.options));
            }
            if (f.sensitive) {
                field.insert(u"sensitive"_s, true);
            }
            fields.append(field);
        }
        QJsonArray slides;
        for (const ScriptSlide& s : m.slides) {
            slides.append(QJsonObject{{u"title"_s, s.title}, {u"bullets"_s, toArray(s.bullets)}});
        }
        QJsonObject milestone{{u"number"_s, m.number},
                              {u"order"_s, m.order},
                              {u"title"_s, m.title},
                              {u"objective"_s, m.objective},
                              {u"estimated_minutes"_s, m.estimatedMinutes},
                              {u"required_questions"_s, toArray(m.requiredQuestions)},
                              {u"fields"_s, fields},
                              {u"confirmations"_s, toArray(m.confirmations)},
                              {u"slides"_s, slides}};
        if (m.decision) {
            milestone.insert(u"decision"_s, true);
        }
        milestones.append(milestone);
    }
    QJsonArray objections;
    for (const ObjectionType& o : script.objections) {
        objections.append(QJsonObject{{u"type"_s, o.type},
                                      {u"label"_s, o.label},
                                      {u"diagnostic_questions"_s, toArray(o.diagnosticQuestions)},
                                      {u"allowed_outcomes"_s, toArray(o.allowedOutcomes)}});
    }
    QJsonArray checklist;
    for (const ChecklistItem& c : script.checklist) {
        QJsonObject item{{u"id"_s, c.id}, {u"text"_s, c.text}, {u"required"_s, c.required}};
        if (c.gate) {
            item.insert(u"gate"_s, true);
        }
        checklist.append(item);
    }
    QJsonObject root{{u"format"_s, kFormatVersion},    {u"name"_s, script.name},      {u"version"_s, script.version},
                     {u"language"_s, script.language}, {u"milestones"_s, milestones}, {u"objections"_s, objections},
                     {u"checklist"_s, checklist}};
    if (!script.organization.isEmpty()) {
        root.insert(u"organization"_s, script.organization);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace calldeck
