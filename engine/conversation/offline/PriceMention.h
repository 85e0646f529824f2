#pragma once

#include <QString>

#include <optional>

namespace calldeck {

/// Finds prices in what the callee said ("$180", "180 dollars", "$1,250.50", "forty-five bucks"
/// is not understood) so the offline agent can hold for the user's approval.
class PriceMention
{
public:
    /// The highest price mentioned in `text`, in cents; nothing when no price is mentioned.
    [[nodiscard]] static std::optional<qint64> highestCents(const QString& text);
};

} // namespace calldeck
