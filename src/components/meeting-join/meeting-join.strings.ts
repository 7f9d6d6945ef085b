/**
 * The host element's strings (part of the pasted script): which language it speaks, the catalogs of that language
 * as they load, the lazily loaded English configuration messages and end-screen strings, and the site's overrides
 * (`strings`, `<script type="application/json" slot="strings">`, `strings-url`) over all of them. The element keeps
 * the rendered result in its reactive `texts`; this object decides what that result is. (A closure rather than a
 * class: its locals minify, which keeps the pasted script small.)
 */
import type { ErrorCode } from '../../core/errors.js';
import type { Lang } from '../../core/i18n.js';
import coreStringsEn from '../../i18n/en/core.js';
import type { FullCoreStrings } from '../../i18n/types.js';
import { declaredLangs } from '../shared/locale.js';

type CorePart = import('../../i18n/host-locale.js').CorePart;

/** What the strings read from `<teams-meeting-join>`. */
export interface StringsHost extends HTMLElement {
  readonly strings?: Readonly<Record<string, unknown>> | undefined;
  readonly stringsUrl?: string | undefined;
}

/** English strings some chunk brought (the join driver's end-screen strings). */
export type PartialCoreStrings = Partial<Omit<FullCoreStrings, 'errors'>> & { errors?: Partial<FullCoreStrings['errors']> };

export interface HostStrings {
  /** The resolved language (the element mirrors it in its reactive `resolvedLang`). */
  readonly lang: Lang;
  /** Settles when the strings asked for so far are there (events wait for it, so their message matches the widget). */
  readonly loaded: Promise<unknown>;
  /** The overrides for the current locale, by area (handed to the in-call view). */
  readonly resolved: import('../../i18n/apply.js').AreaOverrides | undefined;
  /**
   * Resolves the language from the element's tags, nearest first, then the browser's: plain English (`en`,
   * `en-US`) first is resolved at once; anything else by the lazy host-locale chunk (the locale list, fallbacks
   * and catalogs stay off the pasted script). Nothing happens when the tags did not change.
   */
  resolve(): void;
  /** Hands the element the strings as they are now (after a chunk with strings arrived). */
  update(): void;
  /** Reads the overrides' three sources through the lazy overrides module, when there are any (or were). */
  loadOverrides(signal: AbortSignal | undefined): void;
  /** Fetches the English configuration-error messages (once; a failed fetch is retried on the next error). */
  loadConfigMessages(): Promise<unknown>;
}

/**
 * @param changed called with the strings to render (and their language) whenever they change.
 * @param endStrings the English end-screen strings, once the join-driver chunk brought them.
 */
export function hostStrings(
  host: StringsHost,
  changed: (texts: FullCoreStrings, lang: Lang) => void,
  endStrings: () => PartialCoreStrings | undefined,
): HostStrings {
  /** The non-English catalogs of the four core areas, once loaded (merged over English). */
  let localized: readonly CorePart[] = [];
  /** The language tags the locale was resolved from (a change resolves again). */
  let tags: string | undefined;
  /** The site's overrides (from a lazy module, loaded only when there are any): applies them for a locale. */
  let overrides: import('../../i18n/overrides.js').HostOverrides | undefined;
  let overridesRequest: object | undefined;
  /** English configuration-error messages: a lazy chunk, loaded the first time the configuration is wrong. */
  let configMessages: Promise<unknown> | undefined;
  let configMessagesEn: Readonly<Partial<Record<ErrorCode, string>>> | undefined;

  /** English (the parts loaded so far) with the locale's catalogs and the site's overrides over it. */
  const english = (): FullCoreStrings => {
    const config = configMessagesEn && { errors: configMessagesEn };
    const all = [config, endStrings(), ...localized].reduce<FullCoreStrings>(
      (all, t) => (t ? { ...all, ...t, errors: { ...all.errors, ...t.errors } } : all),
      coreStringsEn as FullCoreStrings,
    );
    // Resolved here (the locale or the overrides changed), so the in-call view gets the same object until then.
    const o = overrides?.(all, self.lang);
    self.resolved = o?.[1];
    return o ? o[0] : all;
  };

  const self = {
    lang: 'en' as Lang,
    loaded: Promise.resolve() as Promise<unknown>,
    resolved: undefined as HostStrings['resolved'],
    resolve() {
      const all = [host.lang, ...declaredLangs(host), ...navigator.languages].filter(Boolean);
      const key = all.join();
      if (key === tags) return;
      tags = key;
      const done = ([lang, parts]: [Lang, readonly CorePart[]]) => {
        if (tags !== key) return;
        self.lang = lang;
        localized = parts;
        self.update();
      };
      if (/^en(-us)?$/i.test(all[0] ?? 'en')) done(['en', []]);
      else self.loaded = import('../../i18n/host-locale.js').then((m) => m.hostLocale(all)).then(done, () => done(['en', []]));
    },
    update() {
      changed(english(), self.lang);
    },
    loadOverrides(signal: AbortSignal | undefined) {
      if (!host.strings && !host.stringsUrl && !host.querySelector('script[slot=strings]') && !overrides) return;
      const request = (overridesRequest = {});
      // The first messages wait for the overrides too (a failed chunk leaves the catalogs' strings).
      self.loaded = Promise.all([
        self.loaded,
        import('../../i18n/overrides.js')
          .then((m) => m.hostOverrides(host, signal))
          .then((o) => {
            if (request === overridesRequest) (overrides = o), self.update();
          }, () => undefined),
      ]);
    },
    loadConfigMessages() {
      return (configMessages ??= import('../../i18n/en/core-config.js').then(
        (m) => {
          configMessagesEn = m.default;
          self.update();
        },
        () => {
          configMessages = undefined;
        },
      ));
    },
  };
  return self;
}
