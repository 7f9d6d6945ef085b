import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveLang } from '../../core/i18n.js';
import consentStringsEn from '../../i18n/en/consent.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { ConsentStrings } from '../../i18n/types.js';
import type { ConsentRequirement } from '../../session/types.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { consentDialogStyles } from './consent-dialog.styles.js';
import { safeUrl } from '../shared/safe-url.js';

const FOCUSABLE = 'a[href], button:not([disabled])';

/**
 * The explicit-consent dialog of Teams meetings that require consent to recording/transcription. Modal
 * INSIDE the widget (the page around it stays usable): the call view makes everything else in the call inert,
 * and Tab / Shift+Tab cycle between the dialog's own controls. It is an `alertdialog`: the call view moves focus
 * to it when it opens (when focus is in the widget) and announces its title, so screen readers read it at once.
 *
 * It says what is recorded and/or transcribed, links `privacy-policy-url` (http(s) only), and offers exactly two
 * choices: "I agree" (`tmj-consent-agree`) and "Leave" (`tmj-consent-leave`). Escape does nothing: leaving the
 * choice unmade would leave the visitor's media blocked without saying why.
 *
 * @tag tmj-consent-dialog
 * @summary Explicit consent to recording / transcription.
 * @csspart scrim - The backdrop covering the call view.
 * @csspart dialog - The dialog box.
 * @csspart title - The heading.
 * @csspart agree - The "I agree" button.
 * @csspart leave - The "Leave" button.
 * @csspart link - The privacy policy link.
 * @fires tmj-consent-agree - The visitor chose "I agree" (bubbles, not composed).
 * @fires tmj-consent-leave - The visitor chose "Leave" (bubbles, not composed).
 */
export class TmjConsentDialog extends LitElement {
  static override styles = [a11yStyles, consentDialogStyles];

  /** What the meeting asks consent for. */
  @property({ attribute: false }) requirement: ConsentRequirement = { recording: true, transcription: false };
  @property({ attribute: 'privacy-policy-url' }) privacyPolicyUrl: string | undefined;
  @property() override lang = '';
  /** The site's string overrides for this locale, by area (from `<teams-meeting-join>`'s `strings`). */
  @property({ attribute: false }) overrides: AreaOverrides | undefined;
  /** The consent is being sent: buttons disabled, progress announced. */
  @property({ type: Boolean }) busy = false;
  /** The last attempt failed: an error is shown (role=alert) and the visitor may try again. */
  @property({ type: Boolean }) failed = false;

  @state() private strings: ConsentStrings = consentStringsEn;
  #langRequest = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('overrides')) void this.#loadStrings();
  }

  async #loadStrings(): Promise<void> {
    const request = ++this.#langRequest;
    const strings = withOverrides((await loadCatalog(resolveLang(this.lang), 'consent')) ?? consentStringsEn, this.overrides?.consent);
    if (request === this.#langRequest) this.strings = strings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
  }

  /**
   * Focuses the dialog box itself: its accessible name and description are read first, then Tab reaches the
   * buttons. The call view calls it when the dialog opens, if focus is the widget's to move.
   */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="dialog"]')?.focus(options));
  }

  /** Keeps Tab inside the dialog (the call view makes the rest inert; this also stops Tab leaving the widget). */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const active = (this.renderRoot as ShadowRoot).activeElement;
    const index = active ? items.indexOf(active as HTMLElement) : -1;
    const next = event.shiftKey
      ? index <= 0
        ? items[items.length - 1]!
        : items[index - 1]!
      : index === -1 || index === items.length - 1
        ? items[0]!
        : items[index + 1]!;
    event.preventDefault();
    next.focus();
  };

  #fire(type: 'tmj-consent-agree' | 'tmj-consent-leave'): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: false }));
  }

  protected override render() {
    const s = this.strings;
    const url = safeUrl(this.privacyPolicyUrl);
    const { recording, transcription } = this.requirement;
    // Nothing specific reported: say both rather than understate.
    const both = recording === transcription;
    return html`<div part="scrim">
      <div
        part="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="title"
        aria-describedby="what"
        tabindex="-1"
        lang=${this.lang || nothing}
        aria-busy=${this.busy ? 'true' : 'false'}
      >
        <h2 part="title" id="title">${s.title}</h2>
        <div id="what">
          ${recording || both ? html`<p>${s.recording}</p>` : nothing}
          ${transcription || both ? html`<p>${s.transcription}</p>` : nothing}
          <p>${s.mediaOff}</p>
        </div>
        ${url
          ? html`<p class="link"><a part="link" href=${url} target="_blank" rel="noopener noreferrer"
                >${s.privacy}<span class="visually-hidden"> ${s.opensInNewTab}</span></a
              ></p>`
          : nothing}
        <p class="status" role=${this.failed ? 'alert' : 'status'}>${this.failed ? s.failed : this.busy ? s.sending : ''}</p>
        <div class="actions">
          <button part="leave" type="button" class="secondary" ?disabled=${this.busy} @click=${() => this.#fire('tmj-consent-leave')}>
            ${s.leave}
          </button>
          <button part="agree" type="button" ?disabled=${this.busy} @click=${() => this.#fire('tmj-consent-agree')}>
            ${s.agree}
          </button>
        </div>
      </div>
    </div>`;
  }
}
