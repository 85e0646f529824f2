#pragma once

#include "script/Script.h"

namespace calldeck::test {

/// The seven milestones of seed 003 with their key fields and types, and two objection types:
/// what the tests of the AI side build their briefs from without a database.
inline Script sampleScript()
{
    auto field = [](const char* key, const char* type, QStringList options = {}) {
        ScriptField f;
        f.key = QLatin1String(key);
        f.label = QLatin1String(key);
        f.type = QLatin1String(type);
        f.options = std::move(options);
        return f;
    };
    auto milestone = [](int n, const char* title, const char* objective, QStringList questions,
                        QList<ScriptField> fields, QStringList confirmations) {
        ScriptMilestone m;
        m.number = n;
        m.order = n;
        m.title = QLatin1String(title);
        m.objective = QLatin1String(objective);
        m.requiredQuestions = std::move(questions);
        m.requiredFields = std::move(fields);
        m.confirmations = std::move(confirmations);
        m.estimatedMinutes = 5;
        return m;
    };
    Script s;
    s.name = QStringLiteral("default");
    s.milestones = {
        milestone(1, "Context & Frame", "Establish shared understanding of call scope",
                  {QStringLiteral("What brought you to this call today?"),
                   QStringLiteral("Are you okay with this being a diagnostic, not a pitch?")},
                  {field("reason_for_call", "text"), field("confirmed_expectation", "bool")},
                  {QStringLiteral("Confirmed expectation")}),
        milestone(2, "Current State Mapping", "Map the prospect's operational reality",
                  {QStringLiteral("How many clients do you serve?"), QStringLiteral("How steady is your revenue?"),
                   QStringLiteral("What is your main pain?")},
                  {field("client_count", "number"), field("revenue_volatility", "text"), field("main_pain", "text")}, {}),
        milestone(3, "Outcome Vision", "Capture the desired future state",
                  {QStringLiteral("Where do you want to be in a year?"), QStringLiteral("What does doing nothing cost?")},
                  {field("desired_outcome", "text"), field("cost_of_inaction", "text")}, {}),
        milestone(4, "System Reality Check", "Reveal the hidden cost of manual work",
                  {QStringLiteral("Do you see the effort it takes to build this yourselves?")},
                  {field("understands_effort", "bool"), field("acknowledges_risk", "bool")}, {}),
        milestone(5, "Solution Mapping", "Present system leverage",
                  {QStringLiteral("Can you see the leverage of a system here?")},
                  {field("sees_leverage", "bool"), field("understands_scope", "bool")}, {}),
        milestone(6, "Offer Presentation", "Present the investment",
                  {QStringLiteral("Here is the investment; which payment plan would suit you?")},
                  {field("price_shown", "bool"), field("payment_plan_selected", "choice",
                         {QStringLiteral("Pay in full"), QStringLiteral("Three instalments"), QStringLiteral("Six instalments"),
                          QStringLiteral("None yet")})},
                  {QStringLiteral("Price shown")}),
        milestone(7, "Decision Point", "Request an explicit decision",
                  {QStringLiteral("Would you like to proceed, pause or decline?")},
                  {field("decision", "choice", {QStringLiteral("Proceed"), QStringLiteral("Pause"), QStringLiteral("Decline")})}, {}),
    };
    s.milestones.last().decision = true;
    s.objections = {
        ObjectionType{QStringLiteral("Price"), QStringLiteral("Price"), {QStringLiteral("Compared to what?")},
                      {QStringLiteral("Resolved"), QStringLiteral("Deferred"), QStringLiteral("Disqualified")}},
        ObjectionType{QStringLiteral("Need_to_Think"), QStringLiteral("Need to think"), {QStringLiteral("What specifically?")},
                      {QStringLiteral("Resolved"), QStringLiteral("Deferred")}},
    };
    return s;
}

} // namespace calldeck::test
