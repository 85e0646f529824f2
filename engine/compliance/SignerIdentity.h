#pragma once

#include <QString>

namespace calldeck {

/// Who signed, as the machine knows it: the operating-system account, the host and the CallDeck
/// version. Stored with every attestation next to the typed name, so a record shows both.
struct SignerIdentity
{
    QString osUser;     ///< login name of the OS account; "unknown" when the system does not say
    QString host;       ///< QSysInfo::machineHostName(); "unknown" when empty
    QString appVersion; ///< QCoreApplication::applicationVersion(), else the build's version

    /// The identity of the process that is running now.
    static SignerIdentity current();

    friend bool operator==(const SignerIdentity&, const SignerIdentity&) = default;
};

} // namespace calldeck
