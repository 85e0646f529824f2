#include "widgets/ScheduleEdit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace calldeck {

ScheduleEdit::ScheduleEdit(QWidget* parent)
    : QWidget(parent),
      m_now(new QRadioButton(tr("Call now"), this)),
      m_at(new QRadioButton(tr("At"), this)),
      m_dateTime(new QDateTimeEdit(this)),
      m_zone(new QComboBox(this)),
      m_zoneLabel(new QLabel(this))
{
    m_now->setObjectName(QStringLiteral("scheduleNow"));
    m_at->setObjectName(QStringLiteral("scheduleAt"));
    m_dateTime->setObjectName(QStringLiteral("scheduleDateTime"));
    m_zone->setObjectName(QStringLiteral("scheduleTimeZone"));
    m_zoneLabel->setObjectName(QStringLiteral("scheduleTimeZoneLabel"));
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
    m_profileZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    setTimeZone(m_profileZone);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_now);
    row->addWidget(m_at);
    row->addWidget(m_dateTime, 1);
    row->addWidget(m_zone, 1);
    layout->addLayout(row);
    layout->addWidget(m_zoneLabel);

    connect(m_at, &QRadioButton::toggled, this, &ScheduleEdit::updateEnabled);
    connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_timeTouched = true;
        updateZoneLabel();
    });
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleEdit::updateZoneLabel);
    updateEnabled();
    updateZoneLabel();
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
    // Only the wall-clock reading counts; the zone is the one chosen in the combo.
    m_dateTime->setDateTime(QDateTime(wallClock.date(), wallClock.time()));
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

void ScheduleEdit::setProfileTimeZone(const QString& ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid()) {
        return;
    }
    const bool followedProfile = timeZone() == m_profileZone;
    m_profileZone = ianaId;
    // A zone the user picked by hand for this call stays; the default follows the profile.
    if (followedProfile || isImmediate()) {
        setTimeZone(ianaId);
    }
    if (!m_timeTouched) {
        // An hour ahead as the profile's clock reads it, not the machine's.
        const QDateTime wall = QDateTime::currentDateTimeUtc().addSecs(3600).toTimeZone(zone);
        const QSignalBlocker blocker(m_dateTime);
        m_dateTime->setDateTime(QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute())));
    }
    updateZoneLabel();
}

QString ScheduleEdit::zoneLabelText() const
{
    return m_zoneLabel->text();
}

void ScheduleEdit::updateZoneLabel()
{
    const QTimeZone zone(timeZone().toUtf8());
    if (!zone.isValid()) {
        m_zoneLabel->clear();
        return;
    }
    const QDateTime wall = m_dateTime->dateTime();
    const QDateTime at(wall.date(), wall.time(), zone);
    const QString offset = zone.displayName(at, QTimeZone::OffsetName);
    m_zoneLabel->setText(timeZone() == m_profileZone
                             ? tr("Times are in your time zone, %1 (%2).").arg(timeZone(), offset)
                             : tr("Times are in %1 (%2), not your time zone %3.").arg(timeZone(), offset, m_profileZone));
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
