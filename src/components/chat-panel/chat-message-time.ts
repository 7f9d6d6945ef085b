/**
 * Clock times of the chat's sender groups: one Intl.DateTimeFormat (hour and minute) per locale, shared by every
 * panel of the page. A page's first DateTimeFormat is expensive — ~40 ms on a loaded 2-core machine while ICU
 * loads time zone, calendar and pattern data; later ones, any locale, ~1 ms — so it never runs inside a render:
 * - this module makes one in an idle callback when it loads (the in-call chunk loads at join, the chat opens
 *   later), so in practice the first render finds it ready;
 * - a panel that renders before that draws its groups without times and asks for them (`prepareTimeFormat`),
 *   in a task of their own; it renders again when they are ready.
 * Once the first formatter exists, `timeFormatFor` makes any other locale's on the spot.
 */
const OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

const formats = new Map<string, Intl.DateTimeFormat>();

function make(lang: string): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (format) return format;
  try {
    format = new Intl.DateTimeFormat(lang || 'en', OPTIONS);
  } catch {
    // A tag Intl refuses: English rather than a throw in a render.
    format = new Intl.DateTimeFormat('en', OPTIONS);
  }
  formats.set(lang, format);
  return format;
}

/** The formatter for `lang`; `undefined` while the page has none yet (then `prepareTimeFormat`). */
export function timeFormatFor(lang: string): Intl.DateTimeFormat | undefined {
  return formats.get(lang) ?? (formats.size > 0 ? make(lang) : undefined);
}

/**
 * Makes `lang`'s formatter in a task of its own (`idle`: when the page is idle, at the latest after 1 s; `soon`:
 * the next task); resolves once it exists.
 */
export function prepareTimeFormat(lang: string, when: 'idle' | 'soon' = 'soon'): Promise<void> {
  if (formats.has(lang)) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const run = (): void => {
      make(lang);
      resolve();
    };
    if (when === 'idle' && typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
    else setTimeout(run, 0);
  });
}

// The page's first formatter, made while the page is idle after the chat code loaded (see above).
if (typeof document !== 'undefined') void prepareTimeFormat(document.documentElement.lang || navigator.language || 'en', 'idle');
