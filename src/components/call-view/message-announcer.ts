/**
 * Throttles "new message" announcements (DOM-free). The first message after a quiet period is announced at once
 * with its sender; messages arriving within `intervalMs` of an announcement are counted and summarised once
 * ("3 new messages") when the interval ends. A screen-reader user hears about chat without being flooded.
 */
import { plural } from '../../i18n/intl.js';
import type { Plural } from '../../i18n/types.js';

export interface AnnouncerStrings {
  readonly oneNewMessage: string;
  /** Plural forms of the summary (or one template). */
  readonly manyNewMessages: Plural | string;
  /** The locale whose plural rules pick the form (default English). */
  readonly lang?: string;
}

export class MessageAnnouncer {
  #pending = 0;
  #lastSender = '';
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastAnnounced = -Infinity;

  constructor(
    private readonly announce: (text: string) => void,
    private readonly text: () => AnnouncerStrings,
    private readonly intervalMs = 5000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  message(senderName: string): void {
    const elapsed = this.now() - this.#lastAnnounced;
    if (elapsed >= this.intervalMs && this.#timer === undefined) {
      this.#emit(1, senderName);
      return;
    }
    this.#pending++;
    this.#lastSender = senderName;
    this.#timer ??= setTimeout(() => this.#flush(), Math.max(0, this.intervalMs - elapsed));
  }

  #flush(): void {
    this.#timer = undefined;
    const count = this.#pending;
    this.#pending = 0;
    if (count > 0) this.#emit(count, this.#lastSender);
  }

  #emit(count: number, sender: string): void {
    this.#lastAnnounced = this.now();
    const s = this.text();
    this.announce(
      count === 1 ? s.oneNewMessage.replace('{name}', sender) : plural(s.lang ?? 'en', s.manyNewMessages, count),
    );
  }

  /** Stops the pending summary (on disconnect). */
  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = 0;
  }
}
