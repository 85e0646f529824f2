#include "ScriptSetupPage.h"

#include "FollowUpContextView.h"
#include "PreCallChecklistView.h"
#include "PrivacyMask.h"
#include "ProspectProfileForm.h"
#include "core/FutureWatch.h"
#include "script/ProspectRepository.h"
#include "script/ScriptHub.h"
#include "script/ScriptRepository.h"
#include "store/ContactRepository.h"
#include "store/Store.h"
#include "widgets/AgentChooser.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace calldeck {

namespace {

/// What the page needs from the store in one job.
struct SetupData
{
    Script script;
    QList<Prospect> prospects;
    QString error;
};

} // namespace

ScriptSetupPage::ScriptSetupPage(ScriptHub& hub, QString defaultMode, QWidget* parent)
    : QWidget(parent), m_hub(hub)
{
    setObjectName(QStringLiteral("scriptSetupPage"));

    // Prospect and profile.
    auto* prospectBox = new QGroupBox(tr("Prospect"), this);
    m_prospect = new QComboBox(prospectBox);
    m_prospect->setObjectName(QStringLiteral("prospectPicker"));
    m_prospect->setMinimumContentsLength(24);
    m_profile = new ProspectProfileForm(prospectBox);
    auto* prospectLayout = new QFormLayout(prospectBox);
    prospectLayout->addRow(tr("P&rospect:"), m_prospect);
    prospectLayout->addRow(m_profile);

    // Follow-up context (only for a prospect with earlier calls).
    m_followUpBox = new QGroupBox(tr("Follow-up context"), this);
    m_followUpBox->setObjectName(QStringLiteral("followUpBox"));
    m_followUpView = new FollowUpContextView(m_followUpBox);
    auto* followUpLayout = new QVBoxLayout(m_followUpBox);
    followUpLayout->addWidget(m_followUpView);
    m_followUpBox->hide();

    // How the call runs.
    auto* callBox = new QGroupBox(tr("Call"), this);
    m_mode = new QComboBox(callBox);
    m_mode->setObjectName(QStringLiteral("modeChooser"));
    m_mode->addItem(tr("Strict — order and required items enforced"), QStringLiteral("strict"));
    m_mode->addItem(tr("Flexible — skips and overrides with a reason"), QStringLiteral("flexible"));
    m_mode->setCurrentIndex(defaultMode == QLatin1String("flexible") ? 1 : 0);
    m_agent = new AgentChooser(callBox);
    m_agent->setObjectName(QStringLiteral("agentChooser"));
    m_agent->setAgents(QStringLiteral("human"), false);
    m_line = new QComboBox(callBox);
    m_line->setObjectName(QStringLiteral("lineChooser"));
    m_line->addItem(tr("Sandbox line (simulated)"), QStringLiteral("sandbox"));
    auto* callForm = new QFormLayout(callBox);
    callForm->addRow(tr("&Mode:"), m_mode);
    callForm->addRow(tr("&Agent:"), m_agent);
    callForm->addRow(tr("&Line:"), m_line);

    // Checklist and gate.
    m_checklist = new PreCallChecklistView(this);
    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("gateStatus"));
    m_gate->setWordWrap(true);
    m_overrideLabel = new QLabel(tr("&Override reason:"), this);
    m_overrideReason = new QLineEdit(this);
    m_overrideReason->setObjectName(QStringLiteral("overrideReason"));
    m_overrideReason->setPlaceholderText(tr("Flexible mode: why call anyway (logged)"));
    m_overrideReason->setMaxLength(500);
    m_overrideLabel->setBuddy(m_overrideReason);
    auto* overrideRow = new QHBoxLayout;
    overrideRow->addWidget(m_overrideLabel);
    overrideRow->addWidget(m_overrideReason, 1);

    m_start = new QPushButton(tr("&Start call"), this);
    m_start->setObjectName(QStringLiteral("startCall"));
    m_start->setStyleSheet(QStringLiteral("QPushButton{font-weight:bold;padding:6px 18px;}"));
    m_startBlocked = new QLabel(this);
    m_startBlocked->setObjectName(QStringLiteral("startBlocked"));
    m_startBlocked->setWordWrap(true);
    m_startBlocked->setStyleSheet(QStringLiteral("color:#59636e;"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("setupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_error->hide();
    auto* startRow = new QHBoxLayout;
    startRow->addWidget(m_startBlocked, 1);
    startRow->addWidget(m_start);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prospectBox);
    layout->addWidget(m_followUpBox);
    layout->addWidget(callBox);
    layout->addWidget(m_checklist);
    layout->addWidget(m_gate);
    layout->addLayout(overrideRow);
    layout->addWidget(m_error);
    layout->addLayout(startRow);
    layout->addStretch(1);

    connect(m_prospect, &QComboBox::currentIndexChanged, this, &ScriptSetupPage::onProspectChanged);
    connect(m_profile, &ProspectProfileForm::changed, this, &ScriptSetupPage::refreshGate);
    connect(m_overrideReason, &QLineEdit::textChanged, this, &ScriptSetupPage::refreshGate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ScriptSetupPage::refreshGate);
    connect(m_checklist, &PreCallChecklistView::changed, this, &ScriptSetupPage::refreshGate);
    connect(m_start, &QPushButton::clicked, this, &ScriptSetupPage::requestStart);
    refreshGate();
}

void ScriptSetupPage::reload()
{
    Store* store = m_hub.store();
    if (store == nullptr) {
        showError(tr("The database is not open."));
        return;
    }
    const auto pending = store->run([](QSqlDatabase& db) {
        SetupData loaded;
        const Result<Script> script = ScriptRepository(db).getByName(QStringLiteral("default"));
        if (!script.ok()) {
            loaded.error = script.error().message;
            return loaded;
        }
        loaded.script = script.value();
        const Result<QList<Prospect>> prospects = ProspectRepository(db).list();
        const Result<QList<Contact>> contacts = ContactRepository(db).list();
        if (!prospects.ok() || !contacts.ok()) {
            loaded.error = prospects.ok() ? contacts.error().message : prospects.error().message;
            return loaded;
        }
        // Prospects first; every other contact can become one by filling in the profile.
        loaded.prospects = prospects.value();
        for (const Contact& contact : contacts.value()) {
            const bool known = std::any_of(loaded.prospects.cbegin(), loaded.prospects.cend(),
                                           [&contact](const Prospect& p) { return p.contact.id == contact.id; });
            if (!known) {
                loaded.prospects.append(Prospect{contact, {}});
            }
        }
        return loaded;
    });
    whenFinished(this, pending, [this](const SetupData& loaded) {
        if (!loaded.error.isEmpty()) {
            showError(tr("The script could not be loaded: %1").arg(loaded.error));
            return;
        }
        m_script = loaded.script;
        m_prospects = loaded.prospects;
        m_loaded = true;
        m_checklist->setItems(m_script.checklist);
        fillProspectCombo();
    });
}

void ScriptSetupPage::fillProspectCombo()
{
    const qint64 wanted = m_pendingSelection != 0 ? m_pendingSelection : prospectId();
    {
        const QSignalBlocker blocker(m_prospect);
        m_prospect->clear();
        for (qsizetype i = 0; i < m_prospects.size(); ++i) {
            const Contact& c = m_prospects.at(i).contact;
            const QString label = c.company.isEmpty() ? c.name : tr("%1 (%2)").arg(c.name, c.company);
            //: A prospect in the picker while privacy mode hides names: "Prospect 3 •••"
            m_prospect->addItem(m_masked ? tr("Prospect %1 %2").arg(i + 1).arg(PrivacyMask::hidden()) : label, c.id);
        }
        const int index = m_prospect->findData(wanted);
        m_prospect->setCurrentIndex(index >= 0 ? index : (m_prospects.isEmpty() ? -1 : 0));
    }
    m_pendingSelection = 0;
    onProspectChanged();
}

const Prospect* ScriptSetupPage::currentProspect() const
{
    const qint64 id = prospectId();
    for (const Prospect& p : m_prospects) {
        if (p.contact.id == id) {
            return &p;
        }
    }
    return nullptr;
}

qint64 ScriptSetupPage::prospectId() const
{
    return m_prospect->currentData().toLongLong();
}

void ScriptSetupPage::selectProspect(qint64 contactId)
{
    const int index = m_prospect->findData(contactId);
    if (index >= 0 && index == m_prospect->currentIndex()) {
        onProspectChanged(); // picked again: read its earlier calls again
    } else if (index >= 0) {
        m_prospect->setCurrentIndex(index);
    } else {
        m_pendingSelection = contactId;
        reload();
    }
}

void ScriptSetupPage::onProspectChanged()
{
    const Prospect* prospect = currentProspect();
    m_profile->showProspect(prospect);
    m_context = FollowUpContext{};
    m_followUpBox->hide();
    if (prospect != nullptr) {
        loadFollowUp(prospect->contact.id);
    }
    refreshGate();
}

void ScriptSetupPage::loadFollowUp(qint64 prospectId)
{
    whenFinished(this, m_hub.followUpContext(prospectId), [this, prospectId](const Result<FollowUpContext>& result) {
        if (prospectId != this->prospectId()) {
            return; // the user picked someone else meanwhile
        }
        if (!result.ok()) {
            showError(tr("The earlier calls could not be read: %1").arg(result.error().message));
            return;
        }
        m_context = result.value();
        m_followUpView->showContext(m_context, m_script);
        m_followUpBox->setVisible(m_context.isFollowUp());
        refreshGate();
    });
}

ProspectProfile ScriptSetupPage::editedProfile() const
{
    return m_profile->profile();
}

void ScriptSetupPage::setEditedProfile(const ProspectProfile& profile)
{
    m_profile->setProfile(profile);
}

void ScriptSetupPage::setMode(ScriptMode mode)
{
    m_mode->setCurrentIndex(mode == ScriptMode::Flexible ? 1 : 0);
}

ScriptMode ScriptSetupPage::mode() const
{
    return m_mode->currentData().toString() == QLatin1String("flexible") ? ScriptMode::Flexible : ScriptMode::Strict;
}

void ScriptSetupPage::setAgent(const QString& agent)
{
    m_agent->selectAgent(agent);
}

void ScriptSetupPage::setCallOptions(const QString& defaultAgent, bool twilioConfigured, bool aiConfigured)
{
    m_agent->setAgents(defaultAgent, aiConfigured);
    if (twilioConfigured && m_line->findData(QStringLiteral("twilio")) < 0) {
        m_line->insertItem(0, tr("Twilio (real phone call)"), QStringLiteral("twilio"));
        m_line->setCurrentIndex(0);
    }
}

void ScriptSetupPage::setChecked(int itemId, bool checked)
{
    m_checklist->setChecked(itemId, checked);
}

void ScriptSetupPage::checkAll()
{
    m_checklist->checkAll();
}

void ScriptSetupPage::setOverrideReason(const QString& reason)
{
    m_overrideReason->setText(reason);
}

GateDecision ScriptSetupPage::gate() const
{
    return PreCallChecklist::evaluate(m_script, editedProfile(), m_checklist->checkedIds(), mode(), m_hub.minClients(),
                                      mode() == ScriptMode::Flexible ? m_overrideReason->text().trimmed() : QString());
}

void ScriptSetupPage::refreshGate()
{
    const bool flexible = mode() == ScriptMode::Flexible;
    m_overrideLabel->setVisible(flexible);
    m_overrideReason->setVisible(flexible);
    if (!m_loaded) {
        m_gate->setText(tr("Loading the script…"));
        m_start->setEnabled(false);
        return;
    }
    const GateDecision decision = gate();
    const ProspectProfile profile = editedProfile();
    if (decision.allowed && !decision.overridden) {
        //: Gate line: "✓ Qualified: 620 clients ≥ 500"
        m_gate->setText(tr("✓ Qualified: %1 clients ≥ %2")
                            .arg(m_masked ? PrivacyMask::hidden() : QLocale().toString(profile.clientCount.value_or(0)))
                            .arg(m_hub.minClients()));
        m_gate->setStyleSheet(QStringLiteral("QLabel{color:#1e6b2e;font-weight:bold;}"));
    } else if (decision.allowed) {
        m_gate->setText(tr("⚠ %1").arg(decision.reason));
        m_gate->setStyleSheet(QStringLiteral("QLabel{color:#8a5a00;font-weight:bold;}"));
    } else {
        m_gate->setText(tr("✕ Blocked: %1").arg(decision.reason));
        m_gate->setStyleSheet(QStringLiteral("QLabel{color:#b3261e;font-weight:bold;}"));
    }
    QString blocked;
    if (currentProspect() == nullptr) {
        blocked = tr("Choose a prospect first.");
    } else if (!decision.allowed) {
        blocked = flexible ? tr("Give an override reason or complete the checklist to start.")
                           : tr("Strict mode: the call cannot start until the gate passes.");
    } else if (m_busy) {
        blocked = tr("Starting…");
    }
    m_startBlocked->setText(blocked);
    m_start->setEnabled(blocked.isEmpty());
    m_start->setToolTip(blocked.isEmpty() ? tr("Start the run and place the call") : blocked);
}

QString ScriptSetupPage::gateText() const
{
    return m_gate->text();
}

QString ScriptSetupPage::startBlockedText() const
{
    return m_startBlocked->text();
}

QString ScriptSetupPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ScriptSetupPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ScriptSetupPage::setMasked(bool masked)
{
    m_masked = masked;
    m_profile->setMasked(masked);
    m_followUpView->setMasked(masked);
    if (m_loaded) {
        fillProspectCombo();
    }
    refreshGate();
}

void ScriptSetupPage::requestStart()
{
    if (!m_start->isEnabled()) {
        return;
    }
    if (!m_context.isFollowUp()) {
        startRun();
        return;
    }
    // A follow-up resumes mid-script: say where it starts before anything happens.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Start follow-up call"),
                                tr("Call %1 of the thread with %2, %3?")
                                    .arg(m_context.calls.size() + 1)
                                    .arg(m_masked ? PrivacyMask::hidden() : m_prospect->currentText(),
                                         m_followUpView->resumeText().toLower()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmFollowUp"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Start call"));
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            startRun();
        }
    });
    box->open();
}

void ScriptSetupPage::startRun()
{
    const Prospect* prospect = currentProspect();
    if (prospect == nullptr || m_busy) {
        return;
    }
    showError({});
    m_busy = true;
    refreshGate();
    const qint64 contactId = prospect->contact.id;
    const ProspectProfile profile = editedProfile();
    const bool profileChanged = profile != prospect->profile;
    NewScriptRun request;
    request.prospectId = contactId;
    request.scriptName = m_script.name.isEmpty() ? QStringLiteral("default") : m_script.name;
    request.mode = mode();
    request.resumeFrom = m_context.isFollowUp() ? m_followUpView->resumeFrom() : 0;
    request.actor = m_actor;
    const QSet<int> checked = m_checklist->checkedIds();
    const QString reason = mode() == ScriptMode::Flexible ? m_overrideReason->text().trimmed() : QString();
    const QString actor = m_actor;
    const int minClients = m_hub.minClients();
    const ScriptCallPlan plan{prospect->contact.phoneE164, m_agent->currentData().toString(), m_line->currentData().toString()};

    const auto startOnHub = [this, request, checked, reason, actor, minClients, plan] {
        const auto pending = m_hub.apply([=](ScriptRunService& s) -> Result<ScriptRunView> {
            Result<ScriptRunView> created = s.create(request);
            if (!created.ok()) {
                return created;
            }
            const qint64 runId = created.value().id;
            for (const int item : checked) {
                Result<ScriptRunView> set = s.setChecklistItem(runId, item, true, actor);
                if (!set.ok()) {
                    (void)s.cancel(runId, set.error().message, actor);
                    return set;
                }
            }
            Result<ScriptRunView> started = s.start(runId, minClients, reason, actor);
            if (!started.ok()) {
                // A run that never started is not left behind as "scheduled".
                (void)s.cancel(runId, started.error().message, actor);
            }
            return started;
        });
        whenFinished(this, pending, [this, plan](const Result<ScriptRunView>& result) {
            m_busy = false;
            refreshGate();
            if (!result.ok()) {
                showError(result.error().message);
                return;
            }
            Q_EMIT runStarted(result.value(), plan);
        });
    };
    if (!profileChanged) {
        startOnHub();
        return;
    }
    const auto saved = m_hub.store()->run(
        [contactId, profile](QSqlDatabase& db) { return ProspectRepository(db).saveProfile(contactId, profile); });
    whenFinished(this, saved, [this, startOnHub](const Result<Prospect>& result) {
        if (!result.ok()) {
            m_busy = false;
            refreshGate();
            showError(tr("The prospect's profile could not be saved: %1").arg(result.error().message));
            return;
        }
        for (Prospect& p : m_prospects) {
            if (p.contact.id == result.value().contact.id) {
                p = result.value();
            }
        }
        startOnHub();
    });
}

} // namespace calldeck
