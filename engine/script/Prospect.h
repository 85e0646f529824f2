#pragma once

#include "contacts/Contact.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace calldeck {

/// The sales facts of a contact who is a prospect (PRODUCT T13, seed 003). Stored in the
/// contact's prospect columns; all optional.
struct ProspectProfile
{
    std::optional<int> clientCount;   ///< the qualification gate compares it to the threshold
    QString businessType;
    QString revenueRange;             ///< "$250k–$500k"; client-sensitive
    QString mainPain;
    QString toolStack;

    friend bool operator==(const ProspectProfile&, const ProspectProfile&) = default;
};

/// A contact plus its prospect profile.
struct Prospect
{
    Contact contact;
    ProspectProfile profile;

    friend bool operator==(const Prospect&, const Prospect&) = default;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::Prospect)
