#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QPointer>

namespace calldeck {

/// A menu action that stands for a button in a panel: triggering it clicks the button, and it is
/// enabled and checked exactly when the button is. The shortcut lives on the action only, so the
/// menu shows it and no second binding of the same keys exists on the button.
class ButtonAction : public QAction
{
    Q_OBJECT
public:
    /// `scope` is the panel the button lives in: the action does nothing while the button is hidden
    /// inside it (an approval bar that is not shown), even when the panel itself is tabbed away.
    ButtonAction(const QString& text, QAbstractButton* button, QWidget* scope, QObject* parent = nullptr);

    [[nodiscard]] QAbstractButton* button() const { return m_button; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();
    void fire(bool checked);

    QPointer<QAbstractButton> m_button;
    QPointer<QWidget> m_scope;
};

} // namespace calldeck
