import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { format, resolveLang } from '../../core/i18n.js';
import type { Notice, NoticeAction } from '../../core/notices.js';
import coreStringsEn from '../../i18n/en/core.js';
import coreEndStringsEn from '../../i18n/en/core-end.js';
import noticesStringsEn from '../../i18n/en/notices.js';
import { formatDuration } from '../../i18n/intl.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { NoticesStrings } from '../../i18n/types.js';
import { a11yStyles } from '../shared/a11y.styles.js';
import { noticeStackStyles } from './notice-stack.styles.js';

export interface NoticeActionDetail {
  readonly id: string;
  readonly action: Exclude<NoticeAction, 'dismiss'>;
}
export interface NoticeDismissDetail {
  readonly id: string;
}

interface Strings {
  readonly notices: NoticesStrings;
  readonly errors: Readonly<Record<string, string>>;
  /** The locale these strings are in (the lobby timer's digits). */
  readonly lang: string;
}

// Every error code's text: the configuration errors (in the pasted script) plus the in-call/end ones (lazy).
const EN: Strings = { notices: noticesStringsEn, errors: { ...coreStringsEn.errors, ...coreEndStringsEn.errors }, lang: 'en' };

const closeIcon = svg`<path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/>`;


/** Errors and notices that need the visitor are assertive; everything else is polite. */
function isUrgent(notice: Notice): boolean {
  return notice.severity === 'error' || notice.needsAction;
}

/**
 * Shows the (at most two) visible notices of a `NoticeQueue` (src/core/notices.ts), each with its localized
 * text and the one action that fits. Urgent notices (errors, or those needing action) are `role="alert"`;
 * the rest sit in a polite `role="status"` region. Focus moves only to a new notice that needs action.
 * The stack renders what it is given; the owner keeps the queue and answers the events.
 *
 * @tag tmj-notice-stack
 * @summary In-call notices (lobby, reconnecting, denied, removed, device and permission problems…).
 * @csspart notice - One notice (`data-code` and `data-severity` tell which).
 * @csspart notice-action - Its action button (Rejoin, Try again, Cancel joining…).
 * @csspart notice-dismiss - Its dismiss button (absent on notices the visitor cannot dismiss).
 * @cssproperty --tmj-notice-bg - Notice background.
 * @cssproperty --tmj-notice-text - Notice text colour.
 * @cssproperty --tmj-notice-info - Accent of info notices.
 * @cssproperty --tmj-notice-warning - Accent of warnings.
 * @cssproperty --tmj-notice-error - Accent of errors.
 * @fires tmj-notice-action - `{id, action}`: the visitor chose a notice's action (bubbles, not composed).
 * @fires tmj-notice-dismiss - `{id}`: the visitor dismissed a notice (bubbles, not composed).
 */
export class TmjNoticeStack extends LitElement {
  static override styles = [a11yStyles, noticeStackStyles];

  /** The notices to show, highest priority first (`NoticeQueue.visible()`). */
  @property({ attribute: false }) notices: readonly Notice[] = [];
  /** UI language: 'en' (default), 'fr' or 'de'. */
  @property() override lang = '';
  /** The site's string overrides for this locale, by area (from `<teams-meeting-join>`'s `strings`). */
  @property({ attribute: false }) overrides: AreaOverrides | undefined;
  /** Clock (ms) for the lobby's elapsed time; replaceable in tests. */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private strings: Strings = EN;

  #seen = new Set<string>();
  #focusId: string | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #langRequest = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTicker();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#syncTicker();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('overrides')) void this.#loadStrings();
    if (changed.has('notices')) {
      const ids = new Set(this.notices.map((n) => n.id));
      const fresh = this.notices.find((n) => n.needsAction && !this.#seen.has(n.id));
      if (fresh) this.#focusId = fresh.id;
      this.#seen = ids;
      this.#syncTicker();
    }
  }

  protected override updated(): void {
    if (this.#focusId === undefined) return;
    const id = this.#focusId;
    this.#focusId = undefined;
    const box = this.renderRoot.querySelector<HTMLElement>(`[part~="notice"][data-id="${CSS.escape(id)}"]`);
    const target = box?.querySelector<HTMLElement>('[part~="notice-action"]') ?? box;
    target?.focus();
  }

  async #loadStrings(): Promise<void> {
    const request = ++this.#langRequest;
    const lang = resolveLang(this.lang);
    const [notices, core, end] = await Promise.all([
      loadCatalog(lang, 'notices'),
      loadCatalog(lang, 'core'),
      loadCatalog(lang, 'core-end'),
    ]);
    // A catalog that did not load leaves its English part.
    const strings: Strings = {
      notices: withOverrides(notices ?? EN.notices, this.overrides?.notices),
      errors: withOverrides(
        withOverrides({ ...EN.errors, ...core?.errors, ...end?.errors }, this.overrides?.core?.errors),
        this.overrides?.['core-end']?.errors,
      ),
      lang,
    };
    if (request === this.#langRequest) this.strings = strings;
  }

  /** A 1 s ticker only while the lobby notice (with its elapsed time) is on screen. */
  #syncTicker(): void {
    const needed = this.isConnected && this.notices.some((n) => n.code === 'lobby-waiting');
    if (needed && this.#ticker === undefined) this.#ticker = setInterval(() => this.requestUpdate(), 1000);
    if (!needed) this.#stopTicker();
  }

  #stopTicker(): void {
    clearInterval(this.#ticker);
    this.#ticker = undefined;
  }

  #message(notice: Notice): string {
    const { notices, errors } = this.strings;
    const own = (notices.messages as Readonly<Record<string, string>>)[notice.code];
    return own ?? errors[notice.code] ?? format(notices.unknown, { code: notice.code });
  }

  #act(notice: Notice, action: Exclude<NoticeAction, 'dismiss'>): void {
    this.dispatchEvent(
      new CustomEvent<NoticeActionDetail>('tmj-notice-action', {
        detail: { id: notice.id, action },
        bubbles: true,
        composed: false,
      }),
    );
  }

  #dismiss(notice: Notice): void {
    this.dispatchEvent(
      new CustomEvent<NoticeDismissDetail>('tmj-notice-dismiss', {
        detail: { id: notice.id },
        bubbles: true,
        composed: false,
      }),
    );
  }

  #renderNotice(notice: Notice): TemplateResult {
    const s = this.strings.notices;
    const action = notice.action && notice.action !== 'dismiss' ? notice.action : undefined;
    const permission = notice.action === 'fix-permissions';
    return html`<div
      part="notice"
      class=${notice.severity}
      data-id=${notice.id}
      data-code=${notice.code}
      data-severity=${notice.severity}
      tabindex=${notice.needsAction && !action ? '-1' : nothing}
    >
      <p class="text">
        ${this.#message(notice)}
        ${permission ? html`<span class="help">${s.permissionHelp}</span>` : nothing}
        ${notice.code === 'lobby-waiting'
          ? html`<span class="elapsed" role="timer"
              >${format(s.lobbyElapsed, { time: formatDuration(this.strings.lang, this.clock() - notice.createdAt) })}</span
            >`
          : nothing}
      </p>
      <div class="buttons">
        ${action
          ? html`<button part="notice-action" type="button" @click=${() => this.#act(notice, action)}>
              ${s.actions[action]}
            </button>`
          : nothing}
        ${notice.sticky
          ? nothing
          : html`<button part="notice-dismiss" type="button" aria-label=${s.dismiss} @click=${() => this.#dismiss(notice)}>
              <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="currentColor">
                ${closeIcon}
              </svg>
            </button>`}
      </div>
    </div>`;
  }

  protected override render() {
    const urgent = this.notices.filter(isUrgent);
    const polite = this.notices.filter((n) => !isUrgent(n));
    // Alerts announce on insertion; the polite region stays in the DOM so additions to it are announced.
    return html`<div class="stack" lang=${this.lang || nothing}>
      ${repeat(
        urgent,
        (n) => n.id,
        (n) => html`<div role="alert">${this.#renderNotice(n)}</div>`,
      )}
      <div role="status" class="stack">${repeat(polite, (n) => n.id, (n) => this.#renderNotice(n))}</div>
    </div>`;
  }
}
