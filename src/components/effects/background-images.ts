/**
 * The site's background images (`background-images` on `<teams-meeting-join>`, issue 16 req 3), validated.
 * DOM-free apart from the one `tmj-error` it dispatches on the host. Every URL it refuses is said: a localized
 * message for the effects picker and a typed `tmj-error` (`background-image-invalid`, `detail` = which entry and
 * why), so a site learns that an image it offered never appears; the valid ones are offered regardless.
 */
import type { GuestStrings } from '../../i18n/types.js';
import { fmt } from '../shared/call-strings.js';

/** At most this many images are offered (the picker is a small grid). */
export const MAX_BACKGROUND_IMAGES = 12;
/**
 * Longest URL accepted (characters). A `data:` image the size of a photo is a few hundred KB of text; past this a
 * page is better served by a real URL (the value is held in the DOM and in each picker thumbnail).
 */
export const MAX_BACKGROUND_URL_LENGTH = 512 * 1024;
/** Refusals said one by one; past this, one summary for the rest (a list of 1000 bad entries is one mistake). */
export const MAX_REPORTED = 12;

export type BackgroundImageRefusal =
  /** Not a string (a property value such as a number, object or null inside the array). */
  | 'not-text'
  /** Not a URL, even relative to the page. */
  | 'invalid-url'
  /** A scheme other than https, http, blob or `data:image/(png|jpeg|webp|gif|avif)` (e.g. `javascript:`). */
  | 'scheme'
  /** Longer than MAX_BACKGROUND_URL_LENGTH. */
  | 'too-long'
  /** Valid, but past the first MAX_BACKGROUND_IMAGES (`count` of them). */
  | 'too-many'
  /** More refused entries than MAX_REPORTED: the rest in one (`count`). */
  | 'more';

export interface RefusedBackgroundImage {
  /** Position in the list, from 0 (for `too-many`/`more`, the first of those). */
  readonly index: number;
  readonly reason: BackgroundImageRefusal;
  /** The entry, shortened to 200 characters (never a huge `data:` URL in an event). */
  readonly value: string;
  /** `too-many`, `more`: how many entries this refusal stands for. */
  readonly count?: number;
}

export interface BackgroundImages {
  /** Absolute URLs, in the site's order, without repeats. */
  readonly urls: readonly string[];
  readonly refused: readonly RefusedBackgroundImage[];
}

const IMAGE_DATA = /^data:image\/(png|jpeg|webp|gif|avif)[;,]/i;

function shorten(raw: unknown): string {
  let text: string;
  try {
    text = typeof raw === 'string' ? raw : String(raw);
  } catch {
    // An object whose toString throws (or a symbol).
    text = typeof raw;
  }
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Parses the attribute (URLs separated by whitespace or commas; a `data:` URL ends at whitespace) or the property (an array of strings); relative
 * URLs resolve against `base` (the document's base URI). Any other property value (a number, an object) is one
 * `not-text` refusal. Repeats of an accepted URL are merged silently: the same image, offered once.
 */
export function parseBackgroundImages(value: unknown, base: string): BackgroundImages {
  if (value === undefined || value === null || value === '') return { urls: [], refused: [] };
  let list: readonly unknown[];
  // Commas separate too, except inside a `data:` URL (its payload follows a comma): split those only at whitespace.
  if (typeof value === 'string')
    list = value
      .split(/\s+/)
      .flatMap((token) => (/^data:/i.test(token) ? [token.replace(/,+$/, '')] : token.split(',')))
      .filter(Boolean);
  else if (Array.isArray(value)) list = value;
  else return { urls: [], refused: [{ index: 0, reason: 'not-text', value: shorten(value) }] };
  const urls: string[] = [];
  const seen = new Set<string>();
  const refused: RefusedBackgroundImage[] = [];
  let over: RefusedBackgroundImage | undefined;
  let more: RefusedBackgroundImage | undefined;
  const refuse = (index: number, reason: BackgroundImageRefusal, raw: unknown) => {
    if (refused.length < MAX_REPORTED) refused.push({ index, reason, value: shorten(raw) });
    else more = { index: more?.index ?? index, reason: 'more', value: more?.value ?? shorten(raw), count: (more?.count ?? 0) + 1 };
  };
  list.forEach((raw, index) => {
    if (typeof raw !== 'string') return refuse(index, 'not-text', raw);
    const text = raw.trim();
    if (!text) return;
    if (text.length > MAX_BACKGROUND_URL_LENGTH) return refuse(index, 'too-long', text);
    let url: URL;
    try {
      url = new URL(text, base);
    } catch {
      return refuse(index, 'invalid-url', text);
    }
    const ok = url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'blob:' || (url.protocol === 'data:' && IMAGE_DATA.test(url.href));
    if (!ok) return refuse(index, 'scheme', text);
    if (seen.has(url.href)) return;
    seen.add(url.href);
    if (urls.length < MAX_BACKGROUND_IMAGES) urls.push(url.href);
    else over = { index: over?.index ?? index, reason: 'too-many', value: over?.value ?? shorten(text), count: (over?.count ?? 0) + 1 };
  });
  return { urls, refused: [...refused, ...(more ? [more] : []), ...(over ? [over] : [])] };
}

/** The message the picker shows and `tmj-error` carries for one refusal (entries numbered from 1, as the picker does). */
export function refusalMessage(strings: GuestStrings, refusal: RefusedBackgroundImage): string {
  const n = String(refusal.index + 1);
  const count = String(refusal.count ?? 1);
  if (refusal.reason === 'too-many') return fmt(strings.backgroundImagesTooMany, { max: String(MAX_BACKGROUND_IMAGES), count });
  if (refusal.reason === 'more') return fmt(strings.backgroundImagesMoreRefused, { count });
  return fmt(strings.backgroundImageRefused, { n, reason: strings[REASON_TEXT[refusal.reason]] });
}

/** The catalog key that says why one entry was refused (the summaries `too-many` and `more` have their own texts). */
const REASON_TEXT = {
  'not-text': 'backgroundImageNotText',
  'invalid-url': 'backgroundImageNotUrl',
  scheme: 'backgroundImageScheme',
  'too-long': 'backgroundImageTooLong',
} as const satisfies Record<Exclude<BackgroundImageRefusal, 'too-many' | 'more'>, keyof GuestStrings>;

/** The `tmj-error` detail of a refused background image. */
export interface BackgroundImageErrorDetail {
  readonly code: 'background-image-invalid';
  readonly message: string;
  readonly detail: RefusedBackgroundImage;
}

/** Last value reported per host: the pre-join chunk and the call view both validate, the site hears it once. */
const reported = new WeakMap<EventTarget, unknown>();

/**
 * Validates `value` and, the first time this host has this value, fires one `tmj-error` per refusal on `host`
 * (bubbles, composed). Returns the result either way.
 */
export function checkBackgroundImages(host: EventTarget, value: unknown, base: string, strings: GuestStrings): BackgroundImages {
  const result = parseBackgroundImages(value, base);
  if (reported.has(host) && reported.get(host) === value) return result;
  reported.set(host, value);
  for (const refusal of result.refused) {
    host.dispatchEvent(
      new CustomEvent<BackgroundImageErrorDetail>('tmj-error', {
        detail: { code: 'background-image-invalid', message: refusalMessage(strings, refusal), detail: refusal },
        bubbles: true,
        composed: true,
      }),
    );
  }
  return result;
}
