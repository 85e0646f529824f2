#include "ServeCommand.h"

#include "UnixSignals.h"
#include "calls/Engine.h"
#include "core/Settings.h"
#include "media/MediaServer.h"
#include "secrets/KeychainCredentialStore.h"
#include "telephony/TunnelManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFutureWatcher>

#include <csignal>

namespace calldeck::cli {

namespace {

QString tunnelStateText(const TunnelManager& tunnel)
{
    QString text;
    switch (tunnel.state()) {
    case TunnelManager::State::Off:
        text = QCoreApplication::translate("calldeck-cli", "off");
        break;
    case TunnelManager::State::Starting:
        text = QCoreApplication::translate("calldeck-cli", "starting");
        break;
    case TunnelManager::State::Up:
        text = QCoreApplication::translate("calldeck-cli", "up");
        break;
    case TunnelManager::State::Unhealthy:
        text = QCoreApplication::translate("calldeck-cli", "unhealthy");
        break;
    case TunnelManager::State::Failed:
        text = QCoreApplication::translate("calldeck-cli", "failed");
        break;
    }
    if (tunnel.kind() != TunnelManager::Kind::None) {
        text = TunnelManager::kindName(tunnel.kind()) + QLatin1Char(' ') + text;
    }
    return tunnel.detail().isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, tunnel.detail());
}

} // namespace

ServeCommand::ServeCommand(CliContext& context) : m_context(context), m_console(context.console()) {}

ExitCode ServeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "calldeck-cli",
        "Run the call engine headless: the media server (CALLDECK_LISTEN, default 127.0.0.1:8077), the sandbox "
        "line and the configured tunnel (CALLDECK_TUNNEL). Prints the listen URL, the public URL and the tunnel "
        "state, then follows changes and call events until SIGINT (Ctrl+C) or SIGTERM. Exits 5 when the engine "
        "cannot start."));
    if (const auto stop = m_context.parse(parser, QStringLiteral("serve"), arguments)) {
        return *stop;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_console.usageError(QCoreApplication::translate("calldeck-cli", "unexpected argument \"%1\"")
                                        .arg(parser.positionalArguments().constFirst()),
                                    QStringLiteral("calldeck-cli serve"));
    }

    Settings settings;
    KeychainCredentialStore credentials;
    Engine engine(settings, credentials);
    QEventLoop loop;
    QTextStream& out = m_console.out();
    const auto line = [&out](const QString& text) {
        out << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << "  " << text << '\n';
        out.flush();
    };
    UnixSignals unixSignals({SIGINT, SIGTERM});
    QObject::connect(&unixSignals, &UnixSignals::received, &loop, &QEventLoop::quit);

    const QFuture<Status> starting = engine.start();
    if (!starting.isFinished()) {
        QFutureWatcher<Status> watcher;
        QObject::connect(&watcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(starting);
        if (!starting.isFinished()) {
            loop.exec();
        }
    }
    if (!starting.isFinished()) {
        engine.shutdown(); // a signal arrived before the engine was up
        return ExitCode::Ok;
    }
    if (const Status started = starting.result(); !started.ok()) {
        m_console.error(
            QCoreApplication::translate("calldeck-cli", "the call engine did not start: %1").arg(started.error().message));
        return ExitCode::Failure;
    }

    out << QCoreApplication::translate("calldeck-cli", "Listening on %1").arg(engine.mediaServer().localUrl().toString())
        << '\n';
    const QUrl publicUrl = engine.publicUrl();
    out << QCoreApplication::translate("calldeck-cli", "Public URL:   %1")
               .arg(publicUrl.isEmpty() ? QCoreApplication::translate("calldeck-cli", "none") : publicUrl.toString())
        << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Tunnel:       %1").arg(tunnelStateText(engine.tunnel()))
        << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Default line: %1").arg(engine.defaultProvider()) << '\n';
    out << QCoreApplication::translate("calldeck-cli", "Press Ctrl+C to stop.") << '\n';
    out.flush();

    QObject::connect(&engine, &Engine::publicUrlChanged, &loop, [&line](const QUrl& url) {
        line(QCoreApplication::translate("calldeck-cli", "public URL now %1").arg(url.toString()));
    });
    QObject::connect(&engine.tunnel(), &TunnelManager::stateChanged, &loop, [&line, &engine] {
        line(QCoreApplication::translate("calldeck-cli", "tunnel %1").arg(tunnelStateText(engine.tunnel())));
    });
    QObject::connect(&engine, &Engine::callEvent, &loop,
                     [&line](const QString& callKey, const QString& kind, const QString& detail) {
                         line(QStringLiteral("%1 %2 %3").arg(callKey, kind, detail).trimmed());
                     });
    loop.exec();
    engine.shutdown();
    out << QCoreApplication::translate("calldeck-cli", "Stopped.") << '\n';
    out.flush();
    return ExitCode::Ok;
}

} // namespace calldeck::cli
