import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  INITIAL_COMPLIANCE,
  MIN_DISPLAY_MS,
  complianceView,
  dismissCompliance,
  expandCompliance,
  nextDeadline,
  tickCompliance,
  updateCompliance,
  type ComplianceState,
} from '../../core/compliance.js';
import { DEV } from '../../core/dev.js';
import { format, resolveLang } from '../../core/i18n.js';
import complianceStringsEn from '../../i18n/en/compliance.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { ComplianceStrings } from '../../i18n/types.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { complianceBannerStyles } from './compliance-banner.styles.js';
import { hidingReason } from './visibility.js';
import { safeUrl } from '../shared/safe-url.js';

/** How often the development check re-runs while the banner is showing (besides resizes). */
const DEV_CHECK_INTERVAL_MS = 2000;


const closeIcon = svg`<path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/>`;

/**
 * Tells the visitor that the meeting is being recorded and/or transcribed — a legal obligation of every
 * ACS app in a Teams meeting. The wording and timing come from the DOM-free state machine in
 * src/core/compliance.ts: starts appear at once and are announced (`role="alert"`); milder changes wait until
 * the current message has been readable for `minDisplayMs` and are announced politely (`role="status"`).
 *
 * The visitor may collapse it to an indicator ("● Recording"), which stays while anything is active and cannot
 * be removed; any new start re-expands the banner. There is deliberately no attribute or property that hides
 * it: `hidden`, `display: none` on the tag and `::part()` rules cannot hide it either. In development builds it
 * warns in the console when the page's styles still make it invisible.
 *
 * @tag tmj-compliance-banner
 * @summary Recording / transcription notice.
 * @csspart base - The banner box (also the box around the collapsed indicator).
 * @csspart message - The notice text.
 * @csspart link - The privacy policy link (only with `privacy-policy-url`).
 * @csspart dismiss - The button that collapses the banner to the indicator.
 * @csspart indicator - The collapsed indicator (a button that re-opens the notice).
 * @csspart uncertain - The fail-safe notice "This meeting may be recorded or transcribed", shown (and never
 *   dismissible) while the session cannot observe recording/transcription.
 * @cssproperty --tmj-banner-bg - Banner background (default a light amber). Keep 4.5:1 contrast with the text.
 * @cssproperty --tmj-banner-text - Banner text colour.
 * @cssproperty --tmj-banner-dot - Colour of the indicator dot.
 * @cssproperty --tmj-focus-ring - Focus ring colour.
 */
export class TmjComplianceBanner extends LitElement {
  static override styles = [a11yStyles, complianceBannerStyles];

  /** The session reports recording is on. */
  @property({ attribute: false }) recording = false;
  /** The session reports transcription is on. */
  @property({ attribute: false }) transcription = false;
  /**
   * Fail-safe: the session cannot observe recording/transcription. The banner then says the meeting MAY be
   * recorded or transcribed, for as long as this is true; it cannot be dismissed.
   */
  @property({ attribute: false }) unobservable = false;
  /**
   * Teams explicit-consent meeting and the visitor has not consented yet: start messages drop "by staying in
   * this meeting, you consent" (untrue there) and say that explicit consent is asked (the consent dialog).
   */
  @property({ attribute: false }) consentPending = false;
  /** Where the visitor can read how recordings are used; opens in a new tab. Only http(s) URLs are linked. */
  @property({ attribute: 'privacy-policy-url' }) privacyPolicyUrl: string | undefined;
  /** UI language: 'en' (default), 'fr' or 'de'. */
  @property() override lang = '';
  /** The site's string overrides for this locale, by area (from `<teams-meeting-join>`'s `strings`). */
  @property({ attribute: false }) overrides: AreaOverrides | undefined;
  /** Minimum time (ms) a message stays before a milder one replaces it. Starts never wait. */
  @property({ attribute: false }) minDisplayMs = MIN_DISPLAY_MS;
  /** Clock (ms); replaceable so the timing can be tested without waiting. */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private model: ComplianceState = INITIAL_COMPLIANCE;
  @state() private strings: ComplianceStrings = complianceStringsEn;

  @query('[part~="base"]') private base!: HTMLElement | null;
  @query('[part~="message"], [part~="indicator"]') private text!: HTMLElement | null;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #langRequest = 0;
  #focusIndicator = false;
  #devCheck: { observer: ResizeObserver; interval: ReturnType<typeof setInterval> } | undefined;
  #warned = new Set<string>();

  /** What the banner is showing now: the full notice, the collapsed indicator, or nothing. */
  get view(): 'banner' | 'indicator' | 'none' {
    const view = complianceView(this.model);
    return view === 'none' && this.unobservable ? 'banner' : view;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reattached after a move: catch up on a milder message that became due while detached.
    if (this.model.pending !== null) {
      this.model = tickCompliance(this.model, this.clock(), { minDisplayMs: this.minDisplayMs });
      this.#schedule();
    }
    // The development check stopped on disconnect; `updated()` restarts it.
    if (DEV && this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#stopDevCheck();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('recording') || changed.has('transcription')) {
      this.model = updateCompliance(
        this.model,
        { recording: this.recording, transcription: this.transcription },
        this.clock(),
        { minDisplayMs: this.minDisplayMs },
      );
      this.#schedule();
    }
    if (changed.has('lang') || changed.has('overrides')) void this.#loadStrings();
  }

  protected override updated(): void {
    if (this.#focusIndicator) {
      this.#focusIndicator = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="indicator"]')?.focus();
    }
    if (DEV) {
      if (this.view === 'none') this.#stopDevCheck();
      else {
        this.#startDevCheck();
        this.#checkVisible();
      }
    }
  }

  async #loadStrings(): Promise<void> {
    const request = ++this.#langRequest;
    const strings = withOverrides((await loadCatalog(resolveLang(this.lang), 'compliance')) ?? complianceStringsEn, this.overrides?.compliance);
    if (request === this.#langRequest) this.strings = strings;
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const deadline = nextDeadline(this.model, { minDisplayMs: this.minDisplayMs });
    if (deadline === null || !this.isConnected) return;
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.model = tickCompliance(this.model, Math.max(this.clock(), deadline), { minDisplayMs: this.minDisplayMs });
        this.#schedule();
      },
      Math.max(0, deadline - this.clock()),
    );
  }

  #dismiss(): void {
    const before = this.view;
    this.model = dismissCompliance(this.model);
    this.#schedule();
    this.#focusIndicator = before === 'banner' && this.view === 'indicator';
  }

  #expand(): void {
    this.model = expandCompliance(this.model, this.clock());
    this.#schedule();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="dismiss"]')?.focus());
  }

  #startDevCheck(): void {
    if (this.#devCheck) return;
    const observer = new ResizeObserver(() => this.#checkVisible());
    observer.observe(this);
    const interval = setInterval(() => this.#checkVisible(), DEV_CHECK_INTERVAL_MS);
    this.#devCheck = { observer, interval };
  }

  #stopDevCheck(): void {
    if (!this.#devCheck) return;
    this.#devCheck.observer.disconnect();
    clearInterval(this.#devCheck.interval);
    this.#devCheck = undefined;
    this.#warned.clear();
  }

  #checkVisible(): void {
    const base = this.base;
    if (!base || !this.isConnected) return;
    const reason = hidingReason(base, this.text ?? undefined);
    if (reason && !this.#warned.has(reason)) {
      this.#warned.add(reason);
      console.warn(
        `[teams-meeting-join] The recording/transcription notice is not visible (${reason}). ` +
          'Visitors must be told when a meeting is recorded or transcribed: do not hide <tmj-compliance-banner> ' +
          'or its ancestors.',
      );
    }
  }

  #indicatorLabel(): string {
    const { recording, transcription } = this.model.streams;
    const s = this.strings;
    if (recording === 'on' && transcription === 'on') return s.indicatorBoth;
    return recording === 'on' ? s.indicatorRecording : s.indicatorTranscribing;
  }

  #text(message: NonNullable<ComplianceState['message']>): string {
    const s = this.strings;
    if (this.consentPending && (message === 'recording-started' || message === 'transcription-started' || message === 'both-started')) {
      return s.consentStarted[message];
    }
    return s[message];
  }

  protected override render() {
    return html`${this.#renderVisible()}${this.#renderStatus()}`;
  }

  /**
   * Milder changes are announced through this region, which is always in the DOM (a live region inserted
   * together with its text is often not read). Starts are not put here: they are their own `role="alert"`.
   * It also speaks while the banner is collapsed, so a visitor hears that recording stopped.
   */
  #renderStatus() {
    const { message, announce } = this.model;
    const text = message && announce === 'status' ? this.#text(message) : this.unobservable ? this.strings.mayBeRecorded : '';
    return html`<div class="visually-hidden" role="status" data-status>${text}</div>`;
  }

  /** The fail-safe line: persistent, announced once when it appears (role="status" inserted with the text is
   * backed up by the always-present status region below, which carries it too). */
  #renderUncertain() {
    if (!this.unobservable) return nothing;
    return html`<p part="uncertain" data-uncertain><span class="dot" aria-hidden="true"></span>${this.strings.mayBeRecorded}</p>`;
  }

  #renderVisible() {
    const view = complianceView(this.model);
    if (view === 'none') {
      return this.unobservable ? html`<div part="base" lang=${this.lang || nothing}>${this.#renderUncertain()}</div>` : nothing;
    }
    const s = this.strings;
    if (view === 'indicator') {
      const status = this.#indicatorLabel();
      return html`${this.unobservable ? html`<div part="base" lang=${this.lang || nothing}>${this.#renderUncertain()}</div>` : nothing}<div part="base" class="collapsed" lang=${this.lang || nothing}>
        <button
          part="indicator"
          type="button"
          aria-expanded="false"
          aria-label=${format(s.showNotice, { status })}
          @click=${() => this.#expand()}
        >
          <span class="dot" aria-hidden="true"></span>${status}
        </button>
      </div>`;
    }
    const { message, announce, seq } = this.model;
    const url = safeUrl(this.privacyPolicyUrl);
    return html`<div part="base" lang=${this.lang || nothing}>
      ${this.#renderUncertain()}
      ${keyed(
        seq,
        html`<p part="message" role=${announce === 'alert' ? 'alert' : nothing}>${message ? this.#text(message) : ''}</p>`,
      )}
      ${url
        ? html`<a part="link" href=${url} target="_blank" rel="noopener noreferrer"
            >${s.privacyPolicy}<span class="visually-hidden"> ${s.opensInNewTab}</span></a
          >`
        : nothing}
      <button part="dismiss" type="button" aria-label=${s.dismiss} @click=${() => this.#dismiss()}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="currentColor">
          ${closeIcon}
        </svg>
      </button>
    </div>`;
  }
}
