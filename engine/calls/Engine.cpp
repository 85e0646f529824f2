#include "calls/Engine.h"

#include "audio/AudioDevice.h"
#include "audio/AudioDevices.h"
#include "audio/EchoCanceller.h"
#include "calls/EchoReferenceOutput.h"
#include "calls/AgentFactory.h"
#include "calls/CallAgent.h"
#include "calls/CallRecorder.h"
#include "calls/CallScript.h"
#include "script/ScriptAgentTools.h"
#include "script/ScriptHub.h"
#include "postcall/AiExtractor.h"
#include "postcall/OutcomeRules.h"
#include "postcall/PostCallProcessor.h"
#include "conversation/openai/OpenAiClient.h"
#include "media/AudioFormat.h"
#include "store/CallRepository.h"
#include "calls/CallSession.h"
#include "calls/CallTools.h"
#include "compliance/DialGateService.h"
#include "calls/cost/CostMeter.h"
#include "calls/cost/PriceTable.h"
#include "accounts/UserProfile.h"
#include "store/ProfileRepository.h"
#include "store/Store.h"
#include "calls/MicRouter.h"
#include "core/FutureWatch.h"
#include "core/PhoneNumbers.h"
#include "core/Settings.h"
#include "media/MediaServer.h"
#include "media/MediaStream.h"
#include "secrets/SecretResolver.h"
#include "telephony/TelephonyProvider.h"
#include "telephony/TunnelManager.h"
#include "telephony/sandbox/SandboxLine.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcEngine, "calldeck.engine")

namespace calldeck {

struct Engine::Private
{
    Private(Settings& s, CredentialStore& c) : settings(s), credentials(c), resolver(c) {}

    Settings& settings;
    CredentialStore& credentials;
    SecretResolver resolver;
    QNetworkAccessManager network;
    MediaServer server;
    SandboxLine sandbox;
    TunnelManager tunnel;
    MicRouter mic;
    std::unique_ptr<TwilioProvider> sandboxProvider;
    std::unique_ptr<TwilioProvider> twilioProvider;
    std::unique_ptr<EchoCanceller> echo; ///< only when the agent uses speakers
    std::unique_ptr<AudioInput> input;
    std::unique_ptr<AudioOutput> output;
    bool inputRunning = false;
    bool outputRunning = false;
    QHash<QString, CallSession*> sessions;
    QSet<QString> settled;          ///< ended calls whose storing and post-call processing are done
    QString listeningKey;
    QUrl configuredPublicUrl;
    bool started = false;
    // AI agents live on a thread of their own so a busy UI never delays their audio.
    QThread agentThread;
    QObject* agentHome = nullptr;   ///< lives on agentThread; agents are created in its context
    QPointer<Store> store;
    QPointer<ScriptHub> scriptHub;   ///< over `store`; shared by the control panel, the CLI and the AI
    QPointer<DialGateService> gate;  ///< over `store`; every call passes it right before dialling
    std::unique_ptr<PostCallProcessor> postCall;   ///< summary, extraction, outcome, notification
    PriceTable prices;
    WallClock clock = systemClock();
    QString openAiKey;              ///< resolved at start (environment or keychain); never logged
    QPointer<OpenAiClient> aiClient;   ///< for the planner and extraction; matches aiClientFor
    QString aiClientFor;            ///< base URL + key the client was made with
};

namespace {

QString newCallKey()
{
    return QStringLiteral("c-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

Result<QPair<QHostAddress, quint16>> parseListen(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QHostAddress address(colon > 0 ? text.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString());
    if (!ok || port > 65535 || address.isNull()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("calldeck::Engine",
                                                 "The listen address \"%1\" is not HOST:PORT (for example "
                                                 "127.0.0.1:8077).")
                         .arg(text)};
    }
    return qMakePair(address, quint16(port));
}

} // namespace

Engine::Engine(Settings& settings, CredentialStore& credentials, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(settings, credentials))
{
    qRegisterMetaType<TranscriptSegment>();
    qRegisterMetaType<AiUsage>();
    qRegisterMetaType<TurnLatency>();
    qRegisterMetaType<CallCost>();
    d->agentThread.setObjectName(QStringLiteral("calldeck-agents"));
    d->agentHome = new QObject;
    d->agentHome->moveToThread(&d->agentThread);
    connect(&d->agentThread, &QThread::finished, d->agentHome, &QObject::deleteLater);
    QString priceProblem;
    d->prices = PriceTable::load(PriceTable::userFile(), &priceProblem);
    if (!priceProblem.isEmpty())
        qCWarning(lcEngine) << "Prices:" << priceProblem;
    connect(&d->server, &MediaServer::callStatus, this, [this](const CallStatusEvent& event) {
        if (CallSession* session = d->sessions.value(event.callKey))
            session->handleStatus(event);
    });
    connect(&d->server, &MediaServer::transcription, this, [this](const TranscriptionEvent& event) {
        if (CallSession* session = d->sessions.value(event.callKey))
            session->handleTranscription(event);
    });
    connect(&d->server, &MediaServer::streamStarted, this,
            [this](const QString& callKey, QPointer<MediaStream> stream) {
                if (CallSession* session = d->sessions.value(callKey)) {
                    if (session->snapshot().humanMode) {
                        ensureAudio(true, true);
                        session->setHeadset(d->output.get());
                    }
                    session->attachStream(stream);
                }
            });
    connect(&d->server, &MediaServer::streamEnded, this, [this](const QString& callKey, int reason) {
        if (CallSession* session = d->sessions.value(callKey))
            session->handleStreamEnded(reason);
    });
    connect(&d->server, &MediaServer::rejected, this, [this](const QString& detail) {
        Q_EMIT callEvent(QString(), QStringLiteral("warning"), detail);
    });
    connect(&d->tunnel, &TunnelManager::publicUrlChanged, this, [this](const QUrl&) { applyPublicUrl(); });
    connect(&d->tunnel, &TunnelManager::stateChanged, this, [this] { applyPublicUrl(); });
}

Engine::~Engine()
{
    shutdown();
    qDeleteAll(d->sessions); // their agents are stopped before the agent thread goes
    d->sessions.clear();
    d->agentThread.quit();
    d->agentThread.wait();
}

QFuture<Status> Engine::start()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    auto fail = [promise](Error error) {
        promise->addResult(Status(std::move(error)));
        promise->finish();
        return promise->future();
    };
    if (d->started) {
        promise->addResult(Status());
        promise->finish();
        return promise->future();
    }
    const auto listen = parseListen(d->settings.value(SettingKeys::ListenAddress));
    if (!listen)
        return fail(listen.error());
    if (Status listening = d->server.listen(listen.value().first, listen.value().second); !listening)
        return fail(listening.error());
    if (Status sandbox = d->sandbox.start(); !sandbox)
        return fail(sandbox.error());
    d->started = true;
    if (!d->agentThread.isRunning())
        d->agentThread.start();

    TwilioProvider::Config sandboxConfig;
    sandboxConfig.name = QStringLiteral("sandbox");
    sandboxConfig.apiBase = d->sandbox.apiBase();
    sandboxConfig.credentials = d->sandbox.credentials();
    sandboxConfig.signingKey = d->sandbox.authToken().toUtf8();
    sandboxConfig.fromNumber = SandboxLine::fromNumber();
    sandboxConfig.needsPublicUrl = false;
    d->sandboxProvider = std::make_unique<TwilioProvider>(d->network, sandboxConfig);

    d->configuredPublicUrl = QUrl(d->settings.value(SettingKeys::PublicUrl));
    applyPublicUrl();
    startConfiguredTunnel();

    // Twilio: account SID + from number in settings, auth token (required to check webhook
    // signatures) and optionally an API key pair from the environment or the keychain.
    auto token = d->resolver.resolve(Secret::TwilioAuthToken);
    auto keySecret = d->resolver.resolve(Secret::TwilioApiKeySecret);
    auto aiKey = d->resolver.resolve(Secret::OpenAiApiKey);
    whenFinished(this, token, [this, promise, keySecret, aiKey](const Result<ResolvedSecret>& tokenResult) mutable {
        whenFinished(this, keySecret, [this, promise, tokenResult, aiKey](const Result<ResolvedSecret>& keyResult) {
          // The OpenAI-compatible key is known before start() resolves, so the first AI call finds it.
          whenFinished(this, aiKey, [this, promise, tokenResult, keyResult](const Result<ResolvedSecret>& ai) {
            d->openAiKey = ai ? ai.value().value : QString();
            configureTwilio(tokenResult ? tokenResult.value().value : QString(),
                            keyResult ? keyResult.value().value : QString());
            if (!tokenResult && tokenResult.error().code != ErrorCode::KeychainUnavailable)
                qCWarning(lcEngine) << "Could not read the Twilio auth token:" << tokenResult.error().message;
            qCInfo(lcEngine) << "Engine listening on" << d->server.localUrl().toString() << "default provider"
                             << defaultProvider();
            promise->addResult(Status());
            promise->finish();
          });
        });
    });
    return promise->future();
}

void Engine::configureTwilio(const QString& authToken, const QString& apiKeySecret)
{
    const QString accountSid = d->settings.value(SettingKeys::TwilioAccountSid).trimmed();
    const QString from = d->settings.value(SettingKeys::TwilioFromNumber).trimmed();
    const QString apiKeySid = d->settings.value(SettingKeys::TwilioApiKeySid).trimmed();
    if (accountSid.isEmpty() || from.isEmpty() || authToken.isEmpty()) {
        d->twilioProvider.reset();
        return;
    }
    TwilioProvider::Config config;
    config.name = QStringLiteral("twilio");
    config.apiBase = QUrl(d->settings.value(SettingKeys::TwilioApiBase));
    config.credentials.accountSid = accountSid;
    const bool useApiKey = !apiKeySid.isEmpty() && !apiKeySecret.isEmpty();
    config.credentials.username = useApiKey ? apiKeySid : accountSid;
    config.credentials.password = useApiKey ? apiKeySecret : authToken;
    config.signingKey = authToken.toUtf8(); // Twilio signs with the primary auth token, never a key
    config.fromNumber = from;
    config.needsPublicUrl = true;
    d->twilioProvider = std::make_unique<TwilioProvider>(d->network, config);
}

void Engine::startConfiguredTunnel()
{
    const QString kindName = d->settings.value(SettingKeys::TunnelKind).trimmed().toLower();
    if (!d->configuredPublicUrl.isEmpty() || kindName.isEmpty() || kindName == u"none")
        return;
    const TunnelManager::Kind kind = kindName == u"ngrok"         ? TunnelManager::Kind::Ngrok
                                     : kindName == u"cloudflared" ? TunnelManager::Kind::Cloudflared
                                                                  : TunnelManager::Kind::None;
    if (kind == TunnelManager::Kind::None) {
        qCWarning(lcEngine) << "Unknown tunnel" << kindName << "- use none, ngrok or cloudflared";
        return;
    }
    d->tunnel.start(kind, d->server.port(), d->server.instanceId());
}

void Engine::applyPublicUrl()
{
    QUrl url = d->configuredPublicUrl;
    if (url.isEmpty() && d->tunnel.state() == TunnelManager::State::Up)
        url = d->tunnel.publicUrl();
    d->server.setPublicUrl(url);
    Q_EMIT publicUrlChanged(url);
}

void Engine::shutdown()
{
    if (!d->started)
        return;
    d->started = false;
    for (CallSession* session : std::as_const(d->sessions))
        session->hangUp();
    d->tunnel.stop();
    if (d->input)
        d->input->stop();
    if (d->output)
        d->output->stop();
    d->sandbox.stop();
    d->server.stop();
}

QString Engine::defaultProvider() const
{
    return d->twilioProvider ? QStringLiteral("twilio") : QStringLiteral("sandbox");
}

QString Engine::defaultAgent() const
{
    return d->settings.value(SettingKeys::DefaultAgent);
}

bool Engine::twilioConfigured() const
{
    return d->twilioProvider != nullptr;
}

void Engine::setAudioInput(std::unique_ptr<AudioInput> input)
{
    if (d->input)
        d->input->stop();
    d->input = std::move(input);
    d->inputRunning = false;
}

void Engine::setAudioOutput(std::unique_ptr<AudioOutput> output)
{
    if (d->output)
        d->output->stop();
    d->output = std::move(output);
    d->outputRunning = false;
}

AudioInput* Engine::audioInput() const
{
    return d->input.get();
}

AudioOutput* Engine::audioOutput() const
{
    return d->output.get();
}

void Engine::ensureAudio(bool needInput, bool needOutput)
{
    if (d->settings.value(SettingKeys::EchoCancellation) && !d->echo && needInput)
        ensureAudio(false, true); // the canceller comes with the speaker; set it up first
    if (needInput && !d->inputRunning) {
        if (!d->input)
            d->input = AudioDevices::createInput(d->settings.value(SettingKeys::AudioInputDevice));
        MicRouter* router = &d->mic;
        EchoCanceller* echo = d->echo.get();
        const Status status = d->input->start([router, echo](const qint16* samples, int count) {
            if (!echo) {
                router->deliver(samples, count);
                return;
            }
            std::array<qint16, 960> cleaned{}; // capture frames are 320 samples; room for larger ones
            const int n = std::min(count, int(cleaned.size()));
            std::copy_n(samples, n, cleaned.begin());
            echo->process(cleaned.data(), n);
            router->deliver(cleaned.data(), n);
        });
        d->inputRunning = status.ok();
        if (!status)
            Q_EMIT callEvent(QString(), QStringLiteral("warning"), status.error().message);
    }
    if (needOutput && !d->outputRunning) {
        if (!d->output)
            d->output = AudioDevices::createOutput(d->settings.value(SettingKeys::AudioOutputDevice));
        if (d->settings.value(SettingKeys::EchoCancellation) && !d->echo) {
            d->echo = std::make_unique<EchoCanceller>();
            d->output = std::make_unique<EchoReferenceOutput>(std::move(d->output), *d->echo);
        }
        const Status status = d->output->start();
        d->outputRunning = status.ok();
        if (!status)
            Q_EMIT callEvent(QString(), QStringLiteral("warning"), status.error().message);
    }
}

QFuture<Result<QString>> Engine::placeCall(const CallRequest& request)
{
    auto failed = [](Error error) {
        QPromise<Result<QString>> promise;
        promise.start();
        promise.addResult(Result<QString>(std::move(error)));
        promise.finish();
        return promise.future();
    };
    if (!d->started)
        return failed({ErrorCode::Internal, tr("The call engine is not running.")});
    const QString providerName = request.provider.isEmpty() ? defaultProvider() : request.provider;
    TelephonyProvider* provider = nullptr;
    if (providerName == u"sandbox") {
        provider = d->sandboxProvider.get();
    } else if (providerName == u"twilio") {
        provider = d->twilioProvider.get();
        if (!provider) {
            return failed({ErrorCode::InvalidArgument,
                           tr("Twilio is not configured: set the account SID, the from number and the auth token "
                              "in Settings › Telephony, or use the sandbox line.")});
        }
    } else {
        return failed({ErrorCode::InvalidArgument,
                       tr("Unknown provider \"%1\"; use \"sandbox\" or \"twilio\".").arg(providerName)});
    }
    const QString region = request.defaultRegion.isEmpty() ? QStringLiteral("US") : request.defaultRegion;
    // The sandbox answers fictional numbers (+1 555 555 01xx); Twilio needs a real one.
    const Result<QString> e164 = provider->needsPublicUrl() ? PhoneNumbers::toE164(request.to, region)
                                                            : PhoneNumbers::toPossibleE164(request.to, region);
    if (!e164) {
        return failed({ErrorCode::InvalidArgument,
                       tr("\"%1\" is not a number CallDeck can call: %2").arg(request.to, e164.error().message)});
    }
    QUrl base = d->server.localUrl();
    if (provider->needsPublicUrl()) {
        base = d->server.publicUrl();
        if (base.isEmpty() || base.scheme() != u"https") {
            return failed({ErrorCode::InvalidArgument,
                           tr("Twilio cannot reach this computer: set a public https URL in Settings › Telephony "
                              "(CALLDECK_PUBLIC_URL) or start a tunnel (ngrok or cloudflared).")});
        }
    }
    if (!provider->needsPublicUrl() && !request.persona.isEmpty()) {
        if (Status routed = d->sandbox.setPersonaForNumber(e164.value(), request.persona); !routed)
            return failed(routed.error());
    }

    const QString agentKind = request.agent.isEmpty() ? d->settings.value(SettingKeys::DefaultAgent) : request.agent;
    if (!AgentFactory::kinds().contains(agentKind)) {
        return failed({ErrorCode::InvalidArgument,
                       tr("Unknown agent \"%1\"; use human, offline, realtime or cascade.").arg(agentKind)});
    }
    if ((agentKind == u"realtime" || agentKind == u"cascade") && d->openAiKey.isEmpty()) {
        return failed({ErrorCode::InvalidArgument,
                       tr("The %1 agent needs an OpenAI-compatible API key: set OPENAI_API_KEY or store it in "
                          "Settings › AI. The offline agent works without one.").arg(agentKind)});
    }
    const bool sandbox = !provider->needsPublicUrl();
    if (!d->gate) {
        // Without the database there is no attestation, list or history to check: only a
        // simulated call may go ahead.
        if (!sandbox)
            return failed({ErrorCode::InvalidArgument, tr("A call through Twilio needs the database for the "
                                                          "compliance gate; it is not open.")});
        return placeAdmitted(request, e164.value(), base, agentKind, GateVerdict{});
    }
    DialFacts facts;
    facts.e164 = e164.value();
    facts.taskId = request.taskId;
    facts.attestation = request.attestation;
    facts.sandbox = sandbox;
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    whenFinished(this, d->gate->admit(facts, request.brief.goal),
                 [this, promise, request, e164 = e164.value(), base, agentKind](const Result<GateVerdict>& verdict) {
                     auto finish = [promise](const Result<QString>& result) {
                         promise->addResult(result);
                         promise->finish();
                     };
                     if (!verdict)
                         return finish(verdict.error());
                     if (!verdict.value().allowed && !verdict.value().warningsOnly)
                         return finish(Error{ErrorCode::Conflict, verdict.value().refusalText()});
                     CallRequest admitted = request;
                     admitted.taskId = verdict.value().taskId;
                     whenFinished(this, placeAdmitted(admitted, e164, base, agentKind, verdict.value()), finish);
                 });
    return promise->future();
}

QFuture<Result<QString>> Engine::placeAdmitted(const CallRequest& request, const QString& e164, const QUrl& base,
                                               const QString& agentKind, const GateVerdict& verdict)
{
    auto failed = [](Error error) {
        QPromise<Result<QString>> promise;
        promise.start();
        promise.addResult(Result<QString>(std::move(error)));
        promise.finish();
        return promise.future();
    };
    if (!d->started)
        return failed({ErrorCode::Internal, tr("The call engine is not running.")});
    const QString providerName = request.provider.isEmpty() ? defaultProvider() : request.provider;
    TelephonyProvider* provider =
        providerName == u"twilio" ? static_cast<TelephonyProvider*>(d->twilioProvider.get()) : d->sandboxProvider.get();
    if (!provider)
        return failed({ErrorCode::InvalidArgument, tr("Twilio is no longer configured.")});
    CallBrief requested = request.brief;
    ScriptRunView scriptRun;
    if (request.scriptRunId > 0) {
        if (!d->store || !d->scriptHub)
            return failed({ErrorCode::InvalidArgument, tr("A call with a sales script needs the database; it is not open.")});
        Result<ScriptRunView> run = CallScript::prepare(*d->store, request.scriptRunId, requested);
        if (!run)
            return failed(run.error());
        scriptRun = std::move(run).value();
    }
    Result<CallBrief> brief = completeBrief(requested, e164);
    if (!brief)
        return failed(brief.error());
    const QString scriptActor = scriptRun.id > 0 ? CallScript::actor(agentKind, *d->store) : QString();

    CallSession::Setup setup;
    setup.callKey = newCallKey();
    setup.to = e164;
    setup.persona = request.persona;
    setup.humanMode = agentKind == u"human";
    setup.agentKind = agentKind;
    setup.fallbackToHuman = request.fallbackToHuman;
    setup.transcriptionLanguage = brief.value().language;
    setup.estimatedCostMicros = estimateCost(agentKind, providerName).totalMicros();
    setup.clock = d->clock;
    if (!provider->needsPublicUrl()) {
        // The sandbox's callees speak of days ("tomorrow's opening") in the user's calendar.
        d->sandbox.setCalendar(d->clock, QTimeZone(brief.value().personalFields.value(QStringLiteral("time_zone")).toUtf8()));
    }
    auto* session = new CallSession(setup, *provider, d->server, d->mic, d->prices, this);
    if (agentKind != u"human") {
        AgentConfig config = AgentFactory::configure(d->settings, brief.value(), d->openAiKey);
        config.callKey = setup.callKey;
        VoiceAgent* agent = nullptr;
        // Created on the agent thread so every object the agent makes lives there too.
        QMetaObject::invokeMethod(d->agentHome, [&agent, &config, agentKind] {
            agent = AgentFactory::create(agentKind, config);
        }, Qt::BlockingQueuedConnection);
        auto* tools = new CallTools(d->store.data(), brief.value().assistant);
        if (scriptRun.id > 0) {
            auto* scriptTools = new ScriptAgentTools(d->scriptHub.data(), scriptRun.id, scriptActor);
            scriptTools->setFieldKeys(CallScript::fieldKeys(scriptRun));
            tools->setScriptTools(scriptTools);
        }
        if (!d->openAiKey.isEmpty()) {
            // What a supervisor or a person who took over said goes back to the AI as text.
            const QUrl apiBase(d->settings.value(SettingKeys::OpenAiBaseUrl));
            const QString model = d->settings.value(SettingKeys::TranscriptionModel);
            const QString language = brief.value().language.section(u'-', 0, 0);
            session->setSpeechToText([this, apiBase, model, language](const QByteArray& pcm) {
                auto* client = new OpenAiClient(d->network, apiBase, d->openAiKey, this);
                auto future = client->transcribePcm16(pcm, audio_format::kEngineRate, model, language);
                whenFinished(client, future, [client](const Result<Transcription>&) { client->deleteLater(); });
                return future;
            });
        }
        session->setAgent(new CallAgent(agent, agentKind), tools);
        connect(session, &CallSession::approvalRequested, this,
                [this, key = setup.callKey](const QString& id, qint64 cents, const QString& description) {
                    Q_EMIT approvalRequested(key, id, cents, description);
                });
    }
    d->sessions.insert(setup.callKey, session);
    const QString key = setup.callKey;
    connect(session, &CallSession::updated, this, [this](const CallSnapshot& snapshot) {
        if (!snapshot.isLive() && d->listeningKey == snapshot.callKey)
            d->listeningKey.clear();
        Q_EMIT callUpdated(snapshot);
    });
    connect(session, &CallSession::event, this,
            [this, key](const QString& kind, const QString& detail) { Q_EMIT callEvent(key, kind, detail); });
    connect(session, &CallSession::transcript, this, &Engine::transcript);
    if (d->store) {
        auto* recorder = new CallRecorder(*d->store, *session, brief.value().goal, request.taskId, session);
        connect(recorder, &CallRecorder::failed, this,
                [this, key](const QString& message) { Q_EMIT callEvent(key, QStringLiteral("warning"), message); });
        connect(recorder, &CallRecorder::saved, this, [this, key](qint64 sessionId) { runPostCall(key, sessionId); });
        connect(recorder, &CallRecorder::notSaved, this, [this, key] { settle(key); });
        if (scriptRun.id > 0)
            linkScriptRun(key, scriptRun.id, scriptActor, recorder);
    } else {
        // Nothing is stored, so nothing follows the end.
        connect(session, &CallSession::updated, this, [this](const CallSnapshot& snapshot) {
            if (snapshot.state == CallState::Ended)
                settle(snapshot.callKey);
        });
    }
    Q_EMIT callUpdated(session->snapshot());
    for (const GateCheck& check : verdict.refusals()) {
        //: %1 why the compliance gate would refuse this call on a real line
        Q_EMIT callEvent(key, QStringLiteral("warning"),
                         tr("Sandbox line, not enforced: %1").arg(check.reason));
    }
    return session->place(base);
}

void Engine::hangUp(const QString& callKey)
{
    if (CallSession* session = d->sessions.value(callKey))
        session->hangUp();
}

void Engine::setListening(const QString& callKey, bool on)
{
    if (!d->listeningKey.isEmpty() && d->listeningKey != callKey) {
        if (CallSession* previous = d->sessions.value(d->listeningKey))
            previous->setListening(nullptr);
        d->listeningKey.clear();
    }
    CallSession* session = d->sessions.value(callKey);
    if (!session)
        return;
    if (on)
        ensureAudio(false, true);
    session->setListening(on ? d->output.get() : nullptr);
    d->listeningKey = session->snapshot().listening ? callKey : QString();
}

void Engine::setBargeIn(const QString& callKey, bool on)
{
    CallSession* session = d->sessions.value(callKey);
    if (!session)
        return;
    if (on)
        ensureAudio(true, false);
    session->setBargeIn(on);
}

void Engine::setMuted(const QString& callKey, bool on)
{
    if (CallSession* session = d->sessions.value(callKey))
        session->setMuted(on);
}

void Engine::sendDigits(const QString& callKey, const QString& digits)
{
    if (CallSession* session = d->sessions.value(callKey))
        session->sendDigits(digits);
}

void Engine::setTakeover(const QString& callKey, bool on)
{
    CallSession* session = d->sessions.value(callKey);
    if (!session)
        return;
    if (on) {
        ensureAudio(true, true);
        session->setHeadset(d->output.get());
    }
    session->setTakeover(on);
}

bool Engine::answerApproval(const QString& callKey, const QString& approvalId, bool approved, const QString& note)
{
    CallSession* session = d->sessions.value(callKey);
    return session && session->answerApproval(approvalId, approved, note);
}

void Engine::linkScriptRun(const QString& callKey, qint64 runId, const QString& actor, CallRecorder* recorder)
{
    auto warn = [this, callKey](const QString& message) {
        Q_EMIT callEvent(callKey, QStringLiteral("warning"), message);
    };
    whenFinished(this, d->scriptHub->apply([runId, callKey](ScriptRunService& service) {
        return service.attachCall(runId, callKey);
    }), [warn](const Result<ScriptRunView>& attached) {
        if (!attached)
            warn(tr("The call is not linked to its script run: %1").arg(attached.error().message));
    });
    // Once the call is stored the run gets its session and ends with the call (completed if it ran).
    connect(recorder, &CallRecorder::saved, this, [this, runId, actor, warn](qint64 sessionId) {
        if (!d->scriptHub)
            return;
        whenFinished(this, d->scriptHub->callEnded(runId, sessionId, actor), [warn](const Result<ScriptRunView>& ended) {
            if (!ended)
                warn(tr("The script run could not be closed: %1").arg(ended.error().message));
        });
    });
}

ScriptHub* Engine::scriptHub() const
{
    return d->scriptHub.data();
}

DialGateService* Engine::dialGate() const
{
    return d->gate.data();
}

void Engine::setStore(Store* store)
{
    d->store = store;
    delete d->gate.data(); // it holds the previous store
    d->postCall.reset();
    if (d->scriptHub && d->scriptHub->store() != store)
        delete d->scriptHub.data();
    if (!store)
        return;
    if (!d->scriptHub)
        d->scriptHub = new ScriptHub(store, &d->settings, this);
    d->gate = new DialGateService(d->settings, *store, this);
    d->gate->setClock(d->clock); // calling hours and rate-limit windows on the engine's calendar
    connect(d->gate, &DialGateService::evaluated, this, &Engine::gateEvaluated);
    d->postCall = std::make_unique<PostCallProcessor>(*store);
    // Calls that were live when CallDeck last stopped cannot be resumed: say so, never lose them.
    whenFinished(this, store->run([](QSqlDatabase& db) { return CallRepository(db).markInterrupted(); }),
                 [this](const Result<int>& marked) {
                     if (marked && marked.value() > 0) {
                         Q_EMIT callEvent(QString(), QStringLiteral("warning"),
                                          tr("%n call(s) were still live when CallDeck stopped; they are marked "
                                             "interrupted in the call history.", nullptr, marked.value()));
                     }
                 });
}

const PriceTable& Engine::prices() const
{
    return d->prices;
}

bool Engine::aiConfigured() const
{
    return !d->openAiKey.isEmpty();
}

void Engine::refreshAiKey()
{
    whenFinished(this, d->resolver.resolve(Secret::OpenAiApiKey), [this](const Result<ResolvedSecret>& key) {
        d->openAiKey = key ? key.value().value : QString();
        Q_EMIT aiKeyChanged();
    });
}

OpenAiClient* Engine::openAiClient()
{
    const QString base = d->settings.value(SettingKeys::OpenAiBaseUrl);
    const QString identity = base + QLatin1Char('\n') + d->openAiKey;
    if (d->aiClient && d->aiClientFor == identity)
        return d->aiClient.data();
    if (d->aiClient)
        d->aiClient->deleteLater();
    d->aiClient.clear();
    d->aiClientFor.clear();
    if (d->openAiKey.isEmpty())
        return nullptr;
    d->aiClient = new OpenAiClient(d->network, QUrl(base), d->openAiKey, this);
    d->aiClientFor = identity;
    return d->aiClient.data();
}

CallCost Engine::estimateCost(const QString& agentKind, const QString& provider, double expectedMinutes) const
{
    CostEstimateInput input;
    input.agentKind = agentKind;
    input.realtimeModel = d->settings.value(SettingKeys::RealtimeModel);
    input.chatModel = d->settings.value(SettingKeys::ChatModel);
    input.transcriptionModel = d->settings.value(SettingKeys::TranscriptionModel);
    input.ttsModel = d->settings.value(SettingKeys::TtsModel);
    input.telephonyProvider = provider;
    input.expectedMinutes = expectedMinutes;
    return CostMeter::estimate(d->prices, input);
}

QList<TranscriptSegment> Engine::transcriptOf(const QString& callKey) const
{
    const CallSession* session = d->sessions.value(callKey);
    return session ? session->segments() : QList<TranscriptSegment>{};
}

CallCost Engine::costOf(const QString& callKey) const
{
    const CallSession* session = d->sessions.value(callKey);
    return session ? session->cost() : CallCost{};
}

QList<TurnLatency> Engine::latenciesOf(const QString& callKey) const
{
    const CallSession* session = d->sessions.value(callKey);
    return session ? session->latencies() : QList<TurnLatency>{};
}

void Engine::settle(const QString& callKey)
{
    if (d->settled.contains(callKey))
        return;
    d->settled.insert(callKey);
    Q_EMIT callSettled(callKey);
}

bool Engine::isSettled(const QString& callKey) const
{
    return d->settled.contains(callKey);
}

void Engine::runPostCall(const QString& callKey, qint64 sessionId)
{
    if (!d->postCall) {
        settle(callKey);
        return;
    }
    // With an OpenAI-compatible key the AI extracts; without one (or when its answer is unusable)
    // the offline extractor does. The client lives exactly as long as this run.
    auto* context = new QObject(this);
    if (!d->openAiKey.isEmpty()) {
        auto* client = new OpenAiClient(d->network, QUrl(d->settings.value(SettingKeys::OpenAiBaseUrl)), d->openAiKey,
                                        context);
        d->postCall->setAiExtractor(new AiExtractor(*client, d->settings.value(SettingKeys::ChatModel), context));
    } else {
        d->postCall->setAiExtractor(nullptr);
    }
    whenFinished(context, d->postCall->process(sessionId, true),
                 [this, callKey, context](const Result<PostCallReport>& report) {
                     context->deleteLater();
                     if (!report) {
                         Q_EMIT callEvent(callKey, QStringLiteral("warning"),
                                          tr("Post-call processing failed: %1").arg(report.error().message));
                         settle(callKey);
                         return;
                     }
                     const PostCallResult& result = report.value().result;
                     for (const QString& warning : result.warnings)
                         Q_EMIT callEvent(callKey, QStringLiteral("warning"), warning);
                     //: After a call: %1 the outcome (goal_achieved, declined, …), %2 how many values were extracted.
                     Q_EMIT callEvent(callKey, QStringLiteral("post-call"),
                                      tr("Outcome %1; %n value(s) extracted", nullptr, int(result.fields.size()))
                                          .arg(OutcomeRules::name(result.outcome)));
                     settle(callKey);
                 });
}

Result<CallBrief> Engine::completeBrief(CallBrief brief, const QString& to) const
{
    // The user's profile and assistant settings fill what the brief leaves open (PRODUCT T11, T12).
    if (d->store) {
        const Result<UserProfile> profile =
            d->store->runSync([](QSqlDatabase& db) { return ProfileRepository(db).profile(); });
        const Result<AssistantSettings> assistant =
            d->store->runSync([](QSqlDatabase& db) { return ProfileRepository(db).assistantSettings(); });
        if (profile) {
            const UserProfile& p = profile.value();
            if (brief.onBehalfOf.isEmpty())
                brief.onBehalfOf = p.fullName;
            auto fill = [&brief](const QString& key, const QString& value) {
                if (!value.isEmpty() && !brief.personalFields.contains(key))
                    brief.personalFields.insert(key, value);
            };
            fill(QStringLiteral("full_name"), p.fullName);
            fill(QStringLiteral("phone"), p.phoneE164);
            fill(QStringLiteral("email"), p.email);
            fill(QStringLiteral("address"), p.address);
            fill(QStringLiteral("time_zone"), p.timeZone);
        }
        if (assistant && brief.assistant == AssistantSettings{})
            brief.assistant = assistant.value();
    }
    if (brief.onBehalfOf.trimmed().isEmpty())
        brief.onBehalfOf = tr("my client");
    if (brief.goal.trimmed().isEmpty())
        brief.goal = tr("Find out how %1 can help and note what they offer.").arg(brief.contactName.isEmpty() ? to : brief.contactName);
    if (brief.contactName.isEmpty())
        brief.contactName = to;
    return brief;
}

void Engine::setClock(WallClock clock)
{
    d->clock = clock ? std::move(clock) : systemClock();
    if (d->gate)
        d->gate->setClock(d->clock);
}

const WallClock& Engine::clock() const
{
    return d->clock;
}

QList<CallSnapshot> Engine::calls() const
{
    QList<CallSnapshot> out;
    out.reserve(d->sessions.size());
    for (const CallSession* session : std::as_const(d->sessions))
        out.append(session->snapshot());
    std::sort(out.begin(), out.end(),
              [](const CallSnapshot& a, const CallSnapshot& b) { return a.placedAt < b.placedAt; });
    return out;
}

CallSnapshot Engine::snapshot(const QString& callKey) const
{
    const CallSession* session = d->sessions.value(callKey);
    return session ? session->snapshot() : CallSnapshot{};
}

CallLevels Engine::levels(const QString& callKey) const
{
    const CallSession* session = d->sessions.value(callKey);
    return session ? session->levels() : CallLevels{};
}

MediaServer& Engine::mediaServer() const
{
    return d->server;
}

SandboxLine& Engine::sandbox() const
{
    return d->sandbox;
}

TunnelManager& Engine::tunnel() const
{
    return d->tunnel;
}

QUrl Engine::publicUrl() const
{
    const QUrl url = d->server.publicUrl();
    return url.isEmpty() ? d->server.localUrl() : url;
}

} // namespace calldeck
