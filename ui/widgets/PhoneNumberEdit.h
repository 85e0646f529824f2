#pragma once

#include "core/Result.h"

#include <QLineEdit>

#include <memory>

namespace calldeck {

class PhoneAsYouTypeFormatter;

/// A line edit that formats a phone number as the user types (libphonenumber's as-you-type
/// formatter for the default region) and hands out E.164.
class PhoneNumberEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PhoneNumberEdit(QWidget* parent = nullptr);
    ~PhoneNumberEdit() override;

    /// ISO 3166 region used for numbers typed without a country code ("US", "SE").
    void setDefaultRegion(const QString& region);
    [[nodiscard]] QString defaultRegion() const { return m_region; }

    /// Shows a stored E.164 number in readable form.
    void setE164(const QString& e164);
    /// The typed number in E.164, or why it is not a valid number.
    [[nodiscard]] Result<QString> e164() const;
    /// True when nothing but whitespace was typed.
    [[nodiscard]] bool isBlank() const;
    /// What the field did to the typed text that the user should know (letters dialled as keypad
    /// digits); "" when nothing. It also pops up as a tooltip under the field.
    [[nodiscard]] QString notice() const { return m_notice; }

Q_SIGNALS:
    /// notice() changed.
    void noticeChanged(const QString& notice);

private:
    void reformat(const QString& text);
    void convertLetters(QString& raw);

    QString m_region;
    QString m_previousText;
    QString m_lettersTyped;    ///< since the field was last empty, as typed (upper case)
    QString m_lettersAsDigits; ///< the same letters as keypad digits
    QString m_notice;
    std::unique_ptr<PhoneAsYouTypeFormatter> m_formatter;
};

} // namespace calldeck
