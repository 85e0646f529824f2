#include "script/ScriptAgentTools.h"

#include "conversation/prompt/ToolCatalog.h"
#include "script/ScriptHub.h"
#include "store/Store.h"   // ScriptHub::store() needs the complete type

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace calldeck {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ToolResult refusal(const QString& message)
{
    return ToolResult{json({{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}}), false, false};
}

/// The run as the model needs to see it after a step: where it stands now.
QJsonObject runState(const ScriptRunView& run)
{
    QJsonObject out{{QStringLiteral("ok"), true},
                    {QStringLiteral("current_milestone"), run.currentMilestone},
                    {QStringLiteral("done"), QStringLiteral("%1/%2").arg(run.doneCount()).arg(run.script.milestones.size())}};
    if (const ScriptMilestone* current = run.script.milestone(run.currentMilestone)) {
        out.insert(QStringLiteral("current_title"), current->title);
    }
    return out;
}

QJsonObject objectionState(const ObjectionRecord& objection, const QStringList& questions)
{
    return QJsonObject{{QStringLiteral("ok"), true},
                       {QStringLiteral("objection_id"), objection.id},
                       {QStringLiteral("type"), objection.type},
                       {QStringLiteral("outcome"), objection.outcome},
                       {QStringLiteral("diagnostic_questions"), QJsonArray::fromStringList(questions)}};
}

/// The milestone a field belongs to (keys are unique within a script), else `fallback`.
int milestoneOfField(const Script& script, const QString& key, int fallback)
{
    for (const ScriptMilestone& m : script.milestones) {
        for (const ScriptField& field : m.requiredFields) {
            if (field.key == key) {
                return m.number;
            }
        }
    }
    return fallback;
}

/// Runs `done` with the future's result on `context`'s thread; a canceled future (the store went
/// away) is a refusal, so the reply still runs exactly once.
template <class T, class F>
void onResult(QObject* context, const QFuture<T>& future, ScriptAgentTools::Reply reply, F done)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, watcher,
                     [watcher, reply = std::move(reply), done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> finished = watcher->future();
                         if (finished.isCanceled() || finished.resultCount() == 0) {
                             reply(refusal(QCoreApplication::translate("calldeck::ScriptAgentTools",
                                                                    "The script could not be reached; the database is closed.")));
                             return;
                         }
                         const T result = finished.result();
                         if (!result.ok()) {
                             reply(refusal(result.error().message));
                             return;
                         }
                         reply(done(result.value()));
                     });
    watcher->setFuture(future);
}

} // namespace

ScriptAgentTools::ScriptAgentTools(ScriptHub* hub, qint64 runId, const QString& actor, QObject* parent)
    : QObject(parent), m_hub(hub), m_runId(runId), m_actor(actor)
{
}

QStringList ScriptAgentTools::toolNames()
{
    return {QStringLiteral("complete_milestone"), QStringLiteral("skip_milestone"), QStringLiteral("log_objection"),
            QStringLiteral("resolve_objection")};
}

QJsonArray ScriptAgentTools::schemas()
{
    return ToolCatalog::scriptTools();
}

bool ScriptAgentTools::handles(const ToolCall& call) const
{
    if (toolNames().contains(call.name)) {
        return true;
    }
    return call.name == QLatin1String("record_field")
        && m_fieldKeys.contains(call.arguments.value(QStringLiteral("key")).toString().trimmed());
}

void ScriptAgentTools::run(const ToolCall& call, Reply reply)
{
    ScriptHub* hub = m_hub.data();
    if (hub == nullptr) {
        reply(refusal(tr("This call's script is no longer available.")));
        return;
    }
    const QJsonObject& args = call.arguments;
    const qint64 runId = m_runId;
    const QString actor = m_actor;
    const int milestone = args.value(QStringLiteral("milestone")).toInt(0);

    if (call.name == u"complete_milestone") {
        const QString summary = args.value(QStringLiteral("summary")).toString().trimmed();
        auto future = hub->apply([runId, milestone, summary, actor](ScriptRunService& service) -> Result<ScriptRunView> {
            const Result<ScriptRunView> loaded = service.load(runId);
            if (!loaded) {
                return loaded;
            }
            const ScriptRunView& run = loaded.value();
            const ScriptMilestone* m = run.script.milestone(milestone);
            const MilestoneResponse* response = run.response(milestone);
            if (m == nullptr || response == nullptr) {
                return Error{ErrorCode::InvalidArgument,
                             tr("The script has no milestone %1; the current one is M%2.").arg(milestone).arg(run.currentMilestone)};
            }
            // Completing is the agent's word that it asked the questions and heard the confirmations;
            // it is only taken once the step itself could succeed, so a refusal changes nothing.
            QStringList missingFields;
            for (const ScriptField& field : m->requiredFields) {
                if (response->fields.value(field.key).trimmed().isEmpty()) {
                    missingFields.append(QStringLiteral("\"%1\" (key %2)").arg(field.label, field.key));
                }
            }
            const bool fieldsDone = missingFields.isEmpty();
            if (run.mode == ScriptMode::Strict && milestone == run.currentMilestone && !fieldsDone
                && run.status == ScriptRunStatus::InProgress) {
                // Said in the model's terms: which keys to record before trying again.
                return Error{ErrorCode::Conflict,
                             tr("M%1 %2 cannot be completed yet: record %3 with record_field first.")
                                 .arg(QString::number(milestone), m->title, missingFields.join(QStringLiteral(", ")))};
            }
            const bool mayComplete = run.status == ScriptRunStatus::InProgress
                && (run.mode == ScriptMode::Flexible || (milestone == run.currentMilestone && fieldsDone));
            if (mayComplete) {
                for (int i = 0; i < m->requiredQuestions.size(); ++i) {
                    if (!response->questionsChecked.contains(i)) {
                        if (auto checked = service.checkQuestion(runId, milestone, i, true, actor); !checked) {
                            return checked;
                        }
                    }
                }
                for (int i = 0; i < m->confirmations.size(); ++i) {
                    if (!response->confirmationsChecked.contains(i)) {
                        if (auto checked = service.checkConfirmation(runId, milestone, i, true, actor); !checked) {
                            return checked;
                        }
                    }
                }
                if (!summary.isEmpty()) {
                    const QString notes = response->notes.trimmed().isEmpty()
                        ? summary
                        : response->notes.trimmed() + QLatin1Char('\n') + summary;
                    // Notes are a convenience: a note over the limit must not block the milestone.
                    (void)service.saveNotes(runId, milestone, notes.left(ScriptRunService::kMaxNotesLength));
                }
            }
            return service.completeMilestone(runId, milestone, actor);
        });
        onResult(this, future, std::move(reply), [milestone](const ScriptRunView& run) {
            QJsonObject out = runState(run);
            out.insert(QStringLiteral("completed"), milestone);
            return ToolResult{json(out), true, false};
        });
    } else if (call.name == u"skip_milestone") {
        const QString reason = args.value(QStringLiteral("reason")).toString().trimmed();
        auto future = hub->apply([runId, milestone, reason, actor](ScriptRunService& service) {
            return service.skipMilestone(runId, milestone, reason, actor);
        });
        onResult(this, future, std::move(reply), [milestone](const ScriptRunView& run) {
            QJsonObject out = runState(run);
            out.insert(QStringLiteral("skipped"), milestone);
            return ToolResult{json(out), true, false};
        });
    } else if (call.name == u"record_field") {
        const QString key = args.value(QStringLiteral("key")).toString().trimmed();
        const QString value = args.value(QStringLiteral("value")).toVariant().toString().trimmed();
        auto future = hub->apply([runId, milestone, key, value, actor](ScriptRunService& service) -> Result<ScriptRunView> {
            int target = milestone;
            if (target <= 0) {
                const Result<ScriptRunView> loaded = service.load(runId);
                if (!loaded) {
                    return loaded;
                }
                target = milestoneOfField(loaded.value().script, key, loaded.value().currentMilestone);
            }
            return service.setField(runId, target, key, value, actor);
        });
        onResult(this, future, std::move(reply), [key](const ScriptRunView& run) {
            QJsonObject out = runState(run);
            out.insert(QStringLiteral("recorded"), key);
            return ToolResult{json(out), true, false};
        });
    } else if (call.name == u"log_objection") {
        const QString type = args.value(QStringLiteral("type")).toString().trimmed();
        const QString note = args.value(QStringLiteral("note")).toString().trimmed();
        // Filled on the store thread; read after the future finished, which orders the two.
        auto questions = std::make_shared<QStringList>();
        auto future = hub->applyObjection([runId, type, note, actor, questions](ScriptRunService& service) {
            Result<ObjectionRecord> raised = service.raiseObjection(runId, type, note, actor);
            if (raised) {
                if (const Result<ScriptRunView> run = service.load(runId); run) {
                    if (const ObjectionType* kind = run.value().script.objection(raised.value().type)) {
                        *questions = kind->diagnosticQuestions;
                    }
                }
            }
            return raised;
        });
        onResult(this, future, std::move(reply), [questions](const ObjectionRecord& objection) {
            return ToolResult{json(objectionState(objection, *questions)), true, false};
        });
    } else if (call.name == u"resolve_objection") {
        const qint64 objectionId = args.value(QStringLiteral("objection_id")).toInteger();
        const QString outcome = args.value(QStringLiteral("outcome")).toString().trimmed();
        QStringList answers;
        for (const QJsonValue& answer : args.value(QStringLiteral("answers")).toArray()) {
            answers.append(answer.toVariant().toString().trimmed());
        }
        auto future = hub->applyObjection([objectionId, outcome, answers, actor](ScriptRunService& service) -> Result<ObjectionRecord> {
            for (int i = 0; i < answers.size(); ++i) {
                if (answers.at(i).isEmpty()) {
                    continue;
                }
                if (auto answered = service.answerObjection(objectionId, i, answers.at(i)); !answered) {
                    return answered;
                }
            }
            return service.closeObjection(objectionId, outcome, actor);
        });
        onResult(this, future, std::move(reply), [](const ObjectionRecord& objection) {
            return ToolResult{json(objectionState(objection, {})), true, false};
        });
    } else {
        reply(refusal(tr("\"%1\" is not a script tool.").arg(call.name)));
    }
}

} // namespace calldeck
