#pragma once

#include "ScriptSetupPage.h"
#include "script/ScriptRun.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QStackedWidget;

namespace calldeck {

class Engine;
class ObjectionDialog;
class ScriptHub;
class ScriptLivePage;
class Settings;
class SlideWindow;

/// The "Script" panel (PRODUCT S2–S7, seed 003 TASK-008/021): the setup page before a call (prospect,
/// checklist and gate, follow-up context) and the live page while the run is in progress. It
/// places the call through the Engine when it has one, follows the run live through the ScriptHub,
/// and owns the application-wide actions: objection (Ctrl+Shift+O), privacy mode (Ctrl+Shift+P)
/// and the presentation window (F5).
class ScriptDock : public QDockWidget
{
    Q_OBJECT
public:
    /// `engine` may be null: runs are then driven without placing calls (tests, no engine).
    ScriptDock(ScriptHub& hub, Settings& settings, Engine* engine, QWidget* parent = nullptr);
    ~ScriptDock() override;

    [[nodiscard]] ScriptHub& hub() const { return m_hub; }
    [[nodiscard]] ScriptSetupPage* setupPage() const { return m_setup; }
    [[nodiscard]] ScriptLivePage* livePage() const { return m_live; }
    [[nodiscard]] bool isShowingLiveRun() const;
    /// Shows the panel with the keyboard in it.
    [[nodiscard]] QAction* showAction() const { return m_showAction; }
    /// Application-wide: opens the objection flow while a run is live.
    [[nodiscard]] QAction* objectionAction() const { return m_objectionAction; }
    /// Checkable, persisted: hides client-sensitive values.
    [[nodiscard]] QAction* privacyAction() const { return m_privacyAction; }
    /// Opens the presentation window.
    [[nodiscard]] QAction* presentAction() const { return m_presentAction; }
    [[nodiscard]] bool isPrivate() const;
    /// The presentation window, once opened.
    [[nodiscard]] SlideWindow* slideWindow() const;
    /// The objection flow, while open.
    [[nodiscard]] ObjectionDialog* objectionDialog() const;

public Q_SLOTS:
    /// Shows run `runId` on the live page (a run started elsewhere, e.g. from the CLI or a task).
    void openRun(qint64 runId);
    /// Back to the setup page for the next call (the follow-up context is read again).
    void prepareNextCall();
    void showAndFocus();
    void setPrivate(bool on);
    void openObjectionFlow();
    void continueObjection(const calldeck::ObjectionRecord& objection);
    void present();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void onRunStarted(const ScriptRunView& run, const ScriptCallPlan& plan);
    void onRunChanged(const ScriptRunView& run);
    void showLive(const ScriptRunView& run);
    void loadActor();
    void updateActions();

    ScriptHub& m_hub;
    Settings& m_settings;
    QPointer<Engine> m_engine;
    QString m_actor;
    QString m_personName;
    QStackedWidget* m_pages = nullptr;
    ScriptSetupPage* m_setup = nullptr;
    ScriptLivePage* m_live = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_objectionAction = nullptr;
    QAction* m_privacyAction = nullptr;
    QAction* m_presentAction = nullptr;
    QPointer<SlideWindow> m_slides;
    QPointer<ObjectionDialog> m_objectionDialog;
};

} // namespace calldeck
