#include "tasks/PlanAnswers.h"

#include "core/PhoneNumbers.h"
#include "tasks/MoneyText.h"

namespace calldeck {

Result<TaskPlan> PlanAnswers::merge(const TaskPlan& input, const QMap<QString, QString>& answers,
                                    const QString& region)
{
    TaskPlan plan = input;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString key = it.key().trimmed();
        const QString answer = it.value().trimmed();
        if (key.isEmpty() || answer.isEmpty()) {
            continue;
        }
        if (key == QLatin1String("phone_number")) {
            Result<QString> e164 = PhoneNumbers::toPossibleE164(answer, region);
            if (!e164) {
                return Error{ErrorCode::InvalidArgument,
                             tr("\"%1\" is not a phone number CallDeck can call: %2").arg(answer, e164.error().message)};
            }
            plan.phoneE164 = e164.value();
        } else if (key == QLatin1String("max_price")) {
            const std::optional<qint64> cents = MoneyText::parseCents(answer);
            if (!cents) {
                return Error{ErrorCode::InvalidArgument,
                             tr("\"%1\" is not an amount of dollars (write it like 150 or $150.00).").arg(answer)};
            }
            plan.maxPriceCents = *cents;
        } else if (key == QLatin1String("contact_name")) {
            plan.contactName = answer;
        } else if (key == QLatin1String("goal")) {
            plan.goal = answer;
        }
        plan.answers.insert(key, answer);
        plan.missingInfo.removeIf([&key](const MissingInfo& info) { return info.key == key; });
    }
    return plan;
}

} // namespace calldeck
