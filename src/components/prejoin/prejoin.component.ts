import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DeviceStatus, MediaPreviewController, PreviewKind } from '../../controllers/media-preview.controller.js';
import type * as PrejoinMedia from './prejoin.media.js';
import { coreStringsEn, type CoreStrings } from '../../i18n/core-en.js';
import type { MediaChoice } from '../../session/types.js';
import { prejoinStyles } from './prejoin.styles.js';

/** Longest display name accepted; Teams shows far less, and the service rejects absurd lengths. */
export const MAX_NAME_LENGTH = 256;

export interface PrejoinJoinDetail {
  readonly displayName: string;
  readonly media: MediaChoice;
}

declare global {
  interface HTMLElementEventMap {
    'tmj-prejoin-join': CustomEvent<PrejoinJoinDetail>;
    'tmj-join-intent': Event;
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
 *
 * @fires tmj-prejoin-join - Internal (not composed): the visitor asked to join with a valid name.
 * @fires tmj-join-intent - Internal (not composed): focus, hover or press on the join button (prefetch hint).
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
   * Loaded right after the first paint: the preview cannot show anything before getUserMedia answers anyway,
   * and keeping it out of the pasted script keeps that script inside its size budget.
   */
  #preview: MediaPreviewController | undefined;
  #media: typeof PrejoinMedia | undefined;
  #previewWanted = true;
  #previewUnavailable = false;
  #edited = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#previewWanted = true;
    if (this.#preview) {
      this.#startPreview();
      return;
    }
    import('./prejoin.media.js').then(
      (media) => {
        if (this.#preview) return;
        this.#media = media;
        // addController() connects it at once when the element is (still) connected.
        this.#preview = new media.MediaPreviewController(this);
        if (this.isConnected && this.#previewWanted) this.#startPreview();
        this.requestUpdate();
      },
      () => {
        this.#previewUnavailable = true;
        this.requestUpdate();
      },
    );
  }

  /** Stops the preview tracks (the host calls this right before the session opens its own media). */
  stopPreview(): void {
    this.#previewWanted = false;
    this.#preview?.stop();
  }

  /** Current media choice: toggles, selected devices and their labels. */
  mediaChoice(): MediaChoice {
    if (this.#preview) return this.#preview.choice();
    const on = !this.#previewUnavailable;
    return { microphoneOn: on, cameraOn: on && !this.noVideo };
  }

  #startPreview(): void {
    const preview = this.#preview!;
    preview.videoAllowed = !this.noVideo;
    void preview.start();
  }

  /** What to render before the preview module is there (or if it failed to load). */
  #state(): Pick<MediaPreviewController, 'wanted' | 'status' | 'video'> {
    if (this.#preview) return this.#preview;
    const status: DeviceStatus = this.#previewUnavailable ? 'failed' : 'pending';
    return {
      wanted: { camera: !this.noVideo, microphone: true },
      status: { camera: status, microphone: status },
      video: undefined,
    };
  }

  /**
   * Validates the name and, when valid, fires `tmj-prejoin-join`. Returns whether it did; an invalid name
   * shows its error and takes focus.
   */
  submit(): boolean {
    const displayName = this.name.trim().slice(0, MAX_NAME_LENGTH);
    if (!displayName) {
      this.nameInvalid = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#name')?.focus());
      return false;
    }
    this.dispatchEvent(
      new CustomEvent<PrejoinJoinDetail>('tmj-prejoin-join', {
        detail: { displayName, media: this.mediaChoice() },
        bubbles: true,
      }),
    );
    return true;
  }

  focusJoin(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('.join')?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('displayName') && !this.#edited) this.name = this.displayName.trim().slice(0, MAX_NAME_LENGTH);
    if (changed.has('noVideo') && this.#preview) {
      this.#preview.videoAllowed = !this.noVideo;
      if (this.noVideo) void this.#preview.setWanted('camera', false);
    }
  }

  protected override updated(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.meter > span');
    if (bar) bar.style.transform = `scaleX(${(this.#preview?.level ?? 0).toFixed(2)})`;
  }

  protected override render() {
    const s = this.strings;
    const p = this.#state();
    const video = !this.noVideo;
    const notices = this.#preview ? this.#media!.notices(this.#preview, s, this.noVideo) : [];
    // Compact markup: this template ships in the size-budgeted pasted script.
    return html`<form part="form" novalidate @submit=${this.#onSubmit} @pointerdown=${() => this.#preview?.resume()}>
<div><h2 part="title">${s.prejoinTitle}</h2>
${video
  ? html`<div class="preview" part="preview" role="group" aria-label=${s.preview}>${p.video ??
      (p.status.camera === 'pending' ? s.previewStarting : s.cameraOff)}</div>`
  : nothing}
<div class="bar">${this.#toggle('microphone', s.microphone)}${video ? this.#toggle('camera', s.camera) : nothing}
<div class="meter" part="meter" aria-hidden="true"><span></span></div></div></div>
<div><div class="field"><label part="label" for="name">${s.nameLabel}</label>
<input id="name" part="input name-input" autocomplete="name" required maxlength=${MAX_NAME_LENGTH} .value=${this.name}
 aria-invalid=${this.nameInvalid} aria-describedby=${this.nameInvalid ? 'name-error name-count' : 'name-count'} @input=${this.#onNameInput}>
${this.nameInvalid ? html`<div id="name-error" part="field-error" class="field-error">${s.nameRequired}</div>` : nothing}
<div id="name-count" part="hint" class="hint">${s.nameCount.replace('{count}', String(this.name.length)).replace('{max}', String(MAX_NAME_LENGTH))}</div></div>
${this.#preview ? this.#media!.devicePickers(this.#preview, s, this.noVideo) : nothing}
<div role="status">${notices.map((text) => html`<p part="media-notice">${text}</p>`)}</div>
<button part="button join-button" class="join" @focus=${this.#intent} @pointerenter=${this.#intent} @pointerdown=${this.#intent}>${s.join}</button>
</div></form>`;
  }

  #toggle(kind: PreviewKind, label: string) {
    const p = this.#state();
    const status = p.status[kind];
    const unavailable = status === 'denied' || status === 'no-device' || status === 'failed';
    const on = p.wanted[kind] && !unavailable;
    return html`<button type="button" part="button toggle ${kind === 'camera' ? 'camera' : 'mic'}-toggle" aria-pressed=${on}
 ?disabled=${unavailable} @click=${() => void this.#preview?.setWanted(kind, !on)}>${label}</button>`;
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
