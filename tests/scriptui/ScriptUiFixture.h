#pragma once
// Shared by the Script panel tests: a temporary store with the default script, two prospects
// (Dana Ruiz, 620 clients — qualified; Lee Park, 320 — under the gate), a ScriptHub over it and
// helpers that drive the panel the way a user does (clicks, typing, answering dialogs).

#include "core/Settings.h"
#include "script/ProspectRepository.h"
#include "script/ScriptHub.h"
#include "script/ScriptRepository.h"
#include "script/ScriptRunService.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace calldeck::testing {

constexpr int kSlowMs = 15000;

struct ScriptUiFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<Store> store;
    std::unique_ptr<ScriptHub> hub;
    qint64 dana = 0;
    qint64 lee = 0;

    bool open()
    {
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
        store = std::make_unique<Store>(dir.filePath(QStringLiteral("calldeck.sqlite")));
        if (!store->open().ok()) {
            return false;
        }
        hub = std::make_unique<ScriptHub>(store.get(), settings.get());
        const Result<Script> script = store->runSync([](QSqlDatabase& db) { return ScriptRepository(db).ensureDefault(); });
        if (!script.ok()) {
            qWarning("%s", qPrintable(script.error().message));
            return false;
        }
        const Result<UserProfile> me = store->runSync([](QSqlDatabase& db) {
            UserProfile profile;
            profile.fullName = QStringLiteral("Alex Morgan");
            return ProfileRepository(db).saveProfile(profile);
        });
        if (!me.ok()) {
            return false;
        }
        dana = addProspect(QStringLiteral("Dana Ruiz"), QStringLiteral("+15555550102"), 620, QStringLiteral("$250k–$500k"));
        lee = addProspect(QStringLiteral("Lee Park"), QStringLiteral("+15555550177"), 320, QStringLiteral("$100k–$250k"));
        return dana != 0 && lee != 0;
    }

    qint64 addProspect(const QString& name, const QString& phone, int clients, const QString& revenue)
    {
        Prospect p;
        p.contact.name = name;
        p.contact.company = name == QLatin1String("Dana Ruiz") ? QStringLiteral("Ruiz Coaching") : QStringLiteral("Park Studio");
        p.contact.phoneE164 = phone;
        p.profile.clientCount = clients;
        p.profile.businessType = QStringLiteral("Coaching practice");
        p.profile.revenueRange = revenue;
        p.profile.mainPain = QStringLiteral("Revenue swings month to month");
        p.profile.toolStack = QStringLiteral("Calendly, Stripe");
        const Result<Prospect> added = store->runSync([p](QSqlDatabase& db) { return ProspectRepository(db).add(p); });
        if (!added.ok()) {
            qWarning("%s", qPrintable(added.error().message));
            return 0;
        }
        return added.value().contact.id;
    }

    /// A run of `prospect` started directly through the service (what another desk or the CLI does).
    /// `nowUtc` backdates the run (invalid = now).
    Result<ScriptRunView> startRun(qint64 prospect, ScriptMode mode = ScriptMode::Strict, int resumeFrom = 0,
                                   const QDateTime& nowUtc = {})
    {
        return store->runSync([prospect, mode, resumeFrom, nowUtc](QSqlDatabase& db) -> Result<ScriptRunView> {
            ScriptRunService service(db, nowUtc);
            NewScriptRun request;
            request.prospectId = prospect;
            request.mode = mode;
            request.resumeFrom = resumeFrom;
            request.actor = QStringLiteral("cli");
            Result<ScriptRunView> run = service.create(request);
            if (!run.ok()) {
                return run;
            }
            for (const ChecklistItem& item : run.value().script.checklist) {
                const Result<ScriptRunView> checked = service.setChecklistItem(run.value().id, item.id, true, QStringLiteral("cli"));
                if (!checked.ok()) {
                    return checked;
                }
            }
            return service.start(run.value().id, 500, {}, QStringLiteral("cli"));
        });
    }

    /// Runs `op` through the hub (so runChanged is announced) and waits for it.
    Result<ScriptRunView> apply(const ScriptHub::RunOp& op)
    {
        QFuture<Result<ScriptRunView>> future = hub->apply(op);
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, kSlowMs)) {
            return Error{ErrorCode::Internal, QStringLiteral("the hub did not answer in time")};
        }
        QCoreApplication::processEvents();
        return future.result();
    }
};

/// The value a user would enter for a required field so that strict mode accepts it.
inline QString answerFor(const ScriptField& field)
{
    if (field.type == QLatin1String("number")) {
        return QStringLiteral("620");
    }
    if (field.type == QLatin1String("bool")) {
        return QStringLiteral("yes");
    }
    if (field.type == QLatin1String("choice")) {
        return field.options.isEmpty() ? QString() : field.options.first();
    }
    return QStringLiteral("Grow without burning out");
}

/// Ticks, fills and completes `milestone` of run `runId` as `actor` would (for earlier calls).
inline Result<ScriptRunView> completeMilestone(ScriptRunService& s, qint64 runId, int milestone, const QString& actor)
{
    Result<ScriptRunView> run = s.load(runId);
    if (!run.ok()) {
        return run;
    }
    const ScriptMilestone copy = *run.value().script.milestone(milestone); // `run` is reassigned below
    const ScriptMilestone* m = &copy;
    for (int i = 0; i < m->requiredQuestions.size(); ++i) {
        run = s.checkQuestion(runId, milestone, i, true, actor);
    }
    for (int i = 0; i < m->confirmations.size(); ++i) {
        run = s.checkConfirmation(runId, milestone, i, true, actor);
    }
    for (const ScriptField& f : m->requiredFields) {
        run = s.setField(runId, milestone, f.key, answerFor(f), actor);
    }
    if (!run.ok()) {
        return run;
    }
    return s.completeMilestone(runId, milestone, actor);
}

/// Waits for a visible dialog of type D among `parent`'s children.
template <typename D>
D* waitForDialog(QObject& parent)
{
    D* found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (D* d : parent.findChildren<D*>()) {
                if (d->isVisible()) {
                    found = d;
                    return true;
                }
            }
            return false;
        },
        kSlowMs);
    return found;
}

} // namespace calldeck::testing
