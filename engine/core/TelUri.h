#pragma once

#include <QString>

namespace calldeck {

/// Reads what the desktop hands over for click-to-call: a `tel:` link (RFC 3966) or a number.
class TelUri
{
public:
    /// The number in `text` ("tel:+1-555-555-0100;ext=2" gives "+1-555-555-0100"); "" when `text`
    /// is neither a tel: link nor something that looks like a phone number.
    static QString number(const QString& text);
};

} // namespace calldeck
