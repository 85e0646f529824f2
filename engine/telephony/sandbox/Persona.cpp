#include "telephony/sandbox/Persona.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace calldeck::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("calldeck::SandboxLine", text);
}

Result<PersonaOutcome> parseOutcome(const QString& outcome)
{
    if (outcome == QLatin1String("answer"))
        return PersonaOutcome::Answer;
    if (outcome == QLatin1String("busy"))
        return PersonaOutcome::Busy;
    if (outcome == QLatin1String("no-answer"))
        return PersonaOutcome::NoAnswer;
    if (outcome == QLatin1String("voicemail"))
        return PersonaOutcome::Voicemail;
    if (outcome == QLatin1String("hangup"))
        return PersonaOutcome::HangUp;
    if (outcome == QLatin1String("fail"))
        return PersonaOutcome::Fail;
    return Error{ErrorCode::InvalidArgument, tr("Unknown persona outcome \"%1\".").arg(outcome)};
}

QString withDays(const QString& text, const QDate& callDay)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{day\\+([1-6])\\}"));
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    QString out;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(from, match.capturedStart() - from);
        out += english.dayName(callDay.addDays(match.captured(1).toInt()).dayOfWeek(), QLocale::LongFormat);
        from = match.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace

Persona Persona::onDay(const QDate& callDay) const
{
    Persona persona = *this;
    persona.greeting = withDays(greeting, callDay);
    persona.prompt = withDays(prompt, callDay);
    persona.closing = withDays(closing, callDay);
    for (PersonaTurn& turn : persona.turns) {
        turn.text = withDays(turn.text, callDay);
    }
    return persona;
}

QStringList Persona::names()
{
    QStringList result;
    const QStringList files = QDir(QStringLiteral(":/personas")).entryList({QStringLiteral("*.json")}, QDir::Files,
                                                                          QDir::Name);
    for (const QString& file : files) {
        result.append(file.chopped(5));
    }
    return result;
}

Result<Persona> Persona::load(const QString& name)
{
    QFile file(QStringLiteral(":/personas/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::NotFound, tr("The sandbox line has no persona named \"%1\".").arg(name)};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The persona file \"%1\" is not valid JSON: %2").arg(name, parseError.errorString())};
    }
    const QJsonObject json = document.object();
    Persona persona;
    persona.name = json.value(QStringLiteral("name")).toString(name);
    persona.displayName = json.value(QStringLiteral("displayName")).toString(persona.name);
    persona.number = json.value(QStringLiteral("number")).toString();
    persona.voice = json.value(QStringLiteral("voice")).toString(QStringLiteral("en-us"));
    persona.rateWpm = json.value(QStringLiteral("rate")).toInt(165);
    persona.outcomeName = json.value(QStringLiteral("outcome")).toString(QStringLiteral("answer"));
    const Result<PersonaOutcome> outcome = parseOutcome(persona.outcomeName);
    if (!outcome.ok()) {
        return outcome.error();
    }
    persona.outcome = outcome.value();
    persona.ringSeconds = json.value(QStringLiteral("ringSeconds")).toInt(3);
    persona.greeting = json.value(QStringLiteral("greeting")).toString();
    persona.prompt = json.value(QStringLiteral("prompt")).toString(QStringLiteral("Hello?"));
    persona.closing = json.value(QStringLiteral("closing")).toString();
    persona.maxTurns = json.value(QStringLiteral("maxTurns")).toInt(8);
    persona.beep = json.value(QStringLiteral("beep")).toBool(false);
    persona.hangUpAfterSeconds = json.value(QStringLiteral("hangUpAfterSeconds")).toInt(0);
    const QJsonArray turns = json.value(QStringLiteral("turns")).toArray();
    for (const QJsonValue& value : turns) {
        PersonaTurn turn;
        if (value.isString()) {
            turn.text = value.toString();
        } else {
            const QJsonObject object = value.toObject();
            turn.text = object.value(QStringLiteral("say")).toString();
            for (const QJsonValue& keyword : object.value(QStringLiteral("keywords")).toArray()) {
                turn.keywords.append(keyword.toString());
            }
        }
        if (!turn.text.isEmpty()) {
            persona.turns.append(turn);
        }
    }

    if (!persona.number.startsWith(QLatin1Char('+'))) {
        return Error{ErrorCode::InvalidArgument,
                     tr("The persona \"%1\" has no E.164 number.").arg(name)};
    }
    const bool speaks = persona.outcome == PersonaOutcome::Answer || persona.outcome == PersonaOutcome::HangUp ||
                        persona.outcome == PersonaOutcome::Voicemail;
    if (speaks && persona.greeting.isEmpty()) {
        return Error{ErrorCode::InvalidArgument, tr("The persona \"%1\" answers but has no greeting.").arg(name)};
    }
    return persona;
}

} // namespace calldeck::sandbox
