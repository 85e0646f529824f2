#include "CallScriptSetup.h"

#include "calls/Engine.h"
#include "script/ProspectRepository.h"
#include "script/ScriptHub.h"
#include "script/ScriptRepository.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFutureWatcher>

namespace calldeck::cli {

namespace {

const QString kActor = QStringLiteral("cli");

QString tr(const char* text)
{
    return QCoreApplication::translate("calldeck-cli", text);
}

/// Runs `loop` until `future` finished.
template <typename T>
T waitFor(QEventLoop& loop, const QFuture<T>& future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished()) {
            loop.exec();
        }
    }
    return future.result();
}

QString milestoneName(const Script& script, int number)
{
    const ScriptMilestone* m = script.milestone(number);
    return m != nullptr ? QStringLiteral("M%1 %2").arg(QString::number(number), m->title) : QStringLiteral("M%1").arg(number);
}

} // namespace

CallScriptSetup::CallScriptSetup()
    : m_script(QStringLiteral("script"), tr("Follow this sales script (e.g. default): the call becomes a script run of the prospect."),
               QStringLiteral("NAME")),
      m_mode(QStringLiteral("mode"), tr("With --script: strict (order and required items enforced) or flexible (default: the setting)."),
             QStringLiteral("MODE")),
      m_clientCount(QStringLiteral("client-count"), tr("With --script: store the prospect's client count (the qualification gate)."),
                    QStringLiteral("N")),
      m_checklist(QStringLiteral("checklist"), tr("With --script: pre-call checklist items done: all, or ids like 1,2,3."),
                  QStringLiteral("ITEMS")),
      m_overrideReason(QStringLiteral("override-reason"),
                       tr("With --script in flexible mode: start although the gate or checklist is not met, for this logged reason."),
                       QStringLiteral("TEXT")),
      m_resume(QStringLiteral("resume"), tr("With --script on a follow-up: resume at milestone N, or \"decision\" to jump to the decision."),
               QStringLiteral("N|decision"))
{
}

void CallScriptSetup::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({m_script, m_mode, m_clientCount, m_checklist, m_overrideReason, m_resume});
}

bool CallScriptSetup::requested(const QCommandLineParser& parser) const
{
    return parser.isSet(m_script);
}

Status CallScriptSetup::read(const QCommandLineParser& parser)
{
    auto bad = [](const QString& message) { return Status::failure(ErrorCode::InvalidArgument, message); };
    m_scriptName = parser.value(m_script).trimmed();
    if (m_scriptName.isEmpty()) {
        return bad(tr("--script needs a script name, e.g. default"));
    }
    const QString mode = parser.value(m_mode).trimmed().toLower();
    if (!mode.isEmpty()) {
        const std::optional<ScriptMode> parsed = ScriptRunEnums::modeFromName(mode);
        if (!parsed) {
            return bad(tr("--mode must be strict or flexible, not \"%1\"").arg(mode));
        }
        m_scriptMode = *parsed;
    }
    if (parser.isSet(m_clientCount)) {
        bool ok = false;
        const int clients = parser.value(m_clientCount).trimmed().toInt(&ok);
        if (!ok || clients < 0) {
            return bad(tr("--client-count needs a whole number of clients, e.g. 620"));
        }
        m_clients = clients;
    }
    const QString checklist = parser.value(m_checklist).trimmed().toLower();
    m_allChecklist = checklist == u"all";
    if (!checklist.isEmpty() && !m_allChecklist) {
        for (const QString& part : checklist.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int id = part.trimmed().toInt(&ok);
            if (!ok || id <= 0) {
                return bad(tr("--checklist takes all or item ids like 1,2,3, not \"%1\"").arg(checklist));
            }
            m_checked.insert(id);
        }
    }
    m_reason = parser.value(m_overrideReason).trimmed();
    m_resumeText = parser.value(m_resume).trimmed().toLower();
    if (!m_resumeText.isEmpty() && m_resumeText != u"decision") {
        bool ok = false;
        const int milestone = m_resumeText.toInt(&ok);
        if (!ok || milestone <= 0) {
            return bad(tr("--resume takes a milestone number or \"decision\", not \"%1\"").arg(m_resumeText));
        }
    }
    return {};
}

Result<qint64> CallScriptSetup::prepare(Engine& engine, QEventLoop& loop, const QString& e164, const QString& contactName,
                                        const Printer& print)
{
    ScriptHub* hub = engine.scriptHub();
    Store* store = hub != nullptr ? hub->store() : nullptr;
    if (store == nullptr) {
        return Error{ErrorCode::Internal, tr("A call with --script needs the database, which is not open.")};
    }
    // The prospect: the contact with this number, or a new one; the client count goes into its profile.
    const std::optional<int> clients = m_clients;
    const QString name = contactName.isEmpty() ? tr("Prospect %1").arg(e164) : contactName;
    const QString scriptName = m_scriptName;
    struct Found
    {
        Prospect prospect;
        Script script;
    };
    const Result<Found> found = waitFor(loop, store->run([e164, name, clients, scriptName](QSqlDatabase& db) -> Result<Found> {
        Result<Script> script = ScriptRepository(db).getByName(scriptName);
        if (!script) {
            return script.error();
        }
        const Result<std::optional<Contact>> existing = ContactRepository(db).findByPhone(e164);
        if (!existing) {
            return existing.error();
        }
        ProspectRepository prospects(db);
        Result<Prospect> prospect = Error{ErrorCode::Internal, QString()};
        if (existing.value()) {
            prospect = prospects.get(existing.value()->id);
            if (prospect && clients) {
                ProspectProfile profile = prospect.value().profile;
                profile.clientCount = clients;
                prospect = prospects.saveProfile(existing.value()->id, profile);
            }
        } else {
            Prospect fresh;
            fresh.contact.name = name;
            fresh.contact.phoneE164 = e164;
            fresh.profile.clientCount = clients;
            prospect = prospects.add(fresh);
        }
        if (!prospect) {
            return prospect.error();
        }
        return Found{prospect.value(), script.value()};
    }));
    if (!found) {
        return found.error();
    }
    const Script& script = found.value().script;

    NewScriptRun request;
    request.prospectId = found.value().prospect.contact.id;
    request.scriptName = m_scriptName;
    request.mode = m_scriptMode;
    request.actor = kActor;
    if (m_resumeText == u"decision") {
        for (const ScriptMilestone& m : script.milestones) {
            request.resumeFrom = m.decision ? m.number : request.resumeFrom;
        }
    } else if (!m_resumeText.isEmpty()) {
        request.resumeFrom = m_resumeText.toInt();
    }
    const Result<ScriptRunView> created = waitFor(loop, hub->create(request));
    if (!created) {
        return created.error();
    }
    m_runId = created.value().id;
    if (created.value().threadSeq > 1) {
        print(QStringLiteral("script"), tr("follow-up call %1 of %2's thread; resuming at %3")
                                            .arg(QString::number(created.value().threadSeq), created.value().prospectName,
                                                 milestoneName(script, created.value().resumeFrom)));
    } else {
        print(QStringLiteral("script"), tr("script run %1 for %2 (%3 mode)")
                                            .arg(QString::number(m_runId), created.value().prospectName,
                                                 ScriptRunEnums::name(m_scriptMode)));
    }

    QSet<int> items = m_checked;
    if (m_allChecklist) {
        for (const ChecklistItem& item : script.checklist) {
            items.insert(item.id);
        }
    }
    if (!items.isEmpty()) {
        const qint64 runId = m_runId;
        const Result<ScriptRunView> ticked = waitFor(loop, hub->apply([runId, items](ScriptRunService& service) {
            Result<ScriptRunView> run = service.load(runId);
            for (int id : items) {
                run = service.setChecklistItem(runId, id, true, kActor);
                if (!run) {
                    break;
                }
            }
            return run;
        }));
        if (!ticked) {
            return ticked.error();
        }
    }
    const Result<GateDecision> gate = waitFor(loop, hub->checkGate(m_runId, m_reason));
    if (!gate) {
        return gate.error();
    }
    if (!gate.value().allowed) {
        return Error{ErrorCode::InvalidArgument, tr("the call is blocked: %1").arg(gate.value().reason)};
    }
    if (gate.value().overridden) {
        print(QStringLiteral("script"), tr("gate overridden: %1").arg(m_reason));
    }
    const Result<ScriptRunView> started = waitFor(loop, hub->start(m_runId, m_reason, kActor));
    if (!started) {
        return Error{ErrorCode::InvalidArgument, tr("the call is blocked: %1").arg(started.error().message)};
    }
    for (const MilestoneResponse& r : started.value().responses) {
        m_states.insert(r.number, r.state);
    }
    return m_runId;
}

void CallScriptSetup::follow(Engine& engine, QObject* context, Printer print)
{
    ScriptHub* hub = engine.scriptHub();
    if (hub == nullptr) {
        return;
    }
    QObject::connect(hub, &ScriptHub::runChanged, context,
                     [this, print](const ScriptRunView& run) { onRunChanged(run, print); });
    QObject::connect(hub, &ScriptHub::objectionChanged, context, [this, print](const ObjectionRecord& objection) {
        if (objection.runId != m_runId) {
            return;
        }
        const QString outcome = objection.outcome.isEmpty() ? tr("open") : objection.outcome;
        if (m_objections.value(objection.id) == outcome) {
            return;   // an answer to a diagnostic question: nothing new to say
        }
        m_objections.insert(objection.id, outcome);
        print(QStringLiteral("script"), tr("objection %1 at M%2 — %3").arg(objection.type, QString::number(objection.milestone), outcome));
    });
}

void CallScriptSetup::onRunChanged(const ScriptRunView& run, const Printer& print)
{
    if (run.id != m_runId) {
        return;
    }
    const int total = int(run.script.milestones.size());
    for (const MilestoneResponse& r : run.responses) {
        const MilestoneState before = m_states.value(r.number, MilestoneState::NotStarted);
        if (r.state == before) {
            continue;
        }
        m_states.insert(r.number, r.state);
        if (r.state == MilestoneState::Completed) {
            //: Progress line of `call --script`: "M2 Current State Mapping — completed (2/7)".
            print(QStringLiteral("script"), tr("%1 — completed (%2/%3)")
                                                .arg(milestoneName(run.script, r.number), QString::number(run.doneCount()),
                                                     QString::number(total)));
        } else if (r.state == MilestoneState::Skipped) {
            print(QStringLiteral("script"), tr("%1 — skipped: %2").arg(milestoneName(run.script, r.number), r.skipReason));
        } else if (r.state == MilestoneState::InProgress) {
            print(QStringLiteral("script"), tr("%1 — started").arg(milestoneName(run.script, r.number)));
        }
    }
    for (const MilestoneResponse& r : run.responses) {
        const QString decision = r.fields.value(QStringLiteral("decision"));
        if (!decision.isEmpty() && decision != m_decision) {
            m_decision = decision;
            print(QStringLiteral("script"), tr("decision: %1").arg(decision));
        }
    }
}

void CallScriptSetup::printFinal(Engine& engine, QEventLoop& loop, const Printer& print)
{
    ScriptHub* hub = engine.scriptHub();
    if (hub == nullptr || m_runId == 0) {
        return;
    }
    const Result<ScriptRunView> run = waitFor(loop, hub->load(m_runId));
    if (!run) {
        print(QStringLiteral("warning"), run.error().message);
        return;
    }
    onRunChanged(run.value(), print);
    print(QStringLiteral("script"), tr("script run %1 %2: %3/%4 milestones done, last %5%6")
                                        .arg(QString::number(m_runId), ScriptRunEnums::name(run.value().status),
                                             QString::number(run.value().doneCount()),
                                             QString::number(run.value().script.milestones.size()),
                                             run.value().lastCompleted() > 0 ? milestoneName(run.value().script, run.value().lastCompleted())
                                                                             : tr("none"),
                                             m_decision.isEmpty() ? QString() : tr(", decision %1").arg(m_decision)));
}

} // namespace calldeck::cli
