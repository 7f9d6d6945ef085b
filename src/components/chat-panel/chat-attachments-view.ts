/**
 * Rich chat in a sanitised message node: inline images (fetched with the chat token from the chat endpoint only,
 * lazily when scrolled near, shown as blob URLs that BlobUrlRegistry revokes when the message leaves the window or
 * the panel goes away), Giphy images, and file cards. Every state is visible: loading placeholder, the image, or
 * "couldn't load" / "too large" — never a broken image icon or a silent gap.
 */
import { fileOpenAllowed, fileTypeLabel, imageFetchAllowed, MAX_IMAGE_PIXELS } from '../../core/chat-attachments.js';
import { TmjError } from '../../core/errors.js';
import type { ChatAttachmentInfo, ChatMessage, MeetingSession } from '../../session/types.js';
import type { CallStrings } from '../shared/call-strings.js';
import { BlobUrlRegistry } from './blob-registry.js';

/** How long an image must stay near the view before it is downloaded. */
export const LAZY_DWELL_MS = 250;
/** How far outside the visible log an image counts as near (the observer's rootMargin). */
const LAZY_MARGIN_PX = 200;

export interface AttachmentViewHost {
  readonly session: MeetingSession | undefined;
  readonly strings: CallStrings;
}

export class ChatAttachmentsView {
  readonly blobs = new BlobUrlRegistry(
    (blob) => URL.createObjectURL(blob),
    (url) => URL.revokeObjectURL(url),
  );
  #observer: IntersectionObserver | undefined;
  #pending = new WeakMap<Element, () => void>();
  /** Dwell timers of elements now near the view (cleared when they leave it, or on dispose). */
  #dwell = new Map<Element, ReturnType<typeof setTimeout>>();

  constructor(private readonly host: AttachmentViewHost) {}

  /** Revokes the images of every message not in `live` (called when the window moves). */
  retain(live: ReadonlySet<string>): void {
    this.blobs.retain(live);
  }

  dispose(): void {
    for (const timer of this.#dwell.values()) clearTimeout(timer);
    this.#dwell.clear();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.blobs.dispose();
  }

  /** Turns the sanitiser's placeholders into images and appends the message's file cards. */
  hydrate(node: HTMLElement, message: ChatMessage): void {
    const attachments = message.attachments ?? [];
    const used = new Set<string>();
    for (const slot of [...node.querySelectorAll<HTMLElement>('span[data-inline-image]')]) {
      const id = slot.dataset['attachmentId'] ?? '';
      const attachment = attachments.find((a) => a.id === id && a.kind === 'image');
      used.add(id);
      slot.replaceWith(this.#image(message, attachment, slot.dataset['alt'] ?? ''));
    }
    for (const slot of [...node.querySelectorAll<HTMLElement>('span[data-giphy]')]) {
      slot.replaceWith(this.#giphy(slot.dataset['src'] ?? '', slot.dataset['alt'] ?? ''));
    }
    // Images uploaded as attachments (not pasted inline) are shown after the text, as Teams does.
    for (const attachment of attachments) {
      if (attachment.kind === 'image' && !used.has(attachment.id)) node.append(this.#image(message, attachment, attachment.name ?? ''));
    }
    const files = attachments.filter((a) => a.kind === 'file');
    if (files.length) {
      const list = document.createElement('ul');
      list.className = 'files';
      list.setAttribute('part', 'file-list');
      for (const file of files) list.append(this.#fileCard(file));
      node.append(list);
    }
  }

  #frame(alt: string): { figure: HTMLElement; img: HTMLImageElement; status: HTMLElement } {
    const figure = document.createElement('span');
    figure.className = 'chat-image';
    figure.setAttribute('part', 'chat-image');
    const img = document.createElement('img');
    img.alt = alt || this.host.strings.imageAlt;
    img.decoding = 'async';
    img.hidden = true;
    const status = document.createElement('span');
    status.className = 'image-status';
    figure.append(img, status);
    return { figure, img, status };
  }

  #setState(figure: HTMLElement, status: HTMLElement, state: 'loading' | 'loaded' | 'failed' | 'too-large'): void {
    figure.dataset['state'] = state;
    const s = this.host.strings;
    status.textContent = state === 'loading' ? s.imageLoading : state === 'failed' ? s.imageFailed : state === 'too-large' ? s.imageTooLarge : '';
    status.hidden = state === 'loaded';
    if (state === 'loading') figure.setAttribute('aria-busy', 'true');
    else figure.removeAttribute('aria-busy');
  }

  #image(message: ChatMessage, attachment: ChatAttachmentInfo | undefined, alt: string): HTMLElement {
    const { figure, img, status } = this.#frame(alt || attachment?.name || '');
    const endpoint = this.host.session?.chatEndpoint ?? '';
    const url = attachment?.previewUrl ?? attachment?.url;
    // An id that names no image attachment, or a URL on another host: refused before any request.
    if (!attachment || !url || !imageFetchAllowed(url, endpoint) || !this.host.session?.fetchChatAttachment) {
      this.#setState(figure, status, 'failed');
      return figure;
    }
    this.#setState(figure, status, 'loading');
    const start = () => {
      const session = this.host.session;
      if (!session?.fetchChatAttachment) return this.#setState(figure, status, 'failed');
      this.blobs
        .load(message.id, attachment.id, (signal) => session.fetchChatAttachment!(url, signal))
        .then(async (blobUrl) => {
          if (!blobUrl) return;
          img.src = blobUrl;
          await img.decode();
          if (img.naturalWidth * img.naturalHeight > MAX_IMAGE_PIXELS) {
            img.removeAttribute('src');
            this.blobs.release(message.id, attachment.id);
            return this.#setState(figure, status, 'too-large');
          }
          img.hidden = false;
          this.#setState(figure, status, 'loaded');
        })
        .catch((error: unknown) => {
          img.removeAttribute('src');
          const tooLarge = error instanceof TmjError && error.detail === 'attachment-too-large';
          this.#setState(figure, status, tooLarge ? 'too-large' : 'failed');
        });
    };
    this.#lazy(figure, start);
    return figure;
  }

  #giphy(src: string, alt: string): HTMLElement {
    const { figure, img, status } = this.#frame(alt || 'GIF');
    figure.dataset['kind'] = 'giphy';
    img.referrerPolicy = 'no-referrer';
    img.loading = 'lazy';
    this.#setState(figure, status, 'loading');
    img.addEventListener('load', () => {
      img.hidden = false;
      this.#setState(figure, status, 'loaded');
    }, { once: true });
    img.addEventListener('error', () => this.#setState(figure, status, 'failed'), { once: true });
    img.src = src;
    return figure;
  }

  #fileCard(file: ChatAttachmentInfo): HTMLElement {
    const s = this.host.strings;
    const item = document.createElement('li');
    const endpoint = this.host.session?.chatEndpoint ?? '';
    // Teams gives a file its SharePoint/OneDrive page as `previewUrl`; "the direct download URL (`url`) isn't
    // supported" (file-attachment tutorial: https://learn.microsoft.com/en-us/azure/communication-services/tutorials/chat-interop/meeting-interop-features-file-attachment).
    const link = file.previewUrl ?? file.url;
    const allowed = fileOpenAllowed(link, endpoint);
    const card = document.createElement(allowed ? 'a' : 'div');
    card.className = 'file-card';
    card.setAttribute('part', allowed ? 'file-card' : 'file-card file-card-blocked');
    if (allowed && card instanceof HTMLAnchorElement) {
      card.href = link!;
      card.target = '_blank';
      card.rel = 'noopener noreferrer';
    }
    const type = fileTypeLabel(file.name);
    const badge = document.createElement('span');
    badge.className = 'file-type';
    badge.setAttribute('aria-hidden', 'true');
    badge.textContent = (type ?? s.fileGeneric).slice(0, 4);
    const text = document.createElement('span');
    text.className = 'file-text';
    const name = document.createElement('span');
    name.className = 'file-name';
    // textContent: a file name is data, never markup.
    name.textContent = file.name ?? s.fileGeneric;
    name.dir = 'auto';
    const meta = document.createElement('span');
    meta.className = 'file-meta';
    meta.textContent = allowed ? `${type ?? s.fileGeneric} · ${s.fileOpensInNewTab}` : s.fileBlocked;
    text.append(name, meta);
    card.append(badge, text);
    item.append(card);
    return item;
  }

  /**
   * Runs `start` once the element has stayed near the visible part of the log for LAZY_DWELL_MS (at once where
   * IntersectionObserver is missing). The dwell keeps images that only pass by from being downloaded: a fast
   * scroll through history, or a frame where the log grows above before it is put back at the bottom. Of several
   * entries for one element in a batch, the last one is the truth.
   */
  #lazy(element: Element, start: () => void): void {
    if (typeof IntersectionObserver === 'undefined') return start();
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        const latest = new Map<Element, boolean>();
        for (const entry of entries) latest.set(entry.target, entry.isIntersecting);
        for (const [target, near] of latest) {
          clearTimeout(this.#dwell.get(target));
          this.#dwell.delete(target);
          if (!near) continue;
          this.#dwell.set(
            target,
            setTimeout(() => {
              this.#dwell.delete(target);
              this.#observer?.unobserve(target);
              // Gone with its message meanwhile (the window moved): nothing to download.
              if (!target.isConnected) return void this.#pending.delete(target);
              // The entry may be stale (a slow frame put the log elsewhere for a moment): the geometry now decides;
              // still far away → observe again and wait for the next approach.
              if (!nearView(target)) return void this.#observer?.observe(target);
              const run = this.#pending.get(target);
              this.#pending.delete(target);
              run?.();
            }, LAZY_DWELL_MS),
          );
        }
      },
      { rootMargin: `${LAZY_MARGIN_PX}px 0px` },
    );
    this.#pending.set(element, start);
    this.#observer.observe(element);
  }
}

/** Is the element within LAZY_MARGIN_PX of what its scroll container (the chat log) and the viewport show? */
function nearView(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const log = element.closest('[role="log"]');
  const view = log ? log.getBoundingClientRect() : { top: 0, bottom: innerHeight };
  const top = Math.max(view.top, 0) - LAZY_MARGIN_PX;
  const bottom = Math.min(view.bottom, innerHeight) + LAZY_MARGIN_PX;
  return box.bottom >= top && box.top <= bottom;
}
