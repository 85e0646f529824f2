#include "widgets/DtmfPad.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QToolButton>

namespace calldeck {

namespace {

// The letters printed under the digits on a phone's keypad, so "press 2 for ABC" is easy to follow.
QString lettersFor(QChar key)
{
    switch (key.unicode()) {
    case u'2':
        return QStringLiteral("ABC");
    case u'3':
        return QStringLiteral("DEF");
    case u'4':
        return QStringLiteral("GHI");
    case u'5':
        return QStringLiteral("JKL");
    case u'6':
        return QStringLiteral("MNO");
    case u'7':
        return QStringLiteral("PQRS");
    case u'8':
        return QStringLiteral("TUV");
    case u'9':
        return QStringLiteral("WXYZ");
    default:
        return {};
    }
}

QString buttonName(QChar key)
{
    if (key == u'*') {
        return QStringLiteral("dtmfStar");
    }
    if (key == u'#') {
        return QStringLiteral("dtmfHash");
    }
    return QStringLiteral("dtmf") + key;
}

} // namespace

DtmfPad::DtmfPad(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dtmfPad"));
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Send touch tones into the call (you can also type digits, * and # here)"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    for (qsizetype i = 0; i < kKeys.size(); ++i) {
        const QChar key = kKeys.at(i);
        auto* button = new QToolButton(this);
        button->setObjectName(buttonName(key));
        const QString letters = lettersFor(key);
        button->setText(letters.isEmpty() ? QString(key) : QStringLiteral("%1\n%2").arg(key).arg(letters));
        //: Accessible name of a keypad key; %1 is the digit, star or hash.
        button->setAccessibleName(tr("Key %1").arg(key));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumSize(44, 36);
        // Keep focus on the pad so typed digits keep working after a click.
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QToolButton::clicked, this, [this, key] { press(key); });
        grid->addWidget(button, static_cast<int>(i / 3), static_cast<int>(i % 3));
    }
}

QToolButton* DtmfPad::button(QChar key) const
{
    return findChild<QToolButton*>(buttonName(key), Qt::FindDirectChildrenOnly);
}

void DtmfPad::keyPressEvent(QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && kKeys.contains(text.at(0)) && !event->isAutoRepeat()) {
        if (QToolButton* key = button(text.at(0)); key != nullptr) {
            // Flash the key so the user sees which tone went out.
            key->animateClick();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

void DtmfPad::press(QChar key)
{
    if (isEnabled()) {
        Q_EMIT digitPressed(key);
    }
}

} // namespace calldeck
