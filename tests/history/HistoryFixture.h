#pragma once

// A store filled the way a finished sandbox call leaves it: a manual task to Bright Smile Dental,
// its signed attestation, one completed attempt with transcript, cost lines and turn latency,
// processed by the offline post-call step (summary, extracted rows, "completed" notification).
#include "../postcall/DentalCall.h"

#include "compliance/AttestationRepository.h"
#include "core/Paths.h"
#include "postcall/PostCallProcessor.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "store/TranscriptRepository.h"
#include "tasks/TaskRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace calldeck::testdata {

struct FilledCall
{
    qint64 taskId = 0;
    qint64 sessionId = 0;
    qint64 notificationId = 0;
};

class HistoryFixture
{
public:
    HistoryFixture()
    {
        qputenv("CALLDECK_DATA_DIR", m_dir.path().toUtf8());
        store = std::make_unique<Store>(Paths::databaseFile());
        opened = store->open();
    }

    /// A manual task (not called yet).
    qint64 addTask(const QString& company, const QString& phone, const QString& objective)
    {
        return store->runSync([=](QSqlDatabase& db) -> qint64 {
            ManualCallRequest request;
            request.phone = phone;
            request.company = company;
            request.purpose = CallPurpose::ExistingClient;
            request.objective = objective;
            const Result<CallTask> task = TaskRepository(db).createFromManualForm(request);
            return task.ok() ? task.value().id : 0;
        });
    }

    /// The dental call, finished and processed; `costMicros` split over a telephony and a voice line.
    FilledCall addDentalCall(qint64 costMicros = 41200)
    {
        FilledCall filled;
        filled.taskId = addTask(QStringLiteral("Bright Smile Dental"), QStringLiteral("+15555550100"),
                                QStringLiteral("Get the earliest cleaning appointment this week, under $150"));
        return store->runSync([filled, costMicros](QSqlDatabase& db) mutable -> FilledCall {
            AttestationForm form;
            form.legitimatePurpose = form.notOnDoNotCallList = form.reasonableBasis = true;
            form.loggedAndRecorded = form.acceptsResponsibility = true;
            form.fullName = QStringLiteral("Alex Morgan");
            form.organization = QStringLiteral("Morgan Family Office");
            const SignerIdentity signer{QStringLiteral("alex"), QStringLiteral("desk-7"), QStringLiteral("0.5.0")};
            if (!AttestationRepository(db).sign(filled.taskId, form, signer, callTime().addSecs(-60))) {
                return {};
            }
            CallRepository calls(db);
            NewCallRecord record;
            record.taskId = filled.taskId;
            record.callKey = QStringLiteral("c-dental-%1").arg(filled.taskId);
            record.toE164 = QStringLiteral("+15555550100");
            record.provider = QStringLiteral("sandbox");
            record.agentKind = QStringLiteral("offline");
            record.objective = QStringLiteral("Get the earliest cleaning appointment this week, under $150");
            const Result<CallRecordIds> ids = calls.begin(record);
            if (!ids) {
                return {};
            }
            filled.sessionId = ids.value().sessionId;
            if (!calls.updateStatus(filled.sessionId, QStringLiteral("completed"), QStringLiteral("CA0123%1").arg(filled.taskId), callTime(),
                                    callTime().addSecs(95), QString())) {
                return {};
            }
            if (!TranscriptRepository(db).appendFinal(filled.sessionId, dentalTranscript())) {
                return {};
            }
            CallCost cost;
            cost.telephonyMicros = costMicros / 4;
            cost.voiceAiMicros = costMicros - cost.telephonyMicros;
            cost.lines = {{QStringLiteral("telephony"), QStringLiteral("sandbox"), QStringLiteral("twilio.outbound_minute"),
                           1.6, QStringLiteral("minute"), cost.telephonyMicros},
                          {QStringLiteral("voice_ai"), QStringLiteral("espeak"), QStringLiteral("espeak.tts_character"),
                           412, QStringLiteral("character"), cost.voiceAiMicros}};
            if (!calls.saveCost(filled.sessionId, cost)) {
                return {};
            }
            if (!calls.saveLatency(filled.sessionId, {{1, 420000, 35000}, {2, 380000, 30000}, {3, 610000, 41000}})) {
                return {};
            }
            TaskRepository tasks(db);
            if (!tasks.transition(filled.taskId, TaskStatus::InProgress) ||
                !tasks.transition(filled.taskId, TaskStatus::Completed)) {
                return {};
            }
            const Result<PostCallReport> report = PostCallProcessor::processOffline(db, filled.sessionId, true);
            if (!report) {
                return {};
            }
            filled.notificationId = report.value().notificationId;
            return filled;
        });
    }

private:
    QTemporaryDir m_dir; // first: the database inside it closes before the folder goes

public:
    std::unique_ptr<Store> store;
    Status opened;
};

} // namespace calldeck::testdata
