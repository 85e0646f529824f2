#include "widgets/ButtonAction.h"

#include <QAbstractButton>
#include <QEvent>

namespace calldeck {

ButtonAction::ButtonAction(const QString& text, QAbstractButton* button, QWidget* scope, QObject* parent)
    : QAction(text, parent), m_button(button), m_scope(scope)
{
    setCheckable(button->isCheckable());
    button->installEventFilter(this);
    connect(button, &QAbstractButton::toggled, this, [this](bool on) { setChecked(on); });
    connect(this, &QAction::triggered, this, &ButtonAction::fire);
    follow();
}

bool ButtonAction::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_button && (event->type() == QEvent::EnabledChange || event->type() == QEvent::ShowToParent
                                || event->type() == QEvent::HideToParent)) {
        follow();
    }
    return QAction::eventFilter(watched, event);
}

void ButtonAction::follow()
{
    if (m_button == nullptr) {
        setEnabled(false);
        return;
    }
    setEnabled(m_button->isEnabled());
    setChecked(m_button->isCheckable() && m_button->isChecked());
}

void ButtonAction::fire(bool checked)
{
    if (m_button == nullptr || !m_button->isEnabled()
        || (m_scope != nullptr && !m_button->isVisibleTo(m_scope))) {
        follow();
        return;
    }
    if (m_button->isCheckable() && m_button->isChecked() == checked) {
        return;
    }
    m_button->click();
    follow();
}

} // namespace calldeck
