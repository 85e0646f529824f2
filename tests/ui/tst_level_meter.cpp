#include "widgets/LevelMeter.h"

#include <QImage>
#include <QTest>

using namespace calldeck;

namespace {

/// Pixels in the meter's middle row that are clearly green, yellow or red.
int colouredPixels(LevelMeter& meter)
{
    const QImage image = meter.grab().toImage();
    const int y = image.height() / 2;
    int coloured = 0;
    for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        if (c.saturation() > 120 && c.value() > 100) {
            ++coloured;
        }
    }
    return coloured;
}

} // namespace

class TestLevelMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsDecibelsToTheBar();
    void risesAtOnceAndFallsGradually();
    void peakHoldsThenFalls();
    void resetEmptiesTheBar();
    void paintsMoreColourWhenLouder();
};

void TestLevelMeter::mapsDecibelsToTheBar()
{
    QCOMPARE(LevelMeter::fractionOf(-90.0f), 0.0);
    QCOMPARE(LevelMeter::fractionOf(LevelMeter::kFloorDb), 0.0);
    QCOMPARE(LevelMeter::fractionOf(-30.0f), 0.5);
    QCOMPARE(LevelMeter::fractionOf(0.0f), 1.0);
    LevelMeter meter;
    meter.setLevelDb(12.0f); // clipping input is clamped to full scale
    QCOMPARE(meter.displayedDb(), 0.0f);
    QCOMPARE(meter.fillFraction(), 1.0);
}

void TestLevelMeter::risesAtOnceAndFallsGradually()
{
    LevelMeter meter;
    meter.setLevelDb(-12.0f);
    QCOMPARE(meter.displayedDb(), -12.0f);
    meter.setLevelDb(-90.0f);
    QCOMPARE(meter.displayedDb(), -12.0f - LevelMeter::kFallDbPerUpdate);
    for (int i = 0; i < 200; ++i) {
        meter.setLevelDb(-90.0f);
    }
    QCOMPARE(meter.displayedDb(), -90.0f);
    meter.setLevelDb(-20.0f);
    QCOMPARE(meter.displayedDb(), -20.0f);
}

void TestLevelMeter::peakHoldsThenFalls()
{
    LevelMeter meter;
    meter.setLevelDb(-3.0f);
    for (int i = 0; i < LevelMeter::kPeakHoldUpdates; ++i) {
        meter.setLevelDb(-80.0f);
    }
    QCOMPARE(meter.peakDb(), -3.0f);
    QVERIFY(meter.displayedDb() < -3.0f);
    meter.setLevelDb(-80.0f);
    QVERIFY(meter.peakDb() < -3.0f);
    QVERIFY(meter.peakDb() >= meter.displayedDb());
}

void TestLevelMeter::resetEmptiesTheBar()
{
    LevelMeter meter;
    meter.setLevelDb(-6.0f);
    meter.reset();
    QCOMPARE(meter.displayedDb(), -90.0f);
    QCOMPARE(meter.peakDb(), -90.0f);
    QCOMPARE(meter.fillFraction(), 0.0);
}

void TestLevelMeter::paintsMoreColourWhenLouder()
{
    LevelMeter meter;
    meter.resize(200, 14);
    QCOMPARE(colouredPixels(meter), 0);
    meter.setLevelDb(-45.0f);
    const int quiet = colouredPixels(meter);
    QVERIFY(quiet > 20);
    meter.setLevelDb(-3.0f);
    const int loud = colouredPixels(meter);
    QVERIFY2(loud > quiet * 3, qPrintable(QStringLiteral("quiet %1, loud %2").arg(quiet).arg(loud)));
    // Near full scale the last part of the bar is red.
    const QImage image = meter.grab().toImage();
    const QColor end = image.pixelColor(static_cast<int>(image.width() * 0.93), image.height() / 2);
    QVERIFY2(end.red() > 180 && end.green() < 120, qPrintable(end.name()));
}

QTEST_MAIN(TestLevelMeter)
#include "tst_level_meter.moc"
