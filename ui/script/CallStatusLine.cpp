#include "CallStatusLine.h"

#include <QTimer>

#include <algorithm>

namespace calldeck {

namespace {

QString agentText(const QString& kind)
{
    if (kind == u"offline") {
        return CallStatusLine::tr("offline agent");
    }
    if (kind == u"realtime") {
        return CallStatusLine::tr("realtime agent");
    }
    if (kind == u"cascade") {
        return CallStatusLine::tr("cascade agent");
    }
    return CallStatusLine::tr("you on the headset");
}

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

constexpr int kTickMs = 1000;

} // namespace

CallStatusLine::CallStatusLine(QWidget* parent) : QLabel(parent), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("callStatus"));
    setWordWrap(true);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &CallStatusLine::refresh);
    hide();
}

void CallStatusLine::showCall(const CallSnapshot& call)
{
    m_call = call;
    m_hasCall = true;
    if (call.state == CallState::Connected) {
        m_tick->start();
    } else {
        m_tick->stop();
    }
    refresh();
}

void CallStatusLine::showText(const QString& text, bool problem)
{
    m_hasCall = false;
    m_tick->stop();
    setText(text);
    setStyleSheet(problem ? QStringLiteral("QLabel{color:#b3261e;}") : QStringLiteral("QLabel{color:#59636e;}"));
    setVisible(!text.isEmpty());
}

QString CallStatusLine::talkTimeText() const
{
    if (!m_hasCall || !m_call.connectedAt.isValid()) {
        return {};
    }
    const QDateTime end = m_call.endedAt.isValid() ? m_call.endedAt : QDateTime::currentDateTimeUtc();
    return clockText(std::max<qint64>(0, m_call.connectedAt.secsTo(end)));
}

void CallStatusLine::refresh()
{
    if (!m_hasCall) {
        return;
    }
    const QString line = m_call.provider == u"twilio" ? tr("Twilio") : tr("sandbox line");
    const QString agent = agentText(m_call.agentKind);
    QString text;
    QString colour = QStringLiteral("#59636e");
    switch (m_call.state) {
    case CallState::Dialling:
        //: Call line on the Script panel: "Dialling · offline agent · sandbox line"
        text = tr("Dialling · %1 · %2").arg(agent, line);
        break;
    case CallState::Ringing:
        text = tr("Ringing · %1 · %2").arg(agent, line);
        break;
    case CallState::Connected:
        //: Call line on the Script panel: "● Live · offline agent · 01:23 · sandbox line"
        text = tr("● Live · %1 · %2 · %3").arg(agent, talkTimeText(), line);
        colour = QStringLiteral("#1e6b2e");
        break;
    case CallState::Ending:
        text = tr("Hanging up · %1").arg(agent);
        break;
    case CallState::Ended: {
        const QString talk = talkTimeText();
        //: Call line on the Script panel once the call is over: "Call ended · 04:12"
        text = talk.isEmpty() ? tr("Call ended") : tr("Call ended · %1").arg(talk);
        if (!m_call.endReason.isEmpty()) {
            text = tr("%1 · %2").arg(text, m_call.endReason);
        }
        break;
    }
    }
    setText(text);
    setStyleSheet(QStringLiteral("QLabel{color:%1;font-weight:bold;}").arg(colour));
    show();
}

} // namespace calldeck
