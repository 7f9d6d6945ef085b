import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { JoinState } from '../../core/join-state.js';
import { INITIAL_JOIN_STATE } from '../../core/join-state.js';
import { NoticeQueue, scheduleNoticeExpiry, type Notice } from '../../core/notices.js';
import type { NoticeActionDetail, NoticeDismissDetail } from '../notice-stack/notice-stack.component.js';
import type { MeetingSession, SessionEvent, SessionState, VideoView } from '../../session/types.js';
import { diagnosticNoticeChanges } from '../../session/diagnostic-notices.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import type {
  CallFeatures,
  CallLeaveDetail,
  PanelToggleDetail,
  SelectDeviceDetail,
  TmjCallControls,
  ToggleDetail,
} from '../call-controls/call-controls.component.js';
import { icon } from '../shared/icons.js';
import { provide } from '@lit/context';
import { sessionContext } from '../shared/session-context.js';
import { callStringsEn, fmt, loadCallStrings, type CallStrings } from '../shared/call-strings.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { callViewStyles } from './call-view.styles.js';
import { MessageAnnouncer } from './message-announcer.js';
import consentStringsEn from '../../i18n/en/consent.js';
import { formatDuration } from '../../i18n/intl.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { ConsentStrings } from '../../i18n/types.js';
import { GuestController } from './guest-controller.js';
import type { ReactDetail } from '../call-controls/reaction-picker.component.js';
import { shortcutFor } from '../shared/shortcuts.js';
import { BANNER_PARTS, CHAT_PARTS, CONSENT_PARTS, CONTROLS_PARTS, GALLERY_PARTS, NOTICE_PARTS, PEOPLE_PARTS } from '../shared/exported-parts.js';

export { SHORTCUTS, shortcutFor, type ShortcutAction } from '../shared/shortcuts.js';

export type SidePanel = 'chat' | 'people';

/** Keep in sync with the `@container call (max-width: 640px)` rule in call-view.styles.ts. */
const NARROW_MAX_WIDTH = 640;

/**
 * The in-call UI: lobby, connecting, the call (gallery, controls, chat or people panel), reconnecting; the
 * compliance banner always on top and notices under it. Lazy-loaded by `<teams-meeting-join>`, which owns the
 * session and the join state and renders the end phases.
 *
 * @tagname tmj-call-view
 * @summary In-call UI of `<teams-meeting-join>`.
 * @csspart call - The whole in-call layout.
 * @csspart lobby - The lobby waiting screen (self preview, microphone and camera toggles, Cancel).
 * @csspart lobby-preview - The self preview in the lobby.
 * @csspart lobby-toggle - The lobby's microphone and camera toggles.
 * @csspart lobby-cancel - The lobby's Cancel button.
 * @csspart reconnecting - The solid overlay over the stage while the call reconnects.
 * @csspart panel-close - The close button of the chat/people side panel.
 * @csspart connecting - The connecting screen.
 * @csspart banner - The compliance banner element (`banner-base`, `banner-message`, `banner-link`, `banner-dismiss`, `banner-indicator` inside it).
 * @csspart notices - The notice stack (`notice`, `notice-action`, `notice-dismiss` inside it).
 * @csspart gallery - The video gallery (`grid`, `tile`, `tile-name`, `avatar`, `self-view`, `stage`, `strip`, `pager`, `fullscreen-button`).
 * @csspart controls - The control bar (`control`, `leave-button`, `badge`, `device-menu`).
 * @csspart chat - The chat panel (`messages`, `message-group`, `message`, `mention`, `typing`, `send-box`, `send-button`, `jump-button`, `unavailable`).
 * @csspart people - The people panel (`people-base`, `people-header`, `person`).
 * @csspart side-panel - The side panel holding chat or people.
 * @csspart live-region - The polite live region (visually hidden).
 * @csspart captions-area - The live captions element (`captions`, `caption-line`, `caption-speaker`, `caption-text`, `caption-partial`, `caption-settings`, `caption-settings-panel` inside it).
 * @csspart breakout - The breakout-room bar (`breakout-action` inside it).
 * @csspart consent - The explicit-consent dialog element (`consent-scrim`, `consent-dialog`, `consent-title`, `consent-agree`, `consent-leave`, `consent-link` inside it).
 * @slot gallery-empty - Forwarded to the gallery: replaces the "nobody else is here yet" text.
 * @cssproperty --tmj-call-muted-text - Secondary text in the call (times, hints, the empty-gallery note).
 * @cssproperty --tmj-side-panel-width - Width of the chat/people panel beside the gallery.
 * @cssproperty --tmj-font - Font family.
 * @cssproperty --tmj-call-surface - Background of the call.
 * @cssproperty --tmj-call-surface-raised - Background of controls, panels and tiles.
 * @cssproperty --tmj-call-on-surface - Text colour in the call.
 * @cssproperty --tmj-accent - Accent colour (pressed toggles, own chat bubbles).
 * @cssproperty --tmj-danger - Leave button colour.
 * @cssproperty --tmj-focus-ring - Focus ring colour.
 * @cssproperty --tmj-radius - Corner radius.
 * @fires tmj-error - `{code: 'consent-failed', message}`: the meeting did not accept the visitor's consent (bubbles, composed).
 * @fires tmj-consent - `{granted: true, recording, transcription}`: the visitor agreed in the consent dialog and the meeting accepted it (bubbles, composed).
 * @fires tmj-call-leave - `{source: 'button' | 'keyboard'}`: the visitor asked to leave (bubbles, not composed).
 */
export class TmjCallView extends LitElement {
  static override styles = [sharedStyles, callViewStyles];

  /** The session; provided to the gallery and chat panel through `sessionContext`. */
  @provide({ context: sessionContext })
  @property({ attribute: false })
  session: MeetingSession | undefined;
  @property({ attribute: false }) sessionState: SessionState = INITIAL_SESSION_STATE;
  @property({ attribute: false }) joinState: JoinState = INITIAL_JOIN_STATE;
  @property({ attribute: false }) features: CallFeatures = { chat: true, video: true, screenShare: true };
  @property({ attribute: false }) privacyPolicyUrl: string | undefined;
  @property() override lang = 'en';
  /** The site's string overrides for this locale, by area (from `<teams-meeting-join>`'s `strings`). */
  @property({ attribute: false }) overrides: AreaOverrides | undefined;
  /** Interval of "new messages" summaries in the live region. */
  @property({ attribute: false }) messageAnnounceIntervalMs = 5000;
  /** Reflected fallback for full screen where the Fullscreen API is refused. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  @state() private strings: CallStrings = callStringsEn;
  /** The consent dialog's title and failure message, which the call view announces and reports. */
  #consent: ConsentStrings = consentStringsEn;
  @state() private panel: SidePanel | undefined;
  @state() private unread = 0;
  @state() private announcement = '';
  @state() private now = Date.now();
  @state() private fullscreen = false;
  @state() private notices: readonly Notice[] = [];
  /** Explicit consent: being sent / the last attempt failed. */
  @state() private consent: 'idle' | 'busy' | 'failed' = 'idle';
  /** Media commands in flight (mic, camera, share, hand), so a double press does not send two opposite ones. */
  @state() private busy: ReadonlySet<string> = new Set();
  @state() private lobbyView: VideoView | undefined;
  /** Matches the `max-width: 640px` container query where the side panel covers the gallery. */
  @state() private narrow = false;

  @query('tmj-call-controls') private controls!: TmjCallControls | null;

  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #lobbyTimer: ReturnType<typeof setInterval> | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #announcer: MessageAnnouncer | undefined;
  #stringsRequest = 0;
  #focusOnUpdate: (() => void | Promise<void>) | undefined;
  #resize: ResizeObserver | undefined;
  #lobbyStream: string | undefined;
  readonly #queue = new NoticeQueue();
  /** Captions, reactions, spotlight, breakout rooms (./guest-controller.ts). */
  readonly #guest = new GuestController(this);

  /** Current side panel (for tests and the host). */
  get openPanel(): SidePanel | undefined {
    return this.panel;
  }

  /** Current unread chat count. */
  get unreadCount(): number {
    return this.unread;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    this.addEventListener('keydown', (event) => this.#onKeydown(event), { signal });
    document.addEventListener(
      'fullscreenchange',
      () => {
        this.fullscreen = document.fullscreenElement === this;
      },
      { signal },
    );
    this.#announcer = new MessageAnnouncer(
      (text) => this.announce(text),
      () => ({ ...this.strings, lang: this.lang }),
      this.messageAnnounceIntervalMs,
    );
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      this.narrow = width > 0 && width <= NARROW_MAX_WIDTH;
    });
    this.#resize.observe(this);
    const unsubscribeQueue = this.#queue.subscribe(() => (this.notices = this.#queue.visible()));
    signal.addEventListener('abort', unsubscribeQueue);
    scheduleNoticeExpiry(this.#queue, signal);
    this.#subscribe();
    this.#syncLobbyTimer();
  }

  /** The notice queue shown under the banner (reconnecting, muted by others, session warnings). */
  get noticeQueue(): NoticeQueue {
    return this.#queue;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stopLobbyTimer();
    if (this.#announceTimer !== undefined) clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    this.#announcer?.dispose();
    this.#announcer = undefined;
    if (document.fullscreenElement === this) void document.exitFullscreen().catch(() => undefined);
    this.#releaseLobbyView();
  }

  /** Says `text` through the polite live region. Clearing first makes a repeated text be announced again. */
  announce(text: string): void {
    this.announcement = '';
    if (this.#announceTimer !== undefined) clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      this.announcement = text;
    }, 50);
  }

  /** Opens, switches or closes (`undefined`) the side panel. */
  showPanel(panel: SidePanel | undefined, options: { focus?: boolean } = {}): void {
    if (panel === 'chat' && !this.features.chat) return;
    this.panel = panel;
    if (panel === 'chat') this.unread = 0;
    if (options.focus && panel) {
      this.#focusOnUpdate = () => {
        const target = this.renderRoot.querySelector<HTMLElement>(`[data-panel="${panel}"]`);
        target?.focus();
      };
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('overrides')) {
      void this.#loadStrings();
      void this.#guest.loadStrings(this.lang);
    }
    if (changed.has('session') && this.isConnected) this.#subscribe();
    if (changed.has('sessionState')) {
      const before = changed.get('sessionState') as SessionState | undefined;
      if (!this.#guest.consumeMove()) this.#diffParticipants(before);
      this.#onConsentChange(before?.consentRequired ?? null, this.sessionState.consentRequired ?? null);
      // Devices and network (no microphone, muted by the system, headset unplugged, poor network…).
      const notices = diagnosticNoticeChanges(before, this.sessionState);
      if (notices.dismiss.length) this.#queue.dismissCode(...notices.dismiss);
      for (const code of notices.push) this.#queue.push({ code }, Date.now());
      if (this.joinState.phase === 'connected') this.#guest.onState(before, this.sessionState);
    }
    if (changed.has('joinState')) {
      const previous = (changed.get('joinState') as JoinState | undefined)?.phase;
      const phase = this.joinState.phase;
      if (phase !== previous) this.#onPhase(previous, phase);
    }
    if (changed.has('messageAnnounceIntervalMs') && this.#announcer) {
      this.#announcer.dispose();
      this.#announcer = new MessageAnnouncer((t) => this.announce(t), () => ({ ...this.strings, lang: this.lang }), this.messageAnnounceIntervalMs);
    }
  }

  protected override updated(): void {
    this.#syncLobbyView();
    const focus = this.#focusOnUpdate;
    this.#focusOnUpdate = undefined;
    if (focus && this.#mayMoveFocus()) void focus();
  }

  /** Focuses where the visitor continues in the current phase: the lobby heading or the microphone button. */
  override focus(options?: FocusOptions): void {
    const phase = this.joinState.phase;
    if (phase === 'lobby') {
      this.renderRoot.querySelector<HTMLElement>('#lobby-title')?.focus(options);
    } else if (phase === 'connected' || phase === 'reconnecting') {
      const controls = this.controls;
      if (controls) void controls.updateComplete.then(() => controls.focus(options));
    } else {
      super.focus(options);
    }
  }

  /**
   * Focus moves on a phase change only when it is ours to move: nothing focused, or focus inside the widget
   * (the active element is this element or one of the shadow hosts around it). Never pulled from the page.
   */
  #mayMoveFocus(): boolean {
    const active = document.activeElement;
    if (!active || active === document.body) return true;
    let node: Node | null = this;
    while (node) {
      if (node === active) return true;
      const root: Node = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return false;
  }

  async #loadStrings(): Promise<void> {
    const request = ++this.#stringsRequest;
    try {
      const [strings, consent] = await Promise.all([loadCallStrings(this.lang), loadCatalog(this.lang, 'consent')]);
      if (request === this.#stringsRequest) {
        this.strings = withOverrides(strings, this.overrides?.call);
        this.#consent = withOverrides(consent ?? consentStringsEn, this.overrides?.consent);
      }
    } catch {
      // A missing language chunk falls back to English rather than breaking the call.
      if (request === this.#stringsRequest) this.strings = callStringsEn;
    }
  }

  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.session?.subscribe((event) => this.#onSessionEvent(event));
  }

  #onSessionEvent(event: SessionEvent): void {
    if (this.#guest.onEvent(event)) return;
    switch (event.type) {
      case 'chat-message':
        if (event.message.isOwn) return;
        if (this.panel !== 'chat') this.unread++;
        this.#announcer?.message(event.message.senderDisplayName);
        return;
      case 'muted-by-others':
        // The notice stack announces its own notices; no second announcement here.
        this.#queue.push({ code: 'muted-by-others' }, Date.now());
        return;
      case 'reconnected':
        this.#queue.push({ code: 'reconnected' }, Date.now());
        return;
      case 'warning':
        this.#queue.push({ code: event.code }, Date.now());
        return;
      default:
        return;
    }
  }

  #onPhase(previous: JoinState['phase'] | undefined, phase: JoinState['phase']): void {
    this.#syncLobbyTimer();
    const s = this.strings;
    if (phase === 'lobby') {
      this.announce(s.lobbyTitle);
      this.#focusOnUpdate = () => this.renderRoot.querySelector<HTMLElement>('#lobby-title')?.focus();
    } else if (phase === 'connected' && previous !== 'reconnecting') {
      this.announce(s.admitted);
      // Into the call: the first control, where keyboard users continue.
      this.#focusOnUpdate = () => this.focus();
    }
    if (phase === 'reconnecting') this.#queue.push({ code: 'reconnecting' }, Date.now());
    else if (previous === 'reconnecting' && phase === 'connected') this.#queue.push({ code: 'reconnected' }, Date.now());
    else this.#queue.dismissCode('reconnecting');
  }

  #diffParticipants(previous: SessionState | undefined): void {
    if (!previous || this.joinState.phase !== 'connected') return;
    const inCall = (st: SessionState) =>
      new Map(st.participants.filter((p) => p.state === 'connected' || p.state === 'hold').map((p) => [p.id, p.displayName]));
    const before = inCall(previous);
    const after = inCall(this.sessionState);
    const joined = [...after].filter(([id]) => !before.has(id)).map(([, name]) => name);
    const left = [...before].filter(([id]) => !after.has(id)).map(([, name]) => name);
    const parts = [
      ...joined.map((name) => fmt(this.strings.joinedAnnouncement, { name })),
      ...left.map((name) => fmt(this.strings.leftAnnouncement, { name })),
    ];
    // Many people at once (a meeting start) would flood the reader: keep the first few.
    if (parts.length > 0) this.announce(parts.slice(0, 3).join('. '));
  }

  #syncLobbyTimer(): void {
    if (this.joinState.phase === 'lobby' && this.isConnected) {
      if (this.#lobbyTimer === undefined) {
        this.now = Date.now();
        this.#lobbyTimer = setInterval(() => (this.now = Date.now()), 1000);
      }
    } else {
      this.#stopLobbyTimer();
    }
  }

  #stopLobbyTimer(): void {
    if (this.#lobbyTimer !== undefined) clearInterval(this.#lobbyTimer);
    this.#lobbyTimer = undefined;
  }

  /** The consent dialog opens (focus to it, announced) or closes (focus back to the controls). */
  #onConsentChange(before: SessionState['consentRequired'], after: SessionState['consentRequired']): void {
    if (!before === !after) return;
    this.consent = 'idle';
    if (after) {
      this.announce(this.#consent.title);
      this.#focusOnUpdate = () => this.renderRoot.querySelector('tmj-consent-dialog')?.focus();
    } else {
      this.#focusOnUpdate = () => this.focus();
    }
  }

  async #grantConsent(): Promise<void> {
    const session = this.session;
    const requirement = this.sessionState.consentRequired;
    if (!session || !requirement || this.consent === 'busy') return;
    this.consent = 'busy';
    try {
      await session.grantConsent();
      this.consent = 'idle';
      // For the site's audit log: what was asked, at the moment the meeting accepted the consent.
      this.dispatchEvent(
        new CustomEvent('tmj-consent', {
          detail: { granted: true, recording: requirement.recording, transcription: requirement.transcription },
          bubbles: true,
          composed: true,
        }),
      );
    } catch {
      this.consent = 'failed';
      // Never only visual: the page learns it too (same text as the dialog shows).
      this.dispatchEvent(
        new CustomEvent('tmj-error', {
          detail: { code: 'consent-failed', message: this.#consent.failed },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  #renderConsent(): TemplateResult | typeof nothing {
    const requirement = this.sessionState.consentRequired;
    const phase = this.joinState.phase;
    if (!requirement || (phase !== 'connected' && phase !== 'reconnecting')) return nothing;
    return html`<tmj-consent-dialog
      part="consent"
      exportparts=${CONSENT_PARTS}
      .requirement=${requirement}
      .privacyPolicyUrl=${this.privacyPolicyUrl}
      .lang=${this.lang}
      .overrides=${this.overrides}
      ?busy=${this.consent === 'busy'}
      ?failed=${this.consent === 'failed'}
      @tmj-consent-agree=${() => void this.#grantConsent()}
      @tmj-consent-leave=${() => this.#leave('button')}
    ></tmj-consent-dialog>`;
  }

  /** Carries out a media toggle asked for by a button, menu item or shortcut, then says the new state. */
  async #toggle({ control, on }: Pick<ToggleDetail, 'control' | 'on'>): Promise<void> {
    const session = this.session;
    if (!session || this.busy.has(control)) return;
    this.busy = new Set(this.busy).add(control);
    try {
      if (control === 'captions') {
        // The guest controller says the result (on/off, or why not).
        await this.#guest.setCaptions(on);
        return;
      }
      if (control === 'mic') await session.setMicrophone(on);
      else if (control === 'camera') await session.setCamera(on);
      else if (control === 'share') await session.setScreenShare(on);
      else await session.setHandRaised(on);
      this.announce(this.strings[`${control}${on ? 'On' : 'Off'}Announce`]);
    } catch {
      // The session reports failures as state/warnings (shown as notices); the control just re-enables.
    } finally {
      const next = new Set(this.busy);
      next.delete(control);
      this.busy = next;
    }
  }

  #selectDevice({ kind, id }: SelectDeviceDetail): void {
    void this.session?.selectDevice(kind, id).catch(() => undefined);
  }

  /** The visitor's own camera in the lobby: one view while the camera is on, released on leaving the lobby. */
  #syncLobbyView(): void {
    const st = this.sessionState;
    const want =
      this.joinState.phase === 'lobby' && st.self.cameraOn
        ? st.streams.find((x) => x.participantId === 'self' && x.kind === 'camera' && x.available)?.id
        : undefined;
    if (want === this.#lobbyStream) return;
    this.#releaseLobbyView();
    if (!want || !this.session) return;
    this.#lobbyStream = want;
    void this.session.createVideoView(want, { fit: 'cover' }).then(
      (view) => {
        if (this.#lobbyStream !== want) view.dispose();
        else this.lobbyView = view;
      },
      () => undefined,
    );
  }

  #releaseLobbyView(): void {
    this.#lobbyStream = undefined;
    this.lobbyView?.dispose();
    this.lobbyView = undefined;
  }

  #leave(source: CallLeaveDetail['source']): void {
    this.dispatchEvent(
      new CustomEvent<CallLeaveDetail>('tmj-call-leave', { detail: { source }, bubbles: true, composed: false }),
    );
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.panel && event.composedPath().some((n) => n instanceof HTMLElement && n.dataset.panel)) {
        event.preventDefault();
        const panel = this.panel;
        this.showPanel(undefined);
        this.#focusOnUpdate = () =>
          this.controls?.renderRoot.querySelector<HTMLElement>(`[data-control="${panel}"]`)?.focus();
        return;
      }
      if (this.expanded) {
        this.expanded = false;
        return;
      }
    }
    const action = shortcutFor(event);
    if (!action) return;
    const phase = this.joinState.phase;
    if (action === 'leave') {
      if (phase === 'lobby' || phase === 'connecting' || phase === 'connected' || phase === 'reconnecting') {
        event.preventDefault();
        this.#leave('keyboard');
      }
      return;
    }
    const controls = this.controls;
    if (phase === 'lobby' && (action === 'mic' || action === 'camera')) {
      // The lobby has its own two toggles: the same commands and announcements as in the call.
      event.preventDefault();
      const self = this.sessionState.self;
      if (action === 'mic') void this.#toggle({ control: 'mic', on: !self.microphoneOn });
      else if (this.features.video) void this.#toggle({ control: 'camera', on: !self.cameraOn });
      return;
    }
    if (!controls) return;
    event.preventDefault();
    switch (action) {
      case 'mic':
        controls.toggleMic('keyboard');
        break;
      case 'camera':
        controls.toggleCamera('keyboard');
        break;
      case 'share':
        controls.toggleShare('keyboard');
        break;
      case 'hand':
        controls.toggleHand('keyboard');
        break;
      case 'chat':
      case 'people':
        this.showPanel(this.panel === action ? undefined : action, { focus: this.panel !== action });
        break;
    }
  }

  async #toggleFullscreen(): Promise<void> {
    if (this.expanded) {
      this.expanded = false;
      return;
    }
    if (document.fullscreenElement === this) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    if (document.fullscreenEnabled && typeof this.requestFullscreen === 'function') {
      try {
        await this.requestFullscreen();
        return;
      } catch {
        // Refused (no user activation, iframe without allowfullscreen): fall back below.
      }
    }
    this.expanded = true;
  }

  #onNoticeAction(detail: NoticeActionDetail): void {
    const notice = this.#queue.all().find((n) => n.id === detail.id);
    if (!notice) return;
    switch (detail.action) {
      case 'cancel':
        this.#leave('button');
        return;
      case 'retry': {
        // Device problems: re-apply the visitor's current media choice, which re-acquires the devices.
        const self = this.sessionState.self;
        this.#queue.dismiss(notice.id);
        void this.session?.setMicrophone(self.microphoneOn).catch(() => undefined);
        if (self.cameraOn) void this.session?.setCamera(true).catch(() => undefined);
        return;
      }
      default:
        // 'rejoin' belongs to the host's end screens; 'fix-permissions' only explains (the help is in the text).
        this.#queue.dismiss(notice.id);
    }
  }

  #renderNotices(): TemplateResult {
    return html`<tmj-notice-stack
      part="notices"
      exportparts=${NOTICE_PARTS}
      .notices=${this.notices}
      .lang=${this.lang}
      .overrides=${this.overrides}
      @tmj-notice-action=${(event: CustomEvent<NoticeActionDetail>) => this.#onNoticeAction(event.detail)}
      @tmj-notice-dismiss=${(event: CustomEvent<NoticeDismissDetail>) => this.#queue.dismiss(event.detail.id)}
    ></tmj-notice-stack>`;
  }

  #renderBanner(): TemplateResult {
    return html`<tmj-compliance-banner
      part="banner"
      exportparts=${BANNER_PARTS}
      .recording=${this.sessionState.compliance.recording}
      .transcription=${this.sessionState.compliance.transcription}
      .unobservable=${this.sessionState.compliance.unobservable === true}
      .consentPending=${this.sessionState.consentRequired != null}
      .privacyPolicyUrl=${this.privacyPolicyUrl}
      .lang=${this.lang}
      .overrides=${this.overrides}
    ></tmj-compliance-banner>`;
  }

  #renderLobby(): TemplateResult {
    const s = this.strings;
    const self = this.sessionState.self;
    const elapsed = formatDuration(this.lang, this.now - this.joinState.since);
    const toggle = (control: 'mic' | 'camera', on: boolean, label: string, onIcon: 'mic' | 'camera', offIcon: 'micOff' | 'cameraOff') =>
      html`<button
        type="button"
        part="lobby-toggle"
        data-control=${control}
        aria-pressed=${String(on)}
        aria-label=${label}
        aria-keyshortcuts=${control === 'mic' ? 'Control+Shift+M' : 'Control+Shift+O'}
        title=${label}
        ?disabled=${this.busy.has(control)}
        @click=${() => void this.#toggle({ control, on: !on })}
      >
        ${icon(on ? onIcon : offIcon)}
      </button>`;
    return html`<section part="lobby" class="screen lobby" aria-labelledby="lobby-title">
      ${this.features.video
        ? html`<div part="lobby-preview" class="lobby-preview" data-video=${this.lobbyView ? 'on' : 'off'}>
            ${this.lobbyView ? this.lobbyView.element : html`<span class="preview-off">${s.lobbyPreviewOff}</span>`}
          </div>`
        : nothing}
      <div class="screen-text">
        <h2 id="lobby-title" tabindex="-1">${s.lobbyTitle}</h2>
        <p>${s.lobbyHint}</p>
        <p class="elapsed" data-elapsed>${fmt(s.lobbyElapsed, { time: elapsed })}</p>
      </div>
      <div class="screen-actions">
        ${toggle('mic', self.microphoneOn, s.mic, 'mic', 'micOff')}
        ${this.features.video ? toggle('camera', self.cameraOn, s.camera, 'camera', 'cameraOff') : nothing}
        <button type="button" part="lobby-cancel" @click=${() => this.#leave('button')}>${s.lobbyCancel}</button>
      </div>
    </section>`;
  }

  #renderReconnecting(): TemplateResult {
    const s = this.strings;
    // A solid overlay over the stage (not a dim): nothing behind it shows through, every text keeps its contrast.
    return html`<section part="reconnecting" class="screen reconnecting" role="status" aria-labelledby="reconnecting-title">
      <div class="screen-icon" aria-hidden="true"><div class="spinner"></div></div>
      <div class="screen-text">
        <h2 id="reconnecting-title">${s.reconnectingTitle}</h2>
        <p>${s.reconnectingHint}</p>
      </div>
    </section>`;
  }

  #renderPanelClose(panel: SidePanel, label: string): TemplateResult {
    return html`<button
      type="button"
      part="panel-close"
      class="panel-close"
      aria-label=${fmt(this.strings.closePanel, { panel: label })}
      title=${fmt(this.strings.closePanel, { panel: label })}
      @click=${() => {
        this.showPanel(undefined);
        this.#focusOnUpdate = () => this.controls?.renderRoot.querySelector<HTMLElement>(`[data-control="${panel}"]`)?.focus();
      }}
    >
      ${icon('close')}
    </button>`;
  }

  #renderConnecting(): TemplateResult {
    return html`<section part="connecting" class="screen" aria-busy="true">
      <div class="spinner" aria-hidden="true"></div>
      <p>${this.strings.connecting}</p>
    </section>`;
  }

  #renderCall(): TemplateResult {
    const s = this.strings;
    const st = this.sessionState;
    const reconnecting = this.joinState.phase === 'reconnecting';
    // In a narrow widget an open side panel covers the gallery: it must not hold video views nor take focus.
    const covered = this.narrow && this.panel !== undefined;
    return html`<div class="main">
        ${reconnecting ? this.#renderReconnecting() : nothing}${this.#guest.renderFloats()}
        <tmj-video-gallery
          part="gallery"
          exportparts=${GALLERY_PARTS}
          .session=${this.session}
          .sessionState=${st}
          .strings=${s}
          ?fullscreen=${this.fullscreen || this.expanded}
          ?suspended=${covered}
          ?inert=${covered || reconnecting}
          .reactions=${this.#guest.reactions}
          .spotlightLabel=${this.#guest.strings.spotlighted}
          @tmj-fullscreen-toggle=${() => void this.#toggleFullscreen()}
          ><slot name="gallery-empty" slot="gallery-empty"></slot
        ></tmj-video-gallery>
        ${this.features.chat
          ? html`<aside part="side-panel" aria-label=${s.chat} ?hidden=${this.panel !== 'chat'} ?inert=${reconnecting}>
              ${this.#renderPanelClose('chat', s.chat)}
              <tmj-chat-panel
                part="chat"
                data-panel="chat"
                exportparts=${CHAT_PARTS}
                .session=${this.session}
                .chat=${st.chat}
                .strings=${s}
                .lang=${this.lang}
                .selfName=${st.self.displayName}
                ?open=${this.panel === 'chat'}
                @tmj-chat-html-blocked=${() => this.#queue.push({ code: 'chat-html-blocked' }, Date.now())}
              ></tmj-chat-panel>
            </aside>`
          : nothing}
        ${this.panel === 'people'
          ? html`<aside part="side-panel" aria-label=${s.people} ?inert=${reconnecting}>
              ${this.#renderPanelClose('people', s.people)}
              <!-- The list scrolls and has nothing focusable inside: it takes focus itself (arrow keys scroll it). -->
              <tmj-people-panel
                part="people"
                exportparts=${PEOPLE_PARTS}
                data-panel="people"
                tabindex="0"
                .participants=${st.participants}
                .self=${st.self}
                .lang=${this.lang}
                .overrides=${this.overrides}
              ></tmj-people-panel>
            </aside>`
          : nothing}
      </div>
      ${covered ? nothing : this.#guest.renderCaptions()}
      <tmj-call-controls
        exportparts=${CONTROLS_PARTS}
        .guestStrings=${this.#guest.strings}
        @tmj-react=${(event: CustomEvent<ReactDetail>) => void this.#guest.react(event.detail.reaction)}
        ?hidden=${covered}
        .busy=${this.busy}
        .sessionState=${st}
        .features=${this.features}
        .strings=${s}
        .lang=${this.lang}
        .unread=${this.unread}
        ?chat-open=${this.panel === 'chat'}
        ?people-open=${this.panel === 'people'}
        @tmj-toggle=${(event: CustomEvent<ToggleDetail>) => void this.#toggle(event.detail)}
        @tmj-select-device=${(event: CustomEvent<SelectDeviceDetail>) => this.#selectDevice(event.detail)}
        @tmj-panel-toggle=${(event: CustomEvent<PanelToggleDetail>) => {
          const panel = event.detail.panel;
          this.showPanel(this.panel === panel ? undefined : panel, { focus: this.panel !== panel });
        }}
        @tmj-call-leave=${(event: CustomEvent<CallLeaveDetail>) => {
          // Re-fired from the call view itself: the controls' event does not leave this shadow root.
          event.stopPropagation();
          this.#leave(event.detail.source);
        }}
      ></tmj-call-controls>`;
  }

  override render(): TemplateResult {
    const phase = this.joinState.phase;
    let body: TemplateResult | typeof nothing = nothing;
    if (phase === 'lobby') body = this.#renderLobby();
    else if (phase === 'connecting') body = this.#renderConnecting();
    else if (phase === 'connected' || phase === 'reconnecting') body = this.#renderCall();
    const consent = this.#renderConsent();
    // While the consent dialog is open, the rest of the call is inert: the dialog is modal inside the widget.
    const blocked = consent !== nothing;
    return html`<div part="call" role="region" aria-label=${this.strings.callRegion}>
      <div class="top" ?inert=${blocked}>${this.#renderBanner()}${this.#renderNotices()}${phase === 'connected' || phase === 'reconnecting' ? this.#guest.renderBreakout() : nothing}</div>
      ${blocked ? html`<div class="blocked" inert>${body}</div>` : body}
      ${consent}
      <div part="live-region" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }
}
