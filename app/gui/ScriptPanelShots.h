#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace calldeck {

class MainWindow;
class ScriptDock;

/// The Script panel's part of `calldeck --screenshot`. First a real scripted call:
/// through the panel's own setup page, the offline AI agent calls the sandbox prospect Dana Ruiz
/// and walks the script; once M1 and M2 are done it saves script-control-panel.png and
/// script-main-window.png (the panel docked beside the live transcript), then hangs up. Then a
/// prepared run of the same thread gives script-objection.png, script-slides.png,
/// script-privacy.png and script-follow-up.png.
class ScriptPanelShots : public QObject
{
    Q_OBJECT
public:
    using SaveShot = std::function<bool(QWidget*, const QString&)>;
    /// `done(ok)` runs once at the end; ok is false when the live call did not get to M3.
    using Done = std::function<void(bool ok)>;

    ScriptPanelShots(MainWindow& window, SaveShot save, Done done, QObject* parent = nullptr);

    /// Starts the sequence.
    void start();

private:
    void startLiveCall();
    void pressStart();
    void waitForMilestone(int attempt);
    void grabLiveCall();
    void hangUpLiveCall();
    void grabPreparedRun();
    void grabFollowUp(qint64 runId);
    void finish(bool ok);
    /// Polls `condition` every kPollMs up to `attempts` times, then runs `next(held)`.
    void poll(const std::function<bool()>& condition, int attempts, const std::function<void(bool)>& next);

    MainWindow& m_window;
    ScriptDock* m_dock = nullptr;
    SaveShot m_save;
    Done m_done;
    qint64 m_prospectId = 0;
    qint64 m_liveRunId = 0;
    QString m_actor;
    bool m_liveOk = false;
};

} // namespace calldeck
