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

private:
    void reformat(const QString& text);

    QString m_region;
    QString m_previousText;
    std::unique_ptr<PhoneAsYouTypeFormatter> m_formatter;
};

} // namespace calldeck
