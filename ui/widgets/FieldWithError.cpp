#include "widgets/FieldWithError.h"

#include <QLabel>
#include <QVBoxLayout>

namespace calldeck {

FieldWithError::FieldWithError(QWidget* editor, QWidget* parent)
    : QWidget(parent), m_editor(editor), m_error(new QLabel(this)), m_note(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_note->setObjectName(QStringLiteral("fieldNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setVisible(false);
    layout->addWidget(m_note);
}

void FieldWithError::setError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString FieldWithError::error() const
{
    return m_error->text();
}

void FieldWithError::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FieldWithError::note() const
{
    return m_note->text();
}

} // namespace calldeck
