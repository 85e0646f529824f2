#pragma once

#include "script/Script.h"

#include <QWidget>

class QLabel;

namespace calldeck {

/// The presentation window for a second screen (PRODUCT S7 slide navigator): one slide of the
/// current milestone, large. It only ever shows script content — never a prospect's name, number,
/// fields or notes — so it is safe to share. Left/Right (or Page Up/Down) change the slide, Esc
/// closes it.
class SlideWindow : public QWidget
{
    Q_OBJECT
public:
    explicit SlideWindow(QWidget* parent = nullptr);

    /// Shows slide `index` of `milestone` (clamped; a milestone without slides shows its title
    /// and objective).
    void showSlide(const ScriptMilestone& milestone, int index);
    [[nodiscard]] int slideIndex() const { return m_index; }
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString bodyText() const;

Q_SIGNALS:
    /// The presenter asked for another slide (keyboard in this window).
    void slideRequested(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    ScriptMilestone m_milestone;
    int m_index = 0;
    QLabel* m_milestoneLabel = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_footer = nullptr;
};

} // namespace calldeck
