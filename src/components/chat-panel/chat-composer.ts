/**
 * The chat send box: draft, Enter to send (Shift+Enter for a new line), typing notifications (throttled), the
 * length counter near the limit, and the draft restored when the session cannot take it.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ChatState, MeetingSession } from '../../session/types.js';
import { plural } from '../../i18n/intl.js';
import type { CallStrings } from '../shared/call-strings.js';
import { icon } from '../shared/icons.js';

const TYPING_THROTTLE_MS = 5000;

export interface ComposerHost extends ReactiveControllerHost {
  readonly session: MeetingSession | undefined;
  readonly chat: ChatState;
  readonly strings: CallStrings;
  readonly lang: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class ChatComposer implements ReactiveController {
  draft = '';
  sendError = false;
  #lastTyping = 0;

  constructor(private readonly host: ComposerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  get textarea(): HTMLTextAreaElement | null {
    return this.host.renderRoot.querySelector('textarea');
  }

  #set(draft: string, sendError: boolean): void {
    this.draft = draft;
    this.sendError = sendError;
    this.host.requestUpdate();
  }

  #onInput(event: Event): void {
    this.#set((event.target as HTMLTextAreaElement).value, false);
    const now = Date.now();
    if (this.draft && now - this.#lastTyping > TYPING_THROTTLE_MS && this.host.chat.available) {
      this.#lastTyping = now;
      this.host.session?.sendTyping();
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
    const { chat, session } = this.host;
    const text = this.draft.trim();
    if (!text || !chat.available || !session || text.length > chat.maxLength) return;
    this.#set('', false);
    const textarea = this.textarea;
    if (textarea) textarea.value = '';
    try {
      await session.sendChatMessage(text);
    } catch {
      // The session could not even take the message: restore it unless the visitor already typed something new.
      if (!this.draft) {
        this.draft = text;
        const box = this.textarea;
        if (box) box.value = text;
      }
      this.#set(this.draft, true);
    }
  }

  render(): TemplateResult {
    const { chat, strings: s, lang } = this.host;
    const remaining = chat.maxLength - this.draft.length;
    const showCounter = remaining <= Math.min(500, Math.ceil(chat.maxLength * 0.2));
    const canSend = chat.available && this.draft.trim().length > 0 && remaining >= 0;
    return html`<form
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
            ${remaining < 0 ? plural(lang, s.tooLong, -remaining) : plural(lang, s.charsLeft, remaining)}
          </p>`
        : nothing}
      ${this.sendError ? html`<p class="hint error" role="alert">${s.sendFailed}</p>` : nothing}
    </form>`;
  }
}
