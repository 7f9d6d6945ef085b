import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { ChatMessage, ChatState, ChatUnavailableReason, MeetingSession } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import { callStringsEn, fmt, isolate, isRtl, type CallStrings } from '../shared/call-strings.js';
import { formatList } from '../../i18n/intl.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { chatPanelStyles } from './chat-panel.styles.js';
import {
  INITIAL_CHAT_WINDOW,
  appendedCount,
  windowAppended,
  windowJump,
  windowRange,
  windowScrolled,
  windowShowEarlier,
  type ChatWindowState,
} from './chat-window.js';
import { ChatDrawScheduler, withoutOldest } from './chat-draw.js';
import { consume } from '@lit/context';
import { sessionContext } from '../shared/session-context.js';
import { ChatHtmlCache } from './chat-message-html.js';
import { ChatAttachmentsView } from './chat-attachments-view.js';
import { keyGroups, renderGroup, type MessageGroup, type MessageRenderContext } from './chat-message.js';
import { runInIdleSteps } from './idle-steps.js';
import { warmChatSanitizer } from '../../core/sanitize.js';
import { ChatComposer } from './chat-composer.js';
import { ChatScrollPin } from './chat-scroll-pin.js';
import { prepareTimeFormat, timeFormatFor } from './chat-message-time.js';

// The panel is split by job: the window model (./chat-window.ts), stick-to-bottom
// (./chat-scroll-pin.ts), message rendering (./chat-message.ts) with sanitised HTML (./chat-message-html.ts),
// and the send box (./chat-composer.ts).
export { CHAT_WINDOW } from './chat-window.js';
/** The message the visitor reads, its offset from the log's top, and the log's distance from the bottom then. */
interface ReadingPlace {
  readonly id: string;
  readonly offset: number;
  readonly fromBottom: number;
}
/** Scrolling this close to the top loads earlier messages (the button does the same for keyboard users). */
const TOP_LOAD_PX = 8;
/** Consecutive messages from one sender within this gap share a header. */
const GROUP_GAP_MS = 5 * 60 * 1000;

/** Groups consecutive messages by sender (DOM-free; exported for tests). */
export function groupMessages(messages: readonly ChatMessage[]): MessageGroup[] {
  const groups: MessageGroup[] = [];
  let current: MessageGroup | undefined;
  for (const message of messages) {
    const last = current?.messages[current.messages.length - 1];
    if (
      current &&
      last &&
      last.senderId === message.senderId &&
      last.isOwn === message.isOwn &&
      message.createdOn.getTime() - last.createdOn.getTime() < GROUP_GAP_MS
    ) {
      current.messages.push(message);
      continue;
    }
    current = {
      key: message.id,
      senderName: message.senderDisplayName,
      isOwn: message.isOwn,
      createdOn: message.createdOn,
      messages: [message],
    };
    groups.push(current);
  }
  return groups;
}

// First-use costs moved out of the chat's first render, into the time the page is idle after this module loaded
// (the in-call chunk loads at prefetch or join; the history arrives once the call connected and chat started):
// - the style sheets are parsed (Lit parses a CSSResult's sheet once, on first use);
// - the time format is made (./chat-message-time.ts);
// - the sanitiser runs its warm-up rounds (core/sanitize.ts warmChatSanitizer: no HTML parsed, no Trusted Types
//   policy made), in slices of at most 12 ms (./idle-steps.ts).
// `npm run bench` (chat) measures the first render after idle time, after one idle callback and with none. (A
// warm-up render of the message templates was measured too and dropped: no difference beyond the noise.)
if (typeof requestIdleCallback === 'function') {
  requestIdleCallback(() => {
    for (const sheet of [sharedStyles, chatPanelStyles].flat()) void sheet.styleSheet;
  });
}
if (typeof document !== 'undefined') {
  runInIdleSteps(warmChatSanitizer, { sliceMs: 12 });
}

/**
 * Meeting chat: grouped history with times, sanitised Teams HTML, typing indicator, send box with length limit,
 * per-message sending/sent/failed with Retry and Discard, stick-to-bottom with a "new messages" button, and an
 * explanation whenever chat is unavailable.
 *
 * @tagname tmj-chat-panel
 * @summary Meeting chat panel.
 * @csspart messages - The scrolling message log.
 * @csspart message-group - Messages of one sender in a row.
 * @csspart message-group-own - A group of the visitor's own messages.
 * @csspart message - One message bubble.
 * @csspart message-own - A message the visitor sent.
 * @csspart message-sending - The visitor's message while it is being sent.
 * @csspart message-failed - The visitor's message that could not be sent (with Retry / Discard).
 * @csspart icon - Icons (also `icon-<name>`).
 * @csspart mention - A mention inside a Teams message (`mention-self` when it names the visitor).
 * @csspart mention-self - A mention that names the visitor.
 * @csspart typing - The typing indicator.
 * @csspart send-box - The form with the text box and the send button.
 * @csspart send-button - The send button.
 * @csspart chat-image - An inline image, Giphy or image attachment (with its loading / failed state).
 * @csspart file-list - The file cards of a message.
 * @csspart file-card - A file attachment (opens in a new tab).
 * @csspart file-card-blocked - A file attachment whose link is not on an allowed host (not a link).
 * @csspart jump-button - The "new messages" button shown when scrolled up.
 * @csspart unavailable - The explanation shown when chat is unavailable.
 * @cssproperty --tmj-chat-bubble-background - Bubble background of others' messages.
 * @cssproperty --tmj-chat-bubble-own-background - Bubble background of the visitor's messages.
 * @cssproperty --tmj-chat-link-color - Link colour inside messages.
 * @cssproperty --tmj-chat-mention-color - Mention colour.
 * @cssproperty --tmj-chat-mention-self-background - Background of a mention that names the visitor.
 * @cssproperty --tmj-chat-input-background - Text box background.
 */
export class TmjChatPanel extends LitElement {
  static override styles = [sharedStyles, chatPanelStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Sends, retries and marks read through the call view's session (context), or one set directly. */
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session: MeetingSession | undefined;
  @property({ attribute: false }) chat: ChatState = INITIAL_SESSION_STATE.chat;
  @property({ attribute: false }) strings: CallStrings = callStringsEn;
  /** BCP 47 language for times. */
  @property() override lang = 'en';
  /** Whether the panel is on screen (read receipts are sent only then). */
  @property({ type: Boolean }) open = false;
  /** The visitor's display name: mentions of it are highlighted. */
  @property({ attribute: false }) selfName = '';

  @state() private showJump = false;
  /** Which messages are rendered (./chat-window.ts): the newest 200 whatever the grouping, more on request. */
  @state() private window: ChatWindowState = INITIAL_CHAT_WINDOW;

  @query('[part~="messages"]') private log!: HTMLElement | null;

  #composer = new ChatComposer(this);
  #pin = new ChatScrollPin(() => this.log);
  #lastRead: string | undefined;
  #html = new ChatHtmlCache(() => this.#reportHtmlBlocked(), new ChatAttachmentsView(this));
  #timeFormat: Intl.DateTimeFormat | undefined;
  /** Message id → the key of its group in the last render (./chat-message.ts keyGroups). */
  #groupKeys: ReadonlyMap<string, string> = new Map();
  /** While the page's first time format is being made (./chat-message-time.ts). */
  #timeWait: Promise<void> | undefined;
  /**
   * A long history's first render draws its newest messages only; the rest of the window follows in idle steps
   * (./chat-draw.ts), the log keeping the visitor's place: pinned to the bottom, or as far from it as before.
   */
  #draw = new ChatDrawScheduler<ReadingPlace>(
    this,
    () => (this.#pin.atBottom ? undefined : this.#readingPlace()),
    (place) => {
      if (place === undefined || this.#pin.atBottom) this.#pin.stick();
      else this.#restorePlace(place);
    },
  );

  /**
   * Where the visitor reads: the first message at least partly in view and its offset from the log's top (a
   * node, not a distance from the bottom: content-visibility may have sized the groups around it by estimate).
   */
  #readingPlace(): ReadingPlace | undefined {
    const log = this.log;
    if (!log) return undefined;
    const top = log.getBoundingClientRect().top;
    for (const node of log.querySelectorAll<HTMLElement>('[data-message-id]')) {
      const box = node.getBoundingClientRect();
      if (box.bottom > top) return { id: node.dataset['messageId'] ?? '', offset: box.top - top, fromBottom: log.scrollHeight - log.scrollTop };
    }
    return { id: '', offset: 0, fromBottom: log.scrollHeight - log.scrollTop };
  }

  #restorePlace(place: ReadingPlace): void {
    const log = this.log;
    if (!log) return;
    const node = place.id ? log.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(place.id)}"]`) : null;
    if (node) log.scrollTop += node.getBoundingClientRect().top - log.getBoundingClientRect().top - place.offset;
    else log.scrollTop = log.scrollHeight - place.fromBottom;
  }

  /** Once per panel when the page's Trusted Types policy refuses chat HTML (the call view shows a notice). */
  #reportHtmlBlocked(): void {
    this.dispatchEvent(new CustomEvent('tmj-chat-html-blocked', { bubbles: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#html.clear();
    this.#pin.disconnect();
  }

  /** Resolves once the render is done and the whole window is drawn (the idle steps and the times included). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while ((!this.#draw.complete || this.#timeWait) && this.isConnected) {
      await Promise.all([this.#draw.settled(), this.#timeWait]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Focuses the text box (or the log when chat is unavailable). */
  override focus(options?: FocusOptions): void {
    const textarea = this.#composer.textarea;
    if (textarea && !textarea.disabled) textarea.focus(options);
    else this.log?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.#timeFormat) {
      // Shared per locale; the page's first one is made in a task of its own (./chat-message-time.ts), never in
      // a render: until then the groups show no time, and the panel renders again once it exists.
      const lang = this.lang || 'en';
      this.#timeFormat = timeFormatFor(lang);
      if (!this.#timeFormat && !this.#timeWait) {
        this.#timeWait = prepareTimeFormat(lang).then(() => {
          this.#timeWait = undefined;
          this.requestUpdate();
        });
      }
    }
    if (changed.has('chat')) {
      const before = (changed.get('chat') as ChatState | undefined)?.messages ?? [];
      const after = this.chat.messages;
      const added = appendedCount(before, after);
      if (added && after[after.length - 1]?.isOwn) this.window = windowJump(this.window);
      else if (added) this.window = windowAppended(this.window, added);
      this.#draw.messagesChanged(before.length, added, after.length - windowRange(this.window, after.length).start);
    }
    // Whatever moved the window (new messages, "Show earlier", back to the newest), messages outside it give
    // their sanitised nodes and image blob URLs back.
    if (changed.has('chat') || changed.has('window' as keyof TmjChatPanel)) {
      this.#html.prune(this.chat.messages, windowRange(this.window, this.chat.messages.length).start);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('chat')) {
      const previous = changed.get('chat') as ChatState | undefined;
      const before = previous?.messages ?? [];
      const after = this.chat.messages;
      const appended = after.length > before.length && after[after.length - 1]?.id !== before[before.length - 1]?.id;
      const ownAppended = appended && after[after.length - 1]?.isOwn === true;
      if (this.#pin.atBottom || ownAppended || before.length === 0) this.scrollToBottom();
      else if (appended) this.showJump = true;
    }
    if (changed.has('open') && this.open) this.scrollToBottom();
    this.#pin.observe();
    this.#markRead();
  }

  /** Scrolls to the newest message and keeps the list there until the visitor scrolls up. */
  scrollToBottom(): void {
    this.#pin.atBottom = true;
    this.showJump = false;
    const jumped = windowJump(this.window);
    if (jumped !== this.window) {
      // Back to the newest window first (the earlier messages the visitor loaded go), then scroll.
      this.window = jumped;
      void this.updateComplete.then(() => this.#pin.stick());
      return;
    }
    this.#pin.stick();
  }

  #onScroll(): void {
    const log = this.log;
    if (!log) return;
    if (this.#pin.onScroll(log)) {
      this.showJump = false;
      this.#markRead();
    }
    const atBottom = this.#pin.atBottom;
    this.window = windowScrolled(this.window, atBottom);
    if (!atBottom && this.#draw.complete && log.scrollTop <= TOP_LOAD_PX && windowRange(this.window, this.chat.messages.length).hidden > 0) {
      void this.showEarlier();
    }
  }

  /**
   * Shows up to 200 earlier messages above the current ones, drawn as the window is (./chat-draw.ts): one step at
   * once, the rest in idle steps, each keeping what the visitor was looking at where it was (the log grows above
   * it). Returns once they are all drawn.
   */
  async showEarlier(): Promise<void> {
    const total = this.chat.messages.length;
    const next = windowShowEarlier(this.window, total);
    if (next === this.window) return;
    const rendered = total - this.#draw.start(windowRange(this.window, total).start, total);
    this.#pin.atBottom = false;
    this.#draw.earlier(rendered, total - windowRange(next, total).start);
    this.window = next;
    await this.updateComplete;
  }

  #markRead(): void {
    if (!this.open || !this.#pin.atBottom || !this.chat.available) return;
    const messages = this.chat.messages;
    let last: ChatMessage | undefined;
    for (let i = messages.length - 1; i >= 0 && !last; i--) if (messages[i]!.status === 'received') last = messages[i];
    if (!last || last.id === this.#lastRead) return;
    this.#lastRead = last.id;
    this.session?.markRead(last.id);
  }

  /** Sends the draft. On rejection the text goes back into the box, so nothing typed is lost. */
  send(): Promise<void> {
    return this.#composer.send();
  }

  #reasonText(reason: ChatUnavailableReason | undefined): string {
    const s = this.strings;
    switch (reason) {
      case 'channel-meeting':
        return s.chatReasonChannel;
      case 'teams-identity':
        return s.chatReasonTeamsIdentity;
      case 'disabled':
        return s.chatReasonDisabled;
      case 'no-endpoint':
        return s.chatReasonNoEndpoint;
      case 'error':
        return s.chatReasonError;
      case 'not-joined':
      default:
        return s.chatReasonNotJoined;
    }
  }

  #typingText(): string {
    const s = this.strings;
    const names = this.chat.typing;
    if (names.length === 0) return '';
    const rtl = isRtl(this);
    if (names.length === 1) return fmt(s.typingOne, { name: isolate(names[0]!, rtl) });
    if (names.length === 2) return fmt(s.typingTwo, { names: formatList(this.lang, names.map((n) => isolate(n, rtl))) });
    return s.typingMany;
  }

  override render(): TemplateResult {
    const s = this.strings;
    const chat = this.chat;
    // Only the window's messages are grouped and rendered (a 10,000-message history renders 200).
    const { start, hidden } = windowRange(this.window, chat.messages.length);
    // Of the window, what is drawn yet (the newest part first, ./chat-draw.ts).
    // Grouped over the whole window, so a group keeps its key (and its DOM) while more of it is drawn.
    const from = this.#draw.start(start, chat.messages.length);
    // Keys that survive the window moving (./chat-message.ts keyGroups): a step or "Show earlier" extends the top
    // group's DOM, a new message sliding the window trims it, instead of rebuilding every bubble of the group.
    const keyed = keyGroups(groupMessages(start > 0 ? chat.messages.slice(start) : chat.messages), this.#groupKeys);
    this.#groupKeys = keyed.keys;
    const shown = withoutOldest(keyed.groups, from - start);
    const ctx: MessageRenderContext = {
      strings: this.strings,
      session: this.session,
      timeFormat: this.#timeFormat,
      htmlContent: (message) => this.#html.content(message, this.strings, this.selfName),
    };
    if (!chat.available && chat.reason === 'channel-meeting') {
      // A channel meeting has no chat for guests at all: only the explanation, no empty state, no send box.
      return html`<h2 id="chat-title">${s.chatTitle}</h2>
        <p part="unavailable" id="chat-unavailable" class="only" data-reason="channel-meeting" tabindex="-1">${s.chatReasonChannel}</p>`;
    }
    return html`<h2 id="chat-title">${s.chatTitle}</h2>
      ${chat.available
        ? nothing
        : html`<p part="unavailable" id="chat-unavailable" data-reason=${chat.reason ?? 'not-joined'}>
            ${this.#reasonText(chat.reason)}
          </p>`}
      <div class="log-wrap">
        <div
          part="messages"
          role="log"
          aria-live="off"
          aria-labelledby="chat-title"
          tabindex="0"
          @scroll=${() => this.#onScroll()}
        >
          <div class="stack">
            ${hidden > 0 && from === start
              ? html`<button type="button" class="earlier" data-hidden=${hidden} @click=${() => void this.showEarlier()}>
                  ${s.showEarlier}
                </button>`
              : nothing}
            ${chat.messages.length === 0 ? html`<p class="empty">${s.chatEmpty}</p>` : nothing}
            ${repeat(shown, (g) => g.key, (g) => renderGroup(ctx, g))}
          </div>
        </div>
        ${this.showJump
          ? html`<button type="button" part="jump-button" @click=${() => this.scrollToBottom()}>${s.jumpToNew}</button>`
          : nothing}
      </div>
      <div part="typing">${this.#typingText()}</div>
      ${this.#composer.render()}`;
  }
}
