#pragma once

#include <QWidget>

namespace calldeck {

/// A horizontal audio level bar in dBFS (green, yellow from −18 dB, red from −6 dB) with a peak
/// marker. Fed from a UI timer that polls the engine's levels; the bar rises at once and falls
/// by a fixed step per update, so a jumpy signal stays readable.
class LevelMeter : public QWidget
{
    Q_OBJECT
public:
    /// Levels at or below this show an empty bar.
    static constexpr float kFloorDb = -60.0f;
    /// How far the bar falls per update (about 30 updates per second).
    static constexpr float kFallDbPerUpdate = 1.5f;
    /// Updates the peak marker stays before it starts falling.
    static constexpr int kPeakHoldUpdates = 45;

    explicit LevelMeter(QWidget* parent = nullptr);

    /// Feeds one measurement (dBFS, −90 … 0; values outside are clamped).
    void setLevelDb(float levelDb);
    /// Empties the bar and the peak marker at once (call ended, another call selected).
    void reset();

    /// What the bar shows now, in dBFS.
    [[nodiscard]] float displayedDb() const { return m_displayedDb; }
    [[nodiscard]] float peakDb() const { return m_peakDb; }
    /// The bar's filled part, 0 … 1.
    [[nodiscard]] double fillFraction() const { return fractionOf(m_displayedDb); }
    [[nodiscard]] static double fractionOf(float levelDb);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    float m_displayedDb = -90.0f;
    float m_peakDb = -90.0f;
    int m_peakAgeUpdates = 0;
};

} // namespace calldeck
