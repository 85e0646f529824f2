#include "widgets/PhoneNumberEdit.h"

#include "core/PhoneNumbers.h"

namespace calldeck {

namespace {

bool isSignificant(QChar c)
{
    return c.isDigit() || c == u'+';
}

int significantBefore(const QString& text, int position)
{
    int count = 0;
    for (int i = 0; i < position && i < text.size(); ++i) {
        if (isSignificant(text.at(i))) {
            ++count;
        }
    }
    return count;
}

int positionAfterSignificant(const QString& text, int count)
{
    if (count == 0) {
        return 0;
    }
    for (int i = 0; i < text.size(); ++i) {
        if (isSignificant(text.at(i)) && --count == 0) {
            return i + 1;
        }
    }
    return static_cast<int>(text.size());
}

} // namespace

PhoneNumberEdit::PhoneNumberEdit(QWidget* parent) : QLineEdit(parent)
{
    //: Placeholder in phone number fields.
    setPlaceholderText(tr("e.g. +1 415 555 0123"));
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    setDefaultRegion(QStringLiteral("US"));
    connect(this, &QLineEdit::textEdited, this, &PhoneNumberEdit::reformat);
}

PhoneNumberEdit::~PhoneNumberEdit() = default;

void PhoneNumberEdit::setDefaultRegion(const QString& region)
{
    const QString normalised = region.trimmed().toUpper();
    m_region = PhoneNumbers::isKnownRegion(normalised) ? normalised : QStringLiteral("US");
    m_formatter = std::make_unique<PhoneAsYouTypeFormatter>(m_region);
}

void PhoneNumberEdit::setE164(const QString& e164)
{
    const QString shown = e164.isEmpty() ? QString() : PhoneNumbers::formatInternational(e164);
    setText(shown);
    m_previousText = shown;
}

Result<QString> PhoneNumberEdit::e164() const
{
    if (isBlank()) {
        return Result<QString>::failure(ErrorCode::InvalidArgument, tr("Enter a phone number."));
    }
    return PhoneNumbers::toE164(text(), m_region);
}

bool PhoneNumberEdit::isBlank() const
{
    return text().trimmed().isEmpty();
}

void PhoneNumberEdit::reformat(const QString& text)
{
    QString raw = text;
    int cursor = cursorPosition();
    int significant = significantBefore(raw, cursor);
    // Backspace over a separator the formatter inserted would be undone by reformatting, so it
    // deletes the digit in front of it instead.
    const bool deletedSeparatorOnly = raw.size() < m_previousText.size()
        && significantBefore(raw, static_cast<int>(raw.size()))
            == significantBefore(m_previousText, static_cast<int>(m_previousText.size()));
    if (deletedSeparatorOnly && significant > 0) {
        const int digitPosition = positionAfterSignificant(raw, significant) - 1;
        raw.remove(digitPosition, 1);
        --significant;
    }
    QString formatted = m_formatter->format(raw);
    if (formatted.isEmpty() && !raw.trimmed().isEmpty()) {
        formatted = raw;
    }
    setText(formatted);
    setCursorPosition(positionAfterSignificant(formatted, significant));
    m_previousText = formatted;
}

} // namespace calldeck
