#include "conversation/prompt/PromptBuilder.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace calldeck {

// The prompt's instructions are English on purpose: models follow English instructions most
// reliably, and the language section tells them which language to speak. Only the words the
// callee hears (the opening) go through translation.

namespace {

void appendList(QStringList& out, const QString& heading, const QStringList& items, bool numbered = false)
{
    QStringList kept;
    for (const QString& item : items) {
        if (!item.trimmed().isEmpty()) {
            kept.append(item.trimmed());
        }
    }
    if (kept.isEmpty()) {
        return;
    }
    out.append(heading);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        out.append(numbered ? QStringLiteral("%1. %2").arg(i + 1).arg(kept.at(i)) : QStringLiteral("- ") + kept.at(i));
    }
    out.append(QString());
}

QString languageName(const QString& bcp47)
{
    const QLocale locale(bcp47);
    if (locale.language() == QLocale::C) {
        return bcp47;
    }
    const QString english = QLocale::languageToString(locale.language());
    if (locale.territory() == QLocale::AnyTerritory || !bcp47.contains(QLatin1Char('-'))) {
        return english;
    }
    return QStringLiteral("%1 (%2)").arg(english, QLocale::territoryToString(locale.territory()));
}

QString fieldHint(const ScriptBriefField& field)
{
    if (field.type == QLatin1String("number")) {
        return QStringLiteral("%1 (a whole number)").arg(field.key);
    }
    if (field.type == QLatin1String("bool")) {
        return QStringLiteral("%1 (true or false)").arg(field.key);
    }
    if (field.type == QLatin1String("choice") && !field.options.isEmpty()) {
        return QStringLiteral("%1 (one of: %2)").arg(field.key, field.options.join(QStringLiteral(", ")));
    }
    return QStringLiteral("%1 (text)").arg(field.key);
}

// The sales script section: the milestones in order with what each needs, the mode's
// rules, objection handling and the previous call's context.
void appendScript(QStringList& out, const ScriptBrief& script)
{
    out.append(QStringLiteral("Sales script \"%1\" (%2 mode). This call follows it milestone by milestone, in this "
                              "order, starting at M%3. Track your progress with the script tools.")
                   .arg(script.name, script.strict ? QStringLiteral("strict") : QStringLiteral("flexible"),
                        QString::number(script.startAt)));
    if (script.strict) {
        out.append(QStringLiteral("Strict mode: go through the milestones strictly in order and never skip one. "
                                  "complete_milestone is refused until every question of the milestone was asked, "
                                  "every field recorded and every confirmation given; when a tool is refused, do what "
                                  "its error says (ask again, record the missing field) before you go on."));
    } else {
        out.append(QStringLiteral("Flexible mode: follow the order, but you may skip a milestone the conversation made "
                                  "unnecessary with skip_milestone and a reason; every skip is logged."));
    }
    out.append(QString());
    for (const ScriptBriefMilestone& m : script.milestones) {
        out.append(QStringLiteral("M%1 %2").arg(QString::number(m.number), m.title));
        if (!m.objective.trimmed().isEmpty()) {
            out.append(QStringLiteral("  Objective: %1").arg(m.objective.trimmed()));
        }
        for (const QString& question : m.questions) {
            out.append(QStringLiteral("  Ask: %1").arg(question.trimmed()));
        }
        QStringList fields;
        for (qsizetype i = 0; i < m.fieldKeys.size(); ++i) {
            const ScriptBriefField field = i < m.fields.size() && m.fields.at(i).key == m.fieldKeys.at(i)
                ? m.fields.at(i)
                : ScriptBriefField{m.fieldKeys.at(i), QStringLiteral("text"), {}};
            fields.append(fieldHint(field));
        }
        if (!fields.isEmpty()) {
            out.append(QStringLiteral("  Record with record_field {key, value, milestone: %1}: %2")
                           .arg(QString::number(m.number), fields.join(QStringLiteral(", "))));
        }
        for (const QString& confirmation : m.confirmations) {
            out.append(QStringLiteral("  Get confirmed: %1").arg(confirmation.trimmed()));
        }
        if (m.decision) {
            const QStringList options = m.decisionOptions.isEmpty()
                ? QStringList{QStringLiteral("Proceed"), QStringLiteral("Pause"), QStringLiteral("Decline")}
                : m.decisionOptions;
            out.append(QStringLiteral("  This is the decision point: ask for an explicit decision and record \"decision\" "
                                      "as exactly one of %1.")
                           .arg(options.join(QStringLiteral(", "))));
        }
        out.append(QStringLiteral("  Then call complete_milestone {milestone: %1}.").arg(m.number));
    }
    out.append(QString());
    if (!script.objectionTypes.isEmpty()) {
        out.append(QStringLiteral("Objections: when the prospect objects, call log_objection with the type (one of %1) and "
                                  "their words as note. Ask the diagnostic questions it returns, one at a time, then call "
                                  "resolve_objection with the objection_id, the outcome (Resolved, Deferred or "
                                  "Disqualified) and their answers. Then continue the milestone where you were.")
                       .arg(script.objectionTypes.join(QStringLiteral(", "))));
        out.append(QString());
    }
    if (!script.previousContext.trimmed().isEmpty()) {
        out.append(QStringLiteral("Follow-up context (from the previous call):"));
        out.append(script.previousContext.trimmed());
        out.append(QStringLiteral("Refer to it briefly; do not repeat milestones that were already covered."));
        out.append(QString());
    }
}

} // namespace

QString PromptBuilder::principalName(const CallBrief& brief)
{
    const QString name = brief.onBehalfOf.trimmed();
    return name.isEmpty() ? QCoreApplication::translate("calldeck::PromptBuilder", "my client") : name;
}

QString PromptBuilder::formatCents(qint64 cents, const QString& currency)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    const QString amount = QStringLiteral("%1%2.%3")
                               .arg(negative ? QStringLiteral("-") : QString())
                               .arg(magnitude / 100)
                               .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (currency.isEmpty() || currency == QLatin1String("USD")) {
        return negative ? QStringLiteral("-$") + amount.mid(1) : QStringLiteral("$") + amount;
    }
    return amount + QLatin1Char(' ') + currency;
}

QString PromptBuilder::openingLine(const CallBrief& brief)
{
    const QString org = brief.organization.trimmed();
    QString line = org.isEmpty()
        ? QCoreApplication::translate("calldeck::PromptBuilder", "Hello, this is an AI assistant calling on behalf of %1.")
              .arg(principalName(brief))
        : QCoreApplication::translate("calldeck::PromptBuilder",
                                      "Hello, this is an AI assistant calling on behalf of %1 from %2.")
              .arg(principalName(brief), org);
    if (brief.recordingOn) {
        line += QLatin1Char(' ') + QCoreApplication::translate("calldeck::PromptBuilder", "This call is being recorded.");
    }
    return line;
}

QString PromptBuilder::build(const CallBrief& brief)
{
    QStringList out;
    const QString principal = principalName(brief);
    const QString contact = brief.contactName.trimmed().isEmpty() ? QStringLiteral("the callee") : brief.contactName.trimmed();

    // Disclosure comes first: it is what the callee must hear before anything else.
    out.append(QStringLiteral("You are an AI voice assistant on a phone call. You are calling %1 on behalf of %2%3. "
                              "You are an AI assistant, not a human; never claim otherwise, and say so if asked.")
                   .arg(contact, principal,
                        brief.organization.trimmed().isEmpty() ? QString() : QStringLiteral(" from ") + brief.organization.trimmed()));
    out.append(QStringLiteral("Begin the call with exactly this opening, before anything else: \"%1\"").arg(openingLine(brief)));
    if (brief.recordingOn) {
        out.append(QStringLiteral("This call is being recorded; the opening tells the callee so. If they object, offer to "
                                  "end the call."));
    }
    out.append(QString());

    out.append(QStringLiteral("Language: speak %1 for the whole call. If the opening above is in another language, say "
                              "it in %1 with exactly the same meaning.")
                   .arg(languageName(brief.language)));
    if (!brief.contactType.trimmed().isEmpty()) {
        out.append(QStringLiteral("You are calling a %1.").arg(brief.contactType.trimmed()));
    }
    out.append(QString());

    if (!brief.goal.trimmed().isEmpty()) {
        out.append(QStringLiteral("Goal of the call: %1").arg(brief.goal.trimmed()));
        out.append(QString());
    }
    appendList(out, QStringLiteral("Plan, in order:"), brief.steps, true);
    appendList(out, QStringLiteral("Questions to ask:"), brief.questions);
    if (!brief.infoToObtain.isEmpty()) {
        appendList(out,
                   QStringLiteral("Information to obtain. As soon as you hear any of these, call record_field with the "
                                  "key exactly as written here, the value, and the callee's words as raw_fragment:"),
                   brief.infoToObtain);
    }
    if (!brief.script.isEmpty()) {
        appendScript(out, brief.script);
    }
    appendList(out, QStringLiteral("The call succeeded when:"), brief.successConditions);
    appendList(out, QStringLiteral("Hard constraints (never agree to anything that breaks them):"), brief.hardConstraints);
    appendList(out, QStringLiteral("Soft preferences (aim for them, but they may give way):"), brief.softPreferences);
    out.append(QStringLiteral("Tone: %1.").arg(brief.tone.trimmed().isEmpty() ? QStringLiteral("friendly") : brief.tone.trimmed()));
    out.append(QString());

    // Price rules: the thresholds come from the user's assistant settings and the task.
    const AssistantSettings& settings = brief.assistant;
    QStringList prices;
    prices.append(QStringLiteral("Prices and money (currency %1):").arg(brief.currency));
    // The task's own limit ("under $150") is the user's approval in advance up to it; without
    // one, the profile's thresholds apply.
    const bool taskLimit = brief.maxPriceCents >= 0;
    prices.append(taskLimit ? QStringLiteral("- You may accept a price of %1 or less without asking: the user set this "
                                             "task's limit.").arg(formatCents(brief.maxPriceCents, brief.currency))
                            : QStringLiteral("- You may accept a price of %1 or less without asking.")
                                  .arg(formatCents(std::max<qint64>(0, settings.maxAutoApproveCents), brief.currency)));
    QString needApproval = taskLimit
                               ? QStringLiteral("- A price above this task's limit of %1").arg(formatCents(brief.maxPriceCents, brief.currency))
                               : QStringLiteral("- A price above %1").arg(formatCents(settings.requireApprovalOverCents, brief.currency));
    needApproval += QStringLiteral(" needs %1's approval: tell the callee you need a moment to check, call request_approval "
                                   "with amount_cents and a description, and hold without agreeing until its output "
                                   "arrives. Then follow the answer.")
                        .arg(principal);
    prices.append(needApproval);
    if (!taskLimit) {
        prices.append(QStringLiteral("- A price between these limits: agree only if it keeps every hard constraint; if in "
                                     "doubt, ask for approval as above."));
    }
    out.append(prices);
    out.append(QString());

    // Personal data: values only for the fields the user allowed; the others are named so the
    // model can refuse them, but their values never enter the prompt.
    QStringList allowed;
    QStringList withheld;
    QStringList fieldNames = brief.personalFields.keys();
    std::sort(fieldNames.begin(), fieldNames.end());
    for (const QString& field : fieldNames) {
        if (settings.allowedAuthFields.contains(field)) {
            allowed.append(QStringLiteral("- %1: %2").arg(field, brief.personalFields.value(field)));
        } else {
            withheld.append(field);
        }
    }
    for (const QString& field : knownAuthFields()) {
        if (!settings.allowedAuthFields.contains(field) && !withheld.contains(field)) {
            withheld.append(field);
        }
    }
    out.append(QStringLiteral("Personal data of %1:").arg(principal));
    if (allowed.isEmpty()) {
        out.append(QStringLiteral("- You have no personal data to share. If the callee needs any to verify identity, say %1 "
                                  "will provide it.").arg(principal));
    } else {
        out.append(QStringLiteral("You may share these, and only when the callee needs them:"));
        out.append(allowed);
    }
    if (!withheld.isEmpty()) {
        out.append(QStringLiteral("Never share or guess these, even if asked: %1.").arg(withheld.join(QStringLiteral(", "))));
    }
    out.append(QString());

    QStringList forbidden;
    for (const QString& phrase : settings.forbiddenPhrases) {
        if (!phrase.trimmed().isEmpty()) {
            forbidden.append(QStringLiteral("\"%1\"").arg(phrase.trimmed()));
        }
    }
    if (!forbidden.isEmpty()) {
        out.append(QStringLiteral("Forbidden phrases: never say any of these, not even in part or reworded: %1.")
                       .arg(forbidden.join(QStringLiteral(", "))));
        out.append(QString());
    }

    out.append(QStringLiteral("How to behave:"));
    out.append(QStringLiteral("- Be concise: one or two short sentences per turn. This is a phone call."));
    out.append(QStringLiteral("- Ask a clarifying question whenever an answer is unclear or incomplete."));
    out.append(QStringLiteral("- Never invent facts. For contact details use lookup_contact; if you do not know "
                              "something, say so."));
    out.append(QStringLiteral("- Use log_call_event for notable events (transfer, callback request, voicemail)."));
    out.append(QStringLiteral("- Before ending, repeat what was agreed and ask the callee to confirm it."));
    out.append(brief.script.isEmpty()
                   ? QStringLiteral("- End politely, then call end_call with a short summary and whether the goal was met. "
                                    "Say nothing after end_call.")
                   : QStringLiteral("- End politely, then call end_call with a short summary that names the last milestone "
                                    "reached and the decision, and whether the goal was met. Say nothing after end_call."));

    if (!brief.extraInstructions.trimmed().isEmpty()) {
        out.append(QString());
        out.append(brief.extraInstructions.trimmed());
    }
    return out.join(QLatin1Char('\n')).trimmed();
}

} // namespace calldeck
