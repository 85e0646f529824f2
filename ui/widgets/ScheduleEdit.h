#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace calldeck {

/// "Call now" or "at a date and time in a time zone" (PRODUCT T5, seed 000 C2): the schedule
/// part of the composer and of the manual call form.
class ScheduleEdit : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleEdit(QWidget* parent = nullptr);

    /// True when "Call now" is chosen.
    [[nodiscard]] bool isImmediate() const;
    /// Chooses "Call now" (true) or a scheduled time (false).
    void setImmediate(bool immediate);
    /// The chosen moment in UTC; invalid when "Call now" is chosen.
    [[nodiscard]] QDateTime scheduledForUtc() const;
    /// Sets the date and time as read in the chosen time zone and selects "At".
    void setScheduledLocal(const QDateTime& wallClock);
    /// IANA id of the chosen time zone ("Europe/Stockholm").
    [[nodiscard]] QString timeZone() const;
    /// Selects the time zone `ianaId` when CallDeck knows it.
    void setTimeZone(const QString& ianaId);
    /// The user's own zone (users.time_zone): selected, the date and time shown in it, and named
    /// in the label. Until the user picks a time, the suggestion (an hour ahead) moves with it.
    void setProfileTimeZone(const QString& ianaId);
    /// The profile's zone as last set; the machine's zone until then.
    [[nodiscard]] QString profileTimeZone() const { return m_profileZone; }
    /// "Times are in America/New_York (UTC-05:00)": what the date and time are read in.
    [[nodiscard]] QString zoneLabelText() const;
    /// Why the schedule cannot be used at `nowUtc` (in the past), or an empty string.
    [[nodiscard]] QString problemAt(const QDateTime& nowUtc) const;

    [[nodiscard]] QRadioButton* nowButton() const { return m_now; }
    [[nodiscard]] QRadioButton* atButton() const { return m_at; }
    [[nodiscard]] QDateTimeEdit* dateTimeEdit() const { return m_dateTime; }
    [[nodiscard]] QComboBox* timeZoneCombo() const { return m_zone; }

private:
    void updateEnabled();
    void updateZoneLabel();

    QRadioButton* m_now = nullptr;
    QRadioButton* m_at = nullptr;
    QDateTimeEdit* m_dateTime = nullptr;
    QComboBox* m_zone = nullptr;
    QLabel* m_zoneLabel = nullptr;
    QString m_profileZone;
    bool m_timeTouched = false; ///< the user edited the date/time: never move it under their hands
};

} // namespace calldeck
