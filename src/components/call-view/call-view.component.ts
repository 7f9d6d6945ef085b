import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { JoinState } from '../../core/join-state.js';
import { INITIAL_JOIN_STATE } from '../../core/join-state.js';
import type { NoticeQueue } from '../../core/notices.js';
import type { MeetingSession, SessionEvent, SessionState } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import type {
  CallFeatures,
  CallLeaveDetail,
  PanelToggleDetail,
  SelectDeviceDetail,
  TmjCallControls,
  ToggleDetail,
} from '../call-controls/call-controls.component.js';
import { provide } from '@lit/context';
import { sessionContext } from '../shared/session-context.js';
import { callStringsEn, loadCallStrings, type CallStrings } from '../shared/call-strings.js';
import { secondaryButtonStyles } from '../shared/button.styles.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { focusIsOurs } from '../shared/focus-within.js';
import { callViewStyles } from './call-view.styles.js';
import { MessageAnnouncer } from './message-announcer.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { GuestController } from './guest-controller.js';
import { LobbyController } from './lobby-controller.js';
import { ConsentController, type ConsentDetail } from './consent-controller.js';
import { NoticesController } from './notices-controller.js';
import { FullscreenController } from './fullscreen-controller.js';
import { PipController } from './pip-controller.js';
import { pipStyles } from './pip.styles.js';
import { presenceAnnouncement } from './presence-announcement.js';
import { renderConnecting, renderReconnecting, renderSidePanels } from './call-view.screens.js';
import { MediaCommands } from './media-commands.js';
import { onCallKeydown, type KeyboardTarget } from './call-keyboard.js';
import type { ReactDetail } from '../call-controls/reaction-picker.component.js';
import type { EffectChangeDetail, NoiseSuppressionChangeDetail } from '../effects/effects-picker.component.js';
import { checkBackgroundImages, parseBackgroundImages, refusalMessage, type BackgroundImages } from '../effects/background-images.js';
import { BANNER_PARTS, CONTROLS_PARTS, GALLERY_PARTS } from '../shared/exported-parts.js';

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
 * @csspart pip-placeholder - What the widget shows while the call is in the picture-in-picture window or the mini player (`pip-back` inside it).
 * @csspart pip-bar - The mini player's bar (`pip-back`, `pip-move`, `pip-leave`).
 * @csspart pip-back - "Back to tab" / "Back to meeting" (placeholder and mini player).
 * @csspart pip-move - The mini player's "Move mini player" (inline-end corner, bottom or top).
 * @csspart pip-leave - The mini player's Leave.
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
  static override styles = [sharedStyles, secondaryButtonStyles, callViewStyles, pipStyles];

  /** The session; provided to the gallery and chat panel through `sessionContext`. */
  @provide({ context: sessionContext })
  @property({ attribute: false })
  session: MeetingSession | undefined;
  @property({ attribute: false }) sessionState: SessionState = INITIAL_SESSION_STATE;
  @property({ attribute: false }) joinState: JoinState = INITIAL_JOIN_STATE;
  @property({ attribute: false }) features: CallFeatures = { chat: true, video: true, screenShare: true };
  @property({ attribute: false }) privacyPolicyUrl: string | undefined;
  /** The site's background images for the effects chooser (`background-images` on the host; validated here). */
  @property({ attribute: false }) backgroundImages: unknown;
  @property() override lang = 'en';
  /** The site's string overrides for this locale, by area (from `<teams-meeting-join>`'s `strings`). */
  @property({ attribute: false }) overrides: AreaOverrides | undefined;
  /** Interval of "new messages" summaries in the live region. */
  @property({ attribute: false }) messageAnnounceIntervalMs = 5000;
  /** Reflected fallback for full screen where the Fullscreen API is refused. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  @state() private strings: CallStrings = callStringsEn;
  @state() private panel: SidePanel | undefined;
  @state() private unread = 0;
  @state() private announcement = '';
  /** Matches the `max-width: 640px` container query where the side panel covers the gallery. */
  @state() private narrow = false;

  /** The control bar, wherever the call is (in this shadow root, or in the picture-in-picture window). */
  private get controls(): TmjCallControls | null {
    return this.#pip.callRoot.querySelector<TmjCallControls>('tmj-call-controls');
  }

  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #announcer: MessageAnnouncer | undefined;
  #stringsRequest = 0;
  #focusOnUpdate: (() => void | Promise<void>) | undefined;
  #resize: ResizeObserver | undefined;
  /** Captions, reactions, spotlight, breakout rooms (./guest-controller.ts). */
  readonly #guest = new GuestController(this);
  /** Mic, camera, share, hand, captions, devices (./media-commands.ts). */
  readonly #media = new MediaCommands(this, () => this.strings, (on) => this.#guest.setCaptions(on));
  /** The lobby screen: elapsed time, own preview, toggles (./lobby-controller.ts). */
  readonly #lobby = new LobbyController(this, {
    strings: () => this.strings,
    busy: () => this.#media.busy,
    toggle: (detail) => void this.#media.toggle(detail),
    leave: () => this.#leave('button'),
  });
  /** Explicit consent (./consent-controller.ts). */
  readonly #consent = new ConsentController(this, {
    focusAfterUpdate: (focus) => (this.#focusOnUpdate = focus),
    leave: () => this.#leave('button'),
    agreed: (detail) => this.#consentAgreed(detail),
    failed: (message) => this.#consentFailed(message),
  });
  /** Notices under the banner (./notices-controller.ts). */
  readonly #notices = new NoticesController(this, () => this.#leave('button'));
  readonly #fullscreen = new FullscreenController(this);
  /** Picture-in-picture: the Document PiP window or the in-page mini player (./pip-controller.ts). */
  readonly #pip = new PipController(this, {
    strings: () => this.#guest.strings,
    callStrings: () => this.strings,
    leave: () => this.#leave('button'),
    keydown: (event) => onCallKeydown(event, this.#keyboardTarget()),
    resized: (width) => (this.narrow = width === undefined ? this.#narrowHere : width > 0 && width <= NARROW_MAX_WIDTH),
  });
  /** `narrow` as the widget's own box says (the window's box decides while the call is there). */
  #narrowHere = false;

  /** Where the call is shown: `inline`, in a picture-in-picture `window`, or the `mini` player. */
  get pipMode(): 'inline' | 'window' | 'mini' {
    return this.#pip.mode;
  }

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
    this.addEventListener('keydown', (event) => onCallKeydown(event, this.#keyboardTarget()), { signal });
    this.#announcer = new MessageAnnouncer(
      (text) => this.announce(text),
      () => ({ ...this.strings, lang: this.lang }),
      this.messageAnnounceIntervalMs,
    );
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      this.#narrowHere = width > 0 && width <= NARROW_MAX_WIDTH;
      if (this.#pip.mode !== 'window') this.narrow = this.#narrowHere;
    });
    this.#resize.observe(this);
    this.#subscribe();
  }

  /** The notice queue shown under the banner (reconnecting, muted by others, session warnings). */
  get noticeQueue(): NoticeQueue {
    return this.#notices.queue;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#announceTimer !== undefined) clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
    this.#announcer?.dispose();
    this.#announcer = undefined;
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
        const target = this.#pip.callRoot.querySelector<HTMLElement>(`[data-panel="${panel}"]`);
        target?.focus();
      };
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('overrides')) {
      void this.#loadStrings();
      void this.#consent.loadStrings();
      void this.#guest.loadStrings(this.lang).then(() => {
        this.#guestLoaded = true;
        this.#reportImages();
      });
    }
    if (changed.has('session') && this.isConnected) this.#subscribe();
    if (changed.has('sessionState')) {
      const before = changed.get('sessionState') as SessionState | undefined;
      if (!this.#guest.consumeMove()) this.#diffParticipants(before);
      this.#consent.onChange(before?.consentRequired ?? null, this.sessionState.consentRequired ?? null);
      this.#notices.onState(before, this.sessionState);
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

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('backgroundImages')) this.#reportImages();
    this.#lobby.syncView();
    const focus = this.#focusOnUpdate;
    this.#focusOnUpdate = undefined;
    if (focus && focusIsOurs(this)) void focus();
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

  async #loadStrings(): Promise<void> {
    const request = ++this.#stringsRequest;
    try {
      const strings = await loadCallStrings(this.lang);
      if (request === this.#stringsRequest) this.strings = withOverrides(strings, this.overrides?.call);
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
        this.#notices.push('muted-by-others');
        return;
      case 'reconnected':
        this.#notices.push('reconnected');
        return;
      case 'warning':
        this.#notices.push(event.code);
        return;
      default:
        return;
    }
  }

  #onPhase(previous: JoinState['phase'] | undefined, phase: JoinState['phase']): void {
    this.#lobby.syncTimer();
    const s = this.strings;
    if (phase === 'lobby') {
      this.announce(s.lobbyTitle);
      this.#focusOnUpdate = () => this.renderRoot.querySelector<HTMLElement>('#lobby-title')?.focus();
    } else if (phase === 'connected' && previous !== 'reconnecting') {
      this.announce(s.admitted);
      // Into the call: the first control, where keyboard users continue.
      this.#focusOnUpdate = () => this.focus();
    }
    this.#notices.onPhase(previous, phase);
  }

  #diffParticipants(previous: SessionState | undefined): void {
    if (!previous || this.joinState.phase !== 'connected') return;
    const text = presenceAnnouncement(previous, this.sessionState, this.strings);
    if (text) this.announce(text);
  }

  #consentAgreed(detail: ConsentDetail): void {
    this.dispatchEvent(new CustomEvent('tmj-consent', { detail, bubbles: true, composed: true }));
  }

  #consentFailed(message: string): void {
    this.dispatchEvent(new CustomEvent('tmj-error', { detail: { code: 'consent-failed', message }, bubbles: true, composed: true }));
  }

  #leave(source: CallLeaveDetail['source']): void {
    this.dispatchEvent(
      new CustomEvent<CallLeaveDetail>('tmj-call-leave', { detail: { source }, bubbles: true, composed: false }),
    );
  }

  /** Closes the side panel and returns focus to the control that opened it. */
  #closePanel(): void {
    const panel = this.panel;
    this.showPanel(undefined);
    this.#focusOnUpdate = () => this.controls?.renderRoot.querySelector<HTMLElement>(`[data-control="${panel}"]`)?.focus();
  }

  /** What a key press may act on (./call-keyboard.ts). */
  #keyboardTarget(): KeyboardTarget {
    return {
      phase: this.joinState.phase,
      panel: this.panel,
      expanded: this.expanded,
      controls: this.controls,
      self: this.sessionState.self,
      video: this.features.video,
      closePanel: () => this.#closePanel(),
      togglePanel: (panel) => this.showPanel(this.panel === panel ? undefined : panel, { focus: this.panel !== panel }),
      collapse: () => (this.expanded = false),
      toggle: (detail) => void this.#media.toggle(detail),
      leave: () => this.#leave('keyboard'),
    };
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

  #renderCall(): TemplateResult {
    const s = this.strings;
    const st = this.sessionState;
    const reconnecting = this.joinState.phase === 'reconnecting';
    // In a narrow widget an open side panel covers the gallery: it must not hold video views nor take focus.
    const covered = this.narrow && this.panel !== undefined;
    return html`<div class="main">
        ${reconnecting ? renderReconnecting(s) : nothing}${this.#guest.renderFloats()}
        <tmj-video-gallery
          part="gallery"
          exportparts=${GALLERY_PARTS}
          .session=${this.session}
          .sessionState=${st}
          .strings=${s}
          ?fullscreen=${this.#fullscreen.active || this.expanded}
          ?suspended=${covered}
          ?inert=${covered || reconnecting}
          .reactions=${this.#guest.reactions}
          .spotlightLabel=${this.#guest.strings.spotlighted}
          @tmj-fullscreen-toggle=${() => void this.#fullscreen.toggle()}
          ><slot name="gallery-empty" slot="gallery-empty"></slot
        ></tmj-video-gallery>
        ${renderSidePanels({
          strings: s,
          state: st,
          session: this.session,
          panel: this.panel,
          chat: this.features.chat,
          reconnecting,
          lang: this.lang,
          overrides: this.overrides,
          close: () => this.#closePanel(),
          onHtmlBlocked: () => this.#notices.push('chat-html-blocked'),
        })}
      </div>
      ${covered ? nothing : this.#guest.renderCaptions()}
      <tmj-call-controls
        exportparts=${CONTROLS_PARTS}
        .guestStrings=${this.#guest.strings}
        @tmj-react=${(event: CustomEvent<ReactDetail>) => void this.#guest.react(event.detail.reaction)}
        .backgroundImages=${this.#images().urls}
        .backgroundImagesRefused=${this.#images().refused.map((r) => refusalMessage(this.#guest.strings, r))}
        @tmj-effect-change=${(event: CustomEvent<EffectChangeDetail>) =>
          void this.#media.busyWhile('effects', () => this.#guest.setBackground(event.detail.background, this.#images().urls))}
        @tmj-noise-suppression-change=${(event: CustomEvent<NoiseSuppressionChangeDetail>) =>
          void this.#media.busyWhile('effects', () => this.#guest.setNoiseSuppression(event.detail.on))}
        ?hidden=${covered}
        .busy=${this.#media.busy}
        .sessionState=${st}
        .features=${this.features}
        .strings=${s}
        .lang=${this.lang}
        .unread=${this.unread}
        .popOut=${this.#pip.control}
        @tmj-pip-toggle=${() => this.#pip.toggle()}
        ?chat-open=${this.panel === 'chat'}
        ?people-open=${this.panel === 'people'}
        @tmj-toggle=${(event: CustomEvent<ToggleDetail>) => void this.#media.toggle(event.detail)}
        @tmj-select-device=${(event: CustomEvent<SelectDeviceDetail>) => this.#media.selectDevice(event.detail)}
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

  #imagesFrom: unknown;
  #imagesParsed: BackgroundImages = { urls: [], refused: [] };
  #guestLoaded = false;
  /** The site's images, validated (parsed again only when the host's value changes). */
  #images(): BackgroundImages {
    if (this.backgroundImages !== this.#imagesFrom) {
      this.#imagesFrom = this.backgroundImages;
      this.#imagesParsed = parseBackgroundImages(this.backgroundImages, document.baseURI);
    }
    return this.#imagesParsed;
  }

  /**
   * Tells the site about refused images (`tmj-error` `background-image-invalid` on the host, once per value: the
   * pre-join may have said it already), in the language's words, so only once the guest strings are there.
   */
  #reportImages(): void {
    if (!this.#guestLoaded || !this.isConnected) return;
    const root = this.getRootNode();
    checkBackgroundImages(root instanceof ShadowRoot ? root.host : this, this.backgroundImages, document.baseURI, this.#guest.strings);
  }

  override render(): TemplateResult {
    const phase = this.joinState.phase;
    let body: TemplateResult | typeof nothing = nothing;
    if (phase === 'lobby') body = this.#lobby.render();
    else if (phase === 'connecting') body = renderConnecting(this.strings);
    else if (phase === 'connected' || phase === 'reconnecting') body = this.#renderCall();
    const consent = this.#consent.render();
    // While the consent dialog is open, the rest of the call is inert: the dialog is modal inside the widget.
    const blocked = consent !== nothing;
    const mini = this.#pip.mode === 'mini';
    return html`<div part="call" role="region" aria-label=${mini ? this.#guest.strings.pipMiniPlayer : this.strings.callRegion}>
      <div class="top" ?inert=${blocked}>${this.#renderBanner()}${this.#notices.render()}${phase === 'connected' || phase === 'reconnecting' ? this.#guest.renderBreakout() : nothing}</div>
      ${blocked ? html`<div class="blocked" inert>${body}</div>` : body}
      ${this.#pip.renderMiniBar()}${consent}
      <div part="live-region" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>${this.#pip.renderPlaceholder()}`;
  }
}
