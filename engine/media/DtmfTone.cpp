#include "media/DtmfTone.h"

#include <cmath>
#include <numbers>

namespace calldeck {

namespace {

constexpr int kRowHz[4] = {697, 770, 852, 941};
constexpr int kColumnHz[4] = {1209, 1336, 1477, 1633};
// Keypad layout: rows 1 2 3 A / 4 5 6 B / 7 8 9 C / * 0 # D.
constexpr char16_t kKeys[4][4] = {{u'1', u'2', u'3', u'A'},
                                  {u'4', u'5', u'6', u'B'},
                                  {u'7', u'8', u'9', u'C'},
                                  {u'*', u'0', u'#', u'D'}};
// Each tone at about −9 dBFS, so the pair stays well below clipping after μ-law.
constexpr double kAmplitude = 0.35 * 32767.0;

} // namespace

std::optional<std::pair<int, int>> DtmfTone::frequencies(QChar key)
{
    const char16_t c = key.toUpper().unicode();
    for (int row = 0; row < 4; ++row) {
        for (int column = 0; column < 4; ++column) {
            if (kKeys[row][column] == c)
                return std::make_pair(kRowHz[row], kColumnHz[column]);
        }
    }
    return std::nullopt;
}

QList<qint16> DtmfTone::render(const QString& digits, int sampleRateHz)
{
    QList<qint16> out;
    const int toneSamples = sampleRateHz * kToneMs / 1000;
    const int gapSamples = sampleRateHz * kGapMs / 1000;
    for (const QChar key : digits) {
        const auto pair = frequencies(key);
        if (!pair)
            continue;
        const double w1 = 2.0 * std::numbers::pi * pair->first / sampleRateHz;
        const double w2 = 2.0 * std::numbers::pi * pair->second / sampleRateHz;
        out.reserve(out.size() + toneSamples + gapSamples);
        for (int i = 0; i < toneSamples; ++i)
            out.append(static_cast<qint16>(std::lround(kAmplitude * (std::sin(w1 * i) + std::sin(w2 * i)))));
        out.insert(out.size(), gapSamples, qint16(0));
    }
    return out;
}

} // namespace calldeck
