/**
 * The host's call driver: creates the session, joins, maps the session's state into the join state machine
 * and the public events, leaves and releases everything. A separate lazy chunk (fetched on join, or earlier
 * on intent/idle) so the pasted script holds only what paints the pre-join screen.
 */
import { html, nothing } from 'lit';
import {
  capabilitiesFromDetail,
  missingCapabilities,
  readCapabilities,
  unsupportedMessage,
} from '../../core/capabilities.js';
import { icon } from '../shared/icons.js';
import { DEV } from '../../core/dev.js';
import { toTmjError, type ErrorCode } from '../../core/errors.js';
import { tmjEvent, type TmjEventMap } from '../../core/events.js';
import { isEndPhase, isInCall, type EndPhase, type JoinPhase, type JoinState } from '../../core/join-state.js';
import type { Lang } from '../../core/i18n.js';
import type { AreaOverrides } from '../../i18n/apply.js';
import type { FullCoreStrings } from '../../i18n/types.js';
import type { TokenProvider } from '../../core/token.js';
import { loadSessionFactory, prefetchSession as prefetchLoader } from '../../session/loader.js';
// Static: importing the driver pulls the in-call view in parallel with it (one import for what joining shows).
import '../call-view/call-view.js';
import { CALL_PARTS } from '../shared/exported-parts.js';
import type {
  CallEnd,
  ChatMessage,
  GraphOptions,
  IdentityMode,
  TokenSource,
  MediaChoice,
  MeetingSession,
  SessionEvent,
  SessionFactory,
  SessionKind,
  SessionState,
} from '../../session/types.js';
import type { JoinConfig } from './meeting-join.config.js';
import { m365Sources, type M365Host } from './meeting-join.m365.js';

/** Prefetches the session (and on intent the SDK) only where it could run: an unsupported browser fetches nothing. */
export function prefetchSession(kind: SessionKind, warm = false): void {
  if (missingCapabilities(readCapabilities()).length === 0) prefetchLoader(kind, warm);
}

/** The specific `unsupported-browser` text for the capabilities named in `detail`, or null when it names none. */
export function unsupportedText(strings: FullCoreStrings, lang: string, detail: string | undefined): string | null {
  const list = (items: string[]) => {
    try {
      return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  };
  // Guarded: a language table that failed to load falls back to English, which has the pieces.
  return strings.unsupported ? unsupportedMessage(strings.unsupported, capabilitiesFromDetail(detail), list) : null;
}
export { default as coreEndStringsEn } from '../../i18n/en/core-end.js';

/** What the driver reads from `<teams-meeting-join>` itself: public state and the join options. */
export interface HostElement extends HTMLElement, M365Host {
  readonly phase: JoinPhase;
  readonly sessionFactory?: SessionFactory | undefined;
  readonly tokenProvider?: TokenProvider | undefined;
  readonly tokenUrl?: string | undefined;
  readonly acsEndpoint?: string | undefined;
  readonly noChat: boolean;
  readonly noVideo: boolean;
  readonly noScreenShare: boolean;
  readonly privacyPolicyUrl?: string | undefined;
  readonly backgroundImages?: string | readonly string[] | undefined;
}

/** The element's private operations, handed to the driver as closures. */
export interface HostPort {
  /** Applies a join-state transition; returns whether the phase changed (rejected ones are ignored). */
  setPhase(to: JoinPhase, options?: { reason?: ErrorCode | 'left'; detail?: string | undefined; announce?: string }): boolean;
  strings(): FullCoreStrings;
  /**
   * Fires `tmj-error` once the language's strings are there; `specific` gives a more specific text than the
   * code's generic one (null: use the generic one).
   */
  emitError(code: ErrorCode, specific?: (strings: FullCoreStrings) => string | null): void;
  setSessionState(state: SessionState | undefined): void;
  /** The resolved UI language (list formatting in messages). */
  lang(): Lang;
}

/** What the driver needs from `<teams-meeting-join>`. */
export interface CallHost extends HostPort {
  phase(): JoinPhase;
  emit<K extends keyof TmjEventMap>(type: K, detail: TmjEventMap[K]['detail']): void;
  readonly options: {
    readonly sessionFactory?: SessionFactory | undefined;
    readonly tokenProvider?: TokenProvider | undefined;
    readonly tokenUrl?: string | undefined;
    readonly acsEndpoint?: string | undefined;
    readonly noChat: boolean;
  };
  /** The element's Microsoft 365 settings (read when joining; see meeting-join.m365.ts). */
  readonly m365?: M365Host | undefined;
}

/** Builds the driver's view of the element (here, not in the element: the pasted script stays small). */
export function callHost(element: HostElement, port: HostPort): CallHost {
  return {
    ...port,
    phase: () => element.phase,
    emit: (type, detail) => element.dispatchEvent(tmjEvent(type, detail)),
    options: element,
    // The element is also its own Microsoft 365 settings (read when joining; see meeting-join.m365.ts).
    m365: element,
  };
}

/** Code shown when a session reports an outcome with the generic `left` code. */
const OUTCOME_CODE: Record<Exclude<EndPhase, 'left'>, ErrorCode> = {
  ended: 'meeting-ended',
  removed: 'removed',
  denied: 'denied',
  failed: 'call-failed',
};

export class CallDriver {
  session: MeetingSession | undefined;
  readonly #host: CallHost;
  readonly #abort = new AbortController();
  #unsubscribe: (() => void) | undefined;
  #joinedOnce = false;


  #name = '';
  #state: SessionState | undefined;

  constructor(element: HostElement, port: HostPort) {
    this.#host = callHost(element, port);
  }

  /** Creates the session and joins (the host has already entered `connecting`). Failures end in `failed`. */
  async join(
    config: Extract<JoinConfig, { ok: true }>,
    kind: SessionKind,
    displayName: string,
    media: MediaChoice,
    chosen?: IdentityMode,
  ): Promise<void> {
    const host = this.#host;
    const { sessionFactory, tokenProvider, tokenUrl, acsEndpoint, noChat } = host.options;
    // `choice`: what the visitor picked (guest unless they chose to sign in).
    const identity: IdentityMode = config.identity === 'choice' ? (chosen ?? 'acs') : config.identity;
    const signal = this.#abort.signal;
    this.#name = displayName;
    // Both built-in sessions need WebRTC, getUserMedia and a secure context; say so before fetching either
    // (a test's own sessionFactory brings what it needs).
    if (!sessionFactory) {
      const missing = missingCapabilities(readCapabilities());
      if (missing.length) {
        const detail = missing.join(',');
        if (DEV) console.warn(`[teams-meeting-join] this browser cannot join: missing ${detail}`);
        if (host.setPhase('failed', { reason: 'unsupported-browser', detail })) {
          host.emitError('unsupported-browser', (strings) => unsupportedText(strings, host.lang(), detail));
        }
        return;
      }
    }
    let session: MeetingSession | undefined;
    try {
      const [factory, { tokenSourceFromProvider, tokenSourceFromUrl }] = await Promise.all([
        sessionFactory ?? loadSessionFactory(kind),
        import('../../core/token.js'),
      ]);
      if (signal.aborted) return;
      const m365 = identity === 'teams' && host.m365
        ? await m365Sources(host.m365, (p) => tokenSourceFromProvider(p))
        : undefined;
      if (signal.aborted) return;
      const tokenSource =
        m365?.tokenSource ??
        (tokenProvider ? tokenSourceFromProvider(tokenProvider) : tokenSourceFromUrl(tokenUrl ?? '', () => displayName));
      const graph = m365?.graph ?? (identity === 'teams' ? this.#siteGraph(tokenSourceFromProvider) : undefined);
      const created = (session = factory.create({
        tokenSource,
        acsEndpoint: acsEndpoint || tokenSource.endpoint,
        emulatorUrl: config.emulatorUrl,
        graph,
        signal,
      }));
      this.session = created;
      // Leave properly when the visitor navigates away, so Teams does not show a ghost participant.
      addEventListener('pagehide', () => void created.leave().catch(() => undefined), { signal });
      this.#unsubscribe = created.subscribe((event) => this.#onEvent(created, event));
      this.#state = created.state;
      host.setSessionState(created.state);
      await created.join({ locator: config.locator, displayName, identity, media, chatEnabled: !noChat, effects: media.effects });
    } catch (error) {
      if (signal.aborted || session !== this.session) return;
      const { code } = toTmjError(error, 'join-failed');
      // Only the code: details of foreign errors are not guaranteed to be free of secrets.
      if (DEV) console.warn(`[teams-meeting-join] joining failed: ${code}`);
      this.#teardown();
      if (host.setPhase('failed', { reason: code })) host.emitError(code);
    }
  }

  /** `identity="teams"` with the site's own token source: Graph chat only with `graphTokenProvider`. */
  #siteGraph(fromProvider: (provider: TokenProvider) => TokenSource): GraphOptions | undefined {
    const element = this.#host.m365;
    if (!element?.graphTokenProvider) return undefined;
    return {
      tokenSource: fromProvider(element.graphTokenProvider),
      eventsUrl: element.getAttribute('chat-events-url')?.trim() || undefined,
    };
  }

  /** Leaves the call (or abandons a join still loading) and ends in `left` if the session did not say so. */
  async leave(): Promise<void> {
    const session = this.session;
    if (session) {
      try {
        await session.leave();
      } catch {
        // Ending locally still closes the call view; the session is disposed below.
      }
    }
    this.end({ outcome: 'left', code: 'left' });
  }

  /** Enters the end phase for `end`, fires `tmj-left` (and `tmj-error` for failures), releases the session. */
  end(end: CallEnd): void {
    const host = this.#host;
    this.#abort.abort();
    if (isInCall(host.phase())) {
      const outcome = end.outcome;
      const code = outcome === 'left' ? 'left' : end.code === 'left' ? OUTCOME_CODE[outcome] : end.code;
      const announce = outcome === 'failed' ? '' : host.strings()[`${outcome}Title`];
      // The last state of a call the visitor had been in (read by renderPhase; kept out of the pasted script).
      if (this.#joinedOnce && this.#state) connectedStates.add(this.#state);
      if (host.setPhase(outcome, { reason: code, detail: end.detail, announce })) {
        host.emit('tmj-left', { reason: outcome, code, unsent: unsentMessages(this.#state).length });
        if (code !== 'left' && outcome === 'failed') host.emitError(code);
      }
    }
    this.#teardown();
  }

  /** The element is going away: hang up without waiting, end, release. */
  dispose(): void {
    void this.session?.leave().catch(() => undefined);
    this.end({ outcome: 'left', code: 'left' });
  }

  #onEvent(session: MeetingSession, event: SessionEvent): void {
    if (session !== this.session) return;
    if (event.type === 'state') this.#apply(event.state);
    else if (event.type === 'chat-message' && !event.message.isOwn) {
      const { id, senderDisplayName, format, content, createdOn } = event.message;
      this.#host.emit('tmj-chat-message', { id, senderDisplayName, format, content, createdOn });
    }
  }

  #apply(state: SessionState): void {
    const host = this.#host;
    const before = this.#state;
    this.#state = state;
    host.setSessionState(state);
    const { recording, transcription, unobservable } = state.compliance;
    const consentRequired = state.consentRequired ?? null;
    if (
      recording !== (before?.compliance.recording ?? false) ||
      transcription !== (before?.compliance.transcription ?? false) ||
      JSON.stringify(consentRequired) !== JSON.stringify(before?.consentRequired ?? null)
    ) {
      host.emit('tmj-compliance-change', { recording, transcription, consentRequired });
    }
    // Fail-safe: the banner says "may be recorded or transcribed"; the page learns it too. Never silence.
    if (unobservable && !before?.compliance.unobservable) host.emitError('compliance-unobservable');
    // The page's CSP refuses the ACS effects package (src/session/acs/effects-policy.ts): the page learns it once.
    if (state.effects.error === 'background-blocked' && before?.effects.error !== 'background-blocked') host.emitError('background-effects-blocked');
    const call = state.call;
    const s = host.strings();
    if (call === 'connecting') host.setPhase(call);
    else if (call === 'lobby' || call === 'reconnecting') host.setPhase(call, { announce: s[call] });
    else if (call === 'connected') {
      if (host.setPhase('connected', { announce: s.connected }) && !this.#joinedOnce) {
        this.#joinedOnce = true;
        host.emit('tmj-joined', { displayName: state.self.displayName || this.#name });
      }
    } else if (call === 'ended') this.end(state.end ?? { outcome: 'failed', code: 'call-failed' });
  }

  #teardown(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    const session = this.session;
    this.session = undefined;
    session?.dispose();
  }
}


/**
 * Moves focus after the phase change `from` → `to` has rendered: into the call view when joined or let into the
 * lobby, to Rejoin on an end screen, back to Join on the pre-join screen after an end. Only when focus is ours
 * to move: inside the widget, or lost to <body> because the control that had it (e.g. the join button) just
 * disappeared. Never pulls focus from elsewhere on the page.
 */
export function moveFocus(host: HTMLElement, from: JoinPhase, to: JoinPhase): void {
  const target =
    to === 'connected' || (to === 'lobby' && from === 'connecting')
      ? 'call'
      : isEndPhase(to) && isInCall(from)
        ? 'end'
        : to === 'prejoin' && isEndPhase(from)
          ? 'join'
          : undefined;
  if (!target) return;
  const active = document.activeElement;
  if (active && active !== document.body && active !== host) return;
  const root = host.shadowRoot;
  if (!root) return;
  if (target === 'call') {
    const view = root.querySelector<HTMLElement>('tmj-call-view');
    view?.focus();
    if (!view || !root.activeElement) root.querySelector<HTMLElement>('[part~="leave-button"]')?.focus();
  } else if (target === 'end') {
    (root.querySelector<HTMLElement>('[part~="rejoin-button"]') ?? root.querySelector<HTMLElement>('.panel h2'))?.focus();
  } else {
    const prejoin = root.querySelector('tmj-prejoin');
    void prejoin?.updateComplete.then(() => root.querySelector('tmj-prejoin')?.shadowRoot?.querySelector<HTMLElement>('.join')?.focus());
  }
}

/**
 * The end/error screens' look, shipped with this lazy chunk rather than in the pasted script's stylesheet: the
 * same family as the call view's lobby and reconnecting screens (icon, title, one sentence, one action).
 */
const SCREEN_STYLES = new CSSStyleSheet();
SCREEN_STYLES.replaceSync(`
  .panel.screen { display: flex; flex-direction: column; align-items: center; justify-content: safe center; gap: 16px; padding: 24px 16px; overflow: auto; background: var(--_surface); }
  .panel.screen.error { border-top: 0; }
  .screen-icon { display: grid; place-items: center; inline-size: 64px; block-size: 64px; flex: none; border-radius: 50%; background: var(--_accent-soft); color: var(--_accent); }
  .panel.screen.error .screen-icon { background: color-mix(in srgb, var(--_danger) 14%, var(--_surface)); color: var(--_danger); }
  .screen-icon svg { inline-size: 32px; block-size: 32px; }
  .screen-text { display: grid; gap: 8px; justify-items: center; }
  .panel.screen h2 { font-size: 1.25rem; font-weight: 600; outline: none; }
  .panel.screen p { max-inline-size: 44ch; color: var(--_muted); line-height: 1.4; }
  .panel.screen button { min-inline-size: 120px; }
  @media (forced-colors: active) { .screen-icon { border: 2px solid CanvasText; } .panel.screen { border: 1px solid CanvasText; } }
`);

/**
 * Adopts (`on`) or drops `sheet` in `root`. A constructable stylesheet, not a `<style>` element, so a page whose
 * CSP has no 'unsafe-inline' in style-src allows it; prepended so it keeps the place a `<style>` element had in
 * the cascade (before the element's own adopted styles, which win ties).
 */
function useSheet(root: ShadowRoot | null, sheet: CSSStyleSheet, on: boolean): void {
  const sheets = root?.adoptedStyleSheets;
  if (root && sheets && sheets.includes(sheet) !== on) root.adoptedStyleSheets = on ? [sheet, ...sheets] : sheets.filter((x) => x !== sheet);
}

export interface PhaseView {
  readonly state: JoinState;
  readonly strings: FullCoreStrings;
  readonly session: MeetingSession | undefined;
  readonly sessionState: SessionState | undefined;
  readonly lang: Lang;
  /** The site's string overrides for this locale, by area (the in-call view applies its areas). */
  readonly overrides: AreaOverrides | undefined;
  /** Leaves at once (the host's `leave()`); the UI's requests go through the cancelable `tmj-request-leave`. */
  leave(): Promise<void>;
  rejoin(): void;
}

/** Development log of a join-state transition the host refused (a bug in whoever asked for it). */
export function ignoredTransition(error: string): void {
  if (DEV) console.warn(`[teams-meeting-join] ignored transition: ${error}`);
}

/**
 * Renders the in-call phases (the `<tmj-call-view>` once loaded, else a minimal view with the phase and
 * Leave) and the end screens (a message per reason and Rejoin / Try again).
 */
export function renderPhase(v: PhaseView, el: HostElement) {
  const s = v.strings;
  /** The visitor asked to leave from the UI: the page may veto it (`preventDefault()` keeps the call). */
  const requestLeave = (source: 'button' | 'keyboard') => {
    if (isInCall(el.phase) && el.dispatchEvent(tmjEvent('tmj-request-leave', { source }, { cancelable: true }))) void v.leave();
  };
  const phase = v.state.phase;
  // The end screens' sheet is adopted while one shows, dropped again when a rejoin leaves it.
  useSheet(el.shadowRoot, SCREEN_STYLES, !isInCall(phase));
  if (isInCall(phase)) {
    if (customElements.get('tmj-call-view') && v.session && v.sessionState) {
      return html`<tmj-call-view
        part="call"
        exportparts=${CALL_PARTS}
        .session=${v.session}
        .sessionState=${v.sessionState}
        .joinState=${v.state}
        .features=${{ chat: !el.noChat, video: !el.noVideo, screenShare: !el.noScreenShare }}
        .privacyPolicyUrl=${el.privacyPolicyUrl}
        .backgroundImages=${el.backgroundImages}
        .lang=${v.lang}
        .overrides=${v.overrides}
        @tmj-call-leave=${(e: CustomEvent<{ source?: 'button' | 'keyboard' }>) => requestLeave(e.detail?.source ?? 'button')}
        ><slot name="gallery-empty" slot="gallery-empty"></slot
      ></tmj-call-view>`;
    }
    const text = phase === 'connecting' ? s.joining : s[phase as 'lobby' | 'connected' | 'reconnecting'];
    const inCall = phase === 'connected' || phase === 'reconnecting';
    return html`<div part=${phase === 'connecting' ? 'joining' : 'call'} class="panel">
      <p>${text}</p>
      <button part="button leave-button" class=${inCall ? '' : 'secondary'} @click=${() => requestLeave('button')}>
        ${inCall ? s.leave : s.cancel}
      </button>
    </div>`;
  }
  const reason = v.state.reason ?? 'left';
  const failed = phase === 'failed';
  // Connected before it failed: "connection lost", not "could not join".
  const lost = failed && !!v.sessionState && connectedStates.has(v.sessionState) && (reason === 'network' || reason === 'call-failed');
  const title = lost ? s.connectionLostTitle : s[`${phase as EndPhase}Title`];
  const unsent = unsentMessages(v.sessionState);
  const unsupported = reason === 'unsupported-browser';
  // One sentence that adds to the title, never the title again.
  const hint = lost
    ? s.connectionLostHint
    : reason === 'left'
      ? s.leftHint
      : reason === 'meeting-ended'
        ? s.endedHint
        : reason === 'removed'
          ? s.removedHint
          : (unsupported && unsupportedText(s, v.lang, v.state.detail)) || s.errors[reason];
  const message = hint && hint.replace(/\.$/, '') !== title ? hint : '';
  // The action that makes sense for the outcome: nothing to rejoin once the meeting ended or in a browser that
  // cannot join; "Try again" after a failure (a network drop, a refused token), "Rejoin" after leaving, being
  // removed or not being let in.
  const action = reason === 'meeting-ended' || unsupported ? undefined : failed ? s.retry : s.rejoin;
  const glyph = failed
    ? reason === 'network' || reason === 'token-network'
      ? 'wifiOff'
      : 'warning'
    : phase === 'removed'
      ? 'personOff'
      : phase === 'denied'
        ? 'lock'
        : phase === 'ended'
          ? 'calendar'
          : 'leave';
  return html`<div part=${failed ? 'error' : 'end'} class="panel screen ${failed ? 'error' : ''}" data-code=${reason} data-outcome=${phase}>
    <slot name="brand" part="brand"></slot>
    <div class="screen-icon" aria-hidden="true">${icon(glyph)}</div>
    <div role=${failed ? 'alert' : 'none'} class="screen-text">
      <h2 part="title" tabindex="-1">${title}</h2>
      ${message ? html`<p part="message">${message}</p>` : nothing}
    </div>
    ${unsent.length ? renderUnsent(s, unsent) : nothing}
    ${action ? html`<button part="button rejoin-button" @click=${v.rejoin}>${action}</button>` : nothing}
  </div>`;
}

/** Final states of calls the visitor had been connected in. */
const connectedStates = new WeakSet<SessionState>();

/** Own messages that did not go out (sending or failed) in the last state of the call. */
export function unsentMessages(state: SessionState | undefined): ChatMessage[] {
  return (state?.chat.messages ?? []).filter((m) => m.isOwn && (m.status === 'sending' || m.status === 'failed'));
}

/** The end screen's list of unsent messages, each with Copy (text only: never parsed as HTML). */
function renderUnsent(s: FullCoreStrings, unsent: readonly ChatMessage[]) {
  const copy = async (event: Event, text: string) => {
    const button = event.currentTarget as HTMLButtonElement;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = s.copied;
    } catch {
      // No clipboard permission: select the text so the visitor can copy it by hand.
      const item = button.closest('li')?.querySelector('[data-unsent-text]');
      if (item) getSelection()?.selectAllChildren(item);
    }
  };
  return html`<section part="unsent" aria-labelledby="tmj-unsent-title">
    <h3 id="tmj-unsent-title" part="unsent-title">${s.unsentTitle}</h3>
    <p part="unsent-hint">${s.unsentHint}</p>
    <ul part="unsent-list">
      ${unsent.map(
        (m) => html`<li part="unsent-message">
          <span data-unsent-text>${m.content}</span>
          <button type="button" part="button unsent-copy" @click=${(e: Event) => void copy(e, m.content)}>${s.copy}</button>
        </li>`,
      )}
    </ul>
  </section>`;
}
