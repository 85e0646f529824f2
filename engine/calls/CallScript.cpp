#include "calls/CallScript.h"

#include "accounts/UserProfile.h"
#include "script/ScriptBriefBuilder.h"
#include "script/ScriptRunService.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"

namespace calldeck {

Result<ScriptRunView> CallScript::prepare(Store& store, qint64 runId, CallBrief& brief)
{
    Result<ScriptRunView> loaded = store.runSync([runId](QSqlDatabase& db) { return ScriptRunService(db).load(runId); });
    if (!loaded) {
        return Error{loaded.error().code, tr("The call cannot use script run %1: %2").arg(runId).arg(loaded.error().message)};
    }
    const ScriptRunView& run = loaded.value();
    if (run.status != ScriptRunStatus::InProgress) {
        return Error{ErrorCode::Conflict,
                     tr("Script run %1 is %2, not in progress: start it (pre-call checklist and gate) before the call.")
                         .arg(runId)
                         .arg(ScriptRunEnums::name(run.status))};
    }
    FollowUpContext context;
    if (run.threadSeq > 1 || run.previousRunId > 0) {
        const qint64 prospectId = run.prospectId;
        const Result<FollowUpContext> found =
            store.runSync([prospectId](QSqlDatabase& db) { return ScriptRunService(db).followUpContext(prospectId); });
        // Without the context the call still follows the script; the brief just says less.
        if (found) {
            context = found.value();
        }
    }
    brief.script = ScriptBriefBuilder::build(run, context);
    if (brief.contactName.trimmed().isEmpty()) {
        brief.contactName = run.prospectName;
    }
    if (brief.contactType.trimmed().isEmpty()) {
        brief.contactType = QStringLiteral("prospect");
    }
    if (brief.goal.trimmed().isEmpty()) {
        brief.goal = tr("Take %1 through the sales script to a clear decision.")
                         .arg(run.prospectName.isEmpty() ? tr("the prospect") : run.prospectName);
    }
    if (!run.language.isEmpty()) {
        brief.language = run.language;   // a follow-up keeps the thread's language
    }
    return loaded;
}

QString CallScript::actor(const QString& agentKind, Store& store)
{
    if (agentKind != u"human") {
        return QStringLiteral("ai:") + agentKind;
    }
    const Result<UserProfile> profile = store.runSync([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
    const QString name = profile ? profile.value().fullName.trimmed() : QString();
    return name.isEmpty() ? QStringLiteral("agent") : QStringLiteral("agent:") + name;
}

QStringList CallScript::fieldKeys(const ScriptRunView& run)
{
    QStringList keys;
    for (const ScriptMilestone& m : run.script.milestones) {
        for (const ScriptField& field : m.requiredFields) {
            keys.append(field.key);
        }
    }
    return keys;
}

} // namespace calldeck
