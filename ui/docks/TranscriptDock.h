#pragma once

#include "calls/CallSnapshot.h"
#include "core/Result.h"
#include "models/TranscriptExport.h"

#include <QDockWidget>
#include <QHash>
#include <QList>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace calldeck {

class Engine;
class TranscriptDelegate;
class TranscriptModel;

/// The live transcript panel: pick a call (live or recently ended; follows the newest live call
/// until the user picks one), read its segments as they are spoken (speaker colours, start time,
/// "cut off" marks, grey partial text), stay at the live end unless scrolled up ("Jump to live"
/// brings it back), search with match count and next/previous, copy and export as text or JSON.
class TranscriptDock : public QDockWidget
{
    Q_OBJECT
public:
    /// Ended calls kept in the selector (the oldest go first).
    static constexpr int kMaxEndedCalls = 20;

    explicit TranscriptDock(Engine& engine, QWidget* parent = nullptr);

    /// Shows the panel (Ctrl+Shift+T); add it to the main window so the shortcut works while hidden.
    [[nodiscard]] QAction* showAction() const { return m_showAction; }
    /// The call whose transcript is shown; empty when none.
    [[nodiscard]] QString callKey() const { return m_callKey; }
    /// The shown call's segments (an empty model when no call is shown).
    [[nodiscard]] TranscriptModel* model() const;
    [[nodiscard]] QListView* view() const { return m_list; }
    /// True while new segments keep the view at the live end.
    [[nodiscard]] bool isFollowingLive() const { return m_followLive; }
    /// Rows matching the search text, and which of them is current (−1 when none).
    [[nodiscard]] QList<int> matchRows() const { return m_matches; }
    [[nodiscard]] int currentMatch() const { return m_currentMatch; }
    /// What Copy puts on the clipboard: the selected rows, or every row when none is selected.
    [[nodiscard]] QString copyText() const;
    /// Writes the shown transcript to `path`.
    Status exportTo(const QString& path, TranscriptExport::Format format) const;

public Q_SLOTS:
    /// Shows this call's transcript and stops following new calls (the user's choice).
    void setCallKey(const QString& callKey);
    /// Takes a partial or final segment of any call (Engine::transcript).
    void addSegment(const calldeck::TranscriptSegment& segment);
    /// Shows, raises and focuses the panel.
    void showAndFocus();
    void setSearchText(const QString& text);
    void findNext();
    void findPrevious();
    void jumpToLive();
    void copy();
    /// Asks for a file name and format, then exports.
    void chooseExportFile();

Q_SIGNALS:
    /// A short confirmation for the status bar ("Copied 12 lines").
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void onCallUpdated(const CallSnapshot& call);
    TranscriptModel* modelFor(const QString& callKey);
    void ensureSelectorEntry(const QString& callKey);
    void showCall(const QString& callKey);
    void pruneEndedCalls();
    void onModelChanged(TranscriptModel* model);
    void refreshMatches();
    void showMatch();
    void onScrolled(int value);
    void updateJumpButton();
    void updateEmptyState();
    void placeJumpButton();
    [[nodiscard]] QString selectorText(const QString& callKey) const;

    Engine& m_engine;
    QHash<QString, TranscriptModel*> m_models;
    QHash<QString, CallSnapshot> m_calls;
    TranscriptModel* m_emptyModel = nullptr;
    QString m_callKey;
    bool m_userPicked = false;
    bool m_followLive = true;
    QList<int> m_matches;
    int m_currentMatch = -1;

    QComboBox* m_selector = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_matchLabel = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_empty = nullptr;
    TranscriptDelegate* m_delegate = nullptr;
    QPushButton* m_jump = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_findNextAction = nullptr;
    QAction* m_findPreviousAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_exportAction = nullptr;
};

} // namespace calldeck
