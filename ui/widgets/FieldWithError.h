#pragma once

#include <QWidget>

class QLabel;

namespace calldeck {

/// Wraps an editor with an inline error line below it and an optional note (e.g. "set by
/// environment variable X"). Validation messages appear next to the field they are about.
class FieldWithError : public QWidget
{
    Q_OBJECT
public:
    explicit FieldWithError(QWidget* editor, QWidget* parent = nullptr);

    [[nodiscard]] QWidget* editor() const { return m_editor; }
    /// Shows `message` in red under the editor; an empty message hides it.
    void setError(const QString& message);
    [[nodiscard]] QString error() const;
    /// A neutral hint under the editor; empty hides it.
    void setNote(const QString& note);
    [[nodiscard]] QString note() const;

private:
    QWidget* m_editor = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace calldeck
