#include "MilestoneStepStrip.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace calldeck {

namespace {

const char* const kStateProperty = "stepState";

QString stateName(const ScriptRunView& run, const MilestoneResponse* response, int number)
{
    if (response != nullptr && response->state == MilestoneState::Completed) {
        return QStringLiteral("done");
    }
    if (response != nullptr && response->state == MilestoneState::Skipped) {
        return QStringLiteral("skipped");
    }
    if (number == run.currentMilestone && run.status == ScriptRunStatus::InProgress) {
        return QStringLiteral("current");
    }
    return QStringLiteral("not started");
}

} // namespace

MilestoneStepStrip::MilestoneStepStrip(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("milestoneSteps"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
}

void MilestoneStepStrip::showRun(const ScriptRunView& run)
{
    auto* layout = static_cast<QHBoxLayout*>(this->layout());
    while (m_buttons.size() > run.script.milestones.size()) {
        delete m_buttons.takeLast();
    }
    while (m_buttons.size() < run.script.milestones.size()) {
        auto* button = new QToolButton(this);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus); // Alt+Left/Right move; the strip is for the mouse
        layout->addWidget(button);
        m_buttons.append(button);
        connect(button, &QToolButton::clicked, this, [this, button] {
            Q_EMIT milestoneClicked(button->property("milestone").toInt());
        });
    }
    for (qsizetype i = 0; i < run.script.milestones.size(); ++i) {
        const ScriptMilestone& m = run.script.milestones.at(i);
        const QString state = stateName(run, run.response(m.number), m.number);
        QToolButton* button = m_buttons.at(i);
        button->setObjectName(QStringLiteral("step%1").arg(m.number));
        button->setProperty("milestone", m.number);
        button->setProperty(kStateProperty, state);
        QString mark;
        QString style;
        if (state == QLatin1String("done")) {
            mark = QStringLiteral(" ✓");
            style = QStringLiteral("background:#d8f0dc;color:#1e6b2e;");
        } else if (state == QLatin1String("skipped")) {
            mark = QStringLiteral(" ↷");
            style = QStringLiteral("background:#f4ecd4;color:#7a5a00;");
        } else if (state == QLatin1String("current")) {
            style = QStringLiteral("background:#2f6fd6;color:white;font-weight:bold;");
        } else {
            style = QStringLiteral("background:#eceff3;color:#59636e;");
        }
        button->setText(QStringLiteral("M%1%2").arg(m.number).arg(mark));
        button->setStyleSheet(QStringLiteral("QToolButton{%1border:none;border-radius:3px;padding:3px 4px;}").arg(style));
        //: Tooltip of a milestone step: "M3 Outcome Vision — current"
        button->setToolTip(tr("M%1 %2 — %3").arg(m.number).arg(m.title, state == QLatin1String("done") ? tr("done")
                                                                   : state == QLatin1String("skipped") ? tr("skipped")
                                                                   : state == QLatin1String("current") ? tr("current")
                                                                                                         : tr("not started")));
    }
}

QString MilestoneStepStrip::stepState(int milestone) const
{
    for (QToolButton* button : m_buttons) {
        if (button->property("milestone").toInt() == milestone) {
            return button->property(kStateProperty).toString();
        }
    }
    return {};
}

} // namespace calldeck
