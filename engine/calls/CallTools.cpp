#include "calls/CallTools.h"

#include "contacts/Contact.h"
#include "conversation/prompt/ToolCatalog.h"
#include "core/FutureWatch.h"
#include "script/ScriptAgentTools.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace calldeck {

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ToolResult okResult(const QJsonObject& object, bool endCall = false)
{
    return ToolResult{json(object), true, endCall};
}

ToolResult errorResult(const QString& message)
{
    return ToolResult{json({{QStringLiteral("error"), message}}), false, false};
}

constexpr int kMaxContactsReturned = 5;

} // namespace

CallTools::CallTools(Store* store, AssistantSettings settings, QObject* parent)
    : QObject(parent), m_store(store), m_settings(std::move(settings))
{
}

CallTools::~CallTools()
{
    cancelPending(tr("The call ended."));
}

RecordedField CallTools::recordField(const QJsonObject& args)
{
    RecordedField field{args.value(QStringLiteral("key")).toString().trimmed(),
                        args.value(QStringLiteral("value")).toVariant().toString(),
                        args.value(QStringLiteral("raw_fragment")).toString(), clockMs()};
    // The latest value for a key wins (the callee corrected themselves).
    m_fields.removeIf([&field](const RecordedField& f) { return f.key == field.key; });
    m_fields.append(field);
    Q_EMIT fieldRecorded(field);
    return field;
}

void CallTools::setScriptTools(ScriptAgentTools* tools)
{
    if (m_script != nullptr && m_script != tools) {
        m_script->deleteLater();
    }
    m_script = tools;
    if (m_script != nullptr) {
        m_script->setParent(this);
    }
}

qint64 CallTools::clockMs() const
{
    return m_answeredAtMs > 0 ? QDateTime::currentMSecsSinceEpoch() - m_answeredAtMs : 0;
}

void CallTools::run(const ToolCall& call, Reply reply)
{
    if (const Status valid = ToolCatalog::validate(call); !valid) {
        reply(errorResult(valid.error().message));
        return;
    }
    const QJsonObject& args = call.arguments;
    if (ScriptAgentTools::toolNames().contains(call.name) && m_script == nullptr) {
        reply(errorResult(tr("This call follows no sales script; \"%1\" is not available.").arg(call.name)));
        return;
    }
    if (m_script != nullptr && m_script->handles(call)) {
        if (call.name == u"record_field") {
            recordField(args);   // the call's own record keeps every field too (post-call reads it)
        }
        m_script->run(call, std::move(reply));
        return;
    }
    if (call.name == u"log_call_event") {
        Q_EMIT logged(args.value(QStringLiteral("kind")).toString(), args.value(QStringLiteral("detail")).toString());
        reply(okResult({{QStringLiteral("logged"), true}}));
    } else if (call.name == u"record_field") {
        reply(okResult({{QStringLiteral("recorded"), recordField(args).key}}));
    } else if (call.name == u"end_call") {
        m_summary = args.value(QStringLiteral("summary")).toString();
        m_objectiveMet = args.value(QStringLiteral("objective_met")).toBool();
        Q_EMIT endCall(m_summary, *m_objectiveMet);
        reply(okResult({{QStringLiteral("ending"), true}}, true));
    } else if (call.name == u"request_approval") {
        const qint64 cents = args.value(QStringLiteral("amount_cents")).toInteger();
        const QString description = args.value(QStringLiteral("description")).toString();
        if (cents <= m_settings.maxAutoApproveCents) {
            reply(okResult({{QStringLiteral("approved"), true},
                            {QStringLiteral("note"), tr("Within the auto-approve limit.")}}));
            return;
        }
        const QString id = call.callId.isEmpty() ? QStringLiteral("approval-%1").arg(++m_approvalCounter) : call.callId;
        Pending pending;
        pending.reply = std::move(reply);
        pending.timer = new QTimer(this);
        pending.timer->setSingleShot(true);
        connect(pending.timer, &QTimer::timeout, this,
                [this, id] { answerApproval(id, false, tr("The user did not answer in time.")); });
        pending.timer->start(m_approvalTimeoutMs);
        m_pending.insert(id, std::move(pending));
        Q_EMIT approvalRequested(id, cents, description);
    } else if (call.name == u"lookup_contact") {
        lookupContact(args.value(QStringLiteral("query")).toString(), std::move(reply));
    } else {
        reply(errorResult(tr("Unknown tool \"%1\".").arg(call.name)));
    }
}

bool CallTools::answerApproval(const QString& id, bool approved, const QString& note)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return false;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    pending.timer->deleteLater();
    pending.reply(okResult({{QStringLiteral("approved"), approved}, {QStringLiteral("note"), note}}));
    Q_EMIT approvalResolved(id, approved, note);
    return true;
}

void CallTools::cancelPending(const QString& why)
{
    const QStringList ids = m_pending.keys();
    for (const QString& id : ids)
        answerApproval(id, false, why);
}

void CallTools::lookupContact(const QString& query, Reply reply)
{
    if (!m_store) {
        reply(okResult({{QStringLiteral("contacts"), QJsonArray()},
                        {QStringLiteral("note"), tr("No contact database is open; do not guess.")}}));
        return;
    }
    auto future = m_store->run([query](QSqlDatabase& db) { return ContactRepository(db).list(query.trimmed()); });
    whenFinished(this, future, [reply](const Result<QList<Contact>>& result) {
        if (!result) {
            reply(errorResult(result.error().message));
            return;
        }
        QJsonArray contacts;
        for (const Contact& c : result.value()) {
            if (contacts.size() >= kMaxContactsReturned)
                break;
            contacts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("company"), c.company},
                                        {QStringLiteral("phone"), c.phoneE164},
                                        {QStringLiteral("email"), c.email},
                                        {QStringLiteral("notes"), c.notes}});
        }
        QJsonObject out{{QStringLiteral("contacts"), contacts}};
        if (contacts.isEmpty())
            out.insert(QStringLiteral("note"), QStringLiteral("No matching contact. Do not invent details."));
        reply(okResult(out));
    });
}

} // namespace calldeck
