#include "widgets/ScheduleEdit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QTimeZone>

namespace calldeck {

ScheduleEdit::ScheduleEdit(QWidget* parent)
    : QWidget(parent),
      m_now(new QRadioButton(tr("Call now"), this)),
      m_at(new QRadioButton(tr("At"), this)),
      m_dateTime(new QDateTimeEdit(this)),
      m_zone(new QComboBox(this))
{
    m_now->setObjectName(QStringLiteral("scheduleNow"));
    m_at->setObjectName(QStringLiteral("scheduleAt"));
    m_dateTime->setObjectName(QStringLiteral("scheduleDateTime"));
    m_zone->setObjectName(QStringLiteral("scheduleTimeZone"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_at);
    m_now->setChecked(true);

    m_dateTime->setCalendarPopup(true);
    m_dateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    // An hour ahead, so choosing "At" without touching the time never starts out in the past.
    m_dateTime->setDateTime(QDateTime::currentDateTime().addSecs(3600));

    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_zone->addItem(QString::fromUtf8(id));
    }
    // Zone names such as "America/Argentina/ComodRivadavia" would otherwise widen the whole panel.
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(10);
    m_zone->setToolTip(tr("The time zone the date and time are in"));
    setTimeZone(QString::fromUtf8(QTimeZone::systemTimeZoneId()));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_now);
    layout->addWidget(m_at);
    layout->addWidget(m_dateTime, 1);
    layout->addWidget(m_zone, 1);

    connect(m_at, &QRadioButton::toggled, this, &ScheduleEdit::updateEnabled);
    updateEnabled();
}

bool ScheduleEdit::isImmediate() const
{
    return m_now->isChecked();
}

void ScheduleEdit::setImmediate(bool immediate)
{
    (immediate ? m_now : m_at)->setChecked(true);
}

QDateTime ScheduleEdit::scheduledForUtc() const
{
    if (isImmediate()) {
        return {};
    }
    // The editor shows wall-clock time; read it in the chosen zone, not the machine's.
    const QDateTime wall = m_dateTime->dateTime();
    const QTimeZone zone(timeZone().toUtf8());
    return QDateTime(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
}

void ScheduleEdit::setScheduledLocal(const QDateTime& wallClock)
{
    m_dateTime->setDateTime(wallClock);
    setImmediate(false);
}

QString ScheduleEdit::timeZone() const
{
    return m_zone->currentText();
}

void ScheduleEdit::setTimeZone(const QString& ianaId)
{
    const int index = m_zone->findText(ianaId);
    if (index >= 0) {
        m_zone->setCurrentIndex(index);
    } else if (const int utc = m_zone->findText(QStringLiteral("UTC")); utc >= 0) {
        m_zone->setCurrentIndex(utc);
    }
}

QString ScheduleEdit::problemAt(const QDateTime& nowUtc) const
{
    if (isImmediate()) {
        return {};
    }
    if (scheduledForUtc() < nowUtc) {
        return tr("The scheduled time is in the past; pick a later time or call now.");
    }
    return {};
}

void ScheduleEdit::updateEnabled()
{
    m_dateTime->setEnabled(m_at->isChecked());
    m_zone->setEnabled(m_at->isChecked());
}

} // namespace calldeck
