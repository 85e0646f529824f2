#include "widgets/PhoneNumberEdit.h"

#include "core/PhoneNumbers.h"

#include <QToolTip>

#include <algorithm>

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

/// The ITU E.161 keypad: the digit a letter sits on ('\0' for anything that is not a letter).
QChar keypadDigit(QChar c)
{
    static const QString kGroups[] = {QStringLiteral("ABC"), QStringLiteral("DEF"),  QStringLiteral("GHI"),
                                      QStringLiteral("JKL"), QStringLiteral("MNO"),  QStringLiteral("PQRS"),
                                      QStringLiteral("TUV"), QStringLiteral("WXYZ")};
    const QChar upper = c.toUpper();
    for (int i = 0; i < 8; ++i) {
        if (kGroups[i].contains(upper)) {
            return QChar(u'2' + i);
        }
    }
    return QChar();
}

bool hasLetter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !keypadDigit(c).isNull(); });
}

bool hasDigit(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

PhoneNumberEdit::PhoneNumberEdit(QWidget* parent) : QLineEdit(parent)
{
    //: Placeholder in phone number fields.
    setPlaceholderText(tr("e.g. +1 415 555 0123"));
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    setDefaultRegion(QStringLiteral("US"));
    connect(this, &QLineEdit::textEdited, this, &PhoneNumberEdit::reformat);
    // A field emptied by the program (a form reset) starts over: no letters are remembered.
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && !m_notice.isEmpty()) {
            m_lettersTyped.clear();
            m_lettersAsDigits.clear();
            m_notice.clear();
            Q_EMIT noticeChanged(m_notice);
        }
    });
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
    m_lettersTyped.clear();
    m_lettersAsDigits.clear();
    m_notice.clear();
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
    if (raw.trimmed().isEmpty() && !m_notice.isEmpty()) {
        m_lettersTyped.clear();
        m_lettersAsDigits.clear();
        m_notice.clear();
        Q_EMIT noticeChanged(m_notice);
    }
    if (hasLetter(raw)) {
        if (!hasDigit(raw)) {
            // Not a number (yet): leave the letters and the cursor where the user typed them.
            m_previousText = raw;
            return;
        }
        convertLetters(raw);
    }
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

namespace calldeck {

void PhoneNumberEdit::convertLetters(QString& raw)
{
    // Letters become the digits under them on a phone keypad (1-800-FLOWERS), one for one, so the
    // cursor arithmetic below still holds; the user is told, since the text changes under them.
    for (QChar& c : raw) {
        if (const QChar digit = keypadDigit(c); !digit.isNull()) {
            m_lettersTyped.append(c.toUpper());
            m_lettersAsDigits.append(digit);
            c = digit;
        }
    }
    //: %1 the letters typed in a phone number field, %2 the keypad digits they became.
    m_notice = tr("Letters are dialled as keypad digits: %1 → %2").arg(m_lettersTyped, m_lettersAsDigits);
    if (isVisible()) {
        QToolTip::showText(mapToGlobal(QPoint(0, height())), m_notice, this);
    }
    Q_EMIT noticeChanged(m_notice);
}

} // namespace calldeck
