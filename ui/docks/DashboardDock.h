#pragma once

#include "postcall/DashboardFigures.h"

#include <QDockWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;

namespace calldeck {

class Engine;
class Settings;
class Store;

/// The dashboard (PRODUCT I1): calls this month against the MonthlyCallQuota setting, spend this
/// month, average cost per call, success rate and the recent calls. Refreshes after every
/// post-call event and when shown.
class DashboardDock : public QDockWidget
{
    Q_OBJECT
public:
    /// How many recent calls are listed.
    static constexpr int kRecentCalls = 10;

    /// `engine` may be null (no automatic refresh after calls). `store` and `settings` must outlive the dock.
    DashboardDock(Store& store, Settings& settings, Engine* engine, QWidget* parent = nullptr);

    /// The figures last shown.
    [[nodiscard]] DashboardFigures figures() const { return m_figures; }
    [[nodiscard]] QProgressBar* quotaBar() const { return m_quota; }
    [[nodiscard]] QLabel* spendLabel() const { return m_spend; }
    [[nodiscard]] QLabel* averageLabel() const { return m_average; }
    [[nodiscard]] QLabel* successLabel() const { return m_success; }
    [[nodiscard]] QTreeWidget* recentCalls() const { return m_recent; }

    /// "completed · goal achieved" style text of a call's status and outcome.
    static QString statusText(const QString& status, const QString& outcome);

public Q_SLOTS:
    /// Computes the figures again.
    void refresh();

Q_SIGNALS:
    /// The figures were shown (after each refresh).
    void refreshed();
    /// The user opened a recent call.
    void openSession(qint64 sessionId);
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFigures(const DashboardFigures& figures);

    Store& m_store;
    Settings& m_settings;
    DashboardFigures m_figures;
    QLabel* m_month = nullptr;
    QProgressBar* m_quota = nullptr;
    QLabel* m_quotaText = nullptr;
    QLabel* m_spend = nullptr;
    QLabel* m_average = nullptr;
    QLabel* m_success = nullptr;
    QTreeWidget* m_recent = nullptr;
    bool m_loading = false;
    bool m_again = false; ///< a refresh was asked for while one was running
};

} // namespace calldeck
