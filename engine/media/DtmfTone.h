#pragma once

#include <QChar>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace calldeck {

/// Standard DTMF dual tones (ITU-T Q.23): a row frequency (697/770/852/941 Hz) plus a column
/// frequency (1209/1336/1477/1633 Hz) per key.
class DtmfTone
{
public:
    static constexpr int kToneMs = 100;
    static constexpr int kGapMs = 60;

    /// The (row, column) frequencies in Hz of a key 0-9 * # A-D, or nothing for any other character.
    [[nodiscard]] static std::optional<std::pair<int, int>> frequencies(QChar key);
    /// Renders `digits` as mono int16 at `sampleRateHz`: per key kToneMs of tone then kGapMs of
    /// silence. Characters that are not DTMF keys are skipped.
    [[nodiscard]] static QList<qint16> render(const QString& digits, int sampleRateHz);
};

} // namespace calldeck
