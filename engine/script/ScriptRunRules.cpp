#include "script/ScriptRunRules.h"

#include <QLocale>
#include <algorithm>

namespace calldeck {

namespace {

Error conflict(const QString& message)
{
    return Error{ErrorCode::Conflict, message};
}

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

} // namespace

QString ScriptRunRules::label(const ScriptMilestone& m)
{
    return QStringLiteral("M%1 %2").arg(m.number).arg(m.title);
}

bool ScriptRunRules::isDone(const MilestoneResponse& r)
{
    return r.state == MilestoneState::Completed || r.state == MilestoneState::Skipped;
}

/// Position of milestone `number` in the script's order (-1 when it is not there).
qsizetype ScriptRunRules::positionOf(const Script& script, int number)
{
    for (qsizetype i = 0; i < script.milestones.size(); ++i) {
        if (script.milestones.at(i).number == number) {
            return i;
        }
    }
    return -1;
}

int ScriptRunRules::decisionNumber(const Script& script)
{
    for (const ScriptMilestone& m : script.milestones) {
        if (m.decision) {
            return m.number;
        }
    }
    return script.milestones.isEmpty() ? 0 : script.milestones.constLast().number;
}

int ScriptRunRules::resumeAfter(const Script& script, int lastCompleted)
{
    if (script.milestones.isEmpty()) {
        return 1;
    }
    const qsizetype done = positionOf(script, lastCompleted);
    const qsizetype decision = positionOf(script, decisionNumber(script));
    const qsizetype next = std::min(done + 1, decision >= 0 ? decision : script.milestones.size() - 1);
    return script.milestones.at(std::max<qsizetype>(next, 0)).number;
}

Status ScriptRunRules::requireStatus(const ScriptRunView& run, std::initializer_list<ScriptRunStatus> allowed,
                                     const QString& action)
{
    for (ScriptRunStatus status : allowed) {
        if (run.status == status) {
            return {};
        }
    }
    const QString state = run.status == ScriptRunStatus::Scheduled    ? tr("has not started yet")
                          : run.status == ScriptRunStatus::InProgress ? tr("is already in progress")
                          : run.status == ScriptRunStatus::Completed  ? tr("is already completed")
                                                                      : tr("was cancelled");
    return conflict(tr("Cannot %1: the call %2.").arg(action, state));
}

/// The gate to edit a milestone while the call runs: strict mode only allows the current one.
Status ScriptRunRules::requireEditable(const ScriptRunView& run, const ScriptMilestone& m)
{
    if (Status s = requireStatus(run, {ScriptRunStatus::InProgress}, tr("record %1").arg(label(m))); !s) {
        return s;
    }
    if (run.mode == ScriptMode::Strict && m.number != run.currentMilestone) {
        const ScriptMilestone* current = run.script.milestone(run.currentMilestone);
        return conflict(tr("%1 is not the current milestone (%2); strict mode keeps the order.")
                            .arg(label(m), current ? label(*current) : QString::number(run.currentMilestone)));
    }
    return {};
}

Status ScriptRunRules::requireReason(const QString& reason, const QString& action)
{
    if (reason.trimmed().isEmpty()) {
        return invalid(tr("Give a reason to %1.").arg(action));
    }
    return {};
}

/// What a milestone still lacks: unchecked questions, empty fields, unchecked confirmations.
QStringList ScriptRunRules::missingItems(const ScriptMilestone& m, const MilestoneResponse& r)
{
    QStringList missing;
    for (qsizetype i = 0; i < m.requiredQuestions.size(); ++i) {
        if (!r.questionsChecked.contains(int(i))) {
            missing.append(tr("question \"%1\"").arg(m.requiredQuestions.at(i)));
        }
    }
    for (const ScriptField& f : m.requiredFields) {
        if (r.fields.value(f.key).isEmpty()) {
            missing.append(tr("field \"%1\"").arg(f.label));
        }
    }
    for (qsizetype i = 0; i < m.confirmations.size(); ++i) {
        if (!r.confirmationsChecked.contains(int(i))) {
            missing.append(tr("confirmation \"%1\"").arg(m.confirmations.at(i)));
        }
    }
    return missing;
}

/// The value as stored, or why it does not fit the field's type.
Result<QString> ScriptRunRules::normalisedValue(const ScriptField& field, const QString& input)
{
    const QString value = input.trimmed();
    if (value.isEmpty()) {
        return value; // clears the field
    }
    if (value.size() > 500) {
        return invalid(tr("The value of \"%1\" is too long (at most 500 characters).").arg(field.label));
    }
    if (field.type == QLatin1String("number")) {
        bool ok = false;
        QString digits = value;
        digits.remove(u',');
        QLocale::c().toDouble(digits, &ok);
        if (!ok) {
            return invalid(tr("\"%1\" needs a number; \"%2\" is not one.").arg(field.label, value));
        }
        return digits;
    }
    if (field.type == QLatin1String("bool")) {
        const QString lower = value.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes")) {
            return QStringLiteral("true");
        }
        if (lower == QLatin1String("false") || lower == QLatin1String("no")) {
            return QStringLiteral("false");
        }
        return invalid(tr("\"%1\" needs yes or no; \"%2\" is neither.").arg(field.label, value));
    }
    if (field.type == QLatin1String("choice")) {
        for (const QString& option : field.options) {
            if (option.compare(value, Qt::CaseInsensitive) == 0) {
                return option;
            }
        }
        return invalid(tr("\"%1\" is not a choice of \"%2\" (%3).")
                           .arg(value, field.label, field.options.join(QStringLiteral(", "))));
    }
    return value;
}

MilestoneResponse* ScriptRunRules::response(ScriptRunView& run, int number)
{
    for (MilestoneResponse& r : run.responses) {
        if (r.number == number) {
            return &r;
        }
    }
    return nullptr;
}

Result<const ScriptMilestone*> ScriptRunRules::milestone(const ScriptRunView& run, int number)
{
    const ScriptMilestone* m = run.script.milestone(number);
    if (m == nullptr) {
        return invalid(tr("The script \"%1\" has no milestone M%2.").arg(run.script.name).arg(number));
    }
    return m;
}

void ScriptRunRules::makeCurrent(ScriptRunView& run, int number, const QDateTime& now)
{
    run.currentMilestone = number;
    MilestoneResponse* r = response(run, number);
    if (r != nullptr && r->state == MilestoneState::NotStarted) {
        r->state = MilestoneState::InProgress;
        r->startedAt = now;
    }
}

void ScriptRunRules::advance(ScriptRunView& run, const QDateTime& now)
{
    const qsizetype from = positionOf(run.script, run.currentMilestone);
    const auto notDone = [&](qsizetype i) {
        const MilestoneResponse* r = run.response(run.script.milestones.at(i).number);
        return r != nullptr && !isDone(*r);
    };
    for (qsizetype i = from + 1; i < run.script.milestones.size(); ++i) {
        if (notDone(i)) {
            makeCurrent(run, run.script.milestones.at(i).number, now);
            return;
        }
    }
    for (qsizetype i = 0; i < from; ++i) {
        if (notDone(i)) {
            makeCurrent(run, run.script.milestones.at(i).number, now);
            return;
        }
    }
}

} // namespace calldeck
