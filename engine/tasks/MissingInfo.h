#pragma once

#include <QString>

namespace calldeck {

/// One thing the plan lacks and only the user can give, with the question that asks for it.
/// Well-known keys: "phone_number", "goal", "contact_name", "date", "max_price"; others are free.
struct MissingInfo
{
    QString key;
    QString question;

    bool operator==(const MissingInfo&) const = default;
};

} // namespace calldeck
