#include "script/FollowUpContextBuilder.h"

#include "script/ProspectRepository.h"
#include "script/ScriptRunRules.h"
#include "script/ScriptRunTables.h"

namespace calldeck {

namespace {

/// The post-call summary when the call was recorded with one, else the last notes taken.
Result<QString> summaryOf(ScriptRunTables& tables, const ScriptRunView& run)
{
    if (run.sessionId > 0) {
        Result<QString> summary = tables.sessionSummary(run.sessionId);
        if (!summary && summary.error().code != ErrorCode::NotFound) {
            return summary.error();
        }
        if (summary && !summary.value().trimmed().isEmpty()) {
            return summary.value().trimmed();
        }
    }
    for (auto it = run.responses.crbegin(); it != run.responses.crend(); ++it) {
        if (!it->notes.trimmed().isEmpty()) {
            return it->notes.trimmed();
        }
    }
    return QString();
}

QMap<QString, QString> flagsOf(const ProspectProfile& profile, int minClients, const QString& gateOverride)
{
    QMap<QString, QString> flags;
    const bool qualified = profile.clientCount && *profile.clientCount >= minClients;
    flags.insert(QStringLiteral("client_count"), profile.clientCount
                                                     ? QStringLiteral("%1 (%2 %3)")
                                                           .arg(*profile.clientCount)
                                                           .arg(qualified ? QStringLiteral("≥") : QStringLiteral("<"))
                                                           .arg(minClients)
                                                     : FollowUpContextBuilder::tr("unknown"));
    const QList<std::pair<QString, QString>> texts = {{QStringLiteral("business_type"), profile.businessType},
                                                      {QStringLiteral("revenue_range"), profile.revenueRange},
                                                      {QStringLiteral("main_pain"), profile.mainPain},
                                                      {QStringLiteral("tool_stack"), profile.toolStack}};
    for (const auto& [key, value] : texts) {
        if (!value.isEmpty()) {
            flags.insert(key, value);
        }
    }
    flags.insert(QStringLiteral("gate"), !gateOverride.isEmpty() ? QStringLiteral("overridden: ") + gateOverride
                                         : qualified             ? QStringLiteral("passed")
                                                                 : QStringLiteral("not qualified"));
    return flags;
}

} // namespace

FollowUpContextBuilder::FollowUpContextBuilder(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<FollowUpContext> FollowUpContextBuilder::build(qint64 prospectId, int minClients)
{
    Result<Prospect> prospect = ProspectRepository(m_db).get(prospectId);
    if (!prospect) {
        return prospect.error();
    }
    ScriptRunTables tables(m_db);
    FollowUpContext context;
    context.prospectId = prospectId;
    Result<QList<ObjectionRecord>> open = tables.openObjections(prospectId);
    if (!open) {
        return open.error();
    }
    context.unresolvedObjections = open.value();

    Result<std::optional<std::pair<qint64, QString>>> thread = tables.latestThread(prospectId);
    if (!thread) {
        return thread.error();
    }
    QString gateOverride;
    if (thread.value()) {
        context.threadId = thread.value()->first;
        context.language = thread.value()->second;
        Result<QList<qint64>> ids = tables.runIdsOfThread(context.threadId);
        if (!ids) {
            return ids.error();
        }
        ScriptRunView last;
        for (qint64 id : ids.value()) {
            Result<ScriptRunView> run = tables.load(id);
            if (!run) {
                return run.error();
            }
            Result<QString> summary = summaryOf(tables, run.value());
            if (!summary) {
                return summary.error();
            }
            ThreadCall call;
            call.runId = id;
            call.threadSeq = run.value().threadSeq;
            call.status = run.value().status;
            call.startedAt = run.value().startedAt;
            call.lastMilestone = run.value().lastCompleted();
            call.summary = summary.value();
            const int decision = ScriptRunRules::decisionNumber(run.value().script);
            if (const MilestoneResponse* r = run.value().response(decision)) {
                call.decision = r->fields.value(QStringLiteral("decision"));
            }
            context.calls.append(call);
            if (call.lastMilestone > context.lastMilestone) {
                context.lastMilestone = call.lastMilestone;
                const ScriptMilestone* m = run.value().script.milestone(call.lastMilestone);
                context.lastMilestoneTitle = m != nullptr ? m->title : QString();
            }
            if (run.value().startedAt.isValid()) {
                gateOverride = run.value().gateOverrideReason;
            }
            last = std::move(run).value();
        }
        if (!context.calls.isEmpty()) {
            context.previousRunId = context.calls.constLast().runId;
            context.previousSummary = context.calls.constLast().summary;
            context.decisionMilestone = ScriptRunRules::decisionNumber(last.script);
            context.suggestedResume = ScriptRunRules::resumeAfter(last.script, context.lastMilestone);
        }
    }
    context.qualificationFlags = flagsOf(prospect.value().profile, minClients, gateOverride);
    return context;
}

} // namespace calldeck
