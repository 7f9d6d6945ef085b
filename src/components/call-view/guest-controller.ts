/**
 * The call view's guest features (issue 16), kept out of call-view.component.ts: captions (toggle, area,
 * languages), reactions (send, show on tiles for a moment, float briefly, announce politely and throttled),
 * spotlight announcements, and the breakout-room bar (assignment, moves, return).
 *
 * Announcements: reactions go through their own throttle (`MessageAnnouncer`: the first at once, then at most
 * one summary per interval); captions are never announced line by line (only "Captions on/off"); moves between
 * rooms and spotlight changes are said once each.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { resolveLang } from '../../core/i18n.js';
import { loadCatalog } from '../../i18n/load.js';
import guestStringsEn from '../../i18n/en/guest.js';
import type { GuestStrings } from '../../i18n/types.js';
import type { BackgroundEffect, MeetingSession, ReactionKind, SessionEvent, SessionState } from '../../session/types.js';
import { effectName } from '../effects/effects-picker.component.js';
import type { CaptionLanguageDetail } from '../captions/captions.component.js';
import { fmt } from '../shared/call-strings.js';
import { REACTION_EMOJI, TILE_REACTION_MS } from '../shared/reactions.js';
import { styleProps } from '../shared/style-props.js';
import { MessageAnnouncer } from './message-announcer.js';

/** What the controller needs from the call view. */
export interface GuestHost extends ReactiveControllerHost {
  readonly session: MeetingSession | undefined;
  readonly sessionState: SessionState;
  readonly lang: string;
  announce(text: string): void;
}

/** A reaction floating up over the stage. */
interface Float {
  readonly id: number;
  readonly reaction: ReactionKind;
  readonly name: string;
  /** Horizontal position, 0–1 of the stage's width. */
  readonly x: number;
}

/** Floats on screen at once (a burst of 50 reactions must not paint 50 emoji). */
const MAX_FLOATS = 8;
const FLOAT_MS = 2600;

export class GuestController implements ReactiveController {
  strings: GuestStrings = guestStringsEn;
  /** Reaction per tile right now (participant id or `self`). */
  reactions: ReadonlyMap<string, ReactionKind> = new Map();
  floats: readonly Float[] = [];
  /** Something the visitor asked for failed (shown in the caption area / breakout bar, and announced). */
  error: string | undefined;
  busy = false;

  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  readonly #tileTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #announcer: MessageAnnouncer | undefined;
  #floatSeq = 0;
  #moved = false;
  #stringsRequest = 0;

  constructor(
    private readonly host: GuestHost,
    private readonly reactionIntervalMs = 5000,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#announcer = new MessageAnnouncer(
      (text) => this.host.announce(text),
      () => ({ oneNewMessage: '{name}', manyNewMessages: this.strings.reactedMany, lang: resolveLang(this.host.lang) }),
      this.reactionIntervalMs,
    );
  }

  hostDisconnected(): void {
    this.#announcer?.dispose();
    this.#announcer = undefined;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    for (const t of this.#tileTimers.values()) clearTimeout(t);
    this.#tileTimers.clear();
    this.reactions = new Map();
    this.floats = [];
  }

  async loadStrings(lang: string): Promise<void> {
    const request = ++this.#stringsRequest;
    const strings = (await loadCatalog(resolveLang(lang), 'guest')) ?? guestStringsEn;
    if (request === this.#stringsRequest) {
      this.strings = strings;
      this.host.requestUpdate();
    }
  }

  /* Session events and state ------------------------------------------------------------------------ */

  /** Handles the session events of these features; false for others. */
  onEvent(event: SessionEvent): boolean {
    if (event.type === 'reaction') {
      const name = this.#name(event.participantId);
      this.#show(event.participantId, event.reaction, name);
      this.#announcer?.message(fmt(this.strings.reactedOne, { name, reaction: this.strings[event.reaction] }));
      return true;
    }
    if (event.type === 'breakout-moved') {
      const s = this.strings;
      this.#moved = true;
      this.host.announce(event.to === 'room' ? fmt(s.breakoutMovedIn, { room: event.roomName }) : s.breakoutMovedBack);
      return true;
    }
    return false;
  }

  /**
   * True once after a move between rooms: the people who "left" and "joined" then are the rooms' (the move's
   * own announcement says it), so the call view skips its joined/left announcement for that change.
   */
  consumeMove(): boolean {
    const moved = this.#moved;
    this.#moved = false;
    return moved;
  }

  /** Says what changed in spotlight and breakout assignment between two states. */
  onState(before: SessionState | undefined, after: SessionState): void {
    if (!before) return;
    const s = this.strings;
    const was = before.spotlight[0];
    const now = after.spotlight[0];
    if (was !== now) {
      if (now === 'self') this.host.announce(s.youSpotlighted);
      else if (now) this.host.announce(fmt(s.spotlighted, { name: this.#name(now, after) }));
      else this.host.announce(s.spotlightEnded);
    }
    const b = after.breakout;
    if (b?.phase === 'assigned' && (before.breakout?.phase !== 'assigned' || before.breakout.roomName !== b.roomName)) {
      this.host.announce(fmt(s.breakoutAssigned, { room: b.roomName }));
    }
  }

  #name(id: string, state: SessionState = this.host.sessionState): string {
    if (id === 'self') return state.self.displayName;
    return state.participants.find((p) => p.id === id)?.displayName ?? '';
  }

  /** Puts a reaction on a tile for a moment and floats it over the stage. */
  #show(participantId: string, reaction: ReactionKind, name: string): void {
    const tiles = new Map(this.reactions);
    tiles.set(participantId, reaction);
    this.reactions = tiles;
    const old = this.#tileTimers.get(participantId);
    if (old !== undefined) clearTimeout(old);
    this.#tileTimers.set(
      participantId,
      setTimeout(() => {
        this.#tileTimers.delete(participantId);
        const next = new Map(this.reactions);
        next.delete(participantId);
        this.reactions = next;
        this.host.requestUpdate();
      }, TILE_REACTION_MS),
    );
    const float: Float = { id: ++this.#floatSeq, reaction, name, x: 0.08 + ((this.#floatSeq * 0.37) % 0.5) };
    this.floats = [...this.floats, float].slice(-MAX_FLOATS);
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      this.floats = this.floats.filter((f) => f !== float);
      this.host.requestUpdate();
    }, FLOAT_MS);
    this.#timers.add(timer);
    this.host.requestUpdate();
  }

  /* Commands ---------------------------------------------------------------------------------------------- */

  async setCaptions(on: boolean): Promise<boolean> {
    const session = this.host.session;
    if (!session) return false;
    try {
      await session.setCaptions(on);
      this.#setError(undefined);
      this.host.announce(on ? this.strings.captionsOnAnnounce : this.strings.captionsOffAnnounce);
      return true;
    } catch {
      this.#setError(this.strings.captionsFailed);
      return false;
    }
  }

  /** Applies a background effect, then says which one is on (a failure shows in the picker, and is said). */
  async setBackground(background: BackgroundEffect, images: readonly string[]): Promise<void> {
    const session = this.host.session;
    if (!session) return;
    try {
      await session.setBackgroundEffect(background);
      this.host.announce(fmt(this.strings.effectApplied, { effect: effectName(this.strings, background, images) }));
    } catch {
      this.host.announce(this.strings.effectFailed);
    }
  }

  async setNoiseSuppression(on: boolean): Promise<void> {
    const session = this.host.session;
    if (!session) return;
    try {
      await session.setNoiseSuppression(on);
      this.host.announce(on ? this.strings.noiseSuppressionOn : this.strings.noiseSuppressionOff);
    } catch {
      this.host.announce(this.strings.noiseSuppressionFailed);
    }
  }

  async setLanguage(detail: CaptionLanguageDetail): Promise<void> {
    try {
      await this.host.session?.setCaptionLanguage(detail.kind, detail.language);
      this.#setError(undefined);
    } catch {
      this.#setError(this.strings.captionsLanguageFailed);
    }
  }

  async react(reaction: ReactionKind): Promise<void> {
    const session = this.host.session;
    if (!session) return;
    try {
      await session.sendReaction(reaction);
      // The session does not echo the visitor's own reaction: show it here, and confirm it to screen readers.
      this.#show('self', reaction, this.host.sessionState.self.displayName);
      this.host.announce(fmt(this.strings.youReacted, { reaction: this.strings[reaction] }));
    } catch {
      this.host.announce(this.strings.reactionFailed);
    }
  }

  async breakout(action: 'join' | 'return'): Promise<void> {
    const session = this.host.session;
    if (!session || this.busy) return;
    this.busy = true;
    this.host.requestUpdate();
    try {
      await (action === 'join' ? session.joinBreakoutRoom() : session.returnToMainMeeting());
      this.#setError(undefined);
    } catch {
      this.#setError(this.strings.breakoutFailed);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  #setError(text: string | undefined): void {
    if (text) this.host.announce(text);
    this.error = text;
    this.host.requestUpdate();
  }

  /* Rendering ---------------------------------------------------------------------------------------------- */

  renderCaptions(): TemplateResult | typeof nothing {
    const c = this.host.sessionState.captions;
    if (!c.active) return nothing;
    return html`<tmj-captions
      part="captions-area"
      exportparts="captions, caption-line, caption-speaker, caption-text, caption-partial, caption-settings, caption-settings-panel"
      .captions=${c}
      .strings=${this.strings}
      .lang=${this.host.lang}
      @tmj-caption-language=${(e: CustomEvent<CaptionLanguageDetail>) => void this.setLanguage(e.detail)}
    ></tmj-captions>`;
  }

  renderBreakout(): TemplateResult | typeof nothing {
    const b = this.host.sessionState.breakout;
    const s = this.strings;
    if (!b) return nothing;
    const assigned = b.phase === 'assigned';
    return html`<div part="breakout" class="breakout" role="group" aria-label=${s.breakoutIn.replace('{room}', b.roomName)}>
      <span class="breakout-text">${assigned ? fmt(s.breakoutAssigned, { room: b.roomName }) : fmt(s.breakoutIn, { room: b.roomName })}</span>
      ${assigned || b.canReturn
        ? html`<button
            type="button"
            part="breakout-action"
            data-breakout=${assigned ? 'join' : 'return'}
            ?disabled=${this.busy}
            @click=${() => void this.breakout(assigned ? 'join' : 'return')}
          >
            ${assigned ? s.breakoutJoin : s.breakoutReturn}
          </button>`
        : nothing}
    </div>`;
  }

  /** The floating reactions over the stage (decorative: announcements carry the meaning). */
  renderFloats(): TemplateResult | typeof nothing {
    if (this.floats.length === 0) return nothing;
    return html`<div class="reaction-layer" aria-hidden="true">
      ${this.floats.map(
        (f) => html`<span class="float" data-reaction=${f.reaction} ${styleProps({ '--_x': `${Math.round(f.x * 100)}%` })}
          ><span class="float-emoji">${REACTION_EMOJI[f.reaction]}</span>${f.name ? html`<span class="float-name">${f.name}</span>` : nothing}</span
        >`,
      )}
    </div>`;
  }
}
