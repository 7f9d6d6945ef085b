/** Rendering of sender groups and message bubbles (status, Retry/Discard, edited) for the chat panel. */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChatMessage, MeetingSession } from '../../session/types.js';
import type { CallStrings } from '../shared/call-strings.js';

export interface MessageGroup {
  readonly key: string;
  readonly senderName: string;
  readonly isOwn: boolean;
  readonly createdOn: Date;
  readonly messages: ChatMessage[];
}

export interface MessageRenderContext {
  readonly strings: CallStrings;
  readonly session: MeetingSession | undefined;
  readonly timeFormat: Intl.DateTimeFormat | undefined;
  /** The node of an HTML message's sanitised content (cached per message version). */
  htmlContent(message: ChatMessage): HTMLElement;
}

export function renderMessage(ctx: MessageRenderContext, message: ChatMessage): TemplateResult {
  const s = ctx.strings;
  const content =
    message.format === 'html'
      ? ctx.htmlContent(message)
      : // Plain text is a text node: never parsed as HTML.
        html`<div class="content" dir="auto">${message.content}</div>`;
  let status: TemplateResult | typeof nothing = nothing;
  if (message.isOwn && message.status === 'sending') {
    status = html`<div class="status" data-status="sending">${s.sending}</div>`;
  } else if (message.isOwn && message.status === 'failed') {
    status = html`<div class="status" data-status="failed">
      <span>${s.failed}</span>
      <button type="button" data-action="retry" @click=${() => void ctx.session?.retryChatMessage(message.id)}>
        ${s.retry}
      </button>
      <button type="button" data-action="discard" @click=${() => ctx.session?.discardChatMessage(message.id)}>
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

export function renderGroup(ctx: MessageRenderContext, group: MessageGroup): TemplateResult {
  const time = ctx.timeFormat?.format(group.createdOn) ?? '';
  return html`<div part="message-group${group.isOwn ? ' message-group-own' : ''}" class=${group.isOwn ? 'own' : ''}>
    <div class="meta">
      ${group.isOwn ? nothing : html`<bdi class="sender">${group.senderName}</bdi> · `}<time datetime=${group.createdOn.toISOString()}>${time}</time>
    </div>
    ${repeat(group.messages, (m) => m.id, (m) => renderMessage(ctx, m))}
  </div>`;
}
