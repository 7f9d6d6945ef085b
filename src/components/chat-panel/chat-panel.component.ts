import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { sanitizeChatHtml } from '../../core/sanitize.js';
import type { ChatMessage, ChatState, ChatUnavailableReason, MeetingSession } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import { callStringsEn, fmt, isolate, isRtl, type CallStrings } from '../shared/call-strings.js';
import { formatList, plural } from '../../i18n/intl.js';
import { icon } from '../shared/icons.js';
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
import { consume } from '@lit/context';
import { sessionContext } from '../shared/session-context.js';

/** Consecutive messages from one sender within this gap share a header. */
const GROUP_GAP_MS = 5 * 60 * 1000;
export { CHAT_WINDOW } from './chat-window.js';
const TYPING_THROTTLE_MS = 5000;
const BOTTOM_SLACK_PX = 32;
/** Scrolling this close to the top loads earlier messages (the button does the same for keyboard users). */
const TOP_LOAD_PX = 8;

interface MessageGroup {
  readonly key: string;
  readonly senderName: string;
  readonly isOwn: boolean;
  readonly createdOn: Date;
  readonly messages: ChatMessage[];
}

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

  @state() private draft = '';
  @state() private sendError = false;
  @state() private showJump = false;
  /** Which messages are rendered (./chat-window.ts): the newest 200 whatever the grouping, more on request. */
  @state() private window: ChatWindowState = INITIAL_CHAT_WINDOW;

  @query('[part~="messages"]') private log!: HTMLElement | null;
  @query('textarea') private textarea!: HTMLTextAreaElement | null;

  /**
   * Stick to the bottom while the visitor hasn't scrolled up. `#atBottom` is the visitor's intent, not geometry:
   * content can grow under a pinned list (content-visibility replaces the estimated height of a sender group with
   * its real one once it is laid out; images, the send box and the typing line change the space), so only a
   * scroll *up* from where we last put the list unpins it, and reaching the bottom again pins it.
   */
  #atBottom = true;
  /** The scrollTop this panel last set while pinned. */
  #pinnedTop = 0;
  /** Watches the log (its box) and its content (`.stack`): any change of either re-pins a pinned list. */
  #resize: ResizeObserver | undefined;
  #observed: HTMLElement | null = null;
  #stickFrame = 0;
  #lastTyping = 0;
  #lastRead: string | undefined;
  #htmlCache = new Map<string, HTMLElement>();
  #htmlBlockedReported = false;
  #timeFormat: Intl.DateTimeFormat | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#htmlCache.clear();
    this.#resize?.disconnect();
    this.#observed = null;
    cancelAnimationFrame(this.#stickFrame);
    this.#stickFrame = 0;
  }

  /** Focuses the text box (or the log when chat is unavailable). */
  override focus(options?: FocusOptions): void {
    if (this.textarea && !this.textarea.disabled) this.textarea.focus(options);
    else this.log?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || !this.#timeFormat) {
      try {
        this.#timeFormat = new Intl.DateTimeFormat(this.lang || 'en', { hour: 'numeric', minute: '2-digit' });
      } catch {
        this.#timeFormat = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
      }
    }
    if (changed.has('chat')) {
      const before = (changed.get('chat') as ChatState | undefined)?.messages ?? [];
      const after = this.chat.messages;
      const added = appendedCount(before, after);
      if (added && after[after.length - 1]?.isOwn) this.window = windowJump(this.window);
      else if (added) this.window = windowAppended(this.window, added);
      this.#pruneCache();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('chat')) {
      const previous = changed.get('chat') as ChatState | undefined;
      const before = previous?.messages ?? [];
      const after = this.chat.messages;
      const appended = after.length > before.length && after[after.length - 1]?.id !== before[before.length - 1]?.id;
      const ownAppended = appended && after[after.length - 1]?.isOwn === true;
      if (this.#atBottom || ownAppended || before.length === 0) this.scrollToBottom();
      else if (appended) this.showJump = true;
    }
    if (changed.has('open') && this.open) this.scrollToBottom();
    this.#observe();
    this.#markRead();
  }

  /** Scrolls to the newest message and keeps the list there until the visitor scrolls up. */
  scrollToBottom(): void {
    this.#atBottom = true;
    this.showJump = false;
    const jumped = windowJump(this.window);
    if (jumped !== this.window) {
      // Back to the newest window first (the earlier messages the visitor loaded go), then scroll.
      this.window = jumped;
      void this.updateComplete.then(() => this.#stick());
      return;
    }
    this.#stick();
  }

  #stick(): void {
    const log = this.log;
    if (!log || !this.#atBottom) return;
    log.scrollTop = log.scrollHeight;
    this.#pinnedTop = log.scrollTop;
  }

  #observe(): void {
    const log = this.log;
    if (log === this.#observed) return;
    this.#resize?.disconnect();
    this.#observed = log;
    if (!log || typeof ResizeObserver === 'undefined') return;
    // On the next frame, not inside the observer's callback: scrolling lays out groups that content-visibility
    // skipped, whose new sizes would be observed again in the same frame (a "ResizeObserver loop" error).
    this.#resize ??= new ResizeObserver(() => {
      if (this.#stickFrame) return;
      this.#stickFrame = requestAnimationFrame(() => {
        this.#stickFrame = 0;
        this.#stick();
      });
    });
    this.#resize.observe(log);
    const stack = log.querySelector('.stack');
    if (stack) this.#resize.observe(stack);
  }

  #onScroll(): void {
    const log = this.log;
    if (!log) return;
    if (log.scrollHeight - log.scrollTop - log.clientHeight <= BOTTOM_SLACK_PX) {
      this.#atBottom = true;
      this.#pinnedTop = log.scrollTop;
      this.showJump = false;
      this.#markRead();
    } else if (log.scrollTop < this.#pinnedTop - 1) {
      // Moved up from where the panel put it: the visitor is reading history.
      this.#atBottom = false;
    } else {
      // Content grew under a pinned list (or the visitor scrolled down but not to the end): stay where intended.
      this.#stick();
    }
    this.window = windowScrolled(this.window, this.#atBottom);
    if (!this.#atBottom && log.scrollTop <= TOP_LOAD_PX && windowRange(this.window, this.chat.messages.length).hidden > 0) {
      void this.showEarlier();
    }
  }

  /**
   * Renders up to 200 earlier messages above the current ones and keeps what the visitor was looking at where it
   * was (the log grows above it). Returns once they are rendered.
   */
  async showEarlier(): Promise<void> {
    const next = windowShowEarlier(this.window, this.chat.messages.length);
    if (next === this.window) return;
    const log = this.log;
    const fromBottom = log ? log.scrollHeight - log.scrollTop : 0;
    this.#atBottom = false;
    this.window = next;
    await this.updateComplete;
    if (log && !this.#atBottom) log.scrollTop = log.scrollHeight - fromBottom;
  }

  #markRead(): void {
    if (!this.open || !this.#atBottom || !this.chat.available) return;
    const messages = this.chat.messages;
    let last: ChatMessage | undefined;
    for (let i = messages.length - 1; i >= 0 && !last; i--) if (messages[i]!.status === 'received') last = messages[i];
    if (!last || last.id === this.#lastRead) return;
    this.#lastRead = last.id;
    this.session?.markRead(last.id);
  }

  /** Keeps the sanitised nodes of the rendered window only (O(window), not O(history)). */
  #pruneCache(): void {
    if (this.#htmlCache.size === 0) return;
    const messages = this.chat.messages;
    const live = new Set<string>();
    for (let i = windowRange(this.window, messages.length).start; i < messages.length; i++) {
      live.add(`${messages[i]!.id}\u0000${messages[i]!.content}`);
    }
    for (const key of this.#htmlCache.keys()) if (!live.has(key)) this.#htmlCache.delete(key);
  }

  /**
   * Sanitised once per message version; the same node is reused on every render. A message that sanitises to
   * nothing visible (only an svg, an iframe…) says so instead of leaving an empty bubble; mentions of the
   * visitor's own name are marked (`data-self`, part `mention-self`).
   */
  #htmlContent(message: ChatMessage): HTMLElement {
    const key = `${message.id}\u0000${message.content}`;
    let node = this.#htmlCache.get(key);
    if (!node) {
      node = document.createElement('div');
      node.className = 'content html';
      // A message in another direction than the UI's (Arabic in an English page and back) reads in its own.
      node.dir = 'auto';
      try {
        const fragment = sanitizeChatHtml(message.content, { imagePlaceholder: this.strings.imagePlaceholder });
        if ((fragment.textContent ?? '').trim() === '') {
          node.className = 'content hidden-message';
          node.textContent = this.strings.messageHidden;
        } else {
          node.append(fragment);
        }
      } catch {
        // The page's Trusted Types policy refuses HTML parsing (chat-html-blocked): the text, never a blank bubble,
        // and once per panel the call view shows a notice saying why (and what the site can allow).
        node.textContent = htmlToText(message.content);
        node.dataset['htmlBlocked'] = '';
        if (!this.#htmlBlockedReported) {
          this.#htmlBlockedReported = true;
          // After this render: the listener changes the call view's state.
          queueMicrotask(() => this.dispatchEvent(new CustomEvent('tmj-chat-html-blocked', { bubbles: true })));
        }
      }
      this.#htmlCache.set(key, node);
    }
    const own = this.selfName.trim().toLocaleLowerCase();
    for (const mention of node.querySelectorAll<HTMLElement>('[data-mention]')) {
      const self = own !== '' && (mention.textContent ?? '').trim().replace(/^@/, '').toLocaleLowerCase() === own;
      mention.toggleAttribute('data-self', self);
      mention.setAttribute('part', self ? 'mention mention-self' : 'mention');
    }
    return node;
  }

  #onInput(event: Event): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    this.sendError = false;
    const now = Date.now();
    if (this.draft && now - this.#lastTyping > TYPING_THROTTLE_MS && this.chat.available) {
      this.#lastTyping = now;
      this.session?.sendTyping();
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.send();
    }
  }

  /** Sends the draft. On rejection the text goes back into the box, so nothing typed is lost. */
  async send(): Promise<void> {
    const text = this.draft.trim();
    if (!text || !this.chat.available || !this.session || text.length > this.chat.maxLength) return;
    this.draft = '';
    this.sendError = false;
    if (this.textarea) this.textarea.value = '';
    try {
      await this.session.sendChatMessage(text);
    } catch {
      // The session could not even take the message: restore it unless the visitor already typed something new.
      if (!this.draft) {
        this.draft = text;
        if (this.textarea) this.textarea.value = text;
      }
      this.sendError = true;
    }
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

  #renderMessage(message: ChatMessage): TemplateResult {
    const s = this.strings;
    const content =
      message.format === 'html'
        ? this.#htmlContent(message)
        : // Plain text is a text node: never parsed as HTML.
          html`<div class="content" dir="auto">${message.content}</div>`;
    let status: TemplateResult | typeof nothing = nothing;
    if (message.isOwn && message.status === 'sending') {
      status = html`<div class="status" data-status="sending">${s.sending}</div>`;
    } else if (message.isOwn && message.status === 'failed') {
      status = html`<div class="status" data-status="failed">
        <span>${s.failed}</span>
        <button type="button" data-action="retry" @click=${() => void this.session?.retryChatMessage(message.id)}>
          ${s.retry}
        </button>
        <button type="button" data-action="discard" @click=${() => this.session?.discardChatMessage(message.id)}>
          ${s.discard}
        </button>
      </div>`;
    } else if (message.isOwn && message.status === 'sent') {
      status = html`<span class="visually-hidden" data-status="sent">${s.sent}</span>`;
    }
    const state = message.status === 'failed' ? ' message-failed' : message.status === 'sending' ? ' message-sending' : '';
    return html`<div part="message${message.isOwn ? ' message-own' : ''}${state}" data-message-id=${message.id} data-status=${message.status} data-format=${message.format}>
      ${content}${message.editedOn ? html` <span class="meta">(${s.edited})</span>` : nothing}${status}
    </div>`;
  }

  #renderGroup(group: MessageGroup): TemplateResult {
    const time = this.#timeFormat?.format(group.createdOn) ?? '';
    return html`<div part="message-group${group.isOwn ? ' message-group-own' : ''}" class=${group.isOwn ? 'own' : ''}>
      <div class="meta">
        ${group.isOwn ? nothing : html`<bdi class="sender">${group.senderName}</bdi> · `}<time datetime=${group.createdOn.toISOString()}>${time}</time>
      </div>
      ${repeat(group.messages, (m) => m.id, (m) => this.#renderMessage(m))}
    </div>`;
  }

  override render(): TemplateResult {
    const s = this.strings;
    const chat = this.chat;
    // Only the window's messages are grouped and rendered (a 10,000-message history renders 200).
    const { start, hidden } = windowRange(this.window, chat.messages.length);
    const shown = groupMessages(start > 0 ? chat.messages.slice(start) : chat.messages);
    const length = this.draft.length;
    const remaining = chat.maxLength - length;
    const showCounter = remaining <= Math.min(500, Math.ceil(chat.maxLength * 0.2));
    const canSend = chat.available && this.draft.trim().length > 0 && remaining >= 0;
    const typing = this.#typingText();
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
            ${hidden > 0
              ? html`<button type="button" class="earlier" data-hidden=${hidden} @click=${() => void this.showEarlier()}>
                  ${s.showEarlier}
                </button>`
              : nothing}
            ${chat.messages.length === 0 ? html`<p class="empty">${s.chatEmpty}</p>` : nothing}
            ${repeat(shown, (g) => g.key, (g) => this.#renderGroup(g))}
          </div>
        </div>
        ${this.showJump
          ? html`<button type="button" part="jump-button" @click=${() => this.scrollToBottom()}>${s.jumpToNew}</button>`
          : nothing}
      </div>
      <div part="typing">${typing}</div>
      <form
        part="send-box"
        @submit=${(event: Event) => {
          event.preventDefault();
          void this.send();
        }}
      >
        <label class="visually-hidden" for="send-text">${s.sendBoxLabel}</label>
        <textarea
          id="send-text"
          rows="1"
          .value=${this.draft}
          placeholder=${s.sendBoxLabel}
          ?disabled=${!chat.available}
          aria-describedby=${chat.available ? (showCounter ? 'chat-counter' : nothing) : 'chat-unavailable'}
          aria-invalid=${remaining < 0 ? 'true' : nothing}
          @input=${(event: Event) => this.#onInput(event)}
          @keydown=${(event: KeyboardEvent) => this.#onKeydown(event)}
        ></textarea>
        <button type="submit" part="send-button" aria-label=${s.send} title=${s.send} ?disabled=${!canSend}>
          ${icon('send')}
        </button>
        ${showCounter
          ? html`<p id="chat-counter" class="counter ${remaining < 0 ? 'over' : ''}">
              ${remaining < 0 ? plural(this.lang, s.tooLong, -remaining) : plural(this.lang, s.charsLeft, remaining)}
            </p>`
          : nothing}
        ${this.sendError ? html`<p class="hint error" role="alert">${s.sendFailed}</p>` : nothing}
      </form>`;
  }
}

/** Readable text of HTML without parsing it (no HTML sink): tags dropped, the common entities decoded. */
function htmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(Number(e[1]?.toLowerCase() === 'x' ? `0${e.slice(1)}` : e.slice(1)) || 0xfffd) : (entities[e.toLowerCase()] ?? m),
    )
    .trim();
}
