import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DeviceInfo, SessionState } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import { callStringsEn, type CallStrings } from '../shared/call-strings.js';
import { plural } from '../../i18n/intl.js';
import { icon } from '../shared/icons.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { SHORTCUTS, type ShortcutAction } from '../shared/shortcuts.js';
import { callControlsStyles } from './call-controls.styles.js';
import guestStringsEn from '../../i18n/en/guest.js';
import type { GuestStrings } from '../../i18n/types.js';
import type { ReactionKind } from '../../session/types.js';
import type { CallLeaveDetail, PanelToggleDetail, SelectDeviceDetail, ToggleControl, ToggleDetail } from './call-controls.types.js';
import type { CallFeatures } from './call-controls.types.js';
import { LabelFit } from './label-fit.js';
import { MoreMenu } from './more-menu.js';
import { renderDeviceMenu } from './device-menu.js';
import type { ReactDetail, TmjReactionPicker } from './reaction-picker.component.js';

export type { CallFeatures, CallLeaveDetail, PanelToggleDetail, SelectDeviceDetail, ToggleControl, ToggleDetail } from './call-controls.types.js';

/** True where this browser can share a screen at all. */
export function canShareScreen(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
}

/**
 * The in-call control bar: microphone, camera, screen share, device settings, chat, people, raise hand, leave.
 * Presentational: it renders the state it is given and fires intent events (`tmj-toggle`, `tmj-select-device`,
 * `tmj-panel-toggle`, `tmj-call-leave`); the call view carries them out and announces the result. In a narrow
 * bar (< 600 px) screen share, raise hand and device settings move into a "More" menu button (WAI-ARIA menu
 * button pattern: Enter/Space/arrows open it, arrows move, Escape closes and returns focus), so the bar stays
 * one row.
 *
 * @tagname tmj-call-controls
 * @summary In-call control bar.
 * @csspart controls - The bar (a list of controls).
 * @csspart control - Each control button; each also has its own part: `control-mic`, `control-camera`, `control-share`, `control-hand`, `control-chat`, `control-people`, `control-devices`, `control-popout`, `control-close` (device menu).
 * @csspart control-pressed - A toggle that is on (microphone or camera on, sharing, hand raised, panel open).
 * @csspart control-disabled - A control the meeting does not allow right now (its reason is shown beside it).
 * @csspart leave-button - The red leave button (also `control-leave`).
 * @csspart icon - Every icon (also `icon-<name>`, e.g. `icon-mic`, `icon-mic-off`).
 * @csspart badge - The unread count on the chat button.
 * @csspart device-menu - The device settings panel.
 * @csspart more-menu - The "More" menu of a narrow bar (`menu-item` inside it).
 * @csspart menu-item - An item of the "More" menu.
 * @cssproperty --tmj-control-background - Control background.
 * @cssproperty --tmj-control-background-hover - Control background on hover.
 * @cssproperty --tmj-control-background-active - Background of a pressed toggle.
 * @cssproperty --tmj-badge-background - Unread badge colour.
 * @cssproperty --tmj-controls-gap - Gap between controls.
 * @fires tmj-toggle - `{control, on, source}`: the visitor asked to turn mic, camera, share or hand on/off (not composed).
 * @fires tmj-select-device - `{kind, id}`: the visitor picked a device (not composed).
 * @fires tmj-panel-toggle - `{panel: 'chat' | 'people'}`: the visitor toggled a side panel (not composed).
 * @fires tmj-call-leave - `{source}`: the visitor asked to leave (not composed).
 * @fires tmj-pip-toggle - The visitor asked to pop the call out (picture-in-picture) or bring it back (not composed).
 * @fires tmj-effect-change - `{background}`: the visitor picked a background effect in device settings (not composed).
 * @fires tmj-noise-suppression-change - `{on}`: the visitor switched noise suppression (not composed).
 */
export class TmjCallControls extends LitElement {
  static override styles = [sharedStyles, callControlsStyles];

  @property({ attribute: false }) sessionState: SessionState = INITIAL_SESSION_STATE;
  @property({ attribute: false }) features: CallFeatures = { chat: true, video: true, screenShare: true };
  @property({ attribute: false }) strings: CallStrings = callStringsEn;
  /** Strings of the guest features (captions, reactions). */
  @property({ attribute: false }) guestStrings: GuestStrings = guestStringsEn;
  /** The site's background images for the effects chooser (validated URLs). */
  @property({ attribute: false }) backgroundImages: readonly string[] = [];
  /** Why some of the site's images are not offered (localized messages). */
  @property({ attribute: false }) backgroundImagesRefused: readonly string[] = [];
  @property({ type: Number }) unread = 0;
  @property({ type: Boolean, attribute: 'chat-open' }) chatOpen = false;
  @property({ type: Boolean, attribute: 'people-open' }) peopleOpen = false;
  /** Picture-in-picture: no control, "Pop out", or "Back to tab" while the call is in its own window. */
  @property({ attribute: false }) popOut: 'none' | 'pop-out' | 'back-to-tab' = 'none';
  /** The resolved UI language (plural forms). */
  @property() override lang = 'en';

  /** Commands in flight (kept by the call view), so a double click does not send two opposite commands. */
  @property({ attribute: false }) busy: ReadonlySet<string> = new Set();

  @state() private devicesOpen = false;
  /** The React menu is open (mirrors the picker, for aria-expanded). */
  @state() private reactOpen = false;

  #abort: AbortController | undefined;
  /** Compact bar below 600 px; text labels only while the row fits with them (./label-fit.ts). */
  readonly #fit = new LabelFit(this);
  /** The narrow bar's "More" menu (./more-menu.ts). */
  readonly #menu = new MoreMenu(this, () => (this.devicesOpen = false));

  override connectedCallback(): void {
    super.connectedCallback();
    this.#abort = new AbortController();
    // Close the device menu on an outside click.
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (event.composedPath().includes(this)) return;
        this.devicesOpen = false;
        this.#menu.close(false);
      },
      { signal: this.#abort.signal },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  /** Focuses the microphone button (the call view moves focus here on entering the call). */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-control="mic"]');
    (target ?? this.renderRoot.querySelector<HTMLElement>('button'))?.focus(options);
  }

  /** Asks to flip the microphone (button or shortcut); ignored while unmuting is not allowed. */
  toggleMic(source: ToggleDetail['source'] = 'button'): void {
    const self = this.sessionState.self;
    if (!self.microphoneOn && !this.sessionState.capabilities.unmuteMic) return;
    this.#toggle('mic', !self.microphoneOn, source);
  }

  toggleCamera(source: ToggleDetail['source'] = 'button'): void {
    if (!this.features.video) return;
    const self = this.sessionState.self;
    if (!self.cameraOn && !this.sessionState.capabilities.turnVideoOn) return;
    this.#toggle('camera', !self.cameraOn, source);
  }

  toggleShare(source: ToggleDetail['source'] = 'button'): void {
    if (!this.#shareVisible()) return;
    this.#toggle('share', !this.sessionState.self.screenSharing, source);
  }

  toggleHand(source: ToggleDetail['source'] = 'button'): void {
    if (!this.sessionState.capabilities.raiseHand) return;
    this.#toggle('hand', !this.sessionState.self.handRaised, source);
  }

  /** Asks to turn captions on or off (where the meeting offers them). */
  toggleCaptions(source: ToggleDetail['source'] = 'button'): void {
    const c = this.sessionState.captions;
    if (!c.supported) return;
    this.#toggle('captions', !c.active, source);
  }

  /** Fires `tmj-react` (bubbles, not composed): the call view sends it. */
  react(reaction: ReactionKind): void {
    if (!this.sessionState.reactionsAllowed) return;
    this.dispatchEvent(new CustomEvent<ReactDetail>('tmj-react', { detail: { reaction }, bubbles: true, composed: false }));
  }

  #toggle(control: ToggleControl, on: boolean, source: ToggleDetail['source']): void {
    if (this.busy.has(control)) return;
    this.dispatchEvent(
      new CustomEvent<ToggleDetail>('tmj-toggle', { detail: { control, on, source }, bubbles: true, composed: false }),
    );
  }

  /** Fires `tmj-pip-toggle` (bubbles, not composed): the call view pops the call out or brings it back. */
  togglePip(): void {
    if (this.popOut === 'none') return;
    this.dispatchEvent(new CustomEvent('tmj-pip-toggle', { bubbles: true, composed: false }));
  }

  togglePanel(panel: 'chat' | 'people'): void {
    if (panel === 'chat' && !this.features.chat) return;
    this.dispatchEvent(
      new CustomEvent<PanelToggleDetail>('tmj-panel-toggle', { detail: { panel }, bubbles: true, composed: false }),
    );
  }

  requestLeave(source: CallLeaveDetail['source']): void {
    this.dispatchEvent(
      new CustomEvent<CallLeaveDetail>('tmj-call-leave', { detail: { source }, bubbles: true, composed: false }),
    );
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('devicesOpen' as keyof TmjCallControls) && this.devicesOpen) {
      const menu = this.renderRoot.querySelector<HTMLElement>('[part~="device-menu"]');
      (menu?.querySelector<HTMLElement>('select') ?? menu?.querySelector<HTMLElement>('button'))?.focus();
    }
    // A bar that grew wide again has no "More" menu.
    if (!this.#fit.compact && this.#menu.isOpen) this.#menu.close(false);
  }

  #selectDevice(kind: DeviceInfo['kind'], id: string): void {
    this.dispatchEvent(
      new CustomEvent<SelectDeviceDetail>('tmj-select-device', { detail: { kind, id }, bubbles: true, composed: false }),
    );
  }

  #shareVisible(): boolean {
    const caps = this.sessionState.capabilities;
    // Blocked until consent: still shown (disabled, saying why), since consenting will enable it.
    const allowed = caps.shareScreen || caps.reasons?.shareScreen === 'consent-required';
    return this.features.screenShare && allowed && canShareScreen();
  }

  #button(options: {
    key: string;
    label: string;
    text: string;
    iconName: Parameters<typeof icon>[0];
    pressed?: boolean | undefined;
    disabledReason?: string | undefined;
    onClick: () => void;
    extra?: TemplateResult | typeof nothing;
    expanded?: boolean | undefined;
  }): TemplateResult {
    const reasonId = `reason-${options.key}`;
    return html`<li>
      <button
        type="button"
        part="control control-${options.key}${options.pressed ? ' control-pressed' : ''}${options.disabledReason ? ' control-disabled' : ''}"
        data-control=${options.key}
        aria-label=${options.label}
        aria-pressed=${options.pressed === undefined ? nothing : String(options.pressed)}
        aria-expanded=${options.expanded === undefined ? nothing : String(options.expanded)}
        aria-disabled=${options.disabledReason ? 'true' : nothing}
        aria-describedby=${options.disabledReason ? reasonId : nothing}
        aria-keyshortcuts=${options.key in SHORTCUTS ? SHORTCUTS[options.key as ShortcutAction].aria : nothing}
        title=${options.disabledReason ?? options.label}
        @click=${() => {
          if (!options.disabledReason) options.onClick();
        }}
      >
        ${icon(options.iconName)}<span class="label" aria-hidden="true">${options.text}</span>${options.extra ?? nothing}
      </button>
      ${options.disabledReason ? html`<span id=${reasonId} class="reason">${options.disabledReason}</span>` : nothing}
    </li>`;
  }

  /** The wide bar's React button (a menu button) with its picker. */
  #renderReact(): TemplateResult {
    const g = this.guestStrings;
    const picker = () => this.renderRoot.querySelector<TmjReactionPicker>('tmj-reaction-picker');
    return html`<li>
      <tmj-reaction-picker
        exportparts="reaction-menu, reaction-item"
        .strings=${g}
        @tmj-react-menu=${(event: CustomEvent<{ open: boolean }>) => (this.reactOpen = event.detail.open)}
        @tmj-react=${(event: CustomEvent<ReactDetail>) => {
          event.stopPropagation();
          this.react(event.detail.reaction);
        }}
      >
        <button
          slot="button"
          type="button"
          part="control control-react"
          data-control="react"
          aria-label=${g.react}
          title=${g.react}
          aria-haspopup="menu"
          aria-expanded=${String(this.reactOpen)}
          @click=${() => {
            picker()?.toggle('first');
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            event.preventDefault();
            const p = picker();
            if (p && !p.isOpen) p.toggle(event.key === 'ArrowDown' ? 'first' : 'last');
          }}
        >
          ${icon('react')}<span class="label" aria-hidden="true">${g.react}</span>
        </button>
      </tmj-reaction-picker>
    </li>`;
  }

  #deviceMenu(): TemplateResult {
    return renderDeviceMenu({
      strings: this.strings,
      state: this.sessionState,
      video: this.features.video,
      select: (kind, id) => this.#selectDevice(kind, id),
      close: () => this.#closeDevices(),
      effects: this.#renderEffects(),
    });
  }

  /** Background effects and noise suppression (../effects), where this session supports them. */
  #renderEffects(): TemplateResult | typeof nothing {
    const fx = this.sessionState.effects;
    if (!(fx.backgroundSupported && this.features.video) && !fx.noiseSuppressionSupported) return nothing;
    // Re-fired from this element: the picker's events do not leave this shadow root.
    const refire = (event: Event) => {
      event.stopPropagation();
      const e = event as CustomEvent<unknown>;
      this.dispatchEvent(new CustomEvent(e.type, { detail: e.detail, bubbles: true, composed: false }));
    };
    return html`<tmj-effects-picker
      .effects=${this.features.video ? fx : { ...fx, backgroundSupported: false }}
      .images=${this.backgroundImages}
      .refused=${this.backgroundImagesRefused}
      .strings=${this.guestStrings}
      ?busy=${this.busy.has('effects')}
      @tmj-effect-change=${refire}
      @tmj-noise-suppression-change=${refire}
    ></tmj-effects-picker>`;
  }

  #closeDevices(): void {
    this.devicesOpen = false;
    this.renderRoot.querySelector<HTMLElement>(this.#fit.compact ? '[data-control="more"]' : '[data-control="devices"]')?.focus();
  }

  override render(): TemplateResult {
    const s = this.strings;
    const st = this.sessionState;
    const self = st.self;
    const caps = st.capabilities;
    const micBlocked = !self.microphoneOn && !caps.unmuteMic;
    const camBlocked = !self.cameraOn && !caps.turnVideoOn;
    // Teams explicit-consent meetings (SDK reason ExplicitConsentRequired): say consent is needed, not "not allowed".
    const consent = (name: 'unmuteMic' | 'turnVideoOn' | 'shareScreen') => caps.reasons?.[name] === 'consent-required';
    const shareBlocked = !self.screenSharing && !caps.shareScreen && consent('shareScreen');
    const unread = this.unread > 0 && !this.chatOpen;
    const compact = this.#fit.compact;
    const share = this.#shareVisible();
    const g = this.guestStrings;
    const menu = this.#menu;
    return html`<p id="shortcuts" class="visually-hidden">${s.shortcutsHint}</p>
      <ul part="controls" role="list" aria-label=${s.controls} aria-describedby="shortcuts" class=${compact ? 'compact' : this.#fit.labels ? 'labels' : ''}>
      ${this.#button({
        key: 'mic',
        // A toggle keeps one label and flips aria-pressed (changing both would announce a contradiction).
        // Pressed means "on", as for the camera here and both toggles on the pre-join screen.
        label: s.mic,
        text: s.mic,
        iconName: self.microphoneOn ? 'mic' : 'micOff',
        pressed: self.microphoneOn,
        disabledReason: micBlocked ? (consent('unmuteMic') ? s.unmuteNeedsConsent : s.unmuteNotAllowed) : undefined,
        onClick: () => this.toggleMic(),
      })}
      ${this.features.video
        ? this.#button({
            key: 'camera',
            label: s.camera,
            text: s.camera,
            iconName: self.cameraOn ? 'camera' : 'cameraOff',
            pressed: self.cameraOn,
            disabledReason: camBlocked ? (consent('turnVideoOn') ? s.videoNeedsConsent : s.videoNotAllowed) : undefined,
            onClick: () => this.toggleCamera(),
          })
        : nothing}
      ${share && !compact
        ? this.#button({
            key: 'share',
            label: s.share,
            text: s.share,
            iconName: 'share',
            pressed: self.screenSharing,
            disabledReason: shareBlocked ? s.shareNeedsConsent : undefined,
            onClick: () => this.toggleShare(),
          })
        : nothing}
      ${caps.raiseHand && !compact
        ? this.#button({
            key: 'hand',
            label: s.raiseHand,
            text: s.raiseHand,
            iconName: 'hand',
            pressed: self.handRaised,
            onClick: () => this.toggleHand(),
          })
        : nothing}
      ${st.captions.supported && !compact
        ? this.#button({
            key: 'captions',
            label: g.captions,
            text: g.captions,
            iconName: 'captions',
            pressed: st.captions.active,
            onClick: () => this.toggleCaptions(),
          })
        : nothing}
      ${st.reactionsAllowed && !compact ? this.#renderReact() : nothing}
      ${this.features.chat
        ? this.#button({
            key: 'chat',
            label: unread ? plural(this.lang, s.chatUnread, this.unread) : s.chat,
            text: s.chat,
            iconName: 'chat',
            pressed: this.chatOpen,
            onClick: () => this.togglePanel('chat'),
            extra: unread
              ? html`<span part="badge" aria-hidden="true">${this.unread > 99 ? '99+' : this.unread}</span>`
              : nothing,
          })
        : nothing}
      ${this.#button({
        key: 'people',
        label: s.people,
        text: s.people,
        iconName: 'people',
        pressed: this.peopleOpen,
        onClick: () => this.togglePanel('people'),
      })}
      ${this.popOut !== 'none' && !compact
        ? this.#button({
            key: 'popout',
            label: this.popOut === 'pop-out' ? g.pipPopOut : g.pipBackToTab,
            text: this.popOut === 'pop-out' ? g.pipPopOut : g.pipBackToTab,
            iconName: 'popOut',
            onClick: () => this.togglePip(),
          })
        : nothing}
      ${compact
        ? html`<li class="more">
            <button
              type="button"
              part="control control-more"
              data-control="more"
              aria-label=${s.more}
              title=${s.more}
              aria-haspopup="menu"
              aria-expanded=${String(this.#menu.isOpen)}
              aria-controls="more-menu"
              @click=${() => (this.#menu.isOpen ? this.#menu.close(false) : this.#menu.open('first'))}
              @keydown=${(event: KeyboardEvent) => this.#menu.onButtonKeydown(event)}
            >
              ${icon('more')}<span class="label" aria-hidden="true">${s.more}</span>
            </button>
            ${this.#menu.isOpen
              ? html`<ul part="more-menu" id="more-menu" role="menu" aria-label=${s.more} @keydown=${(event: KeyboardEvent) => this.#menu.onMenuKeydown(event)}>
                  ${share ? menu.item('share', s.share, 'share', self.screenSharing, () => this.toggleShare()) : nothing}
                  ${caps.raiseHand ? menu.item('hand', s.raiseHand, 'hand', self.handRaised, () => this.toggleHand()) : nothing}
                  ${st.captions.supported ? menu.item('captions', g.captions, 'captions', st.captions.active, () => this.toggleCaptions()) : nothing}
                  ${st.reactionsAllowed ? menu.reactionItems(g, (r) => this.react(r)) : nothing}
                  ${this.popOut !== 'none'
                    ? menu.item('popout', this.popOut === 'pop-out' ? g.pipPopOut : g.pipBackToTab, 'popOut', undefined, () => this.togglePip())
                    : nothing}
                  ${menu.item('devices', s.devices, 'settings', undefined, () => (this.devicesOpen = true))}
                </ul>`
              : nothing}
            ${this.devicesOpen ? this.#deviceMenu() : nothing}
          </li>`
        : html`<li class="devices">
            <button
              type="button"
              part="control control-devices"
              data-control="devices"
              aria-label=${s.devices}
              title=${s.devices}
              aria-expanded=${String(this.devicesOpen)}
              aria-controls="device-menu"
              @click=${() => (this.devicesOpen = !this.devicesOpen)}
            >
              ${icon('settings')}<span class="label" aria-hidden="true">${s.devices}</span>
            </button>
            ${this.devicesOpen ? this.#deviceMenu() : nothing}
          </li>`}
      <li>
        <button
          type="button"
          part="leave-button control-leave"
          data-control="leave"
          aria-label=${s.leave}
          aria-keyshortcuts=${SHORTCUTS.leave.aria}
          title=${s.leave}
          @click=${() => this.requestLeave('button')}
        >
          ${icon('leave')}<span class="label" aria-hidden="true">${s.leave}</span>
        </button>
      </li>
      </ul>`;
  }
}
