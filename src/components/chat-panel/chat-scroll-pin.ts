/**
 * Stick-to-bottom for the chat log. `atBottom` is the visitor's intent, not geometry: content can grow under a
 * pinned list (content-visibility replaces the estimated height of a sender group with its real one once it is
 * laid out; images, the send box and the typing line change the space), so only a scroll *up* from where we last
 * put the list unpins it, and reaching the bottom again pins it.
 */
const BOTTOM_SLACK_PX = 32;

export class ChatScrollPin {
  atBottom = true;
  /** The scrollTop this panel last set while pinned. */
  #pinnedTop = 0;
  /** Watches the log (its box) and its content (`.stack`): any change of either re-pins a pinned list. */
  #resize: ResizeObserver | undefined;
  #observed: HTMLElement | null = null;
  #frame = 0;

  constructor(private readonly log: () => HTMLElement | null) {}

  disconnect(): void {
    this.#resize?.disconnect();
    this.#observed = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Puts a pinned list at its end (nothing when the visitor scrolled up). */
  stick(): void {
    const log = this.log();
    if (!log || !this.atBottom) return;
    log.scrollTop = log.scrollHeight;
    this.#pinnedTop = log.scrollTop;
  }

  /** Observes the current log element (call after every render; it may have been replaced). */
  observe(): void {
    const log = this.log();
    if (log === this.#observed) return;
    this.#resize?.disconnect();
    this.#observed = log;
    if (!log || typeof ResizeObserver === 'undefined') return;
    // On the next frame, not inside the observer's callback: scrolling lays out groups that content-visibility
    // skipped, whose new sizes would be observed again in the same frame (a "ResizeObserver loop" error).
    this.#resize ??= new ResizeObserver(() => {
      if (this.#frame) return;
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.stick();
      });
    });
    this.#resize.observe(log);
    const stack = log.querySelector('.stack');
    if (stack) this.#resize.observe(stack);
  }

  /** Updates the intent from a scroll event; returns true when the list reached its end. */
  onScroll(log: HTMLElement): boolean {
    if (log.scrollHeight - log.scrollTop - log.clientHeight <= BOTTOM_SLACK_PX) {
      this.atBottom = true;
      this.#pinnedTop = log.scrollTop;
      return true;
    }
    if (log.scrollTop < this.#pinnedTop - 1) {
      // Moved up from where the panel put it: the visitor is reading history.
      this.atBottom = false;
    } else {
      // Content grew under a pinned list (or the visitor scrolled down but not to the end): stay where intended.
      this.stick();
    }
    return false;
  }
}
