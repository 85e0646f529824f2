#include "conversation/offline/OfflinePlan.h"

#include "conversation/prompt/PromptBuilder.h"

#include <QCoreApplication>

namespace calldeck {

namespace {

// "Get the earliest appointment" → "get the earliest appointment", but "I need…" stays as is.
QString asInfinitive(QString goal)
{
    goal = goal.trimmed();
    while (goal.endsWith(QLatin1Char('.'))) {
        goal.chop(1);
    }
    if (goal.startsWith(QLatin1String("to "), Qt::CaseInsensitive)) {
        goal = goal.mid(3);
    }
    if (goal.size() > 1 && goal.at(0).isUpper() && goal.at(1).isLower()) {
        goal[0] = goal.at(0).toLower();
    }
    return goal;
}

QString joinSpoken(const QStringList& items)
{
    if (items.size() <= 1) {
        return items.join(QString());
    }
    return QCoreApplication::translate("calldeck::OfflinePlan", "%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.constLast());
}

} // namespace

QString OfflinePlan::spokenKey(const QString& key)
{
    QString spoken = key;
    spoken.replace(QLatin1Char('_'), QLatin1Char(' '));
    return spoken.trimmed();
}

QList<OfflinePlan::Step> OfflinePlan::build(const CallBrief& brief)
{
    QList<Step> steps;
    steps.append(Step{Step::Kind::Opening, PromptBuilder::openingLine(brief), {}});
    if (!brief.script.isEmpty()) {
        // The script is the plan: its milestones ask the questions and record the fields.
        steps.append(Step{Step::Kind::Script, QString(), {}});
        steps.append(Step{Step::Kind::Closing,
                          QCoreApplication::translate("calldeck::OfflinePlan", "Thank you very much for your time. Goodbye!"), {}});
        return steps;
    }
    if (!brief.goal.trimmed().isEmpty()) {
        steps.append(Step{Step::Kind::Purpose,
                          QCoreApplication::translate("calldeck::OfflinePlan", "I'm calling to %1.").arg(asInfinitive(brief.goal)),
                          {}});
    }
    QStringList questions;
    for (const QString& question : brief.questions) {
        if (!question.trimmed().isEmpty()) {
            questions.append(question.trimmed());
        }
    }
    if (!questions.isEmpty()) {
        // The n-th answer fills the n-th thing to obtain.
        for (qsizetype i = 0; i < questions.size(); ++i) {
            QStringList keys;
            if (i < brief.infoToObtain.size()) {
                keys.append(brief.infoToObtain.at(i));
            }
            steps.append(Step{Step::Kind::Question, questions.at(i), keys});
        }
    } else if (!brief.infoToObtain.isEmpty()) {
        // One question for everything: the whole answer is the raw value of every item.
        QStringList spoken;
        for (const QString& key : brief.infoToObtain) {
            spoken.append(spokenKey(key));
        }
        steps.append(Step{Step::Kind::Question,
                          QCoreApplication::translate("calldeck::OfflinePlan", "Could you tell me the %1, please?").arg(joinSpoken(spoken)),
                          brief.infoToObtain});
    } else if (!brief.goal.trimmed().isEmpty()) {
        // Only a goal: ask for it and listen, so the callee's answer is heard and recorded.
        steps.append(Step{Step::Kind::Question,
                          QCoreApplication::translate("calldeck::OfflinePlan", "Could you help me with that?"),
                          {QStringLiteral("response")}});
    }
    if (!brief.infoToObtain.isEmpty()) {
        steps.append(Step{Step::Kind::ReadBack, QString(), {}});
    }
    steps.append(Step{Step::Kind::Closing, QCoreApplication::translate("calldeck::OfflinePlan", "Thank you very much for your help. Goodbye!"), {}});
    return steps;
}

QString OfflinePlan::readBack(const QList<QPair<QString, QString>>& answers)
{
    if (answers.isEmpty()) {
        return QCoreApplication::translate("calldeck::OfflinePlan", "I'm afraid I did not catch the details. Is it all right if we follow up later?");
    }
    QStringList parts;
    for (const auto& [key, value] : answers) {
        QString said = value.trimmed();
        while (said.endsWith(QLatin1Char('.'))) {
            said.chop(1);
        }
        parts.append(QStringLiteral("%1: %2").arg(spokenKey(key), said));
    }
    return QCoreApplication::translate("calldeck::OfflinePlan", "Let me confirm. %1. Is that correct?")
        .arg(parts.join(QStringLiteral(". ")));
}

QString OfflinePlan::holdForApproval(const CallBrief& brief)
{
    return QCoreApplication::translate("calldeck::OfflinePlan", "One moment please, I need to check that price with %1.")
        .arg(PromptBuilder::principalName(brief));
}

QString OfflinePlan::approvalAnswer(const CallBrief& brief, bool approved, qint64 amountCents)
{
    const QString price = PromptBuilder::formatCents(amountCents, brief.currency);
    return approved
        ? QCoreApplication::translate("calldeck::OfflinePlan", "Thank you for waiting. %1 agrees to %2.")
              .arg(PromptBuilder::principalName(brief), price)
        : QCoreApplication::translate("calldeck::OfflinePlan", "Thank you for waiting. I'm sorry, %1 cannot accept %2.")
              .arg(PromptBuilder::principalName(brief), price);
}

QString OfflinePlan::resume()
{
    return QCoreApplication::translate("calldeck::OfflinePlan", "Thank you for waiting.");
}

} // namespace calldeck
