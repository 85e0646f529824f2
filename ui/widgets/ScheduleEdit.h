#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
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
    /// Why the schedule cannot be used at `nowUtc` (in the past), or an empty string.
    [[nodiscard]] QString problemAt(const QDateTime& nowUtc) const;

    [[nodiscard]] QRadioButton* nowButton() const { return m_now; }
    [[nodiscard]] QRadioButton* atButton() const { return m_at; }
    [[nodiscard]] QDateTimeEdit* dateTimeEdit() const { return m_dateTime; }
    [[nodiscard]] QComboBox* timeZoneCombo() const { return m_zone; }

private:
    void updateEnabled();

    QRadioButton* m_now = nullptr;
    QRadioButton* m_at = nullptr;
    QDateTimeEdit* m_dateTime = nullptr;
    QComboBox* m_zone = nullptr;
};

} // namespace calldeck
