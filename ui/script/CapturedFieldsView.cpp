#include "CapturedFieldsView.h"

#include "PrivacyMask.h"

#include <QLabel>
#include <QVBoxLayout>

namespace calldeck {

namespace {

/// A yes/no field as a person says it; the AI and the form store "true", "yes" or "1".
QString yesNo(const QString& value)
{
    const QString v = value.toLower();
    if (v == u"true" || v == u"yes" || v == u"1") {
        return CapturedFieldsView::tr("Yes");
    }
    if (v == u"false" || v == u"no" || v == u"0") {
        return CapturedFieldsView::tr("No");
    }
    return value;
}

} // namespace

CapturedFieldsView::CapturedFieldsView(QWidget* parent)
    : QGroupBox(tr("Captured so far"), parent), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("capturedFields"));
    m_text->setObjectName(QStringLiteral("capturedFieldsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    hide();
}

void CapturedFieldsView::showRun(const ScriptRunView& run, bool masked)
{
    m_rows.clear();
    QString html;
    for (const ScriptMilestone& milestone : run.script.milestones) {
        // The current milestone's values are in its own form right below.
        const MilestoneResponse* response = run.response(milestone.number);
        if (milestone.number == run.currentMilestone || response == nullptr) {
            continue;
        }
        for (const ScriptField& field : milestone.requiredFields) {
            const QString value = response->fields.value(field.key).trimmed();
            if (value.isEmpty()) {
                continue;
            }
            const QString shown = PrivacyMask::apply(field.type == u"bool" ? yesNo(value) : value, masked && field.sensitive);
            //: One captured value on the live page: "M2 Client count: 620"
            m_rows.append(tr("M%1 %2: %3").arg(milestone.number).arg(field.label, shown));
            html += QStringLiteral("<tr><td style='color:#59636e;padding-right:6px;'>M%1</td>"
                                   "<td style='padding-right:10px;'>%2</td><td><b>%3</b></td></tr>")
                        .arg(milestone.number)
                        .arg(field.label.toHtmlEscaped(), shown.toHtmlEscaped());
        }
    }
    m_text->setText(QStringLiteral("<table>%1</table>").arg(html));
    setVisible(!m_rows.isEmpty());
}

} // namespace calldeck
