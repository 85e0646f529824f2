#include "compliance/SignerIdentity.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace calldeck {

namespace {

// Not translated: the value is part of the hashed record and must read the same in every language.
const QString kUnknown = QStringLiteral("unknown");

QString osUserName()
{
    // The environment is what the login set up; the password database covers services and
    // sandboxes that start CallDeck without USER/LOGNAME.
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            return name;
        }
    }
#ifdef Q_OS_UNIX
    if (const passwd* entry = ::getpwuid(::geteuid()); entry != nullptr && entry->pw_name != nullptr) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return kUnknown;
}

} // namespace

SignerIdentity SignerIdentity::current()
{
    SignerIdentity identity;
    identity.osUser = osUserName();
    identity.host = QSysInfo::machineHostName().trimmed();
    if (identity.host.isEmpty()) {
        identity.host = kUnknown;
    }
    identity.appVersion = QCoreApplication::applicationVersion().trimmed();
    if (identity.appVersion.isEmpty()) {
        identity.appVersion = QStringLiteral(CALLDECK_VERSION);
    }
    return identity;
}

} // namespace calldeck
