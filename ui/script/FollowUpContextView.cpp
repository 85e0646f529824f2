#include "FollowUpContextView.h"

#include "PrivacyMask.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString flagLabel(const QString& key)
{
    if (key == QLatin1String("client_count")) {
        return FollowUpContextView::tr("Client count");
    }
    if (key == QLatin1String("business_type")) {
        return FollowUpContextView::tr("Business type");
    }
    if (key == QLatin1String("revenue_range")) {
        return FollowUpContextView::tr("Revenue range");
    }
    if (key == QLatin1String("main_pain")) {
        return FollowUpContextView::tr("Main pain");
    }
    if (key == QLatin1String("tool_stack")) {
        return FollowUpContextView::tr("Tool stack");
    }
    if (key == QLatin1String("gate")) {
        return FollowUpContextView::tr("Qualification gate");
    }
    return key;
}

bool sensitiveFlag(const QString& key)
{
    return key == QLatin1String("client_count") || key == QLatin1String("revenue_range");
}

} // namespace

FollowUpContextView::FollowUpContextView(QWidget* parent)
    : QWidget(parent),
      m_thread(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_lastMilestone(new QLabel(this)),
      m_objections(new QTreeWidget(this)),
      m_flags(new QTreeWidget(this)),
      m_resume(new QComboBox(this))
{
    setObjectName(QStringLiteral("followUpContext"));
    m_thread->setObjectName(QStringLiteral("followUpThread"));
    m_thread->setStyleSheet(QStringLiteral("font-weight:bold;color:#2f6fd6;"));
    m_summary->setObjectName(QStringLiteral("followUpSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastMilestone->setObjectName(QStringLiteral("followUpLastMilestone"));
    m_objections->setObjectName(QStringLiteral("followUpObjections"));
    m_objections->setRootIsDecorated(false);
    m_objections->setHeaderLabels({tr("Objection"), tr("Status"), tr("Earlier"), tr("Call")});
    m_objections->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_objections->header()->setStretchLastSection(false);
    m_objections->setMaximumHeight(90);
    m_flags->setObjectName(QStringLiteral("followUpFlags"));
    m_flags->setRootIsDecorated(false);
    m_flags->setHeaderLabels({tr("Qualification"), tr("Value")});
    m_flags->setMaximumHeight(150);
    m_resume->setObjectName(QStringLiteral("resumeChooser"));

    auto* form = new QFormLayout;
    form->addRow(tr("Previous call:"), m_summary);
    form->addRow(tr("Reached:"), m_lastMilestone);
    form->addRow(tr("&Resume:"), m_resume);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thread);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Unresolved objections:"), this));
    layout->addWidget(m_objections);
    layout->addWidget(m_flags);
}

void FollowUpContextView::showContext(const FollowUpContext& context, const Script& script)
{
    m_context = context;
    m_script = script;
    // A new context starts at its suggestion (the first entry), whatever was chosen before.
    m_resume->clear();
    const ScriptMilestone* suggested = script.milestone(context.suggestedResume);
    const ScriptMilestone* decision = script.milestone(context.decisionMilestone);
    if (suggested != nullptr) {
        m_resume->addItem(tr("Continue from M%1 %2").arg(suggested->number).arg(suggested->title), suggested->number);
    }
    if (decision != nullptr && context.decisionMilestone != context.suggestedResume) {
        m_resume->addItem(tr("Jump to decision (M%1 %2)").arg(decision->number).arg(decision->title), decision->number);
    }
    if (!script.milestones.isEmpty() && context.suggestedResume != script.milestones.first().number) {
        const ScriptMilestone& first = script.milestones.first();
        m_resume->addItem(tr("Start over from M%1 %2").arg(first.number).arg(first.title), first.number);
    }
    render();
}

void FollowUpContextView::render()
{
    const int callNumber = static_cast<int>(m_context.calls.size()) + 1;
    //: Thread line of a follow-up: "Follow-up: call 3 of this thread · language en-US"
    m_thread->setText(tr("Follow-up: call %1 of this thread · language %2").arg(callNumber).arg(m_context.language));
    m_summary->setText(m_masked ? PrivacyMask::hidden()
                                : (m_context.previousSummary.isEmpty() ? tr("(no summary)") : m_context.previousSummary));
    m_lastMilestone->setText(m_context.lastMilestone == 0
                                 ? tr("no milestone completed")
                                 : tr("M%1 %2").arg(m_context.lastMilestone).arg(m_context.lastMilestoneTitle));

    m_objections->clear();
    for (const ObjectionRecord& o : m_context.unresolvedObjections) {
        const ObjectionType* type = m_script.objection(o.type);
        int seq = 0;
        for (const ThreadCall& call : m_context.calls) {
            if (call.runId == o.runId) {
                seq = call.threadSeq;
            }
        }
        QString earlier = o.note;
        if (!o.answers.isEmpty()) {
            earlier += (earlier.isEmpty() ? QString() : QStringLiteral(" — ")) + o.answers.last();
        }
        auto* item = new QTreeWidgetItem(m_objections);
        item->setText(0, type != nullptr ? type->label : o.type);
        item->setText(1, o.outcome.isEmpty() ? tr("open") : tr("deferred"));
        item->setText(2, PrivacyMask::apply(earlier, m_masked));
        item->setToolTip(2, m_masked ? QString() : earlier);
        item->setText(3, seq > 0 ? tr("call %1, M%2").arg(seq).arg(o.milestone) : tr("M%1").arg(o.milestone));
    }
    if (m_context.unresolvedObjections.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_objections);
        item->setText(0, tr("none"));
        item->setDisabled(true);
    }
    m_objections->resizeColumnToContents(0);

    m_flags->clear();
    for (auto it = m_context.qualificationFlags.cbegin(); it != m_context.qualificationFlags.cend(); ++it) {
        auto* item = new QTreeWidgetItem(m_flags);
        item->setText(0, flagLabel(it.key()));
        item->setText(1, PrivacyMask::apply(it.value(), m_masked && sensitiveFlag(it.key())));
    }
    m_flags->resizeColumnToContents(0);
}

void FollowUpContextView::setMasked(bool masked)
{
    m_masked = masked;
    render();
}

int FollowUpContextView::resumeFrom() const
{
    return m_resume->currentData().toInt();
}

void FollowUpContextView::chooseResume(int milestone)
{
    const int index = m_resume->findData(milestone);
    if (index >= 0) {
        m_resume->setCurrentIndex(index);
    }
}

QString FollowUpContextView::resumeText() const
{
    return m_resume->currentText();
}

QString FollowUpContextView::threadText() const
{
    return m_thread->text();
}

QString FollowUpContextView::summaryText() const
{
    return m_summary->text();
}

QString FollowUpContextView::lastMilestoneText() const
{
    return m_lastMilestone->text();
}

} // namespace calldeck
