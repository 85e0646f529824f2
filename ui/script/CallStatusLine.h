#pragma once

#include "calls/CallSnapshot.h"

#include <QLabel>

class QTimer;

namespace calldeck {

/// The live page's one-line view of the run's call: "● Live · offline agent · 01:23 · sandbox
/// line", ringing and ended states, or a problem in red. The talk time ticks on its own between
/// the engine's updates.
class CallStatusLine : public QLabel
{
    Q_OBJECT
public:
    explicit CallStatusLine(QWidget* parent = nullptr);

    /// Follows `call` (its state, agent, line and talk time).
    void showCall(const CallSnapshot& call);
    /// A line not tied to a call snapshot ("Placing the call…", or why it could not be placed).
    void showText(const QString& text, bool problem);
    /// "01:23" talk time of the call shown, or "" before it was answered.
    [[nodiscard]] QString talkTimeText() const;

private:
    void refresh();

    CallSnapshot m_call;
    bool m_hasCall = false;
    QTimer* m_tick = nullptr;
};

} // namespace calldeck
