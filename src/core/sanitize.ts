/**
 * Allow-list sanitiser for Teams chat HTML (untrusted). Only the chat panel calls it.
 *
 * Why these choices:
 *  - A private DOMPurify instance, so our hooks never leak into (or get changed by) another DOMPurify on the page.
 *  - `RETURN_DOM_FRAGMENT`: the sanitised tree is inserted as nodes, never re-serialised and re-parsed, which is
 *    the step mutation-XSS (mXSS) payloads rely on.
 *  - Images never keep their `src`: an inline image becomes a placeholder naming its attachment id (the panel
 *    fetches it from the ACS endpoint with the chat token), an emoji image its alt text, a Giphy a placeholder
 *    with its Giphy https URL; any other image becomes a text placeholder (an image from an arbitrary source
 *    would be a tracking pixel).
 *  - No `style`, `class` or `id`: nothing a sender writes may position content outside its bubble or clobber
 *    names; formatting comes only from the tags themselves.
 *  - Links are limited to http(s)/mailto and always open a new tab with `rel="noopener noreferrer"`.
 *  - Teams mentions, in both formats Teams sends (`<at id="0">Alex</at>` and
 *    `<span itemscope itemtype="http://schema.skype.com/Mention" itemid="0">Alex</span>`), become
 *    `<span data-mention>` so the panel can style them.
 *  - Trusted Types: parsing untrusted HTML is a `TrustedHTML` sink. The sanitiser creates its own policy, named
 *    `dompurify` (the name sites already allow for DOMPurify), and hands it to its private DOMPurify instance
 *    (`TRUSTED_TYPES_POLICY`), so it works under `require-trusted-types-for 'script'; trusted-types lit-html
 *    dompurify`. The policy's `createHTML` only ever receives the untrusted input on its way into DOMPurify's
 *    parser; the result is a DocumentFragment of allow-listed nodes, inserted as nodes (no HTML sink at all).
 *    Where the page's policy forbids the name, `sanitizeChatHtml` throws `TmjError('chat-html-blocked')` — the
 *    panel then shows the message's text and a notice, never a blank bubble or an uncaught exception. The policy
 *    is made by the first Teams message only (not by the warm-up below): until then a site's own DOMPurify can
 *    take the name.
 *  - Warm-up (`warmChatSanitizer`): the chat panel runs DOMPurify ahead of time in idle callbacks, on a sample
 *    built from nodes and sanitised in place, so the first render does not run it cold — without parsing HTML
 *    or creating a policy.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { TmjError } from './errors.js';
import { giphyAllowed } from './chat-attachments.js';

/** The Trusted Types policy name the sanitiser uses (documented in the README's CSP section). */
export const TRUSTED_TYPES_POLICY_NAME = 'dompurify';

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (s: string) => string; createScriptURL: (s: string) => string }): unknown;
}

const ALLOWED_TAGS = [
  'p', 'br', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'ul', 'ol', 'li',
  'blockquote', 'code', 'pre', 'a', 'span', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'at', 'img',
];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir', 'colspan', 'rowspan'];
const SAFE_URL = /^(?:https?:|mailto:)/i;

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM_FRAGMENT: true,
  // Content of these is dropped entirely rather than kept as text.
  FORBID_TAGS: ['style', 'script', 'template', 'noscript', 'iframe', 'object', 'embed', 'form', 'input',
    'textarea', 'select', 'button', 'svg', 'math', 'meta', 'base', 'link', 'title'],
};

let purifier: DOMPurify | undefined;
/** The Trusted Types policy `purifier` was configured with (`undefined`: not configured yet). */
let configuredFor: unknown;
/** undefined = not tried yet; null = no Trusted Types in this browser; false = the page's CSP refused the name. */
let policy: unknown;

function trustedTypesPolicy(): unknown {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt || typeof tt.createPolicy !== 'function') return (policy = null);
  try {
    // Identity rules, as DOMPurify's own policy: the only input is the untrusted HTML DOMPurify is about to
    // parse in an inert document and filter; nothing produced here reaches a live sink.
    policy = tt.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createHTML: (s) => s, createScriptURL: (s) => s });
  } catch {
    policy = false;
  }
  return policy;
}
/** Spans that carried Teams' mention microdata before their attributes were stripped. */
let mentionSpans = new WeakSet<Node>();
const MENTION_TYPE = /^https?:\/\/schema\.skype\.com\/Mention$/i;
/**
 * Rich chat as Teams sends it (microdata read before DOMPurify strips the attributes, then re-expressed as our
 * own data attributes; nothing of the sender's markup survives as attributes):
 *  - inline images: `<img id="{attachment id}" src="…/images/{id}/views/original" alt="image">` — become
 *    `<span data-inline-image data-attachment-id data-alt>`; the panel fetches the bytes from the ACS endpoint
 *    with the chat token (core/chat-attachments.ts) and shows a blob URL. Inline-image tutorial:
 *    https://learn.microsoft.com/en-ca/azure/communication-services/tutorials/chat-interop/meeting-interop-features-inline-image
 *  - emoji: `<span itemtype="http://schema.skype.com/Emoji" …>😀</span>` keeps its text; an emoji image
 *    `<img itemtype="http://schema.skype.com/Emoji" alt="😀">` becomes its alt text (`data-emoji`).
 *  - Giphy: `<img itemtype="http://schema.skype.com/Giphy" src="https://media.giphy.com/…">` becomes
 *    `<span data-giphy data-src data-alt>` (only for Giphy's https media hosts; the panel shows it as an image).
 *  - replies: `<blockquote itemtype="http://schema.skype.com/Reply" itemid="…">` keeps the quote and gets
 *    `data-reply` (the quoted sender is the `<strong itemprop="mri">` inside; it stays as text).
 */
const EMOJI_TYPE = /^https?:\/\/schema\.skype\.com\/Emoji$/i;
const GIPHY_TYPE = /^https?:\/\/schema\.skype\.com\/Giphy$/i;
const REPLY_TYPE = /^https?:\/\/schema\.skype\.com\/Reply$/i;
interface ImageInfo {
  readonly id: string;
  readonly alt: string;
  readonly type: string;
  readonly src: string;
}
let imageInfo = new WeakMap<Node, ImageInfo>();
let emojiSpans = new WeakSet<Node>();
let replyQuotes = new WeakSet<Node>();
const ATTACHMENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const clip = (v: string | null, n: number) => (v ?? '').replace(/\s+/g, ' ').trim().slice(0, n);

function instance(): DOMPurify {
  if (purifier) return purifier;
  const p = createDOMPurify(window);
  p.addHook('uponSanitizeElement', (node) => {
    if (node instanceof Element && node.tagName === 'SPAN' && MENTION_TYPE.test(node.getAttribute('itemtype')?.trim() ?? '')) {
      mentionSpans.add(node);
    }
    if (!(node instanceof Element)) return;
    const itemtype = node.getAttribute('itemtype')?.trim() ?? '';
    if (node.tagName === 'IMG') {
      imageInfo.set(node, { id: node.getAttribute('id') ?? '', alt: clip(node.getAttribute('alt'), 200), type: itemtype, src: node.getAttribute('src') ?? '' });
    } else if (node.tagName === 'SPAN' && EMOJI_TYPE.test(itemtype)) {
      emojiSpans.add(node);
    } else if (node.tagName === 'BLOCKQUOTE' && REPLY_TYPE.test(itemtype)) {
      replyQuotes.add(node);
    }
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (emojiSpans.has(node)) node.setAttribute('data-emoji', '');
    if (replyQuotes.has(node)) node.setAttribute('data-reply', '');
    if (mentionSpans.has(node)) {
      node.setAttribute('data-mention', '');
      node.setAttribute('part', 'mention');
    }
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      // Belt and braces on top of ALLOWED_URI_REGEXP: resolve and re-check the scheme.
      if (href !== null && !isSafeHref(href)) node.removeAttribute('href');
      if (node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    } else {
      node.removeAttribute('href');
    }
  });
  purifier = p;
  return p;
}

function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href, 'https://invalid.example/');
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export interface SanitizeOptions {
  /** Text that stands in for a removed image. */
  readonly imagePlaceholder?: string;
}

/** Forgets the previous call's marks (the hooks fill them while DOMPurify walks). */
function resetMarks(): void {
  mentionSpans = new WeakSet();
  imageInfo = new WeakMap();
  emojiSpans = new WeakSet();
  replyQuotes = new WeakSet();
}

/** Sanitises untrusted Teams HTML into a fragment ready to insert. Never returns script-capable markup. */
export function sanitizeChatHtml(html: string, options: SanitizeOptions = {}): DocumentFragment {
  resetMarks();
  const tt = trustedTypesPolicy();
  let fragment: DocumentFragment;
  try {
    const p = instance();
    // Configured once (and again only if the policy changed, or after the warm-up's own configuration): passing
    // the config to every call makes DOMPurify parse it and copy its allow-lists per message, the largest part of
    // sanitising a short message.
    if (configuredFor !== tt) {
      p.setConfig(tt ? { ...CONFIG, TRUSTED_TYPES_POLICY: tt as never } : CONFIG);
      configuredFor = tt;
    }
    fragment = p.sanitize(html) as unknown as DocumentFragment;
  } catch (error) {
    // Under `require-trusted-types-for 'script'` without our policy name, parsing is refused by the browser.
    throw new TmjError('chat-html-blocked', tt === false ? 'trusted-types-policy-refused' : 'parse-refused', { cause: error });
  }
  // DOMPurify answers null instead of throwing when the browser refused its parse step.
  if (!(fragment instanceof DocumentFragment)) throw new TmjError('chat-html-blocked', tt === false ? 'trusted-types-policy-refused' : 'parse-refused');
  reexpress(fragment, options);
  return fragment;
}

/** Mentions and images re-expressed as our own spans (after DOMPurify, from what its hooks read). */
function reexpress(root: DocumentFragment | Element, options: SanitizeOptions): void {
  for (const mention of [...root.querySelectorAll('at')]) {
    const span = document.createElement('span');
    span.setAttribute('data-mention', '');
    span.setAttribute('part', 'mention');
    span.append(...mention.childNodes);
    mention.replaceWith(span);
  }
  for (const image of [...root.querySelectorAll('img')]) {
    const info = imageInfo.get(image);
    const span = document.createElement('span');
    if (info && EMOJI_TYPE.test(info.type) && info.alt !== '') {
      // An emoji picture: its alt is the emoji itself (text, not an image from anywhere).
      span.setAttribute('data-emoji', '');
      span.textContent = clip(info.alt, 16);
    } else if (info && GIPHY_TYPE.test(info.type) && giphyAllowed(info.src)) {
      span.setAttribute('data-giphy', '');
      span.setAttribute('data-src', info.src);
      span.setAttribute('data-alt', info.alt);
    } else if (info && ATTACHMENT_ID.test(info.id)) {
      // An inline image: the panel looks the id up in the message's attachments and fetches it with the token.
      span.setAttribute('data-inline-image', '');
      span.setAttribute('data-attachment-id', info.id);
      span.setAttribute('data-alt', info.alt);
    } else {
      span.setAttribute('data-image-placeholder', '');
      span.textContent = options.imagePlaceholder ?? '[image]';
    }
    image.replaceWith(span);
  }
}

/** Enough rounds for V8 to take DOMPurify's walk and our hooks past the interpreter (measured: ~30–40). */
export const WARM_UP_ROUNDS = 40;
let warmRounds = 0;
/** `configuredFor` while the purifier holds the warm-up's configuration (never equal to a policy). */
const WARMING: unknown = Object.freeze({});

/**
 * Warm-up (issue 10 req 6). A page's first Teams messages ran DOMPurify and our hooks cold — V8 interpreting
 * code it had just compiled, ~1 ms a message against ~0.2 ms once warm, plus ~10 ms for the first call — inside
 * the chat's first render. `warmChatSanitizer()` runs the same walk ahead of time on a sample message built with
 * `createElement` (Teams formatting, a mention in both formats, emoji, an inline image without `src`, a reply,
 * a link, a removed attribute and element), sanitised in place (`IN_PLACE`), then re-expressed as `sanitizeChatHtml`
 * does. So it parses no HTML and touches no Trusted Types sink: it creates no policy (`TRUSTED_TYPES_POLICY: null`;
 * our `dompurify` policy is still made only by the first real message, so the warm-up never takes that name
 * from a site's own DOMPurify) and causes no CSP report under any policy. Its own configuration is replaced by the
 * real one at the first real call (`configuredFor`). One round per call (~0.2–1 ms); returns whether another is
 * useful: `false` after `WARM_UP_ROUNDS`, once a real message was sanitised, or where it cannot run.
 */
export function warmChatSanitizer(): boolean {
  if (warmRounds >= WARM_UP_ROUNDS || policy !== undefined || typeof document === 'undefined') return false;
  try {
    const p = instance();
    if (configuredFor !== WARMING) {
      p.setConfig({ ...CONFIG, IN_PLACE: true, TRUSTED_TYPES_POLICY: null });
      configuredFor = WARMING;
    }
    resetMarks();
    const sample = warmUpSample();
    p.sanitize(sample);
    reexpress(sample, {});
    warmRounds++;
  } catch {
    // Nothing depends on the warm-up: the first real message then runs cold, as without it.
    warmRounds = WARM_UP_ROUNDS;
  }
  return warmRounds < WARM_UP_ROUNDS;
}

/** A Teams-like message as DOM nodes (no HTML parsed, no `src`, no handler, no `style`). */
function warmUpSample(): HTMLElement {
  const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const schema = 'http://schema.skype.com/';
  return el('div', {},
    el('p', {}, 'Hello ', el('b', {}, 'team'), ', ', el('i', {}, 'see'), ' ', el('a', { href: 'https://example.com/a?b=1', title: 't', class: 'x' }, 'this'),
      ' ', el('a', { href: 'mailto:someone@example.com' }, 'mail'), ' ', el('a', { href: 'ftp://example.com/' }, 'ftp'), ' ', el('code', {}, 'x = 1')),
    el('p', {}, el('at', { id: '0' }, 'Alex'), ' ', el('span', { itemscope: '', itemtype: `${schema}Mention`, itemid: '1' }, 'Alex Wilber'),
      ' ', el('span', { itemscope: '', itemtype: `${schema}Emoji`, title: 'smile' }, '😀'), el('img', { itemtype: `${schema}Emoji`, alt: '😀' })),
    el('p', {}, el('img', { id: 'image-1', alt: 'image', itemscope: 'png', itemtype: `${schema}AMSImage` }), el('img', { alt: 'other' })),
    el('blockquote', { itemscope: '', itemtype: `${schema}Reply`, itemid: '2' }, el('strong', { itemprop: 'mri' }, 'Megan'), el('p', {}, 'quoted')),
    el('ul', {}, el('li', {}, 'one'), el('li', { 'data-x': '1' }, 'two')),
    el('font', { color: 'red' }, 'kept'), el('button', {}, 'dropped'),
  );
}

/** Exposed for tests: the tags and attributes a sanitised fragment may contain. */
export const SANITIZE_ALLOW_LIST = {
  tags: ALLOWED_TAGS.filter((t) => t !== 'at' && t !== 'img'),
  attributes: [...ALLOWED_ATTR, 'target', 'rel', 'data-mention', 'data-image-placeholder', 'part', 'data-emoji', 'data-reply',
    'data-inline-image', 'data-attachment-id', 'data-alt', 'data-giphy', 'data-src'],
} as const;
