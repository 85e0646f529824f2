#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace calldeck {

/// The notes of one milestone (PRODUCT S4): autosaved about a second after typing stops, on focus
/// out and before the milestone changes; a counter "n/2000" and the time of the last save; text
/// beyond the limit is refused so nothing the agent typed is silently cut later.
class NotesEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 1000;

    explicit NotesEditor(qsizetype maxLength, QWidget* parent = nullptr);

    /// Shows the notes of `milestone` as stored. Unsaved typing for the same milestone is kept
    /// (a run update from elsewhere must not eat what the agent is writing).
    void showNotes(int milestone, const QString& notes, const QDateTime& savedAtUtc);
    /// Saves now if anything changed since the last save.
    void flush();
    /// The save of `notes` for `milestone` succeeded at `savedAtUtc`.
    void markSaved(int milestone, const QString& notes, const QDateTime& savedAtUtc);
    /// The save failed: the text stays, the message says why.
    void markFailed(const QString& message);
    /// Privacy mode: the notes are hidden behind "•••" and cannot be edited.
    void setMasked(bool masked);
    void setReadOnly(bool readOnly);

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool hasUnsavedChanges() const { return m_dirty; }
    [[nodiscard]] QPlainTextEdit* editor() const { return m_edit; }
    [[nodiscard]] QString counterText() const;
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    /// Store these notes of `milestone` (the owner calls markSaved / markFailed afterwards).
    void saveRequested(int milestone, const QString& notes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onTextChanged();
    void updateCounter();

    qsizetype m_maxLength;
    int m_milestone = 0;
    QString m_lastAccepted; ///< the text before an edit that went over the limit
    bool m_dirty = false;
    bool m_masked = false;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_maskLabel = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_autosave = nullptr;
};

} // namespace calldeck
