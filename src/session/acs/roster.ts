/**
 * Roster, streams and renderers of the ACS session: remote participants and their video streams (with every
 * SDK listener they need), the normalized `participants`/`streams` lists, and the renderers behind the views
 * the UI asked for. A stream that stops being available loses its views (they would freeze on the last frame).
 */
import type { LocalVideoStream, RemoteParticipant, RemoteVideoStream } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';
import type { Participant, SessionState, VideoStreamInfo, VideoView } from '../types.js';
import { Subscriptions } from './listen.js';
import type { CallingSdk, SessionCall, SessionRenderer } from './sdk-types.js';
import { attempt, participantState, rawId, roleOf, SELF, SELF_CAMERA, streamKey } from './sdk-util.js';

interface RemoteEntry {
  readonly participant: RemoteParticipant;
  readonly subs: Subscriptions;
  readonly streams: Map<string, { stream: RemoteVideoStream; off: () => void }>;
}

export interface RosterHost {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  /** The visitor's own camera stream while it is sent (listed as `self|camera`). */
  localVideo(): LocalVideoStream | undefined;
  /** Raw ids with a raised hand. */
  raisedHands(): ReadonlySet<string>;
  sdk(): CallingSdk;
}

export class Roster {
  readonly #host: RosterHost;
  readonly #remotes = new Map<string, RemoteEntry>();
  readonly #renderers = new Map<string, Set<SessionRenderer>>();
  readonly #subs = new Subscriptions();

  constructor(host: RosterHost) {
    this.#host = host;
  }

  /** Follows the call's remote participants (those already there included). */
  attach(call: SessionCall): void {
    this.#subs.listen(call, 'remoteParticipantsUpdated', (args: { added: RemoteParticipant[]; removed: RemoteParticipant[] }) => {
      for (const p of args.added) this.#addRemote(p);
      for (const p of args.removed) this.#removeRemote(p);
      this.refresh();
    });
    for (const p of call.remoteParticipants) this.#addRemote(p);
  }

  /** Publishes `participants` and `streams` from what the SDK says now. */
  refresh(): void {
    const hands = this.#host.raisedHands();
    const participants: Participant[] = [];
    for (const [id, entry] of this.#remotes) {
      const p = entry.participant;
      const state = participantState(p.state);
      if (state === 'disconnected') continue;
      const streams = [...entry.streams.values()].map((s) => s.stream);
      participants.push({
        id,
        displayName: p.displayName ?? '',
        isTeamsUser: p.identifier.kind === 'microsoftTeamsUser',
        role: roleOf(p.role),
        state,
        isMuted: p.isMuted,
        isSpeaking: p.isSpeaking,
        isHandRaised: hands.has(id),
        videoOn: streams.some((s) => s.mediaStreamType === 'Video' && s.isAvailable),
        screenSharing: streams.some((s) => s.mediaStreamType === 'ScreenSharing' && s.isAvailable),
      });
    }
    this.#host.update({ participants, streams: this.#streams() });
  }

  /** Publishes `streams` only (own camera started/stopped). */
  refreshStreams(): void {
    this.#host.update({ streams: this.#streams() });
  }

  async createVideoView(streamId: string, options?: { fit?: 'cover' | 'contain' }): Promise<VideoView> {
    const sdk = this.#host.sdk();
    let source: LocalVideoStream | RemoteVideoStream | undefined;
    if (streamId === SELF_CAMERA) source = this.#host.localVideo();
    else {
      for (const entry of this.#remotes.values()) {
        const found = entry.streams.get(streamId);
        if (found?.stream.isAvailable) source = found.stream;
      }
    }
    if (!source) throw new TmjError('call-failed', 'stream-unavailable');
    const renderer = sdk.createRenderer(source);
    let set = this.#renderers.get(streamId);
    if (!set) this.#renderers.set(streamId, (set = new Set()));
    set.add(renderer);
    try {
      const view = await renderer.createView({
        scalingMode: options?.fit === 'contain' ? 'Fit' : 'Crop',
        isMirrored: streamId === SELF_CAMERA,
      });
      const owner = set;
      return {
        element: view.target,
        dispose: () => {
          if (!owner.delete(renderer)) return;
          attempt(() => view.dispose());
          attempt(() => renderer.dispose());
        },
      };
    } catch (error) {
      set.delete(renderer);
      attempt(() => renderer.dispose());
      throw new TmjError('call-failed', 'render-failed', { cause: error });
    }
  }

  disposeRenderers(key: string): void {
    const set = this.#renderers.get(key);
    if (!set) return;
    for (const renderer of set) attempt(() => renderer.dispose());
    this.#renderers.delete(key);
  }

  /** Removes every listener and disposes every renderer. Safe to call repeatedly. */
  clear(): void {
    this.#subs.dispose();
    for (const entry of this.#remotes.values()) {
      entry.subs.dispose();
      for (const s of entry.streams.values()) attempt(s.off);
    }
    this.#remotes.clear();
    for (const key of [...this.#renderers.keys()]) this.disposeRenderers(key);
  }

  #streams(): VideoStreamInfo[] {
    const streams: VideoStreamInfo[] = [];
    if (this.#host.localVideo() && this.#host.state.self.cameraOn) {
      streams.push({ id: SELF_CAMERA, participantId: SELF, kind: 'camera', available: true });
    }
    for (const [id, entry] of this.#remotes) {
      for (const [key, { stream }] of entry.streams) {
        if (stream.mediaStreamType !== 'Video' && stream.mediaStreamType !== 'ScreenSharing') continue;
        streams.push({
          id: key,
          participantId: id,
          kind: stream.mediaStreamType === 'ScreenSharing' ? 'screen' : 'camera',
          available: stream.isAvailable,
        });
      }
    }
    return streams;
  }

  #addRemote(participant: RemoteParticipant): void {
    const id = rawId(participant.identifier);
    if (this.#remotes.has(id)) return;
    const entry: RemoteEntry = { participant, subs: new Subscriptions(), streams: new Map() };
    this.#remotes.set(id, entry);
    const refresh = () => this.refresh();
    // Written out one by one (no loop over names) so each event name is checked against the SDK's overloads.
    entry.subs.listen(participant, 'stateChanged', refresh);
    entry.subs.listen(participant, 'isMutedChanged', refresh);
    entry.subs.listen(participant, 'isSpeakingChanged', refresh);
    entry.subs.listen(participant, 'displayNameChanged', refresh);
    entry.subs.listen(participant, 'roleChanged', refresh);
    entry.subs.listen(participant, 'videoStreamsUpdated', (args: { added: RemoteVideoStream[]; removed: RemoteVideoStream[] }) => {
      for (const s of args.added) this.#addStream(id, entry, s);
      for (const s of args.removed) this.#removeStream(entry, streamKey(id, s));
      this.refresh();
    });
    for (const s of participant.videoStreams) this.#addStream(id, entry, s);
  }

  #removeRemote(participant: RemoteParticipant): void {
    const id = rawId(participant.identifier);
    const entry = this.#remotes.get(id);
    if (!entry) return;
    entry.subs.dispose();
    for (const key of [...entry.streams.keys()]) this.#removeStream(entry, key);
    this.#remotes.delete(id);
  }

  #addStream(participantId: string, entry: RemoteEntry, stream: RemoteVideoStream): void {
    const key = streamKey(participantId, stream);
    if (entry.streams.has(key)) return;
    const off = new Subscriptions();
    off.listen(stream, 'isAvailableChanged', () => {
      // A stream that stops being available loses its views: the renderer would show a frozen frame.
      if (!stream.isAvailable) this.disposeRenderers(key);
      this.refresh();
    });
    entry.streams.set(key, { stream, off: () => off.dispose() });
  }

  #removeStream(entry: RemoteEntry, key: string): void {
    entry.streams.get(key)?.off();
    entry.streams.delete(key);
    this.disposeRenderers(key);
  }
}
