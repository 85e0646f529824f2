#include "media/OutboundQueue.h"

#include "media/MuLaw.h"

#include <limits>

namespace calldeck {

namespace {
constexpr auto kNarrowFrame = std::size_t(audio_format::kTwilioFrameBytes);
constexpr auto kWideFrame = std::size_t(audio_format::kEngineFrameSamples);
/// μ-law's code for zero (pads a partial frame).
constexpr std::uint8_t kMulawSilence = 0xFF;
} // namespace

OutboundQueue::Encoder::Encoder() : downsampler(audio_format::kEngineRate, audio_format::kTwilioRate) {}

namespace {
/// How many 8 kHz samples the downsampler holds back from the first 20 ms it is given.
int filterDelaySamples()
{
    Resampler probe(audio_format::kEngineRate, audio_format::kTwilioRate);
    std::vector<std::int16_t> in(kWideFrame, 0);
    std::vector<std::int16_t> out(kNarrowFrame + 16, 0);
    return int(kNarrowFrame) - probe.process(in, std::span<std::int16_t>(out));
}
} // namespace

void OutboundQueue::Encoder::reset()
{
    downsampler.reset();
    narrow.assign(std::size_t(primeSamples), 0);
    wide.assign(std::size_t(primeSamples) * 2, 0);
    samplesIn = 0;
    samplesOut = 0;
}

void OutboundQueue::Encoder::flush(std::vector<OutboundItem>& frames, qint64 nowUs)
{
    if (narrow.empty() && samplesOut * 2 >= samplesIn)
        return;
    const qint64 target = samplesIn;
    // The filter's delay: feed just enough silence for the last real sample to come out. Output
    // never exceeds half the input, so this does not overshoot into an extra frame.
    std::vector<std::int16_t> silence;
    for (int round = 0; round < 8 && samplesOut * 2 < target; ++round) {
        silence.assign(std::size_t(std::max<qint64>(2, target - samplesOut * 2)), 0);
        encode(silence, frames, false, nowUs);
    }
    samplesIn = samplesOut * 2; // the silence fed is not audio owed to anyone
    // Then complete the partial frame with silence.
    if (!narrow.empty()) {
        narrow.resize(kNarrowFrame, 0);
        wide.resize(kWideFrame, 0);
        encode({}, frames, false, nowUs);
    }
}

void OutboundQueue::Encoder::encode(std::span<const std::int16_t> pcm16, std::vector<OutboundItem>& frames,
                                    bool live, qint64 nowUs)
{
    const std::size_t room = pcm16.size() / 2 + 16;
    scratch.resize(room);
    const int produced = downsampler.process(pcm16, std::span<std::int16_t>(scratch.data(), room));
    samplesIn += qint64(pcm16.size());
    samplesOut += produced;
    narrow.insert(narrow.end(), scratch.begin(), scratch.begin() + produced);
    wide.insert(wide.end(), pcm16.begin(), pcm16.end());

    std::size_t narrowRead = 0;
    std::size_t wideRead = 0;
    // The 16 kHz side is never shorter than twice the 8 kHz side (the filter only delays), so a
    // whole narrow frame always has its wide original.
    while (narrow.size() - narrowRead >= kNarrowFrame && wide.size() - wideRead >= kWideFrame) {
        OutboundItem& item = frames.emplace_back();
        item.kind = OutboundItem::Kind::Frame;
        item.live = live;
        item.enqueuedUs = nowUs;
        for (std::size_t i = 0; i < kNarrowFrame; ++i)
            item.mulaw[i] = MuLaw::encode(narrow[narrowRead + i]);
        std::copy_n(wide.begin() + std::ptrdiff_t(wideRead), kWideFrame, item.pcm.begin());
        narrowRead += kNarrowFrame;
        wideRead += kWideFrame;
    }
    narrow.erase(narrow.begin(), narrow.begin() + std::ptrdiff_t(narrowRead));
    wide.erase(wide.begin(), wide.begin() + std::ptrdiff_t(wideRead));
}

OutboundQueue::MulawFramer::MulawFramer() : upsampler(audio_format::kTwilioRate, audio_format::kEngineRate) {}

void OutboundQueue::MulawFramer::reset()
{
    upsampler.reset();
    partial.clear();
    wide.clear();
}

void OutboundQueue::MulawFramer::frame(const std::uint8_t* codes, std::vector<OutboundItem>& frames, qint64 nowUs)
{
    OutboundItem& item = frames.emplace_back();
    item.kind = OutboundItem::Kind::Frame;
    item.live = false;
    item.enqueuedUs = nowUs;
    std::copy_n(codes, kNarrowFrame, item.mulaw.begin());

    narrow.resize(kNarrowFrame);
    for (std::size_t i = 0; i < kNarrowFrame; ++i)
        narrow[i] = MuLaw::decode(codes[i]);
    const std::size_t room = kWideFrame + 16;
    scratch.resize(room);
    const int produced = upsampler.process(narrow, std::span<std::int16_t>(scratch.data(), room));
    wide.insert(wide.end(), scratch.begin(), scratch.begin() + produced);
    // The filter holds back a few samples of the very first frame: the taps' copy starts with that
    // much silence and then runs exactly one filter delay behind the wire.
    if (wide.size() < kWideFrame)
        wide.insert(wide.begin(), kWideFrame - wide.size(), 0);
    std::copy_n(wide.begin(), kWideFrame, item.pcm.begin());
    wide.erase(wide.begin(), wide.begin() + std::ptrdiff_t(kWideFrame));
}

void OutboundQueue::MulawFramer::flush(std::vector<OutboundItem>& frames, qint64 nowUs)
{
    if (partial.empty())
        return;
    partial.resize(kNarrowFrame, kMulawSilence);
    frame(partial.data(), frames, nowUs);
    partial.clear();
}

bool OutboundQueue::pushAgentMulaw(std::span<const std::uint8_t> mulaw, quint32 generation, qint64 nowUs)
{
    if (generation != this->generation())
        return false;
    QMutexLocker input(&m_inputMutex);
    m_scratchFrames.clear();
    auto& framer = m_mulawFramer;
    std::size_t read = 0;
    if (!framer.partial.empty()) {
        const std::size_t take = std::min(kNarrowFrame - framer.partial.size(), mulaw.size());
        framer.partial.insert(framer.partial.end(), mulaw.begin(), mulaw.begin() + std::ptrdiff_t(take));
        read = take;
        if (framer.partial.size() == kNarrowFrame) {
            framer.frame(framer.partial.data(), m_scratchFrames, nowUs);
            framer.partial.clear();
        }
    }
    for (; mulaw.size() - read >= kNarrowFrame; read += kNarrowFrame)
        framer.frame(mulaw.data() + read, m_scratchFrames, nowUs);
    framer.partial.insert(framer.partial.end(), mulaw.begin() + std::ptrdiff_t(read), mulaw.end());
    QMutexLocker lock(&m_mutex);
    // Checked again under the queue lock: a clear() may have run while we framed.
    if (generation != m_generation.load(std::memory_order_relaxed))
        return false;
    for (auto& f : m_scratchFrames)
        m_agent.push_back(std::move(f));
    m_agentFrames.fetch_add(int(m_scratchFrames.size()), std::memory_order_relaxed);
    return true;
}

OutboundQueue::OutboundQueue()
{
    // Live audio must leave as soon as its first 20 ms is here: a millisecond of leading silence
    // makes the first 20 ms a whole frame despite the filter delay.
    static const int delay = std::max(0, filterDelaySamples());
    m_liveEncoder.primeSamples = delay;
    m_liveEncoder.reset();
}

bool OutboundQueue::pushAgent(std::span<const std::int16_t> pcm16, quint32 generation, qint64 nowUs)
{
    if (generation != this->generation())
        return false;
    QMutexLocker input(&m_inputMutex);
    m_scratchFrames.clear();
    m_agentEncoder.encode(pcm16, m_scratchFrames, false, nowUs);
    QMutexLocker lock(&m_mutex);
    // Checked again under the queue lock: a clear() may have run while we encoded.
    if (generation != m_generation.load(std::memory_order_relaxed))
        return false;
    for (auto& f : m_scratchFrames)
        m_agent.push_back(std::move(f));
    m_agentFrames.fetch_add(int(m_scratchFrames.size()), std::memory_order_relaxed);
    return true;
}

void OutboundQueue::flushAgent(qint64 nowUs)
{
    QMutexLocker input(&m_inputMutex);
    m_scratchFrames.clear();
    m_agentEncoder.flush(m_scratchFrames, nowUs);
    m_mulawFramer.flush(m_scratchFrames, nowUs);
    for (auto& f : m_scratchFrames)
        f.live = false;
    QMutexLocker lock(&m_mutex);
    for (auto& f : m_scratchFrames)
        m_agent.push_back(std::move(f));
    m_agentFrames.fetch_add(int(m_scratchFrames.size()), std::memory_order_relaxed);
}

bool OutboundQueue::pushMark(const QString& label, quint32 generation, qint64 nowUs)
{
    if (generation != this->generation())
        return false;
    flushAgent(nowUs);
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation.load(std::memory_order_relaxed))
        return false;
    OutboundItem& item = m_agent.emplace_back();
    item.kind = OutboundItem::Kind::Mark;
    item.markName = u'g' + QString::number(generation) + u':' + label;
    return true;
}

void OutboundQueue::pushLive(std::span<const std::int16_t> pcm16, qint64 nowUs)
{
    QMutexLocker input(&m_inputMutex);
    m_scratchFrames.clear();
    m_liveEncoder.encode(pcm16, m_scratchFrames, true, nowUs);
    if (m_scratchFrames.empty())
        return;
    QMutexLocker lock(&m_mutex);
    for (auto& f : m_scratchFrames)
        m_live.push_back(std::move(f));
}

OutboundQueue::Cleared OutboundQueue::clearAgent()
{
    QMutexLocker input(&m_inputMutex);
    m_agentEncoder.reset();
    m_mulawFramer.reset();
    QMutexLocker lock(&m_mutex);
    Cleared result;
    for (const auto& item : m_agent) {
        if (item.kind == OutboundItem::Kind::Mark)
            result.droppedMarks.append(item.markName);
        else
            ++result.droppedFrames;
    }
    m_agent.clear();
    m_agentFrames.store(0, std::memory_order_relaxed);
    m_clearPending = true;
    result.generation = m_generation.fetch_add(1, std::memory_order_acq_rel) + 1;
    return result;
}

int OutboundQueue::clearLive()
{
    QMutexLocker input(&m_inputMutex);
    m_liveEncoder.reset();
    QMutexLocker lock(&m_mutex);
    const int dropped = int(m_live.size());
    m_live.clear();
    return dropped;
}

bool OutboundQueue::takeIfDue(qint64 notBeforeUs, qint64 nowUs, OutboundItem& out, qint64& nextDueUs)
{
    QMutexLocker lock(&m_mutex);
    if (m_clearPending) {
        m_clearPending = false;
        out.kind = OutboundItem::Kind::Clear;
        return true;
    }
    std::deque<OutboundItem>* queue = !m_live.empty() ? &m_live : (!m_agent.empty() ? &m_agent : nullptr);
    if (!queue) {
        nextDueUs = std::numeric_limits<qint64>::max();
        return false;
    }
    OutboundItem& head = queue->front();
    if (head.kind == OutboundItem::Kind::Frame) {
        const qint64 due = std::max(notBeforeUs, head.enqueuedUs);
        if (due > nowUs) {
            nextDueUs = due;
            return false;
        }
        if (queue == &m_agent)
            m_agentFrames.fetch_sub(1, std::memory_order_relaxed);
    }
    out = std::move(head);
    queue->pop_front();
    return true;
}

bool OutboundQueue::takeFollowingAgentFrame(qint64 nowUs, OutboundItem& out)
{
    QMutexLocker lock(&m_mutex);
    if (m_clearPending || !m_live.empty() || m_agent.empty())
        return false;
    OutboundItem& head = m_agent.front();
    if (head.kind != OutboundItem::Kind::Frame || head.enqueuedUs > nowUs)
        return false;
    m_agentFrames.fetch_sub(1, std::memory_order_relaxed);
    out = std::move(head);
    m_agent.pop_front();
    return true;
}

bool OutboundQueue::empty() const
{
    QMutexLocker lock(&m_mutex);
    return m_agent.empty() && m_live.empty() && !m_clearPending;
}

} // namespace calldeck
