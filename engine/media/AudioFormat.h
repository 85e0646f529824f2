#pragma once

#include <cstdint>

namespace calldeck::audio_format {

/// Twilio Media Streams carry G.711 μ-law, 8 kHz, mono.
inline constexpr int kTwilioRate = 8000;
/// The engine's internal audio: signed 16-bit, mono, 16 kHz. Agents, devices, recorder and
/// monitor all speak this; MediaStream resamples at the Twilio boundary.
inline constexpr int kEngineRate = 16000;
/// One frame = 20 ms.
inline constexpr int kFrameMs = 20;
inline constexpr int kTwilioFrameBytes = kTwilioRate * kFrameMs / 1000;   // 160
inline constexpr int kEngineFrameSamples = kEngineRate * kFrameMs / 1000; // 320

} // namespace calldeck::audio_format
