#pragma once

namespace calldeck::cli {

/// Process exit codes scripts can rely on (documented in `calldeck-cli --help`).
enum class ExitCode
{
    Ok = 0,
    Usage = 1,        ///< unknown command or option, missing or malformed argument
    InvalidInput = 2, ///< bad phone number, bad CSV, duplicate phone; an import that stored nothing
    Partial = 3,      ///< an import stored some rows and skipped others
    NotFound = 4,     ///< no such contact or input file
    Failure = 5,      ///< the database, a file or the keychain failed; the call engine did not start
    Busy = 6,         ///< `call`: the line was busy
    NoAnswer = 7,     ///< `call`: nobody answered
    CallFailed = 8,   ///< `call`: failed, or the provider rejected the request
    Canceled = 9,     ///< `call`: hung up before it was answered (e.g. Ctrl+C while ringing)
};

} // namespace calldeck::cli
