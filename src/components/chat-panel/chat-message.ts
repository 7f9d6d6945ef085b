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

/**
 * Keys for the groups of this render that keep each group's DOM across renders (DOM-free). Groups are formed over
 * the window, so the window moving changes where a group begins: "Show earlier messages" or an idle drawing step
 * adds older messages to the top group, and a new message sliding a following window drops the top group's first
 * one. Keyed by their first message, those groups would be new keys every time — Lit would rebuild all their
 * bubbles (200 for a single sender) — so a group takes the key of the previous render's group that held its
 * first or else its last message (`previous`: message id → key). Keys stay unique: a key already taken falls
 * back to the group's own first id (a split group keeps its key on one part).
 * Returns the groups with their keys and the map for the next render.
 */
export function keyGroups<G extends { readonly key: string; readonly messages: readonly { readonly id: string }[] }>(
  groups: readonly G[],
  previous: ReadonlyMap<string, string>,
): { groups: G[]; keys: Map<string, string> } {
  const used = new Set<string>();
  const keys = new Map<string, string>();
  const out: G[] = [];
  for (const group of groups) {
    const first = group.messages[0]?.id;
    const last = group.messages[group.messages.length - 1]?.id;
    let key = [first && previous.get(first), last && previous.get(last)].find((k): k is string => !!k && !used.has(k));
    if (!key) {
      key = group.key;
      for (let n = 1; used.has(key); n++) key = `${group.key}\u0000${n}`;
    }
    used.add(key);
    for (const m of group.messages) keys.set(m.id, key);
    out.push(key === group.key ? group : { ...group, key });
  }
  return { groups: out, keys };
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
