#include "RunActivityView.h"

#include "PrivacyMask.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace calldeck {

RunActivityView::RunActivityView(QWidget* parent)
    : QWidget(parent), m_objections(new QListWidget(this)), m_events(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("runActivity"));
    m_objections->setObjectName(QStringLiteral("openObjections"));
    m_objections->setMaximumHeight(72);
    m_objections->setToolTip(tr("Double-click or press Enter to continue an objection"));
    m_events->setObjectName(QStringLiteral("eventLog"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Reason")});
    m_events->header()->setStretchLastSection(true);
    m_events->setMaximumHeight(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Open objections:"), this));
    layout->addWidget(m_objections);
    layout->addWidget(new QLabel(tr("Skips and overrides:"), this));
    layout->addWidget(m_events);
    // Double-click or Enter: both are "activate" for an item view.
    connect(m_objections, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        for (const ObjectionRecord& o : m_run.objections) {
            if (o.id == id) {
                Q_EMIT objectionActivated(o);
            }
        }
    });
}

QString RunActivityView::describe(const ScriptEvent& e)
{
    const QString m = e.milestone > 0 ? QStringLiteral(" M%1").arg(e.milestone) : QString();
    if (e.kind == QLatin1String("skip")) {
        return tr("skipped%1").arg(m);
    }
    if (e.kind == QLatin1String("back")) {
        return tr("went back to%1").arg(m);
    }
    if (e.kind == QLatin1String("jump")) {
        return tr("jumped to%1").arg(m);
    }
    if (e.kind == QLatin1String("override")) {
        return tr("override to%1").arg(m);
    }
    if (e.kind == QLatin1String("gate_override")) {
        return tr("gate overridden");
    }
    if (e.kind == QLatin1String("checklist_override")) {
        return tr("checklist overridden");
    }
    if (e.kind == QLatin1String("resume")) {
        return tr("resumed at%1").arg(m);
    }
    if (e.kind == QLatin1String("start")) {
        return tr("run started");
    }
    if (e.kind == QLatin1String("complete")) {
        return e.milestone > 0 ? tr("completed%1").arg(m) : tr("run completed");
    }
    if (e.kind == QLatin1String("cancel")) {
        return tr("run cancelled");
    }
    return e.kind + m;
}

void RunActivityView::showRun(const ScriptRunView& run, bool masked)
{
    m_run = run;
    m_events->clear();
    for (const ScriptEvent& e : run.events) {
        if (e.reason.isEmpty() && e.kind != QLatin1String("resume")) {
            continue; // the log is for decisions someone has to answer for
        }
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(0, QLocale().toString(e.at.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
        item->setText(1, e.actor);
        item->setText(2, describe(e));
        item->setText(3, e.reason);
        item->setToolTip(3, e.reason);
    }
    for (int column = 0; column < 3; ++column) {
        m_events->resizeColumnToContents(column);
    }
    m_events->scrollToBottom();

    m_objections->clear();
    for (const ObjectionRecord& o : run.objections) {
        if (!o.isOpen()) {
            continue;
        }
        const ObjectionType* type = run.script.objection(o.type);
        const QString status = o.outcome.isEmpty() ? tr("open") : tr("deferred");
        //: An open objection on the panel: "Price — open at M3: too expensive right now"
        QString text = tr("%1 — %2 at M%3").arg(type != nullptr ? type->label : o.type, status).arg(o.milestone);
        if (!o.note.isEmpty()) {
            text += QStringLiteral(": ") + PrivacyMask::apply(o.note, masked);
        }
        auto* item = new QListWidgetItem(text, m_objections);
        item->setData(Qt::UserRole, o.id);
    }
    if (m_objections->count() == 0) {
        auto* item = new QListWidgetItem(tr("none"), m_objections);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace calldeck
