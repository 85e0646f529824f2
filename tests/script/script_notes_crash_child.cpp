// Child process of tst_script_notes_crash: opens the store at argv[1], creates a prospect and a
// started script run, autosaves argv[2] rounds of notes on M1 (each one a separate store job, as
// the control panel's autosave timer does), prints "saved <runId>" after the last one reported
// success, then idles until it is killed.
#include "script/ProspectRepository.h"
#include "script/ScriptRunService.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace calldeck;

namespace {

int fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: script_notes_crash_child <database> <rounds>\n");
        return 2;
    }
    Store store(QString::fromLocal8Bit(argv[1]));
    if (Status opened = store.open(); !opened) {
        return fail(opened.error());
    }
    const Result<ScriptRunView> run = store.runSync([](QSqlDatabase& db) -> Result<ScriptRunView> {
        Prospect prospect;
        prospect.contact.name = QStringLiteral("Dana Ruiz");
        prospect.contact.phoneE164 = QStringLiteral("+15555550102");
        prospect.profile.clientCount = 620;
        Result<Prospect> added = ProspectRepository(db).add(prospect);
        if (!added) {
            return added.error();
        }
        ScriptRunService service(db);
        NewScriptRun request;
        request.prospectId = added.value().contact.id;
        request.mode = ScriptMode::Flexible;
        Result<ScriptRunView> created = service.create(request);
        if (!created) {
            return created;
        }
        return service.start(created.value().id, 500, QStringLiteral("crash test"), QStringLiteral("cli"));
    });
    if (!run) {
        return fail(run.error());
    }
    const qint64 runId = run.value().id;
    const int rounds = QString::fromLocal8Bit(argv[2]).toInt();
    for (int i = 1; i <= rounds; ++i) {
        const QString notes = QStringLiteral("Round %1: prospect has 620 clients, churn after month three").arg(i);
        const Result<ScriptRunView> saved =
            store.runSync([runId, notes](QSqlDatabase& db) { return ScriptRunService(db).saveNotes(runId, 1, notes); });
        if (!saved) {
            return fail(saved.error());
        }
    }
    std::printf("saved %lld\n", static_cast<long long>(runId));
    std::fflush(stdout);
    return app.exec();
}
