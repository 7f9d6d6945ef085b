/**
 * The emulator session's guest features (issue 16): captions, reactions, spotlight and breakout rooms over the
 * emulator's signalling (demo/server/guest-features.mjs plays the Teams side). Split from emulator-session.ts,
 * which hands it the frames it does not know and the meeting info on entering the call.
 */
import { TmjError } from '../../core/errors.js';
import { CaptionLines } from '../caption-lines.js';
import { INITIAL_SESSION_STATE, REACTION_KINDS, type CaptionsState, type ReactionKind, type SessionEvent, type SessionState } from '../types.js';
import type { ClientMessage, ServerMessage, WireBreakout, WireCaptions, WireMeeting, WireParticipant } from './protocol.js';

export interface GuestFeaturesHost {
  readonly state: SessionState;
  publish(patch: Partial<SessionState>): void;
  emit(event: SessionEvent): void;
  send(message: ClientMessage): void;
  /** The visitor's own participant id on the emulator. */
  selfId(): string | undefined;
  inCall(): boolean;
  /** The visitor moved to another room: these are the people there now (the session rebuilds its peers). */
  regroup(participants: readonly WireParticipant[]): void;
}

type GuestPatch = Pick<SessionState, 'captions' | 'spotlight' | 'breakout' | 'reactionsAllowed'>;

export class EmulatorGuestFeatures {
  readonly #lines = new CaptionLines();

  constructor(private readonly host: GuestFeaturesHost) {}

  /** The guest-feature part of the state on entering the call (the session merges it into its snapshot). */
  enter(meeting: WireMeeting): GuestPatch {
    return {
      reactionsAllowed: meeting.reactions === true,
      captions: this.#captions(meeting.captions),
      spotlight: this.#spotlight(meeting.spotlight ?? []),
      breakout: breakout(meeting.breakout),
    };
  }

  /** Everything back to nothing (the call ended). */
  reset(): GuestPatch {
    this.#lines.clear();
    const { captions, spotlight, breakout, reactionsAllowed } = INITIAL_SESSION_STATE;
    return { captions, spotlight, breakout, reactionsAllowed };
  }

  /** Handles a frame of these features; false when it is not one. */
  onMessage(msg: ServerMessage): boolean {
    const host = this.host;
    switch (msg.type) {
      case 'captions-state': {
        const captions = this.#captions(msg.captions);
        host.publish({ captions: captions.active ? captions : { ...captions, lines: this.#lines.clear() } });
        return true;
      }
      case 'caption': {
        const current = host.state.captions;
        if (!current.active || typeof msg.text !== 'string') return true;
        const lines = this.#lines.add({
          speakerId: String(msg.speakerId),
          speakerName: String(msg.speakerName ?? ''),
          text: msg.text,
          final: msg.final !== false,
        });
        host.publish({ captions: { ...current, lines } });
        return true;
      }
      case 'reaction': {
        const reaction = REACTION_KINDS.find((r) => r === msg.reaction);
        if (reaction && msg.participantId !== host.selfId()) host.emit({ type: 'reaction', participantId: msg.participantId, reaction });
        return true;
      }
      case 'spotlight':
        host.publish({ spotlight: this.#spotlight(msg.ids) });
        return true;
      case 'breakout': {
        if (msg.participants) {
          // Moved: a new room is a new set of people (and of captions).
          host.regroup(msg.participants);
          this.#lines.clear();
          host.publish({ breakout: breakout(msg.breakout), captions: { ...host.state.captions, lines: [] } });
          if (msg.moved) host.emit({ type: 'breakout-moved', to: msg.moved, roomName: msg.roomName ?? '' });
        } else {
          host.publish({ breakout: breakout(msg.breakout) });
        }
        return true;
      }
      case 'invalid':
        return true;
      default:
        return false;
    }
  }

  async setCaptions(on: boolean): Promise<void> {
    this.#require(this.host.state.captions.supported, 'captions-unavailable');
    this.host.send({ type: 'captions', on });
  }

  async setCaptionLanguage(kind: 'spoken' | 'caption', language: string): Promise<void> {
    const c = this.host.state.captions;
    const allowed = kind === 'spoken' ? c.spokenLanguages : c.captionLanguages;
    if (!allowed.includes(language)) throw new TmjError('not-permitted', `${kind}-language`);
    this.#require(true, '');
    this.host.send({ type: 'caption-language', kind, language });
  }

  async sendReaction(reaction: ReactionKind): Promise<void> {
    this.#require(this.host.state.reactionsAllowed, 'reactions-not-allowed');
    if (!REACTION_KINDS.includes(reaction)) throw new TmjError('not-permitted', 'unknown-reaction');
    this.host.send({ type: 'reaction', reaction });
  }

  async joinBreakoutRoom(): Promise<void> {
    this.#require(this.host.state.breakout?.phase === 'assigned', 'no-breakout-assignment');
    this.host.send({ type: 'breakout-join' });
  }

  async returnToMainMeeting(): Promise<void> {
    const b = this.host.state.breakout;
    this.#require(b?.phase === 'in-room' && b.canReturn, 'cannot-return');
    this.host.send({ type: 'breakout-return' });
  }

  #require(ok: boolean, detail: string): void {
    if (!this.host.inCall()) throw new TmjError('call-failed', 'not-in-call');
    if (!ok) throw new TmjError('not-permitted', detail);
  }

  #captions(wire: WireCaptions | undefined): CaptionsState {
    if (!wire) return INITIAL_SESSION_STATE.captions;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return {
      supported: wire.supported === true,
      active: wire.active === true,
      spokenLanguage: typeof wire.spokenLanguage === 'string' ? wire.spokenLanguage : 'en-us',
      spokenLanguages: strings(wire.spokenLanguages),
      captionLanguage: typeof wire.captionLanguage === 'string' ? wire.captionLanguage : undefined,
      captionLanguages: strings(wire.captionLanguages),
      lines: this.#lines.lines,
    };
  }

  #spotlight(ids: readonly string[]): string[] {
    const self = this.host.selfId();
    return (Array.isArray(ids) ? ids : []).filter((x) => typeof x === 'string').map((x) => (x === self ? 'self' : x));
  }
}

function breakout(wire: WireBreakout | null | undefined): SessionState['breakout'] {
  if (!wire || typeof wire.roomName !== 'string') return null;
  return { roomName: wire.roomName, phase: wire.phase === 'in-room' ? 'in-room' : 'assigned', canReturn: wire.canReturn !== false };
}
