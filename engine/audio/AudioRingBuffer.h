#pragma once

#include <QList>
#include <QMutex>
#include <QtGlobal>

namespace calldeck {

/// Bounded FIFO of engine samples shared by a writer thread and the device thread. A full buffer
/// drops its oldest audio: for a live call, late audio is worth less than current audio.
class AudioRingBuffer
{
public:
    explicit AudioRingBuffer(int capacitySamples);

    /// Appends samples; never blocks for longer than a copy. Returns how many old samples were dropped.
    int write(const qint16* samples, int count);
    /// Takes up to `count` samples; returns how many were copied.
    int read(qint16* out, int count);
    [[nodiscard]] int available() const;
    [[nodiscard]] int capacity() const { return m_capacity; }
    /// Total samples dropped on overflow since construction.
    [[nodiscard]] qint64 droppedSamples() const;
    void clear();

private:
    mutable QMutex m_mutex;
    QList<qint16> m_data;
    int m_capacity;
    int m_head = 0;  ///< index of the oldest sample
    int m_size = 0;
    qint64 m_dropped = 0;
};

} // namespace calldeck
