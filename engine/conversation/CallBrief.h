#pragma once

#include "calls/AssistantSettings.h"
#include "conversation/ScriptBrief.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace calldeck {

/// What an agent needs to know about the call it makes: the task's plan (PRODUCT T1), the user it
/// calls for (T12), the assistant settings (T11) and the call's circumstances. Built by the call
/// engine from the task, the profile and the settings; turned into instructions by PromptBuilder
/// (AI agents) or followed step by step (the offline agent).
struct CallBrief
{
    QString goal;                    ///< "Get the earliest cleaning appointment this week"
    QString contactName;             ///< who is called ("Bright Smile Dental")
    QString contactType;             ///< "dentist", "business", "prospect", …
    QStringList steps;               ///< the plan, in order
    QStringList questions;           ///< questions to ask the callee
    QStringList infoToObtain;        ///< what to find out; also the record_field keys the agent uses
    QStringList successConditions;
    QStringList hardConstraints;     ///< "no later than Friday", "between 9:00 and 12:00"
    QStringList softPreferences;     ///< "mornings preferred"
    qint64 maxPriceCents = -1;       ///< −1 = no price limit stated
    QString currency = QStringLiteral("USD");
    QString tone = QStringLiteral("friendly");   ///< friendly | neutral | firm | assertive
    QString language = QStringLiteral("en-US");  ///< BCP 47

    QString onBehalfOf;              ///< the user's full name ("Alex Morgan")
    QString organization;            ///< the user's organization, may be empty
    /// The user's personal data by field name (knownAuthFields() names plus "time_zone",
    /// "schedule", "preferences"). Only fields listed in assistant.allowedAuthFields may be shared
    /// with the callee; the prompt says so.
    QHash<QString, QString> personalFields;
    AssistantSettings assistant;
    bool recordingOn = false;        ///< the opening then includes the recording notice
    QString extraInstructions;       ///< appended verbatim to the instructions
    ScriptBrief script;              ///< the sales script to follow (empty = none)
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::CallBrief)
