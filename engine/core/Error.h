#pragma once

#include <QMetaType>
#include <QString>

namespace calldeck {

/// Broad classes of failure; callers branch on these, users read the message.
enum class ErrorCode
{
    None = 0,
    InvalidArgument,   ///< the input itself is wrong (bad phone number, empty name, ...)
    NotFound,          ///< the thing asked for does not exist
    Conflict,          ///< violates a uniqueness or state rule
    Io,                ///< disk, file or database I/O failed
    Database,          ///< SQL error or migration failure
    KeychainUnavailable, ///< no Secret Service / keychain answered
    Keychain,          ///< the keychain answered with an error
    Network,           ///< a remote peer could not be reached
    Remote,            ///< a remote peer answered with an error
    Cancelled,
    Internal,
};

/// A failure as a value: a code to branch on and a message a user can read.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString message;
    int remoteCode = 0; ///< the peer's own error code when there is one (Twilio's 21211, an HTTP status, ...)

    [[nodiscard]] bool isError() const { return code != ErrorCode::None; }
    /// Stable, script-friendly name of the code ("invalid_argument", ...).
    [[nodiscard]] QString codeName() const;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::Error)
