import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import guestStringsEn from '../../i18n/en/guest.js';
import type { GuestStrings } from '../../i18n/types.js';
import { NO_EFFECTS, type BackgroundEffect, type EffectsState } from '../../session/types.js';
import { fmt } from '../shared/call-strings.js';
import { sameEffect } from './effects-model.js';
import { sharedStyles } from '../shared/shared.styles.js';

/** `tmj-effect-change`: the visitor picked a background effect. */
export interface EffectChangeDetail {
  readonly background: BackgroundEffect;
}

/** `tmj-noise-suppression-change`: the visitor switched noise suppression. */
export interface NoiseSuppressionChangeDetail {
  readonly on: boolean;
}

export { sameEffect };

/** The effect's name as the picker shows and announces it (`n` numbers the site's images from 1). */
export function effectName(strings: GuestStrings, effect: BackgroundEffect, images: readonly string[]): string {
  if (effect.kind === 'none') return strings.effectNone;
  if (effect.kind === 'blur') return strings.effectBlur;
  return fmt(strings.effectImage, { n: String(images.indexOf(effect.url) + 1 || 1) });
}

/**
 * The background effects chooser (None, Blur, and the site's images as thumbnails) and the noise suppression
 * switch, for the pre-join screen and the call's device settings. Native radio buttons in a fieldset (arrow keys
 * move and choose, the legend names the group) and a native checkbox with `role="switch"`. Parts the visitor
 * cannot use here are not rendered (`effects.backgroundSupported`, `noiseSuppressionSupported`). It only asks:
 * the owner applies the change, then passes the new `effects` back.
 *
 * @tagname tmj-effects-picker
 * @csspart effects - The background effects group.
 * @csspart effect-option - One choice (`effect-thumb` inside it).
 * @csspart effect-thumb - A choice's preview (a blurred swatch, or the site's image).
 * @csspart effects-notice - Why some of the site's background images are not offered.
 * @csspart noise-suppression - The noise suppression switch.
 * @fires tmj-effect-change - `{background}` (bubbles, not composed).
 * @fires tmj-noise-suppression-change - `{on}` (bubbles, not composed).
 */
export class TmjEffectsPicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: 10px;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
        min-inline-size: 0;
      }
      legend {
        padding: 0;
        margin-block-end: 6px;
        font-size: 0.875rem;
        font-weight: 600;
      }
      .options {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(68px, 1fr));
        gap: 6px;
      }
      [part~='effect-option'] {
        position: relative;
        display: grid;
        gap: 2px;
        justify-items: center;
        font-size: 0.75rem;
        cursor: pointer;
      }
      [part~='effect-option'] input {
        position: absolute;
        opacity: 0;
        inline-size: 1px;
        block-size: 1px;
      }
      [part~='effect-thumb'] {
        display: grid;
        place-items: center;
        inline-size: 100%;
        aspect-ratio: 16 / 10;
        border: 2px solid transparent;
        border-radius: 6px;
        background: transparent;
        object-fit: cover;
        overflow: hidden;
        box-sizing: border-box;
      }
      .blur {
        background:
          radial-gradient(circle at 50% 42%, rgb(255 255 255 / 0.55) 0 14%, transparent 26%),
          radial-gradient(ellipse at 50% 100%, rgb(255 255 255 / 0.4) 0 30%, transparent 52%),
          linear-gradient(135deg, #6264a7, #3b3d6b);
      }
      /* None is an outlined box in the surrounding text colour, readable on the light pre-join and the dark call. */
      .none {
        border-color: color-mix(in srgb, currentColor 40%, transparent);
      }
      /* A site image sits in a faint tile, so a transparent or wide one (a logo) still shows the choice's box. */
      img[part~='effect-thumb'] {
        border-color: color-mix(in srgb, currentColor 18%, transparent);
        background: color-mix(in srgb, currentColor 6%, transparent);
      }
      .none svg {
        inline-size: 22px;
        block-size: 22px;
      }
      input:checked + [part~='effect-thumb'] {
        border-color: var(--_accent, #7f85f5);
        box-shadow: 0 0 0 1px var(--_accent, #7f85f5);
      }
      input:focus-visible + [part~='effect-thumb'] {
        outline: 2px solid var(--_focus, #fff);
        outline-offset: 2px;
      }
      [part~='effect-option']:hover [part~='effect-thumb'] {
        border-color: var(--_muted-text, #adadad);
      }
      [part~='noise-suppression'] {
        display: flex;
        align-items: center;
        gap: 8px;
        font-size: 0.875rem;
        min-block-size: 32px;
      }
      [part~='noise-suppression'] input {
        inline-size: 18px;
        block-size: 18px;
        accent-color: var(--_accent, #7f85f5);
      }
      .refused {
        margin: 8px 0 0;
        padding-inline-start: 18px;
        font-size: 0.75rem;
      }
      .error {
        margin: 0;
        font-size: 0.8125rem;
        color: var(--_danger, #f1707b);
      }
      @media (forced-colors: active) {
        [part~='effect-thumb'] {
          border-color: CanvasText;
        }
        input:checked + [part~='effect-thumb'] {
          border: 4px solid Highlight;
        }
        .blur {
          forced-color-adjust: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) effects: EffectsState = NO_EFFECTS;
  /** The site's background images (already validated URLs). */
  @property({ attribute: false }) images: readonly string[] = [];
  @property({ attribute: false }) strings: GuestStrings = guestStringsEn;
  /** Why some of the site's images are not offered (localized, ./background-images.ts `refusalMessage`). */
  @property({ attribute: false }) refused: readonly string[] = [];
  /**
   * A change is being applied: a choice made meanwhile waits and is asked for when it is done (the latest wins).
   * The controls stay enabled: disabling the focused radio would drop a keyboard user's focus onto the page.
   */
  @property({ type: Boolean }) busy = false;

  /** Choices made while busy, asked for once the change in progress is done. */
  #queued: { background?: BackgroundEffect; noise?: boolean } = {};

  #pick(background: BackgroundEffect): void {
    if (this.busy) return void (this.#queued = { ...this.#queued, background });
    if (sameEffect(background, this.effects.background)) return;
    this.dispatchEvent(new CustomEvent<EffectChangeDetail>('tmj-effect-change', { detail: { background }, bubbles: true, composed: false }));
  }

  #setNoise(on: boolean): void {
    if (this.busy) return void (this.#queued = { ...this.#queued, noise: on });
    if (on === this.effects.noiseSuppression) return;
    this.dispatchEvent(new CustomEvent<NoiseSuppressionChangeDetail>('tmj-noise-suppression-change', { detail: { on }, bubbles: true, composed: false }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('busy') || this.busy) return;
    const { background, noise } = this.#queued;
    this.#queued = {};
    if (background) this.#pick(background);
    if (noise !== undefined) {
      // Still busy with the background just asked for: the switch waits for that one too.
      if (this.busy) this.#queued = { noise };
      else this.#setNoise(noise);
    }
  }

  #option(effect: BackgroundEffect, thumb: TemplateResult): TemplateResult {
    const name = effectName(this.strings, effect, this.images);
    return html`<label part="effect-option" title=${name}>
      <input
        type="radio"
        name="background"
        .checked=${live(sameEffect(effect, this.effects.background))}
        aria-label=${name}
        @change=${() => this.#pick(effect)}
      />${thumb}<span aria-hidden="true">${name}</span>
    </label>`;
  }

  override render(): TemplateResult {
    const s = this.strings;
    const fx = this.effects;
    const error = fx.error === 'background-failed' || fx.error === 'background-blocked' ? s.effectFailed : fx.error === 'noise-suppression-failed' ? s.noiseSuppressionFailed : '';
    return html`${fx.backgroundSupported
        ? html`<fieldset part="effects" aria-busy=${this.busy ? 'true' : 'false'}>
            <legend>${s.effects}</legend>
            <div class="options">
              ${this.#option(
                { kind: 'none' },
                html`<span part="effect-thumb" class="none"
                  ><svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6">
                    <circle cx="12" cy="12" r="8.5" /><path d="M6 18 18 6" /></svg
                ></span>`,
              )}
              ${this.#option({ kind: 'blur' }, html`<span part="effect-thumb" class="blur"></span>`)}
              ${this.images.map((url) =>
                this.#option({ kind: 'image', url }, html`<img part="effect-thumb" src=${url} alt="" loading="lazy" decoding="async" />`),
              )}
            </div>
            ${this.refused.length
              ? html`<ul part="effects-notice" class="refused">
                  ${this.refused.map((text) => html`<li>${text}</li>`)}
                </ul>`
              : nothing}
          </fieldset>`
        : nothing}
      ${fx.noiseSuppressionSupported
        ? html`<label part="noise-suppression"
            ><input
              type="checkbox"
              role="switch"
              .checked=${live(fx.noiseSuppression)}
              @change=${(event: Event) => this.#setNoise((event.target as HTMLInputElement).checked)}
            />${s.noiseSuppression}</label
          >`
        : nothing}
      ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}`;
  }
}
