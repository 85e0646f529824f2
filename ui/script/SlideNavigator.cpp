#include "SlideNavigator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace calldeck {

SlideNavigator::SlideNavigator(QWidget* parent)
    : QWidget(parent),
      m_previous(new QPushButton(QStringLiteral("◀"), this)),
      m_position(new QLabel(this)),
      m_next(new QPushButton(QStringLiteral("▶"), this)),
      m_present(new QPushButton(tr("Present (F5)"), this))
{
    setObjectName(QStringLiteral("slideNavigator"));
    m_previous->setObjectName(QStringLiteral("slidePrevious"));
    m_previous->setToolTip(tr("Previous slide"));
    m_previous->setMaximumWidth(32);
    m_position->setObjectName(QStringLiteral("slidePosition"));
    m_next->setObjectName(QStringLiteral("slideNext"));
    m_next->setToolTip(tr("Next slide"));
    m_next->setMaximumWidth(32);
    m_present->setObjectName(QStringLiteral("presentSlides"));
    m_present->setToolTip(tr("Open the presentation window for a second screen"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Slides:"), this));
    layout->addWidget(m_previous);
    layout->addWidget(m_position);
    layout->addWidget(m_next);
    layout->addWidget(m_present);
    connect(m_previous, &QPushButton::clicked, this, &SlideNavigator::previous);
    connect(m_next, &QPushButton::clicked, this, &SlideNavigator::next);
    connect(m_present, &QPushButton::clicked, this, &SlideNavigator::presentRequested);
    showMilestone(nullptr);
}

void SlideNavigator::showMilestone(const ScriptMilestone* milestone)
{
    const bool changed = (milestone == nullptr) != !m_hasMilestone || (milestone != nullptr && milestone->number != m_milestone.number);
    m_hasMilestone = milestone != nullptr;
    m_milestone = milestone != nullptr ? *milestone : ScriptMilestone{};
    setIndex(changed ? 0 : m_index);
}

void SlideNavigator::setIndex(int index)
{
    const auto count = static_cast<int>(m_milestone.slides.size());
    m_index = count == 0 ? 0 : std::clamp(index, 0, count - 1);
    //: Slide position in the navigator: "2/3"
    m_position->setText(count == 0 ? tr("none") : tr("%1/%2").arg(m_index + 1).arg(count));
    m_previous->setEnabled(m_index > 0);
    m_next->setEnabled(m_index + 1 < count);
    m_present->setEnabled(m_hasMilestone);
    if (m_hasMilestone) {
        Q_EMIT slideChanged(m_milestone, m_index);
    }
}

QString SlideNavigator::positionText() const
{
    return m_position->text();
}

} // namespace calldeck
