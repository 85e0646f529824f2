#pragma once

#include "script/ScriptRun.h"

#include <QWidget>

class QListWidget;
class QTreeWidget;

namespace calldeck {

/// The lower part of the live page: the run's open objections (double-click continues one) and
/// the log of skips, step-backs, jumps and overrides with who and when (PRODUCT S3, S5).
class RunActivityView : public QWidget
{
    Q_OBJECT
public:
    explicit RunActivityView(QWidget* parent = nullptr);

    void showRun(const ScriptRunView& run, bool masked);
    [[nodiscard]] QListWidget* objectionList() const { return m_objections; }
    [[nodiscard]] QTreeWidget* eventLog() const { return m_events; }
    /// The wording of an event in the log ("skipped M4").
    static QString describe(const ScriptEvent& event);

Q_SIGNALS:
    void objectionActivated(const calldeck::ObjectionRecord& objection);

private:
    ScriptRunView m_run;
    QListWidget* m_objections = nullptr;
    QTreeWidget* m_events = nullptr;
};

} // namespace calldeck
