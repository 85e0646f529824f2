#pragma once

#include <QString>

namespace calldeck {

/// Validation of URL fields in the settings.
class UrlCheck
{
public:
    /// Empty when `text` is an absolute http(s) URL with a host (or empty and not `required`);
    /// otherwise a message saying what is wrong.
    static QString problemWith(const QString& text, bool required);
};

} // namespace calldeck
