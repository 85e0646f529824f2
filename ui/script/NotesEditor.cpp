#include "NotesEditor.h"

#include "PrivacyMask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

namespace calldeck {

NotesEditor::NotesEditor(qsizetype maxLength, QWidget* parent)
    : QWidget(parent),
      m_maxLength(maxLength),
      m_edit(new QPlainTextEdit(this)),
      m_maskLabel(new QLabel(PrivacyMask::hidden(), this)),
      m_counter(new QLabel(this)),
      m_status(new QLabel(this)),
      m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("notesEditor"));
    m_edit->setObjectName(QStringLiteral("notesEdit"));
    m_edit->setPlaceholderText(tr("Notes for this milestone (saved automatically)"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(70);
    m_edit->setMaximumHeight(130);
    m_edit->installEventFilter(this);
    m_maskLabel->setObjectName(QStringLiteral("notesMasked"));
    m_maskLabel->setAlignment(Qt::AlignCenter);
    m_maskLabel->setMinimumHeight(70);
    m_maskLabel->setMaximumHeight(130);
    m_maskLabel->setStyleSheet(QStringLiteral("QLabel{background:#eceff3;color:#59636e;font-size:18px;}"));
    m_maskLabel->setToolTip(tr("Privacy mode hides the notes"));
    m_maskLabel->hide();
    m_counter->setObjectName(QStringLiteral("notesCounter"));
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setStyleSheet(QStringLiteral("color:#59636e;"));
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_counter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_maskLabel, 1);
    layout->addLayout(footer);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &NotesEditor::onTextChanged);
    connect(m_autosave, &QTimer::timeout, this, &NotesEditor::flush);
    updateCounter();
}

void NotesEditor::showNotes(int milestone, const QString& notes, const QDateTime& savedAtUtc)
{
    if (milestone == m_milestone && m_dirty) {
        return;
    }
    if (milestone != m_milestone) {
        flush();
    }
    m_milestone = milestone;
    if (m_edit->toPlainText() != notes) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(notes);
        m_edit->moveCursor(QTextCursor::End);
    }
    m_lastAccepted = notes;
    m_dirty = false;
    m_status->setText(savedAtUtc.isValid()
                          //: Autosave status under the notes, e.g. "Saved 10:42:07"
                          ? tr("Saved %1").arg(QLocale().toString(savedAtUtc.toLocalTime().time(), QStringLiteral("HH:mm:ss")))
                          : QString());
    updateCounter();
}

void NotesEditor::flush()
{
    m_autosave->stop();
    if (!m_dirty || m_milestone == 0) {
        return;
    }
    m_dirty = false;
    m_status->setText(tr("Saving…"));
    Q_EMIT saveRequested(m_milestone, m_edit->toPlainText());
}

void NotesEditor::markSaved(int milestone, const QString& notes, const QDateTime& savedAtUtc)
{
    if (milestone != m_milestone) {
        return;
    }
    if (!m_dirty && m_edit->toPlainText() == notes) {
        m_status->setText(tr("Saved %1").arg(QLocale().toString(savedAtUtc.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
    }
}

void NotesEditor::markFailed(const QString& message)
{
    // Keep the text and mark it unsaved so the next pause or focus change tries again.
    m_dirty = true;
    m_status->setText(tr("Not saved: %1").arg(message));
}

void NotesEditor::setMasked(bool masked)
{
    m_masked = masked;
    if (masked) {
        flush();
    }
    m_edit->setVisible(!masked);
    m_maskLabel->setVisible(masked);
}

void NotesEditor::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

QString NotesEditor::text() const
{
    return m_edit->toPlainText();
}

QString NotesEditor::counterText() const
{
    return m_counter->text();
}

QString NotesEditor::statusText() const
{
    return m_status->text();
}

bool NotesEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        flush();
    }
    return QWidget::eventFilter(watched, event);
}

void NotesEditor::onTextChanged()
{
    const QString text = m_edit->toPlainText();
    if (text.size() > m_maxLength) {
        // Refuse the edit as a whole (typing or a paste), keeping the cursor where it was.
        const int position = std::min<int>(m_edit->textCursor().position(), static_cast<int>(m_lastAccepted.size()));
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(m_lastAccepted);
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::max(0, position - static_cast<int>(text.size() - m_lastAccepted.size())));
        m_edit->setTextCursor(cursor);
        m_counter->setStyleSheet(QStringLiteral("color:#b3261e;font-weight:bold;"));
        m_status->setText(tr("Notes are limited to %1 characters").arg(m_maxLength));
        return;
    }
    m_lastAccepted = text;
    m_dirty = true;
    m_status->setText(tr("Unsaved changes"));
    updateCounter();
    m_autosave->start();
}

void NotesEditor::updateCounter()
{
    const qsizetype length = m_edit->toPlainText().size();
    m_counter->setText(QStringLiteral("%1/%2").arg(length).arg(m_maxLength));
    m_counter->setStyleSheet(length >= m_maxLength ? QStringLiteral("color:#b3261e;font-weight:bold;")
                                                   : QStringLiteral("color:#59636e;"));
}

} // namespace calldeck
