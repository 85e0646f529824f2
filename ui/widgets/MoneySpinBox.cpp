#include "widgets/MoneySpinBox.h"

#include <cmath>

namespace calldeck {

MoneySpinBox::MoneySpinBox(QWidget* parent) : QDoubleSpinBox(parent)
{
    setDecimals(2);
    setRange(0.0, 1000000.0);
    setSingleStep(1.0);
    //: Currency symbol shown before money amounts in the settings.
    setPrefix(tr("$ "));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMaximumWidth(180);
}

qint64 MoneySpinBox::cents() const
{
    return std::llround(value() * 100.0);
}

void MoneySpinBox::setCents(qint64 cents)
{
    setValue(static_cast<double>(cents) / 100.0);
}

} // namespace calldeck
