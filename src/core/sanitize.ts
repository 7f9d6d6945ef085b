/**
 * Allow-list sanitiser for Teams chat HTML (untrusted). Only the chat panel calls it.
 *
 * Why these choices:
 *  - A private DOMPurify instance, so our hooks never leak into (or get changed by) another DOMPurify on the page.
 *  - `RETURN_DOM_FRAGMENT`: the sanitised tree is inserted as nodes, never re-serialised and re-parsed, which is
 *    the step mutation-XSS (mXSS) payloads rely on.
 *  - Images are dropped and replaced by a text placeholder: Teams inline images need the Teams user's auth, and
 *    an image from an arbitrary source would be a tracking pixel.
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
 *    panel then shows the message's text and a notice, never a blank bubble or an uncaught exception.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { TmjError } from './errors.js';

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

function instance(): DOMPurify {
  if (purifier) return purifier;
  const p = createDOMPurify(window);
  p.addHook('uponSanitizeElement', (node) => {
    if (node instanceof Element && node.tagName === 'SPAN' && MENTION_TYPE.test(node.getAttribute('itemtype')?.trim() ?? '')) {
      mentionSpans.add(node);
    }
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
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

/** Sanitises untrusted Teams HTML into a fragment ready to insert. Never returns script-capable markup. */
export function sanitizeChatHtml(html: string, options: SanitizeOptions = {}): DocumentFragment {
  mentionSpans = new WeakSet();
  const tt = trustedTypesPolicy();
  let fragment: DocumentFragment;
  try {
    fragment = instance().sanitize(html, tt ? { ...CONFIG, TRUSTED_TYPES_POLICY: tt as never } : CONFIG);
  } catch (error) {
    // Under `require-trusted-types-for 'script'` without our policy name, parsing is refused by the browser.
    throw new TmjError('chat-html-blocked', tt === false ? 'trusted-types-policy-refused' : 'parse-refused', { cause: error });
  }
  // DOMPurify answers null instead of throwing when the browser refused its parse step.
  if (!(fragment instanceof DocumentFragment)) throw new TmjError('chat-html-blocked', tt === false ? 'trusted-types-policy-refused' : 'parse-refused');
  for (const mention of [...fragment.querySelectorAll('at')]) {
    const span = document.createElement('span');
    span.setAttribute('data-mention', '');
    span.setAttribute('part', 'mention');
    span.append(...mention.childNodes);
    mention.replaceWith(span);
  }
  for (const image of [...fragment.querySelectorAll('img')]) {
    const span = document.createElement('span');
    span.setAttribute('data-image-placeholder', '');
    span.textContent = options.imagePlaceholder ?? '[image]';
    image.replaceWith(span);
  }
  return fragment;
}

/** Exposed for tests: the tags and attributes a sanitised fragment may contain. */
export const SANITIZE_ALLOW_LIST = {
  tags: ALLOWED_TAGS.filter((t) => t !== 'at' && t !== 'img'),
  attributes: [...ALLOWED_ATTR, 'target', 'rel', 'data-mention', 'data-image-placeholder', 'part'],
} as const;
