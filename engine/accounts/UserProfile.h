#pragma once

#include <QMetaType>
#include <QString>

namespace calldeck {

/// The tone the agent uses on a call (PRODUCT T1).
enum class Tone
{
    Friendly,
    Neutral,
    Firm,
    Assertive,
};

/// Stable storage names: "friendly", "neutral", "firm", "assertive".
QString toneName(Tone tone);
/// Parses a storage name; unknown names give Tone::Neutral.
Tone toneFromName(const QString& name);

/// The local user's personal data, used to fill gaps during calls (PRODUCT T12).
struct UserProfile
{
    qint64 id = 0;
    QString fullName;
    QString phoneE164;
    QString email;
    QString address;
    QString timeZone = QStringLiteral("UTC"); ///< IANA id, e.g. "Europe/Stockholm"
    QString defaultRegion = QStringLiteral("US"); ///< ISO 3166 region for parsing national numbers
    Tone defaultTone = Tone::Friendly;

    friend bool operator==(const UserProfile&, const UserProfile&) = default;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::UserProfile)
