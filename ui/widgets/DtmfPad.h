#pragma once

#include <QWidget>

class QToolButton;

namespace calldeck {

/// A telephone keypad (1–9, *, 0, #). Clicking a key or typing a digit, * or # while the pad has
/// focus emits digitPressed(); a disabled pad emits nothing.
class DtmfPad : public QWidget
{
    Q_OBJECT
public:
    /// The twelve keys in keypad order.
    static constexpr QStringView kKeys = u"123456789*0#";

    explicit DtmfPad(QWidget* parent = nullptr);

    /// The button for `key` ('0'–'9', '*', '#'), or null.
    [[nodiscard]] QToolButton* button(QChar key) const;

Q_SIGNALS:
    void digitPressed(QChar digit);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void press(QChar key);
};

} // namespace calldeck
