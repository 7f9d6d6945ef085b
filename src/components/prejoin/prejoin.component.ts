import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MediaPreviewController, type PreviewKind } from '../../controllers/media-preview.controller.js';
import { format } from '../../core/i18n.js';
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

  readonly #preview = new MediaPreviewController(this);
  #edited = false;
  #videoStream: MediaStream | undefined;

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
    if (changed.has('noVideo')) {
      this.#preview.videoAllowed = !this.noVideo;
      if (this.noVideo) void this.#preview.setWanted('camera', false);
    }
  }

  protected override updated(): void {
    const bar = this.renderRoot.querySelector<HTMLElement>('.meter > span');
    if (bar) bar.style.transform = `scaleX(${this.#preview.level.toFixed(2)})`;
  }

  protected override render() {
    const s = this.strings;
    const p = this.#preview;
    const video = !this.noVideo;
    const track = p.videoTrack;
    if (this.#videoStream?.getVideoTracks()[0] !== track) this.#videoStream = track ? new MediaStream([track]) : undefined;
    const notices = this.#notices();
    return html`
      <form part="form" novalidate @submit=${this.#onSubmit} @pointerdown=${() => p.resume()}>
        <div class="main">
          <h2 part="title">${s.prejoinTitle}</h2>
          ${video
            ? html`<div class="preview" part="preview" role="group" aria-label=${s.preview}>
                ${this.#videoStream
                  ? html`<video part="video" aria-hidden="true" autoplay muted playsinline .srcObject=${this.#videoStream}></video>`
                  : html`<div class="placeholder">
                      ${p.status.camera === 'pending' ? s.previewStarting : s.cameraOff}
                    </div>`}
              </div>`
            : nothing}
          <div class="bar">
            ${this.#toggle('microphone', s.microphone)} ${video ? this.#toggle('camera', s.camera) : nothing}
            <div class="meter" part="meter" aria-hidden="true" title=${s.micLevel}><span></span></div>
          </div>
        </div>
        <div class="side">
          <div class="field">
            <label part="label" for="name">${s.nameLabel}</label>
            <input
              id="name"
              part="input name-input"
              autocomplete="name"
              required
              maxlength=${MAX_NAME_LENGTH}
              .value=${this.name}
              aria-invalid=${this.nameInvalid ? 'true' : 'false'}
              aria-describedby=${this.nameInvalid ? 'name-error name-count' : 'name-count'}
              @input=${this.#onNameInput}
            />
            ${this.nameInvalid
              ? html`<div id="name-error" part="field-error" class="field-error">${s.nameRequired}</div>`
              : nothing}
            <div id="name-count" part="hint" class="hint">
              ${format(s.nameCount, { count: this.name.length, max: MAX_NAME_LENGTH })}
            </div>
          </div>
          ${this.#devicePickers()}
          <div role="status">
            ${notices.map((text) => html`<p part="media-notice" class="notice">${text}</p>`)}
          </div>
          <button
            part="button join-button"
            class="join"
            type="submit"
            @focus=${this.#intent}
            @pointerenter=${this.#intent}
            @pointerdown=${this.#intent}
          >
            ${s.join}
          </button>
        </div>
      </form>
    `;
  }

  #toggle(kind: PreviewKind, label: string) {
    const status = this.#preview.status[kind];
    const unavailable = status === 'denied' || status === 'no-device' || status === 'failed';
    const on = this.#preview.wanted[kind] && !unavailable;
    return html`<button
      type="button"
      part="button toggle ${kind === 'camera' ? 'camera-toggle' : 'mic-toggle'}"
      aria-pressed=${on ? 'true' : 'false'}
      ?disabled=${unavailable}
      @click=${() => void this.#preview.setWanted(kind, !this.#preview.wanted[kind])}
    >
      ${label}
    </button>`;
  }

  #devicePickers() {
    const s = this.strings;
    const p = this.#preview;
    const pickers: Array<['camera' | 'microphone' | 'speaker', MediaDeviceKind, string]> = [];
    if (!this.noVideo) pickers.push(['camera', 'videoinput', s.camera]);
    pickers.push(['microphone', 'audioinput', s.microphone]);
    if ('setSinkId' in HTMLMediaElement.prototype) pickers.push(['speaker', 'audiooutput', s.speaker]);
    const rows = pickers
      .map(([kind, deviceKind, label]) => ({ kind, label, devices: p.devices.filter((d) => d.kind === deviceKind && d.deviceId) }))
      .filter((row) => row.devices.length > 0);
    if (rows.length === 0) return nothing;
    const current = (kind: 'camera' | 'microphone' | 'speaker') =>
      p.selected[kind] ??
      (kind === 'camera' ? p.videoTrack : kind === 'microphone' ? p.audioTrack : undefined)?.getSettings().deviceId ??
      'default';
    return html`<details part="devices">
      <summary>${s.devices}</summary>
      ${rows.map(
        ({ kind, label, devices }) => html`<div class="field">
          <label part="label" for="device-${kind}">${label}</label>
          <select
            id="device-${kind}"
            part="input device-select"
            @change=${(e: Event) => void p.select(kind, (e.target as HTMLSelectElement).value)}
          >
            ${devices.map(
              (d, i) =>
                html`<option value=${d.deviceId} ?selected=${d.deviceId === current(kind)}>
                  ${d.label || `${label} ${i + 1}`}
                </option>`,
            )}
          </select>
        </div>`,
      )}
    </details>`;
  }

  #notices(): string[] {
    const s = this.strings;
    const cam = this.noVideo ? 'off' : this.#preview.status.camera;
    const mic = this.#preview.status.microphone;
    if (cam === 'denied' && mic === 'denied') return [s.mediaDenied];
    const out: string[] = [];
    if (cam === 'denied') out.push(s.cameraDenied);
    if (mic === 'denied') out.push(s.micDenied);
    if (cam === 'no-device') out.push(s.noCamera);
    if (mic === 'no-device') out.push(s.noMicrophone);
    if (cam === 'failed' || mic === 'failed') out.push(s.deviceFailed);
    return out;
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
