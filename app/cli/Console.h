#pragma once

#include "ExitCode.h"
#include "core/Error.h"

#include <QJsonDocument>
#include <QTextStream>

namespace calldeck::cli {

/// The CLI's two streams: data and normal output on stdout, errors on stderr.
class Console
{
public:
    Console();
    ~Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Prints "calldeck-cli: <message>" on stderr.
    void error(const QString& message);
    /// Prints the error and returns the exit code its ErrorCode maps to.
    ExitCode fail(const Error& error);
    /// Prints a usage error with a hint to --help and returns ExitCode::Usage.
    ExitCode usageError(const QString& message, const QString& helpCommand = {});
    /// Writes indented JSON and a newline on stdout.
    void printJson(const QJsonDocument& document);

    /// InvalidArgument/Conflict → InvalidInput, NotFound → NotFound, anything else → Failure.
    static ExitCode exitCodeFor(const Error& error);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace calldeck::cli
