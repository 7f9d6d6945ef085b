/**
 * The identity chooser of the pre-join screen (`identity="choice"`): "Join as a guest" or "Sign in with a work
 * or school account". A lazy chunk, loaded only when a page sets `identity="choice"`, so it costs the pasted
 * script nothing: until it arrives the guest form (the default choice) shows, which is correct on its own.
 *
 * Two native radio buttons in a `<fieldset>`/`<legend>`: arrow keys move between them, Tab leaves the group,
 * screen readers announce "radio button, 1 of 2" and the group name, and forced-colors mode draws them — no ARIA
 * re-implementation of a radio group. Its strings are the `identity` catalogs (every locale), with the site's
 * `identity.*` overrides (`strings`, slotted JSON, `strings-url`) over them.
 */
import { html, nothing } from 'lit';
import { resolveLocale, type Lang } from '../../core/i18n.js';
import identityEn from '../../i18n/en/identity.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { Catalogs } from '../../i18n/types.js';
import { declaredLangs } from '../shared/locale.js';

export type IdentityStrings = Catalogs['identity'];

/** Loaded catalogs by locale (English is bundled with this chunk). */
const catalogs = new Map<Lang, IdentityStrings>([['en', identityEn]]);
const loading = new Set<Lang>();

/** The chooser's strings in `lang`; until a lazy catalog arrives English, then `host` renders again. */
export function stringsFor(lang: Lang, host?: { requestUpdate(): void }): IdentityStrings {
  const known = catalogs.get(lang);
  if (known) return known;
  if (!loading.has(lang)) {
    loading.add(lang);
    void loadCatalog(lang, 'identity').then((catalog) => {
      catalogs.set(lang, catalog ?? identityEn);
      host?.requestUpdate();
    });
  }
  return identityEn;
}

const styles = new CSSStyleSheet();
styles.replaceSync(`
  .identity { border: 0; margin: 0 0 12px; padding: 0; min-width: 0; }
  .identity legend { font-weight: 600; padding: 0; margin-bottom: 6px; }
  .option {
    display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; align-items: start;
    font-weight: 400; margin: 0 0 8px; padding: 10px 12px; cursor: pointer;
    border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .option:has(input:checked) { border-color: var(--_accent); background: var(--_accent-soft); }
  .option input { width: 18px; height: 18px; min-height: 0; margin: 2px 0 0; padding: 0; accent-color: var(--_accent); }
  .option b { font-weight: 600; }
  .option small { grid-column: 2; color: var(--_muted); font-size: 0.875em; }
  @media (forced-colors: active) { .option:has(input:checked) { border: 2px solid Highlight; } }
`);

/**
 * Adopts (`on`) or drops `sheet` in `root`. A constructable stylesheet, not a `<style>` element, so a page whose
 * CSP has no 'unsafe-inline' in style-src allows it; prepended so it keeps the place a `<style>` element had in
 * the cascade (before the element's own adopted styles, which win ties).
 */
function useSheet(root: ShadowRoot | null, sheet: CSSStyleSheet, on: boolean): void {
  const sheets = root?.adoptedStyleSheets;
  if (root && sheets && sheets.includes(sheet) !== on) root.adoptedStyleSheets = on ? [sheet, ...sheets] : sheets.filter((x) => x !== sheet);
}

/** What the chooser reads and sets on `<tmj-prejoin>`. */
export interface ChooserHost extends Element {
  m365: boolean;
  readonly identity: string;
  /** The site's overrides for the widget's language (`identity.*` keys apply here). */
  readonly overrides?: AreaOverrides | undefined;
  requestUpdate(): void;
  submit(): boolean;
}

/** Same key as src/session/m365/msal-sign-in.ts (not imported: that module is the sign-in chunk). */
const REDIRECT_MARK = 'tmj-m365-redirect';
const resumed = new WeakSet<ChooserHost>();

/**
 * Back from the sign-in redirect (the fallback when the popup was blocked): the visitor had chosen to sign in and
 * pressed join, so the join continues by itself, once per page load; MSAL then reads the redirect's answer.
 */
function resumeAfterRedirect(host: ChooserHost): void {
  if (resumed.has(host)) return;
  resumed.add(host);
  let mark: { at?: unknown } | undefined;
  try {
    mark = JSON.parse(sessionStorage.getItem(REDIRECT_MARK) ?? 'null') as typeof mark;
  } catch {
    mark = undefined;
  }
  if (!mark || typeof mark.at !== 'number' || Date.now() - mark.at > 10 * 60_000) return;
  host.m365 = true;
  setTimeout(() => host.submit(), 0);
}

/**
 * The widget's language, resolved as `<teams-meeting-join>` resolves it (its `lang`, the page's, the browser's):
 * the pre-join sits in the host's shadow root, so the pasted script carries no language field for this chunk.
 */
function langOf(host: ChooserHost): Lang {
  const root = host.getRootNode();
  const owner = root instanceof ShadowRoot ? (root.host as HTMLElement) : undefined;
  return resolveLocale([owner?.lang, ...declaredLangs(host)]);
}

/** The chooser's strings for `host`: its language's catalog with the site's `identity.*` overrides over it. */
const textsOf = (host: ChooserHost): IdentityStrings => withOverrides(stringsFor(langOf(host), host), host.overrides?.identity);

/** The join button's label while signing in is chosen (`undefined`: the usual "Join now"). */
export const joinLabel = (host: ChooserHost): string | undefined => {
  resumeAfterRedirect(host);
  return host.m365 || host.identity === 'teams' ? textsOf(host).signInJoin : undefined;
};

/** Renders the chooser for `identity="choice"` (nothing otherwise); choosing sets `host.m365`. */
export function chooser(host: ChooserHost) {
  // The chooser's sheet is adopted while it shows, dropped again when the page changes `identity`.
  useSheet(host.shadowRoot, styles, host.identity === 'choice');
  if (host.identity !== 'choice') return nothing;
  const t = textsOf(host);
  const m365 = host.m365;
  const choose = (value: boolean) => (host.m365 = value);
  const option = (value: boolean, title: string, hint: string, id: string) =>
    html`<label class="option" part="identity-option"><input type="radio" name="tmj-identity" part="identity-radio"
      value=${value ? 'm365' : 'guest'} .checked=${m365 === value} aria-describedby=${id}
      @change=${() => choose(value)}><b>${title}</b><small id=${id}>${hint}</small></label>`;
  return html`<fieldset class="identity" part="identity"><legend>${t.legend}</legend>
    ${option(false, t.guest, t.guestHint, 'identity-guest-hint')}${option(true, t.m365, t.m365Hint, 'identity-m365-hint')}
  </fieldset>`;
}
