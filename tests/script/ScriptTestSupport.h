#pragma once

// Shared set-up of the script tests: a real Store on a temporary file, prospects, and a helper that
// fills every required item of a milestone the way an agent would.
#include "script/ProspectRepository.h"
#include "script/ScriptRunService.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <optional>

namespace calldeck::test {

/// "now" of every ScriptRunService in the tests, so timestamps can be compared exactly.
inline const QDateTime kNow = QDateTime(QDate(2026, 3, 2), QTime(14, 30), Qt::UTC);

class ScriptFixture
{
public:
    explicit ScriptFixture(const QString& fileName)
        : m_store(std::make_unique<Store>(m_dir.filePath(fileName)))
    {
        const Status opened = m_store->open();
        Q_ASSERT_X(opened.ok(), "ScriptFixture", qPrintable(opened.error().message));
    }

    Store& store() { return *m_store; }

    /// Runs `op(ScriptRunService&)` as a store job with the fixed clock.
    template <typename F>
    auto service(F op)
    {
        return m_store->runSync([op](QSqlDatabase& db) {
            ScriptRunService service(db, kNow);
            return op(service);
        });
    }

    /// A new prospect; `clients` empty = unknown client count.
    qint64 addProspect(const QString& name, const QString& phone, std::optional<int> clients)
    {
        Prospect prospect;
        prospect.contact.name = name;
        prospect.contact.phoneE164 = phone;
        prospect.profile.clientCount = clients;
        prospect.profile.businessType = QStringLiteral("Coaching");
        prospect.profile.revenueRange = QStringLiteral("$250k–$500k");
        prospect.profile.mainPain = QStringLiteral("Churn after month three");
        const Result<Prospect> added =
            m_store->runSync([&](QSqlDatabase& db) { return ProspectRepository(db).add(prospect); });
        return added.ok() ? added.value().contact.id : 0;
    }

    /// Creates a run and ticks every required pre-call item.
    Result<ScriptRunView> prepared(qint64 prospectId, ScriptMode mode, const QString& language = {}, int resumeFrom = 0)
    {
        NewScriptRun request;
        request.prospectId = prospectId;
        request.mode = mode;
        request.language = language;
        request.resumeFrom = resumeFrom;
        request.actor = QStringLiteral("agent:Alex Morgan");
        return service([request](ScriptRunService& s) -> Result<ScriptRunView> {
            Result<ScriptRunView> run = s.create(request);
            if (!run) {
                return run;
            }
            const qint64 id = run.value().id;
            const QList<ChecklistItem> items = run.value().script.checklist;
            for (const ChecklistItem& item : items) {
                if (item.required && run) {
                    run = s.setChecklistItem(id, item.id, true, QStringLiteral("agent:Alex Morgan"));
                }
            }
            return run;
        });
    }

    /// Checks every question and confirmation of `milestone` and gives every field a valid value.
    Result<ScriptRunView> fill(qint64 runId, int milestone)
    {
        return service([runId, milestone](ScriptRunService& s) -> Result<ScriptRunView> {
            Result<ScriptRunView> run = s.load(runId);
            const ScriptMilestone* found = run ? run.value().script.milestone(milestone) : nullptr;
            if (found == nullptr) {
                return run;
            }
            const ScriptMilestone copy = *found; // `run` is replaced below
            const ScriptMilestone* m = &copy;
            const QString actor = QStringLiteral("agent:Alex Morgan");
            for (int i = 0; run && i < m->requiredQuestions.size(); ++i) {
                run = s.checkQuestion(runId, milestone, i, true, actor);
            }
            for (int i = 0; run && i < m->confirmations.size(); ++i) {
                run = s.checkConfirmation(runId, milestone, i, true, actor);
            }
            for (const ScriptField& f : m->requiredFields) {
                const QString value = f.type == QLatin1String("number")   ? QStringLiteral("620")
                                      : f.type == QLatin1String("bool")   ? QStringLiteral("yes")
                                      : f.type == QLatin1String("choice") ? f.options.first()
                                                                          : QStringLiteral("Noted");
                if (run) {
                    run = s.setField(runId, milestone, f.key, value, actor);
                }
            }
            return run;
        });
    }

    int count(const QString& statement)
    {
        return m_store->runSync([statement](QSqlDatabase& db) {
            QSqlQuery query(db);
            return query.exec(statement) && query.next() ? query.value(0).toInt() : -1;
        });
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

} // namespace calldeck::test
