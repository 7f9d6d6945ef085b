import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../shared/decorators.js';
import { MediaPreviewController, UNAVAILABLE, type PreviewKind } from '../../controllers/media-preview.controller.js';
import type * as PrejoinMedia from './prejoin.media.js';
import type * as PrejoinIdentity from './prejoin.identity.js';
import coreStringsEn from '../../i18n/en/core.js';
import type { CoreStrings } from '../../i18n/types.js';
import type { MediaChoice } from '../../session/types.js';
import { prejoinStyles } from './prejoin.styles.js';

/** Longest display name accepted; Teams shows far less, and the service rejects absurd lengths. */
export const MAX_NAME_LENGTH = 256;

export interface PrejoinJoinDetail {
  /** Empty when the visitor signs in with Microsoft 365 (the name comes from the account). */
  readonly displayName: string;
  readonly media: MediaChoice;
  /** What the visitor joins as (`teams` = signed in with a work or school account). */
  readonly identity?: 'acs' | 'teams' | undefined;
}

declare global {
  interface HTMLElementEventMap {
    'tmj-prejoin-join': CustomEvent<PrejoinJoinDetail>;
    'tmj-join-intent': Event;
    'tmj-prejoin-ready': Event;
  }
}

/**
 * @tagname tmj-prejoin
 * @summary The pre-join screen: display name, camera preview, microphone level, toggles and device pickers.
 * Internal to `<teams-meeting-join>`; its parts are re-exported by the host.
 *
 * @csspart form - The whole pre-join form.
 * @csspart title - The heading.
 * @csspart preview - The camera preview box.
 * @csspart video - The mirrored preview video.
 * @csspart meter - The microphone level meter.
 * @csspart toggle - Microphone and camera toggle buttons (also `mic-toggle`, `camera-toggle`).
 * @csspart label - Field labels.
 * @csspart input - The name field and device selects (also `name-input`, `device-select`).
 * @csspart hint - The name length counter.
 * @csspart field-error - The name validation message.
 * @csspart media-notice - Explanations when a device is blocked or missing.
 * @csspart devices - The device settings disclosure.
 * @csspart button - Every button.
 * @csspart join-button - The join button.
 * @csspart identity - The identity chooser (`identity="choice"`): a fieldset of two options.
 * @csspart identity-option - One option of the identity chooser (also `identity-radio`, its radio button).
 *
 * @fires tmj-prejoin-join - Internal (not composed): the visitor asked to join with a valid name.
 * @fires tmj-join-intent - Internal (not composed): focus, hover or press on the join button (prefetch hint).
 * @fires tmj-prejoin-ready - Internal (not composed): the pre-join is complete (preview playing, meter sampling, or
 * the devices settled as unavailable/off); what is not needed for it may load now.
 */
export class TmjPrejoin extends LitElement {
  static override styles = prejoinStyles;
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Initial display name (from the host's `display-name`), trimmed when shown. */
  @property({ attribute: false }) displayName = '';
  @property({ attribute: false }) strings: CoreStrings = coreStringsEn;
  /** `no-video`: hide the camera UI and never ask for the camera. */
  @property({ type: Boolean, attribute: false }) noVideo = false;

  @state() private name = '';
  @state() private nameInvalid = false;
  /**
   * The host's `identity`: `choice` offers guest or Microsoft 365 sign-in (the chooser is a lazy chunk,
   * ./prejoin.identity.ts); `teams` asks no name (the account brings it).
   */
  @property({ attribute: false }) identity = 'acs';
  /**
   * The site's string overrides for the widget's language, by area (the host's `strings`, slotted JSON and
   * `strings-url`, resolved): the lazy identity chooser applies their `identity` area.
   * @internal
   */
  @property({ attribute: false }) overrides: import('../../i18n/apply.js').AreaOverrides | undefined = undefined;
  /** The visitor picked "Sign in with a work or school account" (set by the lazy chooser). */
  @state() m365 = false;
  #id: typeof PrejoinIdentity | undefined;

  /**
   * The preview controller is part of the pasted script, so getUserMedia is asked at once (no chunk to wait for).
   * The device pickers and device notices are not needed to see oneself and hear the meter: they come in a lazy
   * chunk once the preview has settled, or at once when a device is unavailable (its notice explains why).
   */
  readonly #preview = new MediaPreviewController(this);
  #media: typeof PrejoinMedia | undefined;
  #mediaLoading = false;
  #ready = false;
  #edited = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#preview.videoAllowed = !this.noVideo;
    void this.#preview.start();
  }

  /** Stops the preview tracks (the host calls this right before the session opens its own media). */
  stopPreview(): void {
    this.#preview.stop();
  }

  /** Current media choice: toggles, selected devices and their labels. */
  mediaChoice(): MediaChoice {
    return this.#preview.choice();
  }

  /**
   * Validates the name and, when valid, fires `tmj-prejoin-join`. Returns whether it did; an invalid name
   * shows its error and takes focus.
   */
  submit(): boolean {
    const m365 = this.identity == 'teams' || this.m365;
    // Signing in needs no name: the account brings it.
    const displayName = m365 ? '' : this.name.trim().slice(0, MAX_NAME_LENGTH);
    if (!displayName && !m365) {
      this.nameInvalid = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus());
      return false;
    }
    this.dispatchEvent(
      new CustomEvent<PrejoinJoinDetail>('tmj-prejoin-join', {
        detail: { displayName, media: this.mediaChoice(), identity: m365 ? 'teams' : 'acs' },
        bubbles: true,
      }),
    );
    return true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Only pages with Microsoft 365 sign-in fetch the chooser (its own chunk; import() is cached).
    if (this.identity != 'acs' && !this.#id) import('./prejoin.identity.js').then((m) => {
      this.#id = m;
      this.requestUpdate();
    }, () => 0);
    if (changed.has('displayName') && !this.#edited) this.name = this.displayName.trim().slice(0, MAX_NAME_LENGTH);
    if (changed.has('noVideo') && this.hasUpdated) {
      this.#preview.videoAllowed = !this.noVideo;
      if (this.noVideo) void this.#preview.setWanted('camera', false);
    }
  }

  protected override updated(): void {
    const p = this.#preview;
    const bar = this.renderRoot.querySelector<HTMLElement>('.meter > span');
    if (bar) bar.style.transform = `scaleX(${p.level.toFixed(2)})`;
    if (p.settled && !this.#ready) {
      this.#ready = true;
      this.dispatchEvent(new Event('tmj-prejoin-ready', { bubbles: true }));
    }
    const unavailable = UNAVAILABLE.includes(p.status.camera) || UNAVAILABLE.includes(p.status.microphone);
    if (!this.#mediaLoading && (p.settled || unavailable)) {
      this.#mediaLoading = true;
      import('./prejoin.media.js').then(
        (media) => {
          this.#media = media;
          this.requestUpdate();
        },
        // Without the chunk the toggles still show what is unavailable; only the pickers and the wording are missing.
        () => undefined,
      );
    }
  }

  protected override render() {
    const s = this.strings;
    const p = this.#preview;
    const video = !this.noVideo;
    const notices = this.#media?.notices(p, s, this.noVideo) ?? [];
    // Compact markup: this template ships in the size-budgeted pasted script.
    return html`<form part="form" novalidate @submit=${this.#onSubmit} @pointerdown=${() => this.#preview.resume()}>
<div><h2 part="title">${s.prejoinTitle}</h2>
${video
  ? html`<div class="preview" part="preview" role="group" aria-label=${s.preview}>${p.video ??
      (p.status.camera === 'pending' ? s.previewStarting : s.cameraOff)}</div>`
  : nothing}
<div class="bar">${this.#toggle('microphone', s.microphone)}${video ? this.#toggle('camera', s.camera) : nothing}
<div class="meter" part="meter" aria-hidden="true"><span></span></div></div></div>
<div>${this.#id?.chooser(this)}${this.identity == 'teams' || this.m365 ? nothing : html`<div class="field"><label part="label" for="name">${s.nameLabel}</label>
<input id="name" part="input name-input" autocomplete="name" required maxlength=${MAX_NAME_LENGTH} .value=${this.name}
 aria-invalid=${this.nameInvalid} aria-describedby=${this.nameInvalid ? 'name-error name-count' : 'name-count'} @input=${this.#onNameInput}>
${this.nameInvalid ? html`<div id="name-error" part="field-error" class="field-error">${s.nameRequired}</div>` : nothing}
<div id="name-count" part="hint" class="hint">${s.nameCount.replace('{count}', String(this.name.length)).replace('{max}', String(MAX_NAME_LENGTH))}</div></div>`}
${this.#media?.devicePickers(p, s, this.noVideo) ?? nothing}
<div role="status">${notices.map((text) => html`<p part="media-notice">${text}</p>`)}</div>
<button part="button join-button" class="join" @focus=${this.#intent} @pointerenter=${this.#intent} @pointerdown=${this.#intent}>${this.#id?.joinLabel(this) ?? s.join}</button>
</div></form>`;
  }

  #toggle(kind: PreviewKind, label: string) {
    const p = this.#preview;
    const status = p.status[kind];
    const unavailable = UNAVAILABLE.includes(status);
    const on = p.wanted[kind] && !unavailable;
    return html`<button type="button" part="button toggle ${kind === 'camera' ? 'camera' : 'mic'}-toggle" aria-pressed=${on}
 ?disabled=${unavailable} @click=${() => void this.#preview.setWanted(kind, !on)}>${label}</button>`;
  }

  #onNameInput = (event: Event): void => {
    this.#edited = true;
    this.name = (event.target as HTMLInputElement).value;
    if (this.name.trim()) this.nameInvalid = false;
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.submit();
  };

  #intent = (): void => {
    this.dispatchEvent(new Event('tmj-join-intent', { bubbles: true }));
  };
}
