/**
 * The compliance state machine (DOM-free): what the recording/transcription banner says, and when.
 *
 * Microsoft requires every ACS app in a Teams meeting to tell its users, in real time, that recording or
 * transcription has started (Microsoft Learn, "Teams interoperability", https://learn.microsoft.com/azure/communication-services/concepts/teams-interop:
 * "It is your responsibility to ensure that the users of your application are notified when recording or
 * transcription are enabled"). This module decides the message; `<tmj-compliance-banner>` renders it.
 *
 * Per stream (recording, transcription) a state `off | on | stopped`, counted within an *episode*: the time since
 * the last moment nothing was active.
 *   active flag → `on`;  inactive after `on` → `stopped`;  otherwise unchanged;
 *   a start while nothing was active just before opens a new episode: every other stream is `off` again.
 * The pair of stream states maps to one of eight messages (see `messageFor`).
 *
 * The rules hold by construction (test/core/compliance.model.test.ts checks them against an independent
 * reference model over ≥ 10 000 random timed sequences):
 *  - a start reads as a start when nothing was active just before it (the episode rule above; the ACS UI
 *    Library and this machine before issue 8 kept a stale `stopped` and said "transcription stopped, recording
 *    still on" for a fresh restart);
 *  - "stopped" is said only of a stream that was on in this episode and is off now (a stream that comes back
 *    on is a start, shown at once);
 *  - a start is on screen in the same update that receives it, and clears anything held: the held message is
 *    never stored, a tick always shows `messageFor(streams)` of the moment;
 *  - only a change to a milder message (a stop) may wait until the current message has been on screen for
 *    `minDisplayMs` (the hold), so a quick on/off does not flicker past unread. Once changes stop and the hold
 *    has passed, the banner says what is true now.
 *
 * Time is explicit (`now` in ms): the machine never reads a clock and never sets a timer. The element asks
 * `nextDeadline()` and calls `tickCompliance()` then.
 */

export type StreamState = 'off' | 'on' | 'stopped';

export interface ComplianceStreams {
  readonly recording: StreamState;
  readonly transcription: StreamState;
}

/** The flags a session reports (same shape as `ComplianceFlags` in src/session/types.ts). */
export interface ComplianceInput {
  readonly recording: boolean;
  readonly transcription: boolean;
}

export const COMPLIANCE_MESSAGES = [
  'recording-started',
  'transcription-started',
  'both-started',
  'recording-stopped',
  'transcription-stopped',
  'both-stopped',
  'recording-stopped-transcription-continues',
  'transcription-stopped-recording-continues',
] as const;

export type ComplianceMessage = (typeof COMPLIANCE_MESSAGES)[number];

/** About three seconds: long enough to read a short sentence, short enough not to mislead for long. */
export const MIN_DISPLAY_MS = 3000;

export const STREAMS_OFF: ComplianceStreams = { recording: 'off', transcription: 'off' };

export interface ComplianceState {
  /** The per-stream states (the truth as far as messages go). */
  readonly streams: ComplianceStreams;
  /** The message on screen, or null when there is nothing to say. */
  readonly message: ComplianceMessage | null;
  /** When `message` appeared (ms). */
  readonly since: number;
  /**
   * A milder message waiting for `message` to have been shown for the minimum time. Always
   * `messageFor(streams)` when set: the tick shows the truth of its moment, never a stored stale message.
   */
  readonly pending: ComplianceMessage | null;
  /** `alert` when the message on screen was caused by a start (announce it assertively), else `status`. */
  readonly announce: 'alert' | 'status';
  /** Incremented every time a new message goes on screen, so the element re-creates its live region. */
  readonly seq: number;
  /** The visitor collapsed the banner to the indicator. A new start expands it again. */
  readonly dismissed: boolean;
}

export const INITIAL_COMPLIANCE: ComplianceState = {
  streams: STREAMS_OFF,
  message: null,
  since: 0,
  pending: null,
  announce: 'status',
  seq: 0,
  dismissed: false,
};

export interface ComplianceOptions {
  readonly minDisplayMs?: number;
}

function nextStream(previous: StreamState, active: boolean): StreamState {
  if (active) return 'on';
  if (previous === 'on') return 'stopped';
  return previous;
}

/**
 * Applies the per-stream rule to both streams. A start while nothing was active opens a new episode: what
 * stopped before is history, not news, and must not be carried into the message about the new start.
 */
export function nextStreams(previous: ComplianceStreams, input: ComplianceInput): ComplianceStreams {
  const starts = (input.recording && previous.recording !== 'on') || (input.transcription && previous.transcription !== 'on');
  if (starts && !anyActive(previous)) previous = STREAMS_OFF;
  return {
    recording: nextStream(previous.recording, input.recording),
    transcription: nextStream(previous.transcription, input.transcription),
  };
}

/** The message for a pair of stream states; null when both are `off`. */
export function messageFor(streams: ComplianceStreams): ComplianceMessage | null {
  const { recording: r, transcription: t } = streams;
  if (r === 'on' && t === 'on') return 'both-started';
  if (r === 'on') return t === 'stopped' ? 'transcription-stopped-recording-continues' : 'recording-started';
  if (t === 'on') return r === 'stopped' ? 'recording-stopped-transcription-continues' : 'transcription-started';
  if (r === 'stopped' && t === 'stopped') return 'both-stopped';
  if (r === 'stopped') return 'recording-stopped';
  if (t === 'stopped') return 'transcription-stopped';
  return null;
}

/** True for messages that say nothing is active any more. */
export function isFinalStop(message: ComplianceMessage | null): boolean {
  return message === 'recording-stopped' || message === 'transcription-stopped' || message === 'both-stopped';
}

export function anyActive(streams: ComplianceStreams): boolean {
  return streams.recording === 'on' || streams.transcription === 'on';
}

function sameStreams(a: ComplianceStreams, b: ComplianceStreams): boolean {
  return a.recording === b.recording && a.transcription === b.transcription;
}

function show(
  state: ComplianceState,
  streams: ComplianceStreams,
  message: ComplianceMessage | null,
  now: number,
  announce: 'alert' | 'status',
): ComplianceState {
  return {
    streams,
    message,
    since: now,
    pending: null,
    announce,
    seq: state.seq + 1,
    dismissed: announce === 'alert' ? false : state.dismissed,
  };
}

/** Feeds new flags from the session. */
export function updateCompliance(
  state: ComplianceState,
  input: ComplianceInput,
  now: number,
  options: ComplianceOptions = {},
): ComplianceState {
  const minDisplayMs = options.minDisplayMs ?? MIN_DISPLAY_MS;
  const streams = nextStreams(state.streams, input);
  if (sameStreams(streams, state.streams)) return state;

  const started =
    (streams.recording === 'on' && state.streams.recording !== 'on') ||
    (streams.transcription === 'on' && state.streams.transcription !== 'on');
  const target = messageFor(streams);

  // A start is never delayed, and always re-announced and re-expanded, even if the words stay the same.
  if (started) return show(state, streams, target, now, 'alert');

  // The visitor already collapsed the banner and now nothing is active: the indicator simply goes away.
  if (state.dismissed && !anyActive(streams)) return { ...INITIAL_COMPLIANCE, seq: state.seq + 1 };

  if (target === state.message) return { ...state, streams, pending: null };

  if (state.message === null || now - state.since >= minDisplayMs) {
    return show(state, streams, target, now, 'status');
  }
  return { ...state, streams, pending: target };
}

/** Shows a pending milder message once the current one has been on screen long enough. */
export function tickCompliance(
  state: ComplianceState,
  now: number,
  options: ComplianceOptions = {},
): ComplianceState {
  const minDisplayMs = options.minDisplayMs ?? MIN_DISPLAY_MS;
  if (state.pending === null || now - state.since < minDisplayMs) return state;
  const message = messageFor(state.streams);
  if (message === state.message) return { ...state, pending: null };
  return show(state, state.streams, message, now, 'status');
}

/** When `tickCompliance` has something to do (ms), or null. */
export function nextDeadline(state: ComplianceState, options: ComplianceOptions = {}): number | null {
  if (state.pending === null) return null;
  return state.since + (options.minDisplayMs ?? MIN_DISPLAY_MS);
}

/**
 * The visitor dismissed the banner. While something is active it collapses to the indicator (which cannot be
 * dismissed); when nothing is active there is nothing left to show.
 */
export function dismissCompliance(state: ComplianceState): ComplianceState {
  if (state.message === null && !anyActive(state.streams)) return state;
  if (!anyActive(state.streams)) return { ...INITIAL_COMPLIANCE, seq: state.seq + 1 };
  return { ...state, dismissed: true, pending: null };
}

/** What the element shows: the expanded banner, the collapsed indicator, or nothing. */
export function complianceView(state: ComplianceState): 'banner' | 'indicator' | 'none' {
  if (state.dismissed) return anyActive(state.streams) ? 'indicator' : 'none';
  return state.message === null ? 'none' : 'banner';
}

/** The visitor re-opened the collapsed indicator: show what is true now, without re-announcing it. */
export function expandCompliance(state: ComplianceState, now: number): ComplianceState {
  if (!state.dismissed) return state;
  const message = messageFor(state.streams);
  if (message === null) return { ...INITIAL_COMPLIANCE, seq: state.seq + 1 };
  return { ...show(state, state.streams, message, now, 'status'), dismissed: false };
}
