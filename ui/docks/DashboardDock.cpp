#include "DashboardDock.h"

#include "calls/Engine.h"
#include "core/FutureWatch.h"
#include "core/Settings.h"
#include "models/MicrosText.h"
#include "postcall/DashboardStats.h"
#include "store/Store.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QLabel* figureLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DashboardDock::DashboardDock(Store& store, Settings& settings, Engine* engine, QWidget* parent)
    : QDockWidget(tr("Dashboard"), parent),
      m_store(store),
      m_settings(settings)
{
    setObjectName(QStringLiteral("DashboardDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* month = new QGroupBox(tr("This month"), content);
    auto* form = new QFormLayout(month);
    m_month = new QLabel(month);
    form->addRow(m_month);
    m_quota = new QProgressBar(month);
    m_quota->setObjectName(QStringLiteral("quotaBar"));
    m_quota->setTextVisible(false);
    m_quotaText = new QLabel(month);
    m_quotaText->setObjectName(QStringLiteral("quotaText"));
    auto* quotaBox = new QVBoxLayout;
    quotaBox->addWidget(m_quota);
    quotaBox->addWidget(m_quotaText);
    form->addRow(tr("Calls:"), quotaBox);
    m_spend = figureLabel(month, "spend");
    m_average = figureLabel(month, "averageCost");
    m_success = figureLabel(month, "successRate");
    form->addRow(tr("Spend:"), m_spend);
    form->addRow(tr("Average per call:"), m_average);
    form->addRow(tr("Success rate:"), m_success);
    layout->addWidget(month);

    auto* recentBox = new QGroupBox(tr("Recent calls"), content);
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recent = new QTreeWidget(recentBox);
    m_recent->setObjectName(QStringLiteral("recentCalls"));
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setHeaderLabels({tr("When"), tr("Call"), tr("Result"), tr("Cost")});
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recent->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_recent->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    recentLayout->addWidget(m_recent);
    layout->addWidget(recentBox, 1);
    setWidget(content);

    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openSession(item->data(0, Qt::UserRole).toLongLong());
    });
    if (engine != nullptr) {
        connect(engine, &Engine::callEvent, this, [this](const QString&, const QString& kind, const QString&) {
            if (kind == QLatin1String("post-call")) {
                refresh();
            }
        });
    }
    showFigures(m_figures);
    refresh();
}

QString DashboardDock::statusText(const QString& status, const QString& outcome)
{
    if (outcome == QLatin1String("goal_achieved")) {
        return tr("Goal achieved");
    }
    if (outcome == QLatin1String("no_answer")) {
        return tr("No answer");
    }
    if (outcome == QLatin1String("voicemail")) {
        return tr("Voicemail");
    }
    if (outcome == QLatin1String("declined")) {
        return tr("Goal not reached");
    }
    if (outcome == QLatin1String("error")) {
        return tr("Failed");
    }
    // Not processed yet: the call's own status, e.g. "in-progress" while it runs.
    QString text = status;
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

void DashboardDock::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    const int quota = m_settings.value(SettingKeys::MonthlyCallQuota);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto pending = m_store.run([now, quota](QSqlDatabase& db) {
        return DashboardStats(db).compute(now, QTimeZone::systemTimeZone(), quota, kRecentCalls);
    });
    whenFinished(this, pending, [this](const Result<DashboardFigures>& result) {
        m_loading = false;
        if (result.ok()) {
            showFigures(result.value());
        } else {
            Q_EMIT statusMessage(result.error().message);
        }
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

void DashboardDock::showEvent(QShowEvent* event)
{
    QDockWidget::showEvent(event);
    refresh();
}

void DashboardDock::showFigures(const DashboardFigures& figures)
{
    m_figures = figures;
    const QLocale locale;
    m_month->setText(figures.monthStart.isValid() ? locale.toString(figures.monthStart.date(), QStringLiteral("MMMM yyyy"))
                                                  : QString());
    m_quota->setRange(0, std::max(1, figures.monthlyQuota));
    m_quota->setValue(std::min(figures.callsThisMonth, std::max(1, figures.monthlyQuota)));
    m_quotaText->setText(tr("%1 of %2 calls used, %3 left")
                             .arg(figures.callsThisMonth)
                             .arg(figures.monthlyQuota)
                             .arg(figures.callsRemaining));
    m_spend->setText(MicrosText::format(figures.spendMicros, 2));
    m_average->setText(figures.callsThisMonth > 0 ? MicrosText::format(figures.averageCostMicros, 3)
                                                  : tr("no calls yet"));
    const double rate = figures.successRatePercent();
    m_success->setText(rate < 0 ? tr("no completed calls yet")
                                : tr("%1% (%2 of %3 completed calls)")
                                      .arg(QString::number(rate, 'f', 0))
                                      .arg(figures.goalAchievedCalls)
                                      .arg(figures.completedCalls));

    m_recent->clear();
    for (const RecentCall& call : figures.recentCalls) {
        auto* item = new QTreeWidgetItem(m_recent);
        item->setText(0, locale.toString(call.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, call.title == call.phoneE164 || call.phoneE164.isEmpty()
                             ? call.title
                             : tr("%1 (%2)").arg(call.title, call.phoneE164));
        item->setText(2, statusText(call.status, call.outcome));
        item->setText(3, MicrosText::format(call.costMicros, 3));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, call.sessionId);
    }
    Q_EMIT refreshed();
}

} // namespace calldeck
