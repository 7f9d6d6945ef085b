/**
 * The chat's messages as the visitor sees them (DOM-free, SDK-free apart from the message type): ingest of
 * server copies, dedupe by server id and by the client id an own message carries in its `metadata`, ordering,
 * and local ids for messages not sent yet. One store per chat controller: local ids and client ids are this
 * instance's own (no module-level counter, so two widgets on a page never share or collide).
 */
import type { ChatMessage as SdkChatMessage } from '@azure/communication-chat';
import type { CommunicationIdentifierKind } from '@azure/communication-common';
import type { ChatAttachmentInfo, ChatMessage } from '../types.js';

/** The `metadata` key an own message's client id travels in (ACS keeps a message's metadata as sent). */
export const CLIENT_ID_KEY = 'tmjClientId';

/** Local (not yet sent) message ids start with this. */
export const LOCAL_PREFIX = 'local:';

export interface StoreEntry {
  message: ChatMessage;
  /** Server order (`sequenceId`); realtime events have none, local messages neither. */
  sequence: number;
  /** Own message text, kept for retry. */
  text?: string | undefined;
  /** Own messages: the id sent in `metadata`, to recognise the server copy (echo, lost response). */
  clientId?: string | undefined;
  /** An own message whose send may have been stored although no answer came back. */
  unknownFate?: boolean | undefined;
}

export interface IngestResult {
  readonly changed: boolean;
  /** Set when this is a message from someone else seen for the first time. */
  readonly fresh?: ChatMessage | undefined;
}

export interface MessageStoreOptions {
  /** The visitor's raw id (`8:acs:…`). */
  readonly selfId: string;
  readonly displayName: string;
  /** Raw id of an SDK identifier ('' when it has none). */
  readonly rawId: (identifier: CommunicationIdentifierKind) => string;
  /** Makes a client id; default `crypto.randomUUID()` (a secure context has it), else random digits. */
  readonly newClientId?: (() => string) | undefined;
}

const CHAT_TYPES = new Set(['text', 'html']);

/** True for types the chat shows (system messages such as participantAdded are not chat). */
export function isChatType(type: string): boolean {
  return CHAT_TYPES.has(type);
}

/** Maps an SDK/realtime message type: html (Teams users' rich text) stays html, everything else is plain text. */
export function messageFormat(type: string): 'html' | 'text' {
  const t = type.toLowerCase();
  // Real-time events carry the wire type (`RichText/Html`, `Text`); REST messages carry `html`/`text`.
  return t === 'html' || t === 'richtext/html' ? 'html' : 'text';
}

function randomClientId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class MessageStore {
  private readonly options: MessageStoreOptions;
  private readonly entries = new Map<string, StoreEntry>();
  /** client id → the key its entry is stored under (local id, later the server id). */
  private readonly byClientId = new Map<string, string>();
  private localCount = 0;
  /** Newest server `createdOn` ingested. */
  newestServerTime = 0;

  constructor(options: MessageStoreOptions) {
    this.options = options;
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): StoreEntry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Adds an own message as `sending`, with a fresh local id and client id. */
  addLocal(text: string): StoreEntry {
    this.localCount += 1;
    const id = `${LOCAL_PREFIX}${this.localCount}`;
    const clientId = (this.options.newClientId ?? randomClientId)();
    const entry: StoreEntry = {
      message: {
        id,
        senderId: this.options.selfId,
        senderDisplayName: this.options.displayName,
        isOwn: true,
        format: 'text',
        content: text,
        createdOn: new Date(),
        status: 'sending',
      },
      sequence: NaN,
      text,
      clientId,
    };
    this.entries.set(id, entry);
    this.byClientId.set(clientId, id);
    return entry;
  }

  /** Marks a local message (by local id) with a new status. Returns false when it is no longer local. */
  setStatus(id: string, status: 'sending' | 'failed', unknownFate?: boolean): boolean {
    const entry = this.entries.get(id);
    if (!entry || !id.startsWith(LOCAL_PREFIX)) return false;
    entry.message = status === 'failed'
      ? { ...entry.message, status, error: 'chat-send-failed' }
      : { ...entry.message, status, error: undefined };
    if (unknownFate !== undefined) entry.unknownFate = unknownFate;
    return true;
  }

  /** The send of local message `id` answered with `serverId`. */
  confirmSent(id: string, serverId: string): boolean {
    const local = this.entries.get(id);
    if (!local) return false; // already merged with its server copy
    this.entries.delete(id);
    const existing = this.entries.get(serverId);
    if (existing) {
      // The server copy arrived (poll/realtime) before the send resolved: keep it, marked as sent.
      existing.message = { ...existing.message, status: 'sent', isOwn: true };
      existing.clientId ??= local.clientId;
    } else {
      this.entries.set(serverId, { ...local, unknownFate: false, message: { ...local.message, id: serverId, status: 'sent', error: undefined } });
    }
    if (local.clientId) this.byClientId.set(local.clientId, serverId);
    return true;
  }

  /** Removes a message (deleted on the server, or a failed own message discarded). */
  delete(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.entries.delete(id);
    if (entry.clientId && this.byClientId.get(entry.clientId) === id) this.byClientId.delete(entry.clientId);
    return true;
  }

  /** Adds or updates a server message. An own message carrying a known client id replaces its local copy. */
  ingest(sdkMessage: SdkChatMessage): IngestResult {
    const senderId = sdkMessage.sender ? this.options.rawId(sdkMessage.sender) : '';
    const isOwn = senderId !== '' && senderId === this.options.selfId;
    const createdOn = new Date(sdkMessage.createdOn);
    if (Number.isFinite(createdOn.getTime())) this.newestServerTime = Math.max(this.newestServerTime, createdOn.getTime());
    const sequenceNumber = Number(sdkMessage.sequenceId);
    const sequence = Number.isFinite(sequenceNumber) && sequenceNumber > 0 ? sequenceNumber : NaN;
    const clientId = isOwn ? sdkMessage.metadata?.[CLIENT_ID_KEY] : undefined;
    const message: ChatMessage = {
      id: sdkMessage.id,
      senderId,
      senderDisplayName: sdkMessage.senderDisplayName ?? '',
      isOwn,
      format: messageFormat(sdkMessage.type),
      content: sdkMessage.content?.message ?? '',
      attachments: attachmentsOf(sdkMessage.content?.attachments),
      createdOn,
      editedOn: sdkMessage.editedOn ? new Date(sdkMessage.editedOn) : undefined,
      status: isOwn ? 'sent' : 'received',
    };

    // Our own echo (or the copy of a send whose answer was lost): merge it into the local message.
    if (clientId) {
      const key = this.byClientId.get(clientId);
      if (key && key !== sdkMessage.id && key.startsWith(LOCAL_PREFIX)) {
        const local = this.entries.get(key);
        this.entries.delete(key);
        this.byClientId.set(clientId, sdkMessage.id);
        if (!this.entries.has(sdkMessage.id)) {
          this.entries.set(sdkMessage.id, { message, sequence, text: local?.text, clientId });
          return { changed: true };
        }
      }
    }

    // A second server copy of one own message (a transport below us re-sent the POST): show it once.
    if (clientId) {
      const key = this.byClientId.get(clientId);
      if (key && key !== sdkMessage.id && !key.startsWith(LOCAL_PREFIX) && this.entries.has(key)) return { changed: false };
    }

    const existing = this.entries.get(sdkMessage.id);
    if (existing) {
      const prev = existing.message;
      if (
        prev.content === message.content &&
        prev.editedOn?.getTime() === message.editedOn?.getTime() &&
        prev.status !== 'sending' &&
        prev.status !== 'failed' &&
        (Number.isFinite(existing.sequence) || !Number.isFinite(sequence))
      ) {
        return { changed: false };
      }
      existing.message = { ...message, status: prev.status === 'received' ? 'received' : 'sent' };
      if (Number.isFinite(sequence)) existing.sequence = sequence;
      return { changed: true };
    }
    this.entries.set(sdkMessage.id, { message, sequence, clientId });
    if (clientId) this.byClientId.set(clientId, sdkMessage.id);
    return { changed: true, fresh: isOwn ? undefined : message };
  }

  /** Own messages not (known to be) sent: `sending` or `failed`, oldest first. */
  unsent(): ChatMessage[] {
    return this.snapshot().filter((m) => m.isOwn && (m.status === 'sending' || m.status === 'failed'));
  }

  /** All messages in display order. */
  snapshot(): ChatMessage[] {
    return [...this.entries.values()].sort(compareEntries).map((e) => e.message);
  }
}

/** Server order when both have a sequence id; otherwise creation time; local (unsent) messages last. */
function compareEntries(a: StoreEntry, b: StoreEntry): number {
  const aLocal = a.message.id.startsWith(LOCAL_PREFIX);
  const bLocal = b.message.id.startsWith(LOCAL_PREFIX);
  if (aLocal !== bLocal) return aLocal ? 1 : -1;
  if (Number.isFinite(a.sequence) && Number.isFinite(b.sequence)) return a.sequence - b.sequence;
  return a.message.createdOn.getTime() - b.message.createdOn.getTime();
}

/**
 * The SDK's `ChatMessageContent.attachments` (`ChatAttachment`: id, attachmentType `image` | `file`, name?, url?,
 * previewUrl?; https://learn.microsoft.com/en-us/javascript/api/@azure/communication-chat/chatattachment) as the
 * session's shape; malformed entries (no id, unknown type) are dropped, never thrown on.
 */
function attachmentsOf(list: unknown): ChatAttachmentInfo[] | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const out: ChatAttachmentInfo[] = [];
  for (const a of list.slice(0, 50) as Array<Record<string, unknown>>) {
    if (!a || typeof a.id !== 'string' || a.id === '') continue;
    const kind = a.attachmentType === 'image' ? 'image' : a.attachmentType === 'file' ? 'file' : undefined;
    if (!kind) continue;
    const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
    out.push({ id: a.id, kind, name: str(a.name), url: str(a.url), previewUrl: str(a.previewUrl) });
  }
  return out.length ? out : undefined;
}
