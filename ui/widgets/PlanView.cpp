#include "widgets/PlanView.h"

#include "tasks/MoneyText.h"

#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString listHtml(const QStringList& items, bool ordered)
{
    QString html = ordered ? QStringLiteral("<ol style=\"margin-top:0\">") : QStringLiteral("<ul style=\"margin-top:0\">");
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    }
    html += ordered ? QStringLiteral("</ol>") : QStringLiteral("</ul>");
    return html;
}

QString section(const QString& title, const QString& body)
{
    return QStringLiteral("<p style=\"margin-bottom:2px\"><b>%1</b></p>%2").arg(escaped(title), body);
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:0\">%1</p>").arg(escaped(text));
}

QStringList constraintLines(const HardConstraints& constraints)
{
    const QLocale locale;
    QStringList lines;
    if (constraints.earliestDate.isValid()) {
        lines << PlanView::tr("Not before %1").arg(locale.toString(constraints.earliestDate, QLocale::ShortFormat));
    }
    if (constraints.latestDate.isValid()) {
        lines << PlanView::tr("Not after %1").arg(locale.toString(constraints.latestDate, QLocale::ShortFormat));
    }
    if (constraints.windowStart.isValid() && constraints.windowEnd.isValid()) {
        lines << PlanView::tr("Between %1 and %2")
                     .arg(constraints.windowStart.toString(QStringLiteral("HH:mm")),
                          constraints.windowEnd.toString(QStringLiteral("HH:mm")));
    }
    lines << constraints.other;
    return lines;
}

} // namespace

PlanView::PlanView(QWidget* parent)
    : QWidget(parent), m_status(new QLabel(this)), m_notices(new QLabel(this)), m_plan(new QLabel(this))
{
    setObjectName(QStringLiteral("planView"));
    m_status->setObjectName(QStringLiteral("planStatus"));
    m_notices->setObjectName(QStringLiteral("planNotices"));
    m_plan->setObjectName(QStringLiteral("planText"));
    for (QLabel* label : {m_status, m_notices, m_plan}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_status->setTextFormat(Qt::RichText);
    m_notices->setTextFormat(Qt::PlainText);
    m_plan->setTextFormat(Qt::RichText);
    // A notice changes how the plan should be read (made without AI), so it stands out.
    m_notices->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #e6c35c;"
                                            " border-radius: 4px; padding: 6px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_notices);
    layout->addWidget(m_plan);
    clear();
}

void PlanView::setTask(const CallTask& task)
{
    m_status->setText(tr("Task #%1: <b>%2</b>").arg(task.id).arg(escaped(TaskStatusNames::label(task.status))));
    m_status->setVisible(true);
    if (!task.plan) {
        m_notices->clear();
        m_notices->setVisible(false);
        m_plan->clear();
        m_plan->setVisible(false);
        return;
    }
    const TaskPlan& plan = *task.plan;
    m_notices->setText(plan.notices.join(QLatin1Char('\n')));
    m_notices->setVisible(!plan.notices.isEmpty());

    QString html;
    if (!plan.goal.isEmpty()) {
        html += section(tr("Goal"), paragraph(plan.goal));
    }
    QStringList who;
    const QString name = plan.contactName.isEmpty() ? task.contactName : plan.contactName;
    if (!name.isEmpty()) {
        who << name;
    }
    if (!plan.contactType.isEmpty()) {
        who << plan.contactType;
    }
    const QString phone = plan.phoneE164.isEmpty() ? task.phoneE164 : plan.phoneE164;
    if (!phone.isEmpty()) {
        who << phone;
    }
    if (!who.isEmpty()) {
        html += section(tr("Who"), paragraph(who.join(QStringLiteral(" · "))));
    }
    if (!plan.steps.isEmpty()) {
        html += section(tr("Steps"), listHtml(plan.steps, true));
    }
    if (!plan.questionsToAsk.isEmpty()) {
        html += section(tr("Questions to ask"), listHtml(plan.questionsToAsk, false));
    }
    if (!plan.infoToObtain.isEmpty()) {
        html += section(tr("Information to obtain"), listHtml(plan.infoToObtain, false));
    }
    if (!plan.successConditions.isEmpty()) {
        html += section(tr("Success when"), listHtml(plan.successConditions, false));
    }
    if (const QStringList constraints = constraintLines(plan.hardConstraints); !constraints.isEmpty()) {
        html += section(tr("Constraints"), listHtml(constraints, false));
    }
    if (!plan.softPreferences.isEmpty()) {
        html += section(tr("Preferences"), listHtml(plan.softPreferences, false));
    }
    const qint64 maxPrice = plan.maxPriceCents >= 0 ? plan.maxPriceCents : task.maxPriceCents;
    html += section(tr("Maximum price"),
                    paragraph(maxPrice >= 0 ? MoneyText::formatCents(maxPrice) : tr("No limit")));
    if (!plan.missingInfo.isEmpty()) {
        QStringList missing;
        for (const MissingInfo& info : plan.missingInfo) {
            missing << info.question;
        }
        html += section(tr("Missing information"), listHtml(missing, false));
    }
    m_plan->setText(html);
    m_plan->setVisible(true);
}

void PlanView::clear()
{
    m_status->clear();
    m_status->setVisible(false);
    m_notices->clear();
    m_notices->setVisible(false);
    m_plan->clear();
    m_plan->setVisible(false);
}

QString PlanView::statusText() const
{
    QTextDocument document;
    document.setHtml(m_status->text());
    return document.toPlainText();
}

QString PlanView::noticesText() const
{
    return m_notices->text();
}

QString PlanView::planText() const
{
    QTextDocument document;
    document.setHtml(m_plan->text());
    return document.toPlainText();
}

} // namespace calldeck
