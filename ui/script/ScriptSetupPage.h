#pragma once

#include "script/FollowUpContext.h"
#include "script/PreCallChecklist.h"
#include "script/Prospect.h"
#include "script/Script.h"
#include "script/ScriptRun.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace calldeck {

class AgentChooser;

class FollowUpContextView;
class PreCallChecklistView;
class ProspectProfileForm;
class ScriptHub;

/// How the call of a started run is to be placed (from the setup page's choices).
struct ScriptCallPlan
{
    QString to;        ///< the prospect's number (E.164)
    QString agent;     ///< human | offline | realtime | cascade
    QString provider;  ///< sandbox | twilio | "" (the engine's default)
};

/// The setup page of the Script panel (PRODUCT S2, S6): the prospect and its profile, mode, agent
/// and line, the eight-item pre-call checklist with its gate, the follow-up context with the
/// resume point, and Start call — disabled, with the reason shown, until the gate allows it.
class ScriptSetupPage : public QWidget
{
    Q_OBJECT
public:
    ScriptSetupPage(ScriptHub& hub, QString defaultMode, QWidget* parent = nullptr);

    /// Loads the script, the prospects and the contacts again.
    void reload();
    /// The agent preselected, whether the Twilio line can be chosen and whether the AI agents that
    /// need a key can (from the engine).
    void setCallOptions(const QString& defaultAgent, bool twilioConfigured, bool aiConfigured);
    /// Who is at the desk ("agent:Alex Morgan"), for the audit log.
    void setActor(const QString& actor) { m_actor = actor; }
    void setMasked(bool masked);

    /// Picks the contact `contactId` (once loaded).
    void selectProspect(qint64 contactId);
    [[nodiscard]] qint64 prospectId() const;
    /// The profile as edited (not necessarily saved).
    [[nodiscard]] ProspectProfile editedProfile() const;
    void setEditedProfile(const ProspectProfile& profile);
    void setMode(ScriptMode mode);
    [[nodiscard]] ScriptMode mode() const;
    void setAgent(const QString& agent);
    void setChecked(int itemId, bool checked);
    void setOverrideReason(const QString& reason);
    /// Checks every checklist item (a shortcut for tests and for "all reviewed").
    void checkAll();

    /// The gate as the page shows it.
    [[nodiscard]] GateDecision gate() const;
    [[nodiscard]] QString gateText() const;
    [[nodiscard]] QString startBlockedText() const;
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isFollowUp() const { return m_context.isFollowUp(); }
    [[nodiscard]] const FollowUpContext& followUp() const { return m_context; }
    [[nodiscard]] FollowUpContextView* followUpView() const { return m_followUpView; }
    [[nodiscard]] QPushButton* startButton() const { return m_start; }
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    /// Start call: confirms a follow-up, saves the profile, creates and starts the run.
    void requestStart();

Q_SIGNALS:
    /// The run is in progress; the dock switches to the live page and places the call.
    void runStarted(const calldeck::ScriptRunView& run, const calldeck::ScriptCallPlan& plan);
    void statusMessage(const QString& message);

private:
    void onProspectChanged();
    void loadFollowUp(qint64 prospectId);
    void refreshGate();
    void fillProspectCombo();
    void startRun();
    void showError(const QString& message);
    [[nodiscard]] const Prospect* currentProspect() const;

    ScriptHub& m_hub;
    QString m_actor;
    Script m_script;
    QList<Prospect> m_prospects;
    FollowUpContext m_context;
    qint64 m_pendingSelection = 0;
    bool m_loaded = false;
    bool m_masked = false;
    bool m_busy = false;

    QComboBox* m_prospect = nullptr;
    ProspectProfileForm* m_profile = nullptr;
    QGroupBox* m_followUpBox = nullptr;
    FollowUpContextView* m_followUpView = nullptr;
    QComboBox* m_mode = nullptr;
    AgentChooser* m_agent = nullptr;
    QComboBox* m_line = nullptr;
    PreCallChecklistView* m_checklist = nullptr;
    QLabel* m_gate = nullptr;
    QLineEdit* m_overrideReason = nullptr;
    QLabel* m_overrideLabel = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_startBlocked = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::ScriptCallPlan)
