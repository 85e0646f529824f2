#include "widgets/PhoneNumberEdit.h"
#include "widgets/PlaceCallBar.h"
#include "widgets/TunnelStatusLabel.h"

#include <QComboBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace calldeck;

namespace {

QList<PersonaSummary> personas()
{
    return {
        {QStringLiteral("dental"), QStringLiteral("Bright Smile Dental — receptionist"), QStringLiteral("+15555550100"),
         QStringLiteral("answer")},
        {QStringLiteral("busy"), QStringLiteral("Always busy"), QStringLiteral("+15555550199"), QStringLiteral("busy")},
    };
}

} // namespace

class TestPlaceCallBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosingAPersonaFillsItsNumber();
    void callButtonNeedsANumber();
    void twilioOnlyWhenConfigured();
    void tunnelLineInWords();
};

void TestPlaceCallBar::choosingAPersonaFillsItsNumber()
{
    PlaceCallBar bar;
    bar.setPersonas(personas());
    bar.setProviders(QStringLiteral("sandbox"), false);
    bar.show();
    QCOMPARE(bar.personaBox()->count(), 3);
    QVERIFY(bar.personaBox()->isVisible());
    bar.personaBox()->setCurrentIndex(1);
    Q_EMIT bar.personaBox()->activated(1);
    // Sandbox numbers are fictional (555-01xx), so compare the digits, not libphonenumber's verdict.
    QString digits = bar.numberEdit()->text();
    digits.remove(QRegularExpression(QStringLiteral("[^+0-9]")));
    QCOMPARE(digits, QStringLiteral("+15555550100"));
    QSignalSpy requested(&bar, &PlaceCallBar::callRequested);
    QTest::mouseClick(bar.callButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const auto request = requested.at(0).at(0).value<CallRequest>();
    QCOMPARE(request.provider, QStringLiteral("sandbox"));
    QCOMPARE(request.persona, QStringLiteral("dental"));
    QCOMPARE(request.agent, QStringLiteral("human"));
    QVERIFY(request.fallbackToHuman);
    QVERIFY(!request.to.isEmpty());
}

void TestPlaceCallBar::callButtonNeedsANumber()
{
    PlaceCallBar bar;
    bar.show();
    QVERIFY(!bar.callButton()->isEnabled());
    QTest::keyClicks(bar.numberEdit(), QStringLiteral("415 555 0166"));
    QVERIFY(bar.callButton()->isEnabled());
    bar.setBusy(true);
    QVERIFY(!bar.callButton()->isEnabled());
    QSignalSpy requested(&bar, &PlaceCallBar::callRequested);
    QTest::mouseClick(bar.callButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    bar.setBusy(false);
    QTest::keyClick(bar.numberEdit(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
}

void TestPlaceCallBar::twilioOnlyWhenConfigured()
{
    PlaceCallBar bar;
    bar.setPersonas(personas());
    bar.show();
    bar.setProviders(QStringLiteral("twilio"), false);
    QCOMPARE(bar.provider(), QStringLiteral("sandbox"));
    auto* model = qobject_cast<QStandardItemModel*>(bar.findChild<QComboBox*>(QStringLiteral("providerBox"))->model());
    QVERIFY(model != nullptr);
    QVERIFY(!model->item(1)->isEnabled());

    QSignalSpy changed(&bar, &PlaceCallBar::providerChanged);
    bar.setProviders(QStringLiteral("twilio"), true);
    QCOMPARE(bar.provider(), QStringLiteral("twilio"));
    QVERIFY(model->item(1)->isEnabled());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!bar.personaBox()->isVisible()); // personas are a sandbox thing
    QCOMPARE(bar.request().persona, QString());
}

void TestPlaceCallBar::tunnelLineInWords()
{
    TunnelStatusLabel label;
    label.showSandbox();
    QCOMPARE(label.text(), QStringLiteral("Sandbox line — calls are simulated, nothing leaves this computer"));
    label.showTunnel(TunnelManager::State::Up, QUrl(QStringLiteral("https://abc.ngrok.app")), {});
    QVERIFY(label.text().contains(QLatin1String("https://abc.ngrok.app")));
    label.showTunnel(TunnelManager::State::Off, QUrl(QStringLiteral("http://127.0.0.1:8077")), {});
    QVERIFY(label.text().startsWith(QLatin1String("No public URL")));
    label.showTunnel(TunnelManager::State::Off, QUrl(QStringLiteral("https://calls.example.com")), {});
    QVERIFY(label.text().contains(QLatin1String("https://calls.example.com")));
    label.showTunnel(TunnelManager::State::Failed, {}, QStringLiteral("ngrok exited with code 1"));
    QCOMPARE(label.text(), QStringLiteral("Tunnel failed: ngrok exited with code 1"));
}

QTEST_MAIN(TestPlaceCallBar)
#include "tst_place_call_bar.moc"
