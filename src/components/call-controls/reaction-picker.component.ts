import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { REACTION_KINDS, type ReactionKind } from '../../session/types.js';
import guestStringsEn from '../../i18n/en/guest.js';
import type { GuestStrings } from '../../i18n/types.js';
import { REACTION_EMOJI } from '../shared/reactions.js';
import { sharedStyles } from '../shared/shared.styles.js';

/** `tmj-react`: the visitor picked a reaction. */
export interface ReactDetail {
  readonly reaction: ReactionKind;
}

/**
 * The "React" control of a wide bar: a menu button (WAI-ARIA menu button pattern) whose menu is one row of the
 * five reactions. The button itself is the bar's (slotted, so it looks like its neighbours); it calls `toggle()`. Enter/Space/ArrowUp/ArrowDown open it on the first reaction; Left/Right (and Home/End) move;
 * Enter picks (the menu closes, focus returns to React); Escape closes. In a narrow bar the reactions are items
 * of the "More" menu instead.
 *
 * @tagname tmj-reaction-picker
 * @csspart reaction-menu - The row of reactions (`reaction-item` each).
 * @fires tmj-react - `{reaction}` (bubbles, not composed).
 * @fires tmj-react-menu - `{open}`: the menu opened or closed (not bubbling).
 */
export class TmjReactionPicker extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      [part~='reaction-menu'] {
        position: absolute;
        inset-block-end: calc(100% + 8px);
        inset-inline-start: 50%;
        translate: -50% 0;
        z-index: 5;
        display: flex;
        gap: 2px;
        margin: 0;
        padding: 4px;
        list-style: none;
        border-radius: 24px;
        background: var(--_surface-2);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.45);
      }
      [part~='reaction-item'] {
        display: grid;
        place-items: center;
        inline-size: 44px;
        block-size: 44px;
        padding: 0;
        border: 0;
        border-radius: 50%;
        background: transparent;
        font-size: 26px;
        line-height: 1;
        cursor: pointer;
        transition: transform 120ms ease-out;
      }
      [part~='reaction-item']:hover,
      [part~='reaction-item']:focus-visible {
        background: var(--_surface);
        transform: scale(1.15);
      }
      @media (forced-colors: active) {
        [part~='reaction-menu'] {
          border: 1px solid CanvasText;
        }
        [part~='reaction-item']:focus-visible {
          outline: 2px solid Highlight;
        }
      }
    `,
  ];

  @property({ attribute: false }) strings: GuestStrings = guestStringsEn;
  @state() private open = false;

  #abort: AbortController | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#abort = new AbortController();
    document.addEventListener('pointerdown', (e) => {
      if (!e.composedPath().includes(this)) this.open = false;
    }, { signal: this.#abort.signal });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open' as keyof TmjReactionPicker)) {
      this.dispatchEvent(new CustomEvent('tmj-react-menu', { detail: { open: this.open }, bubbles: false, composed: false }));
    }
  }

  #items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="reaction-item"]')];
  }

  #show(focus: 'first' | 'last'): void {
    this.open = true;
    void this.updateComplete.then(() => {
      const items = this.#items();
      (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
    });
  }

  #close(returnFocus: boolean): void {
    this.open = false;
    if (returnFocus) void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-control="react"]')?.focus());
  }

  #pick(reaction: ReactionKind): void {
    this.#close(true);
    this.dispatchEvent(new CustomEvent<ReactDetail>('tmj-react', { detail: { reaction }, bubbles: true, composed: false }));
  }

  #onMenuKeydown(event: KeyboardEvent): void {
    const items = this.#items();
    const at = items.indexOf((this.renderRoot as ShadowRoot).activeElement as HTMLElement);
    let next: number | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (at + 1) % items.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#close(true);
      return;
    } else if (event.key === 'Tab') {
      this.open = false;
      return;
    } else return;
    event.preventDefault();
    items[next]?.focus();
  }

  override render(): TemplateResult {
    const s = this.strings;
    return html`<slot name="button"></slot>${this.open
        ? html`<ul part="reaction-menu" id="reaction-menu" role="menu" aria-label=${s.reactions} aria-orientation="horizontal" @keydown=${(e: KeyboardEvent) => this.#onMenuKeydown(e)}>
            ${REACTION_KINDS.map(
              (r) => html`<li role="none">
                <button type="button" role="menuitem" part="reaction-item" data-reaction=${r} tabindex="-1" aria-label=${s[r]} title=${s[r]} @click=${() => this.#pick(r)}>
                  <span aria-hidden="true">${REACTION_EMOJI[r]}</span>
                </button>
              </li>`,
            )}
          </ul>`
        : ''}`;
  }

  /** Called by the bar's React button (it lives in the bar's shadow root so it shares the bar's look). */
  toggle(focus: 'first' | 'last' = 'first'): void {
    if (this.open) this.#close(false);
    else this.#show(focus);
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Closes and focuses nothing (Tab moved on). */
  closeMenu(): void {
    this.open = false;
  }
}
