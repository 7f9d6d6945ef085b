/**
 * The "More" menu of a narrow control bar (WAI-ARIA menu button pattern), kept out of
 * call-controls.component.ts: Enter/Space/ArrowDown open it on the first item, ArrowUp on the last; arrows,
 * Home and End move; Escape closes and returns focus to More; Tab closes. Screen share, raise hand, captions,
 * the reactions (a labelled group) and device settings are its items.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { REACTION_KINDS, type ReactionKind } from '../../session/types.js';
import type { GuestStrings } from '../../i18n/types.js';
import { icon } from '../shared/icons.js';
import { REACTION_EMOJI } from '../shared/reactions.js';

export interface MoreMenuHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class MoreMenu implements ReactiveController {
  #open = false;
  #focus: 'first' | 'last' | undefined;

  constructor(
    private readonly host: MoreMenuHost,
    /** Called when the menu opens (the bar closes its device panel then). */
    private readonly onOpen: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get isOpen(): boolean {
    return this.#open;
  }

  #set(open: boolean): void {
    if (this.#open === open) return;
    this.#open = open;
    this.host.requestUpdate();
  }

  open(focus: 'first' | 'last'): void {
    this.onOpen();
    this.#set(true);
    this.#focus = focus;
    this.host.requestUpdate();
  }

  close(returnFocus: boolean): void {
    this.#set(false);
    if (returnFocus) this.host.renderRoot.querySelector<HTMLElement>('[data-control="more"]')?.focus();
  }

  /** After a render: focus the first or last item when the menu was opened for it. */
  hostUpdated(): void {
    if (!this.#open || !this.#focus) return;
    const items = this.#items();
    (this.#focus === 'first' ? items[0] : items[items.length - 1])?.focus();
    this.#focus = undefined;
  }

  #items(): HTMLElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLElement>('[part~="more-menu"] [role^="menuitem"]')];
  }

  onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.open(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  }

  onMenuKeydown(event: KeyboardEvent): void {
    const items = this.#items();
    const root = this.host.renderRoot;
    const at = items.indexOf(root instanceof ShadowRoot ? (root.activeElement as HTMLElement) : items[0]!);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (at + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (at - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
        return;
      case 'Tab':
        this.#set(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  }

  item(key: string, label: string, iconName: Parameters<typeof icon>[0], checked: boolean | undefined, run: () => void): TemplateResult {
    return html`<li role="none">
      <button
        type="button"
        part="menu-item"
        role=${checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
        aria-checked=${checked === undefined ? nothing : String(checked)}
        data-item=${key}
        tabindex="-1"
        @click=${() => {
          this.close(key !== 'devices');
          run();
        }}
      >
        ${icon(iconName)}<span>${label}</span>${checked ? html`<span class="check" aria-hidden="true">${icon('check')}</span>` : nothing}
      </button>
    </li>`;
  }

  /** The reactions as items of the menu (a labelled group). */
  reactionItems(g: GuestStrings, react: (reaction: ReactionKind) => void): TemplateResult {
    return html`<li role="none">
      <ul role="group" aria-label=${g.reactions} class="reaction-group">
        ${REACTION_KINDS.map(
          (r) => html`<li role="none">
            <button
              type="button"
              part="menu-item"
              role="menuitem"
              data-item=${`react-${r}`}
              tabindex="-1"
              aria-label=${g[r]}
              title=${g[r]}
              @click=${() => {
                this.close(true);
                react(r);
              }}
            >
              <span class="emoji" aria-hidden="true">${REACTION_EMOJI[r]}</span>
            </button>
          </li>`,
        )}
      </ul>
    </li>`;
  }
}
