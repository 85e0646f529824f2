#pragma once

#include <QDoubleSpinBox>

namespace calldeck {

/// Dollars-and-cents entry. The value leaves and enters as integer cents so no binary float is
/// ever stored; the spin box only uses a double for display with two decimals.
class MoneySpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit MoneySpinBox(QWidget* parent = nullptr);

    [[nodiscard]] qint64 cents() const;
    void setCents(qint64 cents);
};

} // namespace calldeck
