#include "accounts/UserProfile.h"

namespace calldeck {

QString toneName(Tone tone)
{
    switch (tone) {
    case Tone::Friendly: return QStringLiteral("friendly");
    case Tone::Neutral: return QStringLiteral("neutral");
    case Tone::Firm: return QStringLiteral("firm");
    case Tone::Assertive: return QStringLiteral("assertive");
    }
    return QStringLiteral("neutral");
}

Tone toneFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("friendly")) {
        return Tone::Friendly;
    }
    if (n == QLatin1String("firm")) {
        return Tone::Firm;
    }
    if (n == QLatin1String("assertive")) {
        return Tone::Assertive;
    }
    return Tone::Neutral;
}

} // namespace calldeck
