/**
 * Rendering of one Teams HTML message: sanitised once per message version and the same node reused on every
 * render, kept for the rendered window only. Used by the chat panel's message rendering (./chat-message.ts).
 */
import { sanitizeChatHtml } from '../../core/sanitize.js';
import type { ChatMessage } from '../../session/types.js';
import type { CallStrings } from '../shared/call-strings.js';
import type { ChatAttachmentsView } from './chat-attachments-view.js';

const key = (message: ChatMessage): string => `${message.id}\u0000${message.content}`;

export class ChatHtmlCache {
  #nodes = new Map<string, HTMLElement>();
  #blockedReported = false;

  /**
   * @param onBlocked called once per cache when the page's Trusted Types policy refuses HTML parsing.
   * @param attachments turns image placeholders into images and adds file cards (./chat-attachments-view.ts).
   */
  constructor(
    private readonly onBlocked: () => void,
    private readonly attachments?: ChatAttachmentsView,
  ) {}

  clear(): void {
    this.#nodes.clear();
    this.attachments?.dispose();
  }

  /** Keeps the sanitised nodes of `messages[start..]` only (O(window), not O(history)). */
  prune(messages: readonly ChatMessage[], start: number): void {
    const live = new Set<string>();
    const liveIds = new Set<string>();
    for (let i = start; i < messages.length; i++) {
      live.add(key(messages[i]!));
      liveIds.add(messages[i]!.id);
    }
    for (const k of this.#nodes.keys()) if (!live.has(k)) this.#nodes.delete(k);
    // A message that left the window gives its image blob URLs back (its node is rebuilt if it comes back).
    this.attachments?.retain(liveIds);
  }

  /**
   * Sanitised once per message version; the same node is reused on every render. A message that sanitises to
   * nothing visible (only an svg, an iframe…) says so instead of leaving an empty bubble; mentions of the
   * visitor's own name are marked (`data-self`, part `mention-self`).
   */
  content(message: ChatMessage, strings: CallStrings, selfName: string): HTMLElement {
    const k = key(message);
    let node = this.#nodes.get(k);
    if (!node) {
      node = this.#build(message, strings);
      this.#nodes.set(k, node);
    }
    const own = selfName.trim().toLocaleLowerCase();
    for (const mention of node.querySelectorAll<HTMLElement>('[data-mention]')) {
      const self = own !== '' && (mention.textContent ?? '').trim().replace(/^@/, '').toLocaleLowerCase() === own;
      mention.toggleAttribute('data-self', self);
      mention.setAttribute('part', self ? 'mention mention-self' : 'mention');
    }
    return node;
  }

  #build(message: ChatMessage, strings: CallStrings): HTMLElement {
    const node = document.createElement('div');
    node.className = 'content html';
    // A message in another direction than the UI's (Arabic in an English page and back) reads in its own.
    node.dir = 'auto';
    try {
      const fragment = sanitizeChatHtml(message.content, { imagePlaceholder: strings.imagePlaceholder });
      if ((fragment.textContent ?? '').trim() === '' && !hasRich(fragment, message)) {
        node.className = 'content hidden-message';
        node.textContent = strings.messageHidden;
      } else {
        node.append(fragment);
        this.attachments?.hydrate(node, message);
      }
    } catch {
      // The page's Trusted Types policy refuses HTML parsing (chat-html-blocked): the text, never a blank bubble,
      // and once per panel the call view shows a notice saying why (and what the site can allow).
      node.textContent = htmlToText(message.content);
      node.dataset['htmlBlocked'] = '';
      if (!this.#blockedReported) {
        this.#blockedReported = true;
        // After this render: the listener changes the call view's state.
        queueMicrotask(this.onBlocked);
      }
    }
    return node;
  }
}

/** Images, Giphy or files make a message visible even without text. */
function hasRich(fragment: DocumentFragment, message: ChatMessage): boolean {
  return (message.attachments?.length ?? 0) > 0 || fragment.querySelector('[data-inline-image], [data-giphy], [data-emoji]') !== null;
}

/** Readable text of HTML without parsing it (no HTML sink): tags dropped, the common entities decoded. */
export function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(Number(e[1]?.toLowerCase() === 'x' ? `0${e.slice(1)}` : e.slice(1)) || 0xfffd) : (entities[e.toLowerCase()] ?? m),
    )
    .trim();
}
