/**
 * From what the emulator session knows (wire participants, peer links, local tracks, who speaks) to the
 * normalized `SessionState` parts the element renders. Pure functions, DOM-free apart from reading tracks.
 */
import type { CallEnd, Capabilities, ChatMessage, JoinRequest, Participant, SessionState, VideoStreamInfo } from '../types.js';
import type { Slot } from './peer-link.js';
import type { WireParticipant } from './protocol.js';

/** What projection needs to know about a peer link. */
export interface LinkView {
  readonly connected: boolean;
  remoteTrack(slot: Slot): MediaStreamTrack | undefined | null;
}

export function projectParticipants(
  wire: ReadonlyMap<string, WireParticipant>,
  speaking: ReadonlyMap<string, number>,
): Participant[] {
  const out: Participant[] = [];
  for (const p of wire.values()) {
    if (p.state !== 'connected') continue;
    out.push({
      id: p.id,
      displayName: p.displayName,
      isTeamsUser: p.isTeamsUser,
      role: 'attendee',
      state: p.online ? 'connected' : 'connecting',
      isMuted: !p.media.mic,
      isSpeaking: p.media.mic && speaking.has(p.id),
      isHandRaised: p.media.handRaised,
      videoOn: p.media.camera,
      screenSharing: p.media.screen,
    });
  }
  return out;
}

export function projectStreams(
  local: Readonly<Record<Slot, MediaStreamTrack | null>>,
  wire: ReadonlyMap<string, WireParticipant>,
  link: (id: string) => LinkView | undefined,
): VideoStreamInfo[] {
  const streams: VideoStreamInfo[] = [];
  if (local.camera) streams.push({ id: 'self:camera', participantId: 'self', kind: 'camera', available: true });
  if (local.screen) streams.push({ id: 'self:screen', participantId: 'self', kind: 'screen', available: true });
  for (const p of wire.values()) {
    if (p.state !== 'connected') continue;
    const l = link(p.id);
    const ready = !!l && l.connected && !!l.remoteTrack('camera');
    streams.push({ id: `${p.id}:camera`, participantId: p.id, kind: 'camera', available: ready && p.media.camera });
    if (p.media.screen) streams.push({ id: `${p.id}:screen`, participantId: p.id, kind: 'screen', available: ready });
  }
  return streams;
}

/** The emulator's published video count → `maxRemoteVideos`; anything but an integer 0…49 changes nothing. */
export function videoCountPatch(value: unknown): Partial<SessionState> {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 49 ? { maxRemoteVideos: value as number } : {};
}

/** Remote speakers with their mic on, most recent first. */
export function projectDominant(
  speaking: ReadonlyMap<string, number>,
  wire: ReadonlyMap<string, WireParticipant>,
): string[] {
  return [...speaking.entries()]
    .filter(([id]) => id !== 'self' && wire.get(id)?.media.mic)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
}

/**
 * Skips publishing when nothing changed (speaking/people recomputations often produce equal snapshots).
 * Compares field by field (structurally, Dates by time), without serialising the state.
 */
export function sameState(a: SessionState, b: SessionState): boolean {
  for (const key of Object.keys(b) as (keyof SessionState)[]) {
    if (!sameValue(a[key], b[key])) return false;
  }
  return true;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(rb);
  // Keys whose value is undefined count as absent (as JSON did).
  const defined = (r: Record<string, unknown>) => Object.keys(r).filter((k) => r[k] !== undefined).length;
  if (defined(ra) !== defined(rb)) return false;
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}

/** How the call ended when the server says so (an unknown reason counts as the meeting ending). */
export function endedBy(reason: string): CallEnd {
  const table: Record<string, CallEnd> = {
    denied: { outcome: 'denied', code: 'denied' },
    removed: { outcome: 'removed', code: 'removed' },
    'meeting-ended': { outcome: 'ended', code: 'meeting-ended' },
  };
  return Object.hasOwn(table, reason) ? table[reason]! : { outcome: 'ended', code: 'meeting-ended' };
}

/** What the local devices opened for the join (./local-media.ts). */
export interface OpenedMedia {
  has(kind: 'audio' | 'camera'): boolean;
  readonly tracks: Readonly<Record<'audio' | 'camera', MediaStreamTrack | null | undefined>>;
}

/** Devices open, the socket about to open: the visitor's own state as the call starts connecting. */
export function connectingPatch(
  state: SessionState,
  request: JoinRequest,
  media: OpenedMedia,
  capabilities: Capabilities,
  streams: VideoStreamInfo[],
): Partial<SessionState> {
  return {
    call: 'connecting',
    self: {
      ...state.self,
      displayName: request.displayName,
      microphoneOn: media.has('audio'),
      cameraOn: media.has('camera'),
      // The pre-join may not have picked a device yet (its pickers load lazily): record the device the track
      // really opened, as the Calling SDK reports its selected microphone/camera.
      cameraId: request.media.cameraId ?? media.tracks.camera?.getSettings?.().deviceId,
      microphoneId: request.media.microphoneId ?? media.tracks.audio?.getSettings?.().deviceId,
      speakerId: request.media.speakerId,
    },
    capabilities,
    chat: { ...state.chat, available: false, reason: request.chatEnabled ? 'not-joined' : 'disabled' },
    streams,
  };
}

/** The call ended: nobody and no media left; chat messages stay (failed ones are offered on the end screen). */
export function endedPatch(state: SessionState, end: CallEnd, messages: readonly ChatMessage[]): Partial<SessionState> {
  return {
    call: 'ended',
    end,
    participants: [],
    streams: [],
    dominantSpeakers: [],
    self: { ...state.self, microphoneOn: false, cameraOn: false, screenSharing: false, isSpeaking: false, handRaised: false },
    chat: { ...state.chat, messages: [...messages], available: false, reason: 'not-joined', typing: [] },
  };
}
