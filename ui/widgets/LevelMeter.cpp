#include "widgets/LevelMeter.h"

#include <QPainter>

#include <algorithm>

namespace calldeck {

namespace {

constexpr float kMinDb = -90.0f;
constexpr float kYellowDb = -18.0f;
constexpr float kRedDb = -6.0f;

const QColor kGreen(0x43, 0xa0, 0x47);
const QColor kYellow(0xf9, 0xa8, 0x25);
const QColor kRed(0xe5, 0x39, 0x35);

} // namespace

LevelMeter::LevelMeter(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleDescription(tr("Audio level"));
}

void LevelMeter::setLevelDb(float levelDb)
{
    const float level = std::clamp(levelDb, kMinDb, 0.0f);
    const float previousDisplayed = m_displayedDb;
    const float previousPeak = m_peakDb;
    m_displayedDb = level >= m_displayedDb ? level : std::max(level, m_displayedDb - kFallDbPerUpdate);
    if (level >= m_peakDb) {
        m_peakDb = level;
        m_peakAgeUpdates = 0;
    } else if (++m_peakAgeUpdates > kPeakHoldUpdates) {
        m_peakDb = std::max(m_displayedDb, m_peakDb - kFallDbPerUpdate);
    }
    // Silence polled 30 times a second must not repaint 30 times a second.
    if (previousDisplayed != m_displayedDb || previousPeak != m_peakDb) {
        update();
    }
}

void LevelMeter::reset()
{
    m_displayedDb = kMinDb;
    m_peakDb = kMinDb;
    m_peakAgeUpdates = 0;
    update();
}

double LevelMeter::fractionOf(float levelDb)
{
    if (levelDb <= kFloorDb) {
        return 0.0;
    }
    return std::min(1.0, static_cast<double>(levelDb - kFloorDb) / static_cast<double>(-kFloorDb));
}

QSize LevelMeter::sizeHint() const
{
    return {200, 14};
}

QSize LevelMeter::minimumSizeHint() const
{
    return {60, 10};
}

void LevelMeter::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(area, palette().color(QPalette::Base));

    const double width = area.width();
    const double fill = fillFraction() * width;
    // Paint the three zones clipped to the filled length, so colour marks loudness, not position.
    const struct Zone
    {
        double from;
        double to;
        QColor color;
    } zones[] = {
        {0.0, fractionOf(kYellowDb), kGreen},
        {fractionOf(kYellowDb), fractionOf(kRedDb), kYellow},
        {fractionOf(kRedDb), 1.0, kRed},
    };
    for (const Zone& zone : zones) {
        const double left = zone.from * width;
        const double right = std::min(zone.to * width, fill);
        if (right > left) {
            painter.fillRect(QRectF(area.left() + left, area.top(), right - left, area.height()), zone.color);
        }
    }
    if (const double peak = fractionOf(m_peakDb) * width; peak > 0.0) {
        painter.fillRect(QRectF(area.left() + peak - 2.0, area.top(), 2.0, area.height()),
                         palette().color(QPalette::WindowText));
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(area);
}

} // namespace calldeck
