#include "conversation/offline/OfflineOutcome.h"

#include "conversation/prompt/PromptBuilder.h"

#include <algorithm>

namespace calldeck {

// The summary is for the call log and end_call's model-facing output, so it stays plain English
// like the prompts; the user reads the recorded fields themselves in their own language.

void OfflineOutcome::recordAnswer(const QString& key, const QString& value)
{
    m_answers.append({key, value});
}

void OfflineOutcome::recordPrice(const QString& price, bool approved)
{
    m_prices.append(approved ? QStringLiteral("%1 approved").arg(price) : QStringLiteral("%1 declined").arg(price));
}

bool OfflineOutcome::answered(const QString& key) const
{
    return std::any_of(m_answers.cbegin(), m_answers.cend(), [&key](const auto& a) { return a.first == key; });
}

bool OfflineOutcome::objectiveMet(const QStringList& infoToObtain) const
{
    return std::all_of(infoToObtain.cbegin(), infoToObtain.cend(), [this](const QString& key) { return answered(key); });
}

QString OfflineOutcome::summary(const CallBrief& brief) const
{
    QStringList parts;
    parts.append(QStringLiteral("Offline agent called %1 for %2: %3.")
                     .arg(brief.contactName.isEmpty() ? QStringLiteral("the callee") : brief.contactName,
                          PromptBuilder::principalName(brief), brief.goal.trimmed()));
    QStringList learned;
    for (const auto& [key, value] : m_answers) {
        learned.append(QStringLiteral("%1 = \"%2\"").arg(key, value));
    }
    parts.append(learned.isEmpty() ? QStringLiteral("Nothing was recorded.")
                                   : QStringLiteral("Recorded: %1.").arg(learned.join(QStringLiteral("; "))));
    QStringList missing;
    for (const QString& key : brief.infoToObtain) {
        if (!answered(key)) {
            missing.append(key);
        }
    }
    if (!missing.isEmpty()) {
        parts.append(QStringLiteral("Missing: %1.").arg(missing.join(QStringLiteral(", "))));
    }
    if (!m_prices.isEmpty()) {
        parts.append(QStringLiteral("Prices: %1.").arg(m_prices.join(QStringLiteral(", "))));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace calldeck
