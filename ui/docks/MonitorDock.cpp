#include "docks/MonitorDock.h"

#include "core/FutureWatch.h"
#include "calls/Engine.h"
#include "models/CallListModel.h"
#include "telephony/TunnelManager.h"
#include "telephony/sandbox/SandboxLine.h"
#include "widgets/ButtonAction.h"
#include "widgets/DtmfPad.h"
#include "widgets/LevelMeter.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/PlaceCallBar.h"
#include "widgets/TunnelStatusLabel.h"

#include <QApplication>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace calldeck {

namespace {

constexpr int kClockTickMs = 1000;
constexpr int kEstimateMinutes = 3;   // the length the pre-call estimate assumes

bool isLiveState(CallState state)
{
    return state == CallState::Dialling || state == CallState::Ringing || state == CallState::Connected;
}

QString stateColor(const CallSnapshot& call)
{
    switch (call.state) {
    case CallState::Connected:
        return QStringLiteral("#2e7d32");
    case CallState::Ended:
        return call.outcome == QLatin1String("completed") ? QStringLiteral("#616161") : QStringLiteral("#c62828");
    default:
        return QStringLiteral("#1565c0");
    }
}

} // namespace

MonitorDock::MonitorDock(Engine& engine, QWidget* parent)
    : QDockWidget(tr("Call Monitor"), parent), m_engine(engine), m_model(new CallListModel(this))
{
    setObjectName(QStringLiteral("monitorDock"));
    setFocusPolicy(Qt::StrongFocus);
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* placeBox = new QGroupBox(tr("Place test call"), body);
    auto* placeLayout = new QVBoxLayout(placeBox);
    m_placeBar = new PlaceCallBar(placeBox);
    m_placeBar->setPersonas(SandboxLine::personas());
    m_placeBar->setProviders(m_engine.defaultProvider(), m_engine.twilioConfigured());
    m_placeBar->setAgents(m_engine.defaultAgent(), m_engine.aiConfigured());
    placeLayout->addWidget(m_placeBar);
    m_estimate = new QLabel(placeBox);
    m_estimate->setObjectName(QStringLiteral("costEstimate"));
    m_estimate->setStyleSheet(QStringLiteral("color: palette(mid);"));
    placeLayout->addWidget(m_estimate);
    layout->addWidget(placeBox);
    const auto updateEstimate = [this] {
        const QString agent = m_placeBar->agentBox()->currentData().toString();
        const CallCost estimate = m_engine.estimateCost(agent, m_placeBar->provider(), kEstimateMinutes);
        //: Pre-call cost estimate; %1 dollars, %2 minutes.
        m_estimate->setText(tr("Estimated cost: $%1 for a %2-minute call")
                                .arg(QString::number(estimate.totalMicros() / 1e6, 'f', 3))
                                .arg(kEstimateMinutes));
    };
    connect(m_placeBar->agentBox(), &QComboBox::currentIndexChanged, this, updateEstimate);
    connect(m_placeBar, &PlaceCallBar::providerChanged, this, updateEstimate);
    updateEstimate();

    m_error = new QLabel(body);
    m_error->setObjectName(QStringLiteral("monitorError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #b71c1c; border: 1px solid #f5c6cb; "
                                          "border-radius: 4px; padding: 6px; }"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    m_list = new QTreeView(body);
    m_list->setObjectName(QStringLiteral("callList"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CallListModel::NumberColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CallListModel::LineColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CallListModel::StateColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(CallListModel::DurationColumn, QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(70);
    m_list->setMaximumHeight(120);
    layout->addWidget(m_list);
    layout->addWidget(buildDetails(body), 1);
    // On a laptop screen the panel scrolls rather than making the window taller than the screen,
    // however many banners (approval, error) are up.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("monitorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    setWidget(scroll);

    connect(&m_engine, &Engine::callUpdated, this, &MonitorDock::onCallUpdated);
    connect(&m_engine, &Engine::publicUrlChanged, this, &MonitorDock::refreshTunnel);
    connect(&m_engine, &Engine::approvalRequested, this, [this](const QString& callKey) {
        // The agent holds the call: bring the question in front of the user at once.
        selectCall(callKey);
        show();
        raise();
        QApplication::alert(window());
    });
    connect(&m_engine.tunnel(), &TunnelManager::stateChanged, this, &MonitorDock::refreshTunnel);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MonitorDock::onCurrentRowChanged);
    connect(m_placeBar, &PlaceCallBar::callRequested, this, &MonitorDock::placeCall);
    connect(m_placeBar, &PlaceCallBar::providerChanged, this, &MonitorDock::refreshTunnel);
    connect(m_placeBar->numberEdit(), &QLineEdit::textEdited, m_error, &QLabel::hide);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            // Twilio may have been configured in Settings since the panel was built.
            m_placeBar->setProviders(m_placeBar->provider(), m_engine.twilioConfigured());
            m_placeBar->setAgents(m_placeBar->agentBox()->currentData().toString(), m_engine.aiConfigured());
        }
        refreshDetails();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* /*old*/, QWidget* now) {
        // A Space released outside the panel never reaches us: let go of the microphone on leaving.
        if (m_spaceHeld && (now == nullptr || !isAncestorOf(now))) {
            m_spaceHeld = false;
            m_bargeIn->setDown(false);
            if (!m_lockBargeIn->isChecked()) {
                setBargeIn(false);
            }
        }
    });

    m_clock.setInterval(kClockTickMs);
    connect(&m_clock, &QTimer::timeout, this, &MonitorDock::tick);
    m_levelPoll.setInterval(kLevelPollMs);
    connect(&m_levelPoll, &QTimer::timeout, this, &MonitorDock::pollLevels);

    for (const CallSnapshot& call : m_engine.calls()) {
        onCallUpdated(call);
    }
    installSpaceFilter();
    refreshDetails();
}

MonitorDock::~MonitorDock()
{
    // Never leave the supervisor's microphone open in a call nobody watches any more.
    if (!m_bargeKey.isEmpty()) {
        m_engine.setBargeIn(m_bargeKey, false);
    }
}

QWidget* MonitorDock::buildDetails(QWidget* parent)
{
    auto* details = new QWidget(parent);
    auto* layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 4, 0, 0);

    m_number = new QLabel(details);
    m_number->setObjectName(QStringLiteral("callNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* stateRow = new QHBoxLayout;
    m_state = new QLabel(details);
    m_state->setObjectName(QStringLiteral("callState"));
    m_state->setWordWrap(true);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_state->setFont(big);
    m_timer = new QLabel(details);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(big.pointSizeF());
    mono.setBold(true);
    m_timer->setFont(mono);
    m_timer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_timer->setToolTip(tr("Talk time"));
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_timer);
    layout->addWidget(m_number);
    layout->addLayout(stateRow);

    auto* meters = new QFormLayout;
    m_calleeMeter = new LevelMeter(details);
    m_calleeMeter->setObjectName(QStringLiteral("calleeMeter"));
    m_calleeMeter->setAccessibleName(tr("Callee level"));
    m_agentMeter = new LevelMeter(details);
    m_agentMeter->setObjectName(QStringLiteral("agentMeter"));
    m_agentMeter->setAccessibleName(tr("Agent level"));
    //: Level meter label: the person who was called.
    meters->addRow(tr("Callee"), m_calleeMeter);
    //: Level meter label: our side of the call (the human agent or the AI).
    meters->addRow(tr("Agent"), m_agentMeter);
    layout->addLayout(meters);

    m_agentInfo = new QLabel(details);
    m_agentInfo->setObjectName(QStringLiteral("agentInfo"));
    m_agentInfo->setWordWrap(true);
    m_agentInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_agentInfo);

    m_approvalBar = new QWidget(details);
    m_approvalBar->setObjectName(QStringLiteral("approvalBar"));
    m_approvalBar->setStyleSheet(QStringLiteral("#approvalBar { background: #fff8e1; border: 1px solid #ffcc80; "
                                                "border-radius: 4px; }"));
    auto* approvalLayout = new QHBoxLayout(m_approvalBar);
    approvalLayout->setContentsMargins(6, 4, 6, 4);
    m_approvalText = new QLabel(m_approvalBar);
    m_approvalText->setObjectName(QStringLiteral("approvalText"));
    m_approvalText->setWordWrap(true);
    m_approve = new QPushButton(tr("A&pprove"), m_approvalBar);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setToolTip(tr("Let the agent accept (Ctrl+Enter)"));
    m_deny = new QPushButton(tr("&Decline"), m_approvalBar);
    m_deny->setObjectName(QStringLiteral("denyButton"));
    approvalLayout->addWidget(m_approvalText, 1);
    approvalLayout->addWidget(m_approve);
    approvalLayout->addWidget(m_deny);
    m_approvalBar->setVisible(false);
    layout->addWidget(m_approvalBar);
    connect(m_approve, &QPushButton::clicked, this, [this] { answerApproval(true); });
    connect(m_deny, &QPushButton::clicked, this, [this] { answerApproval(false); });

    auto* controls = new QHBoxLayout;
    m_listen = new QPushButton(tr("&Listen"), details);
    m_listen->setObjectName(QStringLiteral("listenButton"));
    m_listen->setCheckable(true);
    m_listen->setToolTip(tr("Hear the call on your speaker"));
    m_bargeIn = new QPushButton(tr("&Barge in"), details);
    m_bargeIn->setObjectName(QStringLiteral("bargeInButton"));
    m_bargeIn->setToolTip(tr("Hold to talk into the call (or hold Space while this panel has the focus)"));
    m_lockBargeIn = new QPushButton(tr("Loc&k barge-in"), details);
    m_lockBargeIn->setObjectName(QStringLiteral("lockBargeInButton"));
    m_lockBargeIn->setCheckable(true);
    m_lockBargeIn->setToolTip(tr("Keep your microphone in the call without holding the button"));
    m_mute = new QPushButton(tr("&Mute"), details);
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_mute->setCheckable(true);
    m_mute->setToolTip(tr("Mute your microphone in this call"));
    m_hangUp = new QPushButton(tr("&Hang up"), details);
    m_hangUp->setObjectName(QStringLiteral("hangUpButton"));
    m_hangUp->setToolTip(tr("End the selected call (Ctrl+H)"));
    m_hangUp->setStyleSheet(QStringLiteral("QPushButton { background: #c62828; color: white; font-weight: bold; "
                                           "padding: 4px 12px; border-radius: 4px; }"
                                           "QPushButton:disabled { background: #e0a0a0; color: #f5f5f5; }"));
    m_takeover = new QPushButton(tr("&Take over"), details);
    m_takeover->setObjectName(QStringLiteral("takeoverButton"));
    m_takeover->setCheckable(true);
    m_takeover->setToolTip(tr("Talk to the callee yourself while the AI agent holds; click again to hand the call "
                              "back (Ctrl+T)"));
    connect(m_takeover, &QPushButton::clicked, this, [this](bool on) {
        if (!m_selectedKey.isEmpty()) {
            m_engine.setTakeover(m_selectedKey, on);
        }
    });
    for (QPushButton* button : {m_listen, m_bargeIn, m_lockBargeIn, m_mute, m_takeover}) {
        controls->addWidget(button);
    }
    controls->addStretch(1);
    controls->addWidget(m_hangUp);
    layout->addLayout(controls);

    m_dtmf = new DtmfPad(details);
    m_dtmf->setMaximumWidth(260);
    auto* padRow = new QHBoxLayout;
    padRow->addWidget(m_dtmf);
    padRow->addStretch(1);
    layout->addLayout(padRow);

    m_tunnel = new TunnelStatusLabel(details);
    layout->addWidget(m_tunnel);
    layout->addStretch(1);
    buildActions();

    connect(m_listen, &QPushButton::clicked, this, [this](bool on) {
        if (!m_selectedKey.isEmpty()) {
            m_engine.setListening(m_selectedKey, on);
        }
    });
    connect(m_mute, &QPushButton::clicked, this, [this](bool on) {
        if (!m_selectedKey.isEmpty()) {
            m_engine.setMuted(m_selectedKey, on);
        }
    });
    connect(m_bargeIn, &QPushButton::pressed, this, [this] { setBargeIn(true); });
    connect(m_bargeIn, &QPushButton::released, this, [this] {
        if (!m_lockBargeIn->isChecked() && !m_spaceHeld) {
            setBargeIn(false);
        }
    });
    connect(m_lockBargeIn, &QPushButton::clicked, this, [this](bool locked) {
        if (locked) {
            setBargeIn(true);
        } else if (!m_bargeIn->isDown() && !m_spaceHeld) {
            setBargeIn(false);
        }
    });
    connect(m_hangUp, &QPushButton::clicked, this, &MonitorDock::hangUpSelected);
    connect(m_dtmf, &DtmfPad::digitPressed, this, [this](QChar digit) {
        if (!m_selectedKey.isEmpty()) {
            m_engine.sendDigits(m_selectedKey, QString(digit));
        }
    });
    return details;
}

void MonitorDock::buildActions()
{
    // The shortcuts live on menu actions (Call menu) so that they are listed and bound once.
    const auto make = [this](const QString& text, QAbstractButton* button, const QString& name,
                             const QKeySequence& keys) {
        auto* action = new ButtonAction(text, button, this, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        return action;
    };
    m_hangUpAction = make(tr("&Hang Up"), m_hangUp, QStringLiteral("hangUpAction"), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_approveAction = make(tr("&Approve"), m_approve, QStringLiteral("approveAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_declineAction = make(tr("&Decline"), m_deny, QStringLiteral("declineAction"), {});
    m_takeoverAction = make(tr("&Take Over"), m_takeover, QStringLiteral("takeoverAction"),
                            QKeySequence(Qt::CTRL | Qt::Key_T));
    //: Menu entry: keeps the supervisor's microphone in the call (like the "Lock barge-in" button).
    m_bargeInAction = make(tr("&Barge In (Locked)"), m_lockBargeIn, QStringLiteral("bargeInAction"),
                           QKeySequence(Qt::CTRL | Qt::Key_B));
    m_lockBargeIn->setToolTip(tr("Keep your microphone in the call without holding the button (Ctrl+B)"));
    addActions(callActions());
}

QList<QAction*> MonitorDock::callActions() const
{
    return {m_hangUpAction, m_approveAction, m_declineAction, m_takeoverAction, m_bargeInAction};
}

void MonitorDock::answerApproval(bool approved)
{
    const CallSnapshot call = m_model->callAt(m_model->rowOf(m_selectedKey));
    if (call.pendingApprovalId.isEmpty()) {
        return;
    }
    m_engine.answerApproval(call.callKey, call.pendingApprovalId, approved,
                            approved ? tr("Approved in the call monitor") : tr("Declined in the call monitor"));
}

QString MonitorDock::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void MonitorDock::selectCall(const QString& callKey)
{
    const int row = m_model->rowOf(callKey);
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0));
    }
}

void MonitorDock::placeCall(const CallRequest& request)
{
    m_error->hide();
    m_placeBar->setBusy(true);
    whenFinished(this, m_engine.placeCall(request), [this](const Result<QString>& placed) {
        m_placeBar->setBusy(false);
        if (!placed.ok()) {
            showError(placed.error().message);
            return;
        }
        selectCall(placed.value());
        Q_EMIT callPlaced(placed.value());
    });
}

void MonitorDock::hangUpSelected()
{
    const CallSnapshot call = m_model->callAt(m_model->rowOf(m_selectedKey));
    if (!m_selectedKey.isEmpty() && isLiveState(call.state)) {
        m_engine.hangUp(m_selectedKey);
    }
}

void MonitorDock::showAndFocus()
{
    show();
    raise();
    setFocus(Qt::ShortcutFocusReason);
}

void MonitorDock::setDefaultRegion(const QString& region)
{
    m_placeBar->setDefaultRegion(region);
}

void MonitorDock::onCallUpdated(const CallSnapshot& call)
{
    m_model->upsert(call);
    if (call.callKey == m_bargeKey && call.state != CallState::Connected) {
        m_bargeKey.clear();
        m_lockBargeIn->setChecked(false);
    }
    const CallSnapshot selected = m_model->callAt(m_model->rowOf(m_selectedKey));
    if (m_selectedKey.isEmpty() || (!selected.isLive() && call.isLive() && call.callKey != m_selectedKey)) {
        // Follow the newest live call unless the user is looking at another live one.
        selectCall(call.callKey);
    } else if (call.callKey == m_selectedKey) {
        refreshDetails();
    }
    if (m_model->liveCount() > 0 && !m_clock.isActive()) {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        m_clock.start();
    }
}

void MonitorDock::onCurrentRowChanged()
{
    const QString key = m_model->callAt(m_list->currentIndex().row()).callKey;
    if (key == m_selectedKey) {
        return;
    }
    // The microphone follows what the supervisor looks at; never leave it open in another call.
    if (!m_bargeKey.isEmpty() && m_bargeKey != key) {
        setBargeIn(false);
        m_lockBargeIn->setChecked(false);
    }
    m_selectedKey = key;
    Q_EMIT selectedCallChanged(key);
    m_calleeMeter->reset();
    m_agentMeter->reset();
    refreshDetails();
}

void MonitorDock::refreshDetails()
{
    const int row = m_model->rowOf(m_selectedKey);
    const bool has = !m_selectedKey.isEmpty() && row >= 0;
    const CallSnapshot call = m_model->callAt(row);
    const bool live = has && isLiveState(call.state);
    const bool connected = has && call.state == CallState::Connected;

    if (has) {
        m_number->setText(QStringLiteral("%1 · %2").arg(call.to, CallListModel::lineText(call)));
        m_state->setText(CallListModel::stateText(call));
        m_state->setStyleSheet(QStringLiteral("color: %1;").arg(stateColor(call)));
        m_timer->setText(CallListModel::formatDuration(CallListModel::talkTimeMs(call, m_model->now())));
    } else {
        m_number->setText(tr("Place a call above, or pick one from the list."));
        m_state->setText(tr("No call selected"));
        m_state->setStyleSheet({});
        m_timer->setText(CallListModel::formatDuration(-1));
    }
    m_listen->setEnabled(live);
    m_listen->setChecked(live && call.listening);
    m_bargeIn->setEnabled(connected);
    m_lockBargeIn->setEnabled(connected);
    if (!connected) {
        m_lockBargeIn->setChecked(false);
        m_bargeIn->setDown(false);
    }
    m_mute->setEnabled(connected && call.humanMode);
    m_mute->setChecked(connected && call.muted);
    const bool aiCall = has && call.agentKind != QLatin1String("human");
    m_takeover->setVisible(aiCall);
    m_takeover->setEnabled(connected && aiCall);
    m_takeover->setChecked(aiCall && call.takenOver);
    m_takeover->setText(aiCall && call.takenOver ? tr("Hand &back") : tr("&Take over"));
    if (has) {
        QStringList parts;
        //: Monitor: which agent talks on the call.
        parts << tr("Agent: %1").arg(call.agentKind == QLatin1String("human") ? tr("you") : call.agentKind + (call.takenOver ? tr(" (you have the call)") : QString()));
        //: Monitor: live cost of the call; %1 dollars so far, %2 the estimate before the call.
        parts << (call.estimatedCostMicros >= 0
                      ? tr("Cost $%1 (estimate $%2)").arg(QString::number(call.costMicros / 1e6, 'f', 4),
                                                          QString::number(call.estimatedCostMicros / 1e6, 'f', 4))
                      : tr("Cost $%1").arg(QString::number(call.costMicros / 1e6, 'f', 4)));
        if (call.latencyTurns > 0) {
            //: Monitor: agent response time; %1/%2 milliseconds, %3 the number of turns measured.
            parts << tr("Response p50 %1 ms · p95 %2 ms · turns: %3")
                         .arg(call.latencyP50Ms)
                         .arg(call.latencyP95Ms)
                         .arg(call.latencyTurns);
        }
        m_agentInfo->setText(parts.join(QStringLiteral(" · ")));
        // The breakdown per provider and item, priced from the providers' own usage numbers.
        QStringList lines;
        for (const CostLine& line : m_engine.costOf(call.callKey).lines) {
            lines << QStringLiteral("%1 · %2 · %3 %4 · $%5")
                         .arg(line.provider, line.item, QString::number(line.quantity, 'g', 6), line.unit,
                              QString::number(line.micros / 1e6, 'f', 6));
        }
        m_agentInfo->setToolTip(lines.isEmpty() ? QString() : lines.join(u'\n'));
    } else {
        m_agentInfo->clear();
        m_agentInfo->setToolTip(QString());
    }
    const bool approvalPending = live && !call.pendingApprovalId.isEmpty();
    m_approvalBar->setVisible(approvalPending);
    if (approvalPending) {
        //: %1 what the agent wants to accept, %2 the amount in dollars.
        m_approvalText->setText(tr("<b>Approval needed:</b> %1 — $%2")
                                    .arg(call.pendingApprovalText.toHtmlEscaped(),
                                         QString::number(call.pendingApprovalCents / 100.0, 'f', 2)));
    }
    m_hangUp->setEnabled(live);
    m_dtmf->setEnabled(connected);

    if (connected && isVisible()) {
        if (!m_levelPoll.isActive()) {
            m_levelPoll.start();
        }
    } else {
        m_levelPoll.stop();
        m_calleeMeter->reset();
        m_agentMeter->reset();
    }
    refreshTunnel();
}

void MonitorDock::refreshTunnel()
{
    const int row = m_model->rowOf(m_selectedKey);
    const QString provider = row >= 0 ? m_model->callAt(row).provider : m_placeBar->provider();
    if (provider == QLatin1String("sandbox")) {
        m_tunnel->showSandbox();
        return;
    }
    const TunnelManager& tunnel = m_engine.tunnel();
    m_tunnel->showTunnel(tunnel.state(), m_engine.publicUrl(), tunnel.detail());
}

void MonitorDock::pollLevels()
{
    if (m_selectedKey.isEmpty()) {
        m_levelPoll.stop();
        return;
    }
    const CallLevels levels = m_engine.levels(m_selectedKey);
    m_calleeMeter->setLevelDb(levels.callee);
    m_agentMeter->setLevelDb(levels.agent);
}

void MonitorDock::tick()
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
    const CallSnapshot call = m_model->callAt(m_model->rowOf(m_selectedKey));
    if (!m_selectedKey.isEmpty()) {
        m_timer->setText(CallListModel::formatDuration(CallListModel::talkTimeMs(call, m_model->now())));
    }
    if (m_model->liveCount() == 0) {
        m_clock.stop();
    }
}

void MonitorDock::setBargeIn(bool on)
{
    if (on) {
        const CallSnapshot call = m_model->callAt(m_model->rowOf(m_selectedKey));
        if (m_selectedKey.isEmpty() || call.state != CallState::Connected || m_bargeKey == m_selectedKey) {
            return;
        }
        m_bargeKey = m_selectedKey;
        m_engine.setBargeIn(m_bargeKey, true);
        return;
    }
    if (m_bargeKey.isEmpty()) {
        return;
    }
    m_engine.setBargeIn(m_bargeKey, false);
    m_bargeKey.clear();
}

void MonitorDock::showError(const QString& message)
{
    //: Banner in the call monitor; %1 is the reason from the engine or the provider.
    m_error->setText(tr("The call was not placed: %1").arg(message));
    m_error->show();
}

void MonitorDock::installSpaceFilter()
{
    installEventFilter(this);
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* child : children) {
        // Typing a number needs its Space and digits; the place-call row keeps its keys.
        if (child != m_placeBar && !m_placeBar->isAncestorOf(child) && child != m_dtmf && !m_dtmf->isAncestorOf(child)) {
            child->installEventFilter(this);
        }
    }
}

bool MonitorDock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease) {
        return QDockWidget::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
        if (key->isAutoRepeat()) {
            return m_spaceHeld;
        }
        if (event->type() == QEvent::KeyPress && m_bargeIn->isEnabled()) {
            m_spaceHeld = true;
            m_bargeIn->setDown(true);
            setBargeIn(true);
            return true;
        }
        if (event->type() == QEvent::KeyRelease && m_spaceHeld) {
            m_spaceHeld = false;
            m_bargeIn->setDown(false);
            if (!m_lockBargeIn->isChecked()) {
                setBargeIn(false);
            }
            return true;
        }
        return false;
    }
    // Digits typed anywhere in the panel go to the keypad, as on a desk phone.
    if (event->type() == QEvent::KeyPress && m_dtmf->isEnabled() && key->text().size() == 1
        && DtmfPad::kKeys.contains(key->text().at(0)) && !key->isAutoRepeat()) {
        if (QToolButton* button = m_dtmf->button(key->text().at(0)); button != nullptr) {
            button->animateClick();
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace calldeck
