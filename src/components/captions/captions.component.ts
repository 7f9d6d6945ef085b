import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { INITIAL_SESSION_STATE, type CaptionsState } from '../../session/types.js';
import guestStringsEn from '../../i18n/en/guest.js';
import type { GuestStrings } from '../../i18n/types.js';
import { icon } from '../shared/icons.js';
import { sharedStyles } from '../shared/shared.styles.js';

/** `tmj-caption-language`: the visitor picked a spoken or caption language. */
export interface CaptionLanguageDetail {
  readonly kind: 'spoken' | 'caption';
  readonly language: string;
}

/** A language tag's name in the UI language (`fr-fr` → "French (France)"), or the tag itself. */
export function languageName(tag: string, uiLang: string): string {
  try {
    const names = new Intl.DisplayNames([uiLang], { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The caption area: the last 2–3 caption lines (speaker name, then what they said) and a settings button for
 * the spoken language and, where the meeting allows translation, the caption language. It is a labelled region
 * that is NOT a live region: captions are read where they are (a screen reader reaches them like any text),
 * never pushed line by line into announcements. The call view lays it out between the stage and the controls,
 * so it never covers them.
 *
 * @tagname tmj-captions
 * @summary Live captions area.
 * @csspart captions - The caption area.
 * @csspart caption-line - One caption line (`caption-speaker`, `caption-text` inside it).
 * @csspart caption-speaker - The speaker's name.
 * @csspart caption-text - What they said.
 * @csspart caption-partial - The text of a line still being spoken.
 * @csspart caption-settings - The settings button and its panel.
 * @csspart caption-settings-panel - The spoken/caption language panel.
 * @cssproperty --tmj-captions-background - Background of the caption area.
 * @fires tmj-caption-language - `{kind: 'spoken' | 'caption', language}`: the visitor picked a language (not composed).
 */
export class TmjCaptions extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      [part~='captions'] {
        position: relative;
        display: flex;
        gap: 8px;
        align-items: flex-end;
        margin: 0 8px;
        padding: 6px 8px 6px 12px;
        border-radius: var(--_radius);
        background: var(--tmj-captions-background, rgb(0 0 0 / 0.82));
        color: #fff;
        font-size: 0.95rem;
        line-height: 1.35;
      }
      ol {
        flex: 1 1 auto;
        min-inline-size: 0;
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 2px;
        max-block-size: calc(3 * 2 * 1.35em + 8px);
        overflow: hidden;
        align-content: end;
      }
      li {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 2;
        overflow: hidden;
        overflow-wrap: anywhere;
      }
      [part~='caption-speaker'] {
        font-weight: 600;
        color: #e0e0ff;
        margin-inline-end: 0.4em;
      }
      [part~='caption-partial'] {
        opacity: 0.85;
      }
      .waiting {
        flex: 1 1 auto;
        margin: 0;
        color: #d6d6d6;
      }
      .settings-button {
        flex: none;
        display: inline-grid;
        place-items: center;
        inline-size: 32px;
        block-size: 32px;
        padding: 0;
        border: 1px solid transparent;
        border-radius: var(--_radius);
        background: transparent;
        color: inherit;
        cursor: pointer;
      }
      .settings-button:hover {
        background: rgb(255 255 255 / 0.12);
      }
      [part~='caption-settings-panel'] {
        position: absolute;
        inset-block-end: calc(100% + 4px);
        inset-inline-end: 0;
        z-index: 3;
        display: grid;
        gap: 8px;
        inline-size: min(320px, 100%);
        padding: 12px;
        border-radius: var(--_radius);
        background: var(--_surface-2);
        color: var(--_on-surface);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.4);
      }
      [part~='caption-settings-panel'] h2 {
        margin: 0;
        font-size: 1rem;
      }
      label {
        display: grid;
        gap: 4px;
        font-size: 0.875rem;
      }
      .hint {
        margin: 0;
        font-size: 0.8rem;
        color: var(--_muted-text);
      }
      select,
      .close {
        font: inherit;
        min-block-size: 32px;
        border-radius: 4px;
        border: 1px solid var(--_muted-text);
        background: var(--_surface);
        color: var(--_on-surface);
      }
      .close {
        justify-self: end;
        padding: 0 12px;
        cursor: pointer;
      }
      /* A short stage: two lines. */
      @container call (max-width: 480px) {
        ol {
          max-block-size: calc(2 * 2 * 1.35em + 4px);
        }
        li:nth-last-child(n + 3) {
          display: none;
        }
        [part~='captions'] {
          font-size: 0.875rem;
        }
      }
      @media (forced-colors: active) {
        [part~='captions'] {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  @property({ attribute: false }) captions: CaptionsState = INITIAL_SESSION_STATE.captions;
  @property({ attribute: false }) strings: GuestStrings = guestStringsEn;
  @property() override lang = 'en';
  @state() private settingsOpen = false;

  /** Opens the settings panel (and focuses its first field). */
  openSettings(): void {
    this.settingsOpen = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="caption-settings-panel"] select')?.focus());
  }

  #closeSettings(): void {
    this.settingsOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.settings-button')?.focus());
  }

  #pick(kind: CaptionLanguageDetail['kind'], language: string): void {
    this.dispatchEvent(
      new CustomEvent<CaptionLanguageDetail>('tmj-caption-language', { detail: { kind, language }, bubbles: true, composed: false }),
    );
  }

  #select(kind: CaptionLanguageDetail['kind'], label: string, current: string | undefined, options: readonly string[], hint?: string): TemplateResult {
    const id = `${kind}-hint`;
    return html`<label
      >${label}
      <select data-language=${kind} aria-describedby=${hint ? id : nothing} @change=${(e: Event) => this.#pick(kind, (e.target as HTMLSelectElement).value)}>
        ${options.map((tag) => html`<option value=${tag} ?selected=${tag === current}>${languageName(tag, this.lang)}</option>`)}
      </select>
      ${hint ? html`<p id=${id} class="hint">${hint}</p>` : nothing}</label
    >`;
  }

  #renderSettings(): TemplateResult {
    const s = this.strings;
    const c = this.captions;
    return html`<div
      part="caption-settings caption-settings-panel"
      role="group"
      aria-labelledby="caption-settings-title"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.#closeSettings();
        }
      }}
    >
      <h2 id="caption-settings-title">${s.captionsSettings}</h2>
      ${c.spokenLanguages.length > 0 ? this.#select('spoken', s.spokenLanguage, c.spokenLanguage, c.spokenLanguages, s.spokenLanguageHint) : nothing}
      ${c.captionLanguages.length > 0 ? this.#select('caption', s.captionLanguage, c.captionLanguage, c.captionLanguages) : nothing}
      <button type="button" class="close" @click=${() => this.#closeSettings()}>${s.captionsSettingsClose}</button>
    </div>`;
  }

  override render(): TemplateResult {
    const s = this.strings;
    const lines = this.captions.lines;
    const lang = this.captions.captionLanguage ?? this.captions.spokenLanguage;
    return html`<section part="captions" role="region" aria-label=${s.captionsRegion}>
      ${lines.length === 0
        ? html`<p class="waiting">${s.captionsWaiting}</p>`
        : html`<ol lang=${lang}>
            ${lines.map(
              (l) => html`<li part="caption-line" data-line=${l.id}>
                <span part="caption-speaker">${l.speakerName}</span><span class="visually-hidden">: </span><span part=${l.final ? 'caption-text' : 'caption-text caption-partial'}>${l.text}</span>
              </li>`,
            )}
          </ol>`}
      ${this.captions.spokenLanguages.length > 0 || this.captions.captionLanguages.length > 0
        ? html`<button
            type="button"
            part="caption-settings"
            class="settings-button"
            aria-label=${s.captionsSettings}
            title=${s.captionsSettings}
            aria-expanded=${String(this.settingsOpen)}
            @click=${() => (this.settingsOpen ? this.#closeSettings() : this.openSettings())}
          >
            ${icon('settings')}
          </button>`
        : nothing}
      ${this.settingsOpen ? this.#renderSettings() : nothing}
    </section>`;
  }
}
