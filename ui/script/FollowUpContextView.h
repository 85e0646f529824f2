#pragma once

#include "script/FollowUpContext.h"
#include "script/Script.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace calldeck {

/// What a follow-up call starts from (PRODUCT S6, seed 003 TASK-021): the thread ("call 3 of the
/// thread"), the previous summary, the last milestone reached, the unresolved objections with
/// type, status and the earlier note, the qualification flags, and the resume point ("Continue from
/// M4 …" or "Jump to decision").
class FollowUpContextView : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpContextView(QWidget* parent = nullptr);

    void showContext(const FollowUpContext& context, const Script& script);
    /// Privacy mode hides the summary, the notes of objections and sensitive flags.
    void setMasked(bool masked);

    /// The milestone the next call starts at.
    [[nodiscard]] int resumeFrom() const;
    /// Chooses the resume entry that starts at `milestone` (when offered).
    void chooseResume(int milestone);
    /// The words of the current resume choice ("Continue from M4 System Reality Check").
    [[nodiscard]] QString resumeText() const;
    [[nodiscard]] QString threadText() const;
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString lastMilestoneText() const;
    [[nodiscard]] QTreeWidget* objectionList() const { return m_objections; }
    [[nodiscard]] QTreeWidget* flagList() const { return m_flags; }
    [[nodiscard]] QComboBox* resumeChooser() const { return m_resume; }

private:
    void render();

    FollowUpContext m_context;
    Script m_script;
    bool m_masked = false;
    QLabel* m_thread = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_lastMilestone = nullptr;
    QTreeWidget* m_objections = nullptr;
    QTreeWidget* m_flags = nullptr;
    QComboBox* m_resume = nullptr;
};

} // namespace calldeck
