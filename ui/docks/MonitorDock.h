#pragma once

#include "calls/CallSnapshot.h"

#include <QDockWidget>
#include <QTimer>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace calldeck {

class CallListModel;
class DtmfPad;
class Engine;
class LevelMeter;
class PlaceCallBar;
class TunnelStatusLabel;
struct CallRequest;

/// The call monitor: every call of this session, and for the selected one its state, talk time,
/// callee and agent levels, listen / barge-in / mute / hang-up controls, a DTMF keypad and how
/// Twilio reaches this computer. A "place test call" row starts calls, e.g. on the sandbox line.
/// Talks to the engine only through the Engine facade; levels are polled on one timer.
class MonitorDock : public QDockWidget
{
    Q_OBJECT
public:
    /// Level meters refresh this often while a call is connected.
    static constexpr int kLevelPollMs = 30;

    explicit MonitorDock(Engine& engine, QWidget* parent = nullptr);
    ~MonitorDock() override;

    [[nodiscard]] CallListModel* model() const { return m_model; }
    [[nodiscard]] QString selectedCallKey() const { return m_selectedKey; }
    /// The error banner's text while it is shown, else empty.
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] PlaceCallBar* placeCallBar() const { return m_placeBar; }
    /// Hang up (Ctrl+H), approve (Ctrl+Enter), decline, take over (Ctrl+T) and locked barge-in
    /// (Ctrl+B) for the selected call, for the Call menu; each follows its button's state.
    [[nodiscard]] QList<QAction*> callActions() const;

public Q_SLOTS:
    void selectCall(const QString& callKey);
    /// Places the call the "Place test call" row describes.
    void placeCall(const calldeck::CallRequest& request);
    void hangUpSelected();
    /// Shows the panel, brings it to the front and gives it the keyboard (Space = barge in).
    void showAndFocus();
    /// Region national numbers in the number field are read in.
    void setDefaultRegion(const QString& region);

Q_SIGNALS:
    /// A call was accepted by the provider (its progress follows through the engine).
    void callPlaced(const QString& callKey);
    /// The selected call changed (empty = none).
    void selectedCallChanged(const QString& callKey);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildDetails(QWidget* parent);
    void onCallUpdated(const CallSnapshot& call);
    void onCurrentRowChanged();
    void refreshDetails();
    void refreshTunnel();
    void pollLevels();
    void tick();
    void setBargeIn(bool on);
    void showError(const QString& message);
    void installSpaceFilter();
    void answerApproval(bool approved);
    void buildActions();

    Engine& m_engine;
    CallListModel* m_model = nullptr;
    PlaceCallBar* m_placeBar = nullptr;
    QLabel* m_error = nullptr;
    QTreeView* m_list = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_timer = nullptr;
    LevelMeter* m_calleeMeter = nullptr;
    LevelMeter* m_agentMeter = nullptr;
    QPushButton* m_listen = nullptr;
    QPushButton* m_bargeIn = nullptr;
    QPushButton* m_lockBargeIn = nullptr;
    QPushButton* m_mute = nullptr;
    QPushButton* m_hangUp = nullptr;
    QPushButton* m_takeover = nullptr;     ///< take an AI call over / hand it back
    QLabel* m_estimate = nullptr;          ///< pre-call cost estimate for the chosen agent and line
    QLabel* m_agentInfo = nullptr;         ///< agent kind, live cost against the estimate, latency
    QWidget* m_approvalBar = nullptr;      ///< the agent holds the call for the user's approval
    QLabel* m_approvalText = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_deny = nullptr;
    DtmfPad* m_dtmf = nullptr;
    TunnelStatusLabel* m_tunnel = nullptr;
    QAction* m_hangUpAction = nullptr;
    QAction* m_approveAction = nullptr;
    QAction* m_declineAction = nullptr;
    QAction* m_takeoverAction = nullptr;
    QAction* m_bargeInAction = nullptr;
    QTimer m_clock;       ///< one shared 1 s tick for every call's timer
    QTimer m_levelPoll;   ///< one kLevelPollMs poll of the selected call's levels
    QString m_selectedKey;
    QString m_bargeKey;   ///< the call the supervisor's microphone is in, if any
    bool m_spaceHeld = false;
};

} // namespace calldeck
