#include "SlideWindow.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace calldeck {

SlideWindow::SlideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window),
      m_milestoneLabel(new QLabel(this)),
      m_title(new QLabel(this)),
      m_body(new QLabel(this)),
      m_footer(new QLabel(this))
{
    setObjectName(QStringLiteral("slideWindow"));
    setWindowTitle(tr("CallDeck — Presentation"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#slideWindow{background:#14213d;} QLabel{color:#f4f6fa;}"));
    m_milestoneLabel->setObjectName(QStringLiteral("slideMilestone"));
    m_milestoneLabel->setStyleSheet(QStringLiteral("color:#9fb3d9;font-size:20px;letter-spacing:1px;"));
    m_title->setObjectName(QStringLiteral("slideTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size:44px;font-weight:bold;"));
    m_body->setObjectName(QStringLiteral("slideBody"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_body->setStyleSheet(QStringLiteral("font-size:28px;line-height:150%;"));
    m_footer->setObjectName(QStringLiteral("slideFooter"));
    m_footer->setStyleSheet(QStringLiteral("color:#9fb3d9;font-size:16px;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(72, 56, 72, 40);
    layout->setSpacing(24);
    layout->addWidget(m_milestoneLabel);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_footer);
    resize(1280, 720);
}

void SlideWindow::showSlide(const ScriptMilestone& milestone, int index)
{
    m_milestone = milestone;
    const int count = static_cast<int>(milestone.slides.size());
    m_index = count == 0 ? 0 : std::clamp(index, 0, count - 1);
    m_milestoneLabel->setText(tr("M%1 · %2").arg(milestone.number).arg(milestone.title.toUpper()));
    QString title;
    QStringList bullets;
    if (count == 0) {
        title = milestone.title;
        bullets = QStringList{milestone.objective};
    } else {
        title = milestone.slides.at(m_index).title;
        bullets = milestone.slides.at(m_index).bullets;
    }
    m_title->setText(title);
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& bullet : bullets) {
        html += QStringLiteral("<li style=\"margin-bottom:14px\">%1</li>").arg(bullet.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_body->setText(html);
    //: Footer of the presentation window: "Slide 2 of 3 · ← → to change · Esc to close"
    m_footer->setText(tr("Slide %1 of %2  ·  ← → to change  ·  Esc to close").arg(count == 0 ? 1 : m_index + 1).arg(std::max(count, 1)));
}

QString SlideWindow::titleText() const
{
    return m_title->text();
}

QString SlideWindow::bodyText() const
{
    return m_body->text();
}

void SlideWindow::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        close();
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        Q_EMIT slideRequested(m_index + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        Q_EMIT slideRequested(m_index - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace calldeck
