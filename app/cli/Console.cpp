#include "Console.h"

#include <QCoreApplication>
#include <cstdio>

namespace calldeck::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{}

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

void Console::error(const QString& message)
{
    m_out.flush(); // keep the order of interleaved output when both streams go to one terminal
    m_err << QCoreApplication::applicationName() << ": " << message << '\n';
    m_err.flush();
}

ExitCode Console::fail(const Error& error)
{
    this->error(error.message);
    return exitCodeFor(error);
}

ExitCode Console::usageError(const QString& message, const QString& helpCommand)
{
    error(message);
    const QString command = helpCommand.isEmpty() ? QCoreApplication::applicationName() : helpCommand;
    m_err << QCoreApplication::translate("calldeck-cli", "Run \"%1 --help\" for usage.").arg(command) << '\n';
    m_err.flush();
    return ExitCode::Usage;
}

void Console::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

ExitCode Console::exitCodeFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::None:
        return ExitCode::Ok;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Conflict:
        return ExitCode::InvalidInput;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::Io:
    case ErrorCode::Database:
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::Keychain:
    case ErrorCode::Network:
    case ErrorCode::Remote:
    case ErrorCode::Cancelled:
    case ErrorCode::Internal:
        break;
    }
    return ExitCode::Failure;
}

} // namespace calldeck::cli
