#include "ScriptDock.h"

#include "ObjectionDialog.h"
#include "ScriptLivePage.h"
#include "SlideWindow.h"
#include "calls/Engine.h"
#include "core/FutureWatch.h"
#include "core/Settings.h"
#include "script/ScriptHub.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>

namespace calldeck {

namespace {

QScrollArea* scrolled(QWidget* page, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

} // namespace

ScriptDock::ScriptDock(ScriptHub& hub, Settings& settings, Engine* engine, QWidget* parent)
    : QDockWidget(tr("Script"), parent), m_hub(hub), m_settings(settings), m_engine(engine)
{
    setObjectName(QStringLiteral("ScriptDock"));
    qRegisterMetaType<ScriptCallPlan>();
    m_pages = new QStackedWidget(this);
    m_setup = new ScriptSetupPage(hub, settings.value(SettingKeys::ScriptDefaultMode), m_pages);
    m_live = new ScriptLivePage(hub, m_pages);
    m_pages->addWidget(scrolled(m_setup, m_pages));
    m_pages->addWidget(scrolled(m_live, m_pages));
    setWidget(m_pages);
    if (engine != nullptr) {
        m_setup->setCallOptions(engine->defaultAgent(), engine->twilioConfigured(), engine->aiConfigured());
    }

    m_showAction = new QAction(tr("Sales &Script"), this);
    m_showAction->setObjectName(QStringLiteral("actionShowScript"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_showAction->setStatusTip(tr("Show the script panel: checklist, milestones, objections"));
    connect(m_showAction, &QAction::triggered, this, &ScriptDock::showAndFocus);

    m_objectionAction = new QAction(tr("Raise &Objection…"), this);
    m_objectionAction->setObjectName(QStringLiteral("actionObjection"));
    m_objectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_objectionAction->setShortcutContext(Qt::ApplicationShortcut);
    m_objectionAction->setStatusTip(tr("Open the objection flow for the live script run"));
    connect(m_objectionAction, &QAction::triggered, this, &ScriptDock::openObjectionFlow);

    m_privacyAction = new QAction(tr("&Privacy Mode"), this);
    m_privacyAction->setObjectName(QStringLiteral("actionPrivacy"));
    m_privacyAction->setCheckable(true);
    m_privacyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_privacyAction->setShortcutContext(Qt::ApplicationShortcut);
    m_privacyAction->setStatusTip(tr("Hide client-sensitive values while sharing your screen"));
    connect(m_privacyAction, &QAction::toggled, this, &ScriptDock::setPrivate);

    m_presentAction = new QAction(tr("&Present Slides"), this);
    m_presentAction->setObjectName(QStringLiteral("actionPresent"));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentAction->setShortcutContext(Qt::ApplicationShortcut);
    m_presentAction->setStatusTip(tr("Open the presentation window for a second screen"));
    connect(m_presentAction, &QAction::triggered, this, &ScriptDock::present);
    addAction(m_objectionAction);
    addAction(m_privacyAction);
    addAction(m_presentAction);

    connect(m_setup, &ScriptSetupPage::runStarted, this, &ScriptDock::onRunStarted);
    connect(m_setup, &ScriptSetupPage::statusMessage, this, &ScriptDock::statusMessage);
    connect(m_live, &ScriptLivePage::objectionRequested, this, &ScriptDock::openObjectionFlow);
    connect(m_live, &ScriptLivePage::objectionOpenRequested, this, &ScriptDock::continueObjection);
    connect(m_live, &ScriptLivePage::presentRequested, this, &ScriptDock::present);
    connect(m_live, &ScriptLivePage::newCallRequested, this, &ScriptDock::prepareNextCall);
    connect(m_live, &ScriptLivePage::slideChanged, this, [this](const ScriptMilestone& milestone, int index) {
        if (m_slides != nullptr) {
            m_slides->showSlide(milestone, index);
        }
    });
    connect(&hub, &ScriptHub::runChanged, this, &ScriptDock::onRunChanged);
    if (engine != nullptr) {
        connect(engine, &Engine::callUpdated, this, [this](const CallSnapshot& call) {
            if (!call.callKey.isEmpty() && call.callKey == m_live->run().callKey) {
                m_live->showCall(call);
            }
        });
    }

    const bool privacy = settings.value(SettingKeys::ScriptPrivacyMode);
    m_privacyAction->setChecked(privacy);
    setPrivate(privacy);
    loadActor();
    m_setup->reload();
    updateActions();
}

ScriptDock::~ScriptDock()
{
    delete m_slides; // a top-level window without a parent would outlive the panel
}

void ScriptDock::loadActor()
{
    m_personName = tr("Agent");
    m_actor = QStringLiteral("agent:%1").arg(m_personName);
    m_setup->setActor(m_actor);
    m_live->setActor(m_actor, m_personName);
    Store* store = m_hub.store();
    if (store == nullptr) {
        return;
    }
    whenFinished(this, store->run([](QSqlDatabase& db) { return ProfileRepository(db).profile(); }),
                 [this](const Result<UserProfile>& profile) {
                     if (profile.ok() && !profile.value().fullName.trimmed().isEmpty()) {
                         m_personName = profile.value().fullName.trimmed();
                         m_actor = QStringLiteral("agent:%1").arg(m_personName);
                         m_setup->setActor(m_actor);
                         m_live->setActor(m_actor, m_personName);
                     }
                 });
}

SlideWindow* ScriptDock::slideWindow() const
{
    return m_slides.data();
}

ObjectionDialog* ScriptDock::objectionDialog() const
{
    return m_objectionDialog.data();
}

bool ScriptDock::isShowingLiveRun() const
{
    return m_pages->currentIndex() == 1;
}

bool ScriptDock::isPrivate() const
{
    return m_privacyAction->isChecked();
}

void ScriptDock::showAndFocus()
{
    show();
    raise();
    if (isShowingLiveRun()) {
        m_live->nextButton()->setFocus();
    } else {
        m_setup->setFocus();
    }
}

void ScriptDock::setPrivate(bool on)
{
    if (m_privacyAction->isChecked() != on) {
        m_privacyAction->setChecked(on); // re-enters through toggled
        return;
    }
    if (m_settings.value(SettingKeys::ScriptPrivacyMode) != on) {
        m_settings.setValue(SettingKeys::ScriptPrivacyMode, on);
        (void)m_settings.sync();
    }
    m_setup->setMasked(on);
    m_live->setMasked(on);
    setWindowTitle(on ? tr("Script — privacy mode") : tr("Script"));
    Q_EMIT statusMessage(on ? tr("Privacy mode on: client details are hidden") : tr("Privacy mode off"));
}

void ScriptDock::onRunStarted(const ScriptRunView& run, const ScriptCallPlan& plan)
{
    showLive(run);
    if (m_engine == nullptr) {
        m_live->setCallStatus(tr("No call placed: the engine is not running"), true);
        return;
    }
    CallRequest request;
    request.to = plan.to;
    request.provider = plan.provider;
    request.agent = plan.agent;
    request.scriptRunId = run.id;
    m_live->setCallStatus(tr("Placing the call…"));
    const qint64 runId = run.id;
    const QString actor = m_actor;
    whenFinished(this, m_engine->placeCall(request), [this, runId, actor](const Result<QString>& placed) {
        if (placed.ok()) {
            m_live->setCallStatus(tr("Call placed"));
            Q_EMIT statusMessage(tr("Calling with the script"));
            return;
        }
        const QString message = placed.error().message;
        m_live->setCallStatus(tr("The call could not be placed: %1").arg(message), true);
        // A run whose call never happened is cancelled so the thread does not count it as a call.
        const QString reason = tr("The call could not be placed: %1").arg(message);
        m_hub.apply([runId, reason, actor](ScriptRunService& s) { return s.cancel(runId, reason, actor); });
    });
}

void ScriptDock::showLive(const ScriptRunView& run)
{
    m_live->showRun(run);
    m_pages->setCurrentIndex(1);
    updateActions();
}

void ScriptDock::onRunChanged(const ScriptRunView& run)
{
    if (run.id == m_live->run().id) {
        m_live->showRun(run);
        updateActions();
    }
}

void ScriptDock::openRun(qint64 runId)
{
    whenFinished(this, m_hub.load(runId), [this](const Result<ScriptRunView>& run) {
        if (!run.ok()) {
            Q_EMIT statusMessage(run.error().message);
            return;
        }
        m_live->setCallStatus(run.value().callKey.isEmpty() ? QString() : tr("Call %1").arg(run.value().callKey));
        showLive(run.value());
    });
}

void ScriptDock::prepareNextCall()
{
    const qint64 prospect = m_live->run().prospectId;
    m_pages->setCurrentIndex(0);
    if (prospect != 0) {
        m_setup->selectProspect(prospect);
    }
    m_setup->reload();
    updateActions();
}

void ScriptDock::updateActions()
{
    const bool live = isShowingLiveRun() && m_live->run().status == ScriptRunStatus::InProgress;
    m_objectionAction->setEnabled(live);
    m_presentAction->setEnabled(isShowingLiveRun());
}

void ScriptDock::openObjectionFlow()
{
    if (!m_objectionAction->isEnabled()) {
        return;
    }
    if (m_objectionDialog != nullptr) {
        m_objectionDialog->raise();
        m_objectionDialog->activateWindow();
        return;
    }
    show();
    raise();
    auto* dialog = new ObjectionDialog(m_hub, m_live->run(), m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_objectionDialog = dialog;
    dialog->show();
}

void ScriptDock::continueObjection(const ObjectionRecord& objection)
{
    if (m_objectionDialog != nullptr) {
        m_objectionDialog->raise();
        return;
    }
    auto* dialog = new ObjectionDialog(m_hub, m_live->run(), objection, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_objectionDialog = dialog;
    dialog->show();
}

void ScriptDock::present()
{
    if (!isShowingLiveRun()) {
        return;
    }
    if (m_slides == nullptr) {
        // No parent: a real top-level window the presenter can drag to the second screen.
        m_slides = new SlideWindow;
        connect(m_slides, &SlideWindow::slideRequested, m_live, &ScriptLivePage::setSlide);
    }
    m_live->setSlide(m_live->slideIndex()); // pushes the current slide into the window
    m_slides->show();
    m_slides->raise();
}

} // namespace calldeck
