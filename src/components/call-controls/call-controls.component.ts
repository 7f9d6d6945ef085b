import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DeviceInfo, MeetingSession, SessionState } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import { callStringsEn, fmt, type CallStrings } from '../shared/call-strings.js';
import { icon } from '../shared/icons.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { SHORTCUTS, type ShortcutAction } from '../shared/shortcuts.js';
import { callControlsStyles } from './call-controls.styles.js';

export interface CallFeatures {
  readonly chat: boolean;
  readonly video: boolean;
  readonly screenShare: boolean;
}

export interface PanelToggleDetail {
  readonly panel: 'chat' | 'people';
}

export interface CallLeaveDetail {
  readonly source: 'button' | 'keyboard';
}

/** True where this browser can share a screen at all. */
export function canShareScreen(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
}

/**
 * The in-call control bar: microphone, camera, screen share, device settings, chat, people, raise hand, leave.
 * Media commands go straight to the session; panel toggles and leaving are events for the call view.
 *
 * @tagname tmj-call-controls
 * @summary In-call control bar.
 * @csspart controls - The bar (a list of controls).
 * @csspart control - Each control button (also: `control-mic`, `control-camera`, …).
 * @csspart leave-button - The red leave button.
 * @csspart badge - The unread count on the chat button.
 * @csspart device-menu - The device settings panel.
 * @cssproperty --tmj-control-background - Control background.
 * @cssproperty --tmj-control-background-hover - Control background on hover.
 * @cssproperty --tmj-control-background-active - Background of a pressed toggle.
 * @cssproperty --tmj-badge-background - Unread badge colour.
 * @cssproperty --tmj-controls-gap - Gap between controls.
 * @fires tmj-panel-toggle - `{panel: 'chat' | 'people'}`: the visitor toggled a side panel (not composed).
 * @fires tmj-call-leave - `{source}`: the visitor asked to leave (not composed).
 */
export class TmjCallControls extends LitElement {
  static override styles = [sharedStyles, callControlsStyles];

  /** The session to command (mic, camera, share, hand, devices). */
  @property({ attribute: false }) session: MeetingSession | undefined;
  @property({ attribute: false }) sessionState: SessionState = INITIAL_SESSION_STATE;
  @property({ attribute: false }) features: CallFeatures = { chat: true, video: true, screenShare: true };
  @property({ attribute: false }) strings: CallStrings = callStringsEn;
  @property({ type: Number }) unread = 0;
  @property({ type: Boolean, attribute: 'chat-open' }) chatOpen = false;
  @property({ type: Boolean, attribute: 'people-open' }) peopleOpen = false;

  @state() private devicesOpen = false;
  /** Commands in flight, so a double click does not send two opposite commands. */
  @state() private busy = new Set<string>();

  #abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#abort = new AbortController();
    // Close the device menu on an outside click.
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (this.devicesOpen && !event.composedPath().includes(this)) this.devicesOpen = false;
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

  toggleMic(): void {
    const self = this.sessionState.self;
    if (!self.microphoneOn && !this.sessionState.capabilities.unmuteMic) return;
    void this.#run('mic', () => this.session?.setMicrophone(!self.microphoneOn));
  }

  toggleCamera(): void {
    if (!this.features.video) return;
    const self = this.sessionState.self;
    if (!self.cameraOn && !this.sessionState.capabilities.turnVideoOn) return;
    void this.#run('camera', () => this.session?.setCamera(!self.cameraOn));
  }

  toggleShare(): void {
    if (!this.#shareVisible()) return;
    void this.#run('share', () => this.session?.setScreenShare(!this.sessionState.self.screenSharing));
  }

  toggleHand(): void {
    if (!this.sessionState.capabilities.raiseHand) return;
    void this.#run('hand', () => this.session?.setHandRaised(!this.sessionState.self.handRaised));
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
      this.renderRoot.querySelector<HTMLSelectElement>('[part~="device-menu"] select')?.focus();
    }
  }

  async #run(key: string, command: () => Promise<void> | undefined): Promise<void> {
    if (this.busy.has(key)) return;
    this.busy = new Set(this.busy).add(key);
    try {
      await command();
    } catch {
      // The session reports failures as state/warnings (shown as notices); the button just re-enables.
    } finally {
      const next = new Set(this.busy);
      next.delete(key);
      this.busy = next;
    }
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
        part="control control-${options.key}"
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

  #deviceSelect(kind: DeviceInfo['kind'], label: string, current: string | undefined): TemplateResult | typeof nothing {
    const devices = this.sessionState.devices.filter((d) => d.kind === kind);
    if (devices.length === 0) return nothing;
    return html`<label
      >${label}
      <select
        data-device=${kind}
        @change=${(event: Event) => {
          const id = (event.target as HTMLSelectElement).value;
          void this.#run(`device-${kind}`, () => this.session?.selectDevice(kind, id));
        }}
      >
        ${devices.map((d) => html`<option value=${d.id} ?selected=${d.id === current}>${d.label}</option>`)}
      </select></label
    >`;
  }

  #renderDeviceMenu(): TemplateResult {
    const s = this.strings;
    const self = this.sessionState.self;
    const hasDevices = this.sessionState.devices.length > 0;
    return html`<div
      part="device-menu"
      id="device-menu"
      role="group"
      aria-labelledby="device-menu-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          this.#closeDevices();
        }
      }}
    >
      <h2 id="device-menu-title">${s.devicesTitle}</h2>
      ${hasDevices
        ? html`${this.features.video ? this.#deviceSelect('camera', s.cameraSelect, self.cameraId) : nothing}
          ${this.#deviceSelect('microphone', s.microphoneSelect, self.microphoneId)}
          ${this.#deviceSelect('speaker', s.speakerSelect, self.speakerId)}`
        : html`<p>${s.noDevices}</p>`}
      <button type="button" part="control control-close" @click=${() => this.#closeDevices()}>${s.close}</button>
    </div>`;
  }

  #closeDevices(): void {
    this.devicesOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[data-control="devices"]')?.focus();
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
    return html`<p id="shortcuts" class="visually-hidden">${s.shortcutsHint}</p>
      <ul part="controls" role="list" aria-label=${s.controls} aria-describedby="shortcuts">
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
      ${this.#shareVisible()
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
      ${caps.raiseHand
        ? this.#button({
            key: 'hand',
            label: s.raiseHand,
            text: s.raiseHand,
            iconName: 'hand',
            pressed: self.handRaised,
            onClick: () => this.toggleHand(),
          })
        : nothing}
      ${this.features.chat
        ? this.#button({
            key: 'chat',
            label: unread ? fmt(s.chatUnread, { count: this.unread }) : s.chat,
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
      <li class="devices">
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
        ${this.devicesOpen ? this.#renderDeviceMenu() : nothing}
      </li>
      <li>
        <button
          type="button"
          part="leave-button"
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
