// The ACS Chat REST API (api-version 2025-03-15) as the real service answers it, for one kind of thread:
// a Teams meeting's chat. Paths, status codes and JSON shapes follow the @azure/communication-chat 1.6 SDK's
// operation specs, so the real SDK runs against it unchanged (through an HttpClient that maps https→http on
// loopback). Access rules mirror Teams interop: only participants admitted into the call may read or post,
// from joining until leaving; channel meetings refuse chat to ACS users.
import { acsIdentifier, teamsIdentifier } from './meetings.mjs';
import { bearerToken } from './tokens.mjs';
import { CORS_HEADERS, send, sendError, readJson } from './http-util.mjs';
import { metadata } from './validate.mjs';
import { attachmentsJson, imageStore, noteImageRequest, serviceOrigin } from './chat-attachments.mjs';

const INVALID = Symbol('invalid body');

/**
 * The request's JSON body, or INVALID after answering 400 BadRequest as the service does.
 * @returns {Promise<any>}
 */
async function jsonBody(/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) {
  try {
    return await readJson(req);
  } catch {
    sendError(res, 400, 'BadRequest', 'The request body is not valid JSON.');
    return INVALID;
  }
}

export const CHAT_API_VERSION = '2025-03-15';
export const MAX_MESSAGE_LENGTH = 28000;
/** The error code a channel meeting answers with (the widget shows "channel meetings have no chat"). */
export const CHANNEL_MEETING_ERROR = 'ChatNotSupportedInChannelMeeting';

/** @typedef {import('./meetings.mjs').StoredMessage} StoredMessage */

/**
 * JSON of a message as the service returns it. `where` (the endpoint the caller used and the thread) gives image
 * attachments their URLs on that endpoint (chat-attachments.mjs); without it they are left out.
 * @param {StoredMessage} m @param {{ origin: string, threadId: string }} [where]
 */
export function messageJson(m, where) {
  /** @type {Record<string, unknown>} */
  let content = m.deletedOn ? {} : m.content;
  if (!m.deletedOn && Array.isArray(m.content.attachments)) {
    content = { ...m.content, attachments: where ? attachmentsJson(m.content.attachments, where.origin, where.threadId, CHAT_API_VERSION) : undefined };
  }
  /** @type {Record<string, unknown>} */
  const out = {
    id: m.id,
    type: m.type,
    sequenceId: m.sequenceId,
    version: m.version,
    content,
    createdOn: m.createdOn.toISOString(),
  };
  if (m.senderDisplayName !== undefined) out.senderDisplayName = m.senderDisplayName;
  if (m.senderCommunicationIdentifier) out.senderCommunicationIdentifier = m.senderCommunicationIdentifier;
  if (m.editedOn) out.editedOn = m.editedOn.toISOString();
  if (m.deletedOn) out.deletedOn = m.deletedOn.toISOString();
  if (m.metadata) out.metadata = m.metadata;
  return out;
}

/** Answers raw bytes (an image) with the service's CORS headers; never cached by the browser. */
function sendBytes(/** @type {import('node:http').ServerResponse} */ res, /** @type {Buffer} */ bytes, /** @type {string} */ type) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(200, { ...CORS_HEADERS, 'cache-control': 'private, no-store', 'content-type': type, 'content-length': String(bytes.length), 'x-content-type-options': 'nosniff' });
  res.end(bytes);
}

/** Latest time a message changed (polling with `startTime` picks up edits and deletions too). */
const touched = (/** @type {StoredMessage} */ m) =>
  Math.max(m.createdOn.getTime(), m.editedOn?.getTime() ?? 0, m.deletedOn?.getTime() ?? 0);

/**
 * @param {{ store: import('./meetings.mjs').MeetingStore, minter: import('./tokens.mjs').TokenMinter,
 *   faults: import('./faults.mjs').Faults }} deps
 */
export function createChatHandler({ store, minter, faults }) {
  /** An image request refused before routing (no or a bad token): noted on its meeting, so tests and the console see it. */
  const noteRefusedImage = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {URL} */ url, /** @type {number} */ status) => {
    const m = /^\/chat\/threads\/([^/]+)\/images\/([^/]+)\/views\/([^/]+)$/.exec(url.pathname);
    if (!m) return;
    let threadId = '';
    let imageId = '';
    try {
      threadId = decodeURIComponent(m[1]);
      imageId = decodeURIComponent(m[2]);
    } catch {
      return;
    }
    const meeting = store.find(threadId);
    if (!meeting || meeting.threadId !== threadId) return;
    noteImageRequest(meeting, { at: new Date().toISOString(), imageId, view: m[3], status, bearer: bearerToken(req) !== null, cookie: req.headers.cookie !== undefined, origin: req.headers.origin });
  };
  /**
   * Handles /chat/** requests. Returns false when the path is not a chat path.
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   */
  return async function handleChat(req, res, url) {
    if (!url.pathname.startsWith('/chat/') && url.pathname !== '/chat') return false;
    const method = req.method ?? 'GET';

    // No real-time notification service (trouter) here: answering 404 makes the SDK's
    // startRealtimeNotifications() reject fast, so the widget's chat falls back to polling.
    if (url.pathname === '/chat/config/realTimeNotifications') {
      sendError(res, 404, 'NotFound', 'Real-time notifications are not available on the emulator; poll instead.');
      return true;
    }

    if (await faults.applyChatFault(res)) return true;

    const verified = minter.verify(bearerToken(req));
    if (!verified) {
      noteRefusedImage(req, url, 401);
      sendError(res, 401, 'Unauthorized', 'The access token is missing, invalid or expired.');
      return true;
    }
    const rawId = verified.identity.rawId;

    if (!url.searchParams.get('api-version')) {
      sendError(res, 400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required.');
      return true;
    }

    // GET /chat/threads: the threads this identity may read now.
    if (url.pathname === '/chat/threads' && method === 'GET') {
      const value = store
        .list()
        .filter((m) => !m.policies.channel && m.connectedByRawId(rawId))
        .map((m) => ({ id: m.threadId, topic: m.title, lastMessageReceivedOn: m.messages.at(-1)?.createdOn.toISOString() }));
      send(res, 200, { value });
      return true;
    }

    const match = /^\/chat\/threads\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!match) {
      sendError(res, 404, 'NotFound', 'Unknown chat resource.');
      return true;
    }
    let threadId;
    try {
      threadId = decodeURIComponent(match[1]);
    } catch {
      sendError(res, 400, 'BadRequest', 'Malformed thread id.');
      return true;
    }
    const rest = match[2] ?? '';
    const meeting = store.find(threadId);
    // Like the service, a caller who is not a member cannot tell a missing thread from a forbidden one.
    if (!meeting || meeting.threadId !== threadId) {
      sendError(res, 403, 'Forbidden', 'Permission check failed.');
      return true;
    }
    if (meeting.policies.channel) {
      sendError(res, 403, CHANNEL_MEETING_ERROR, 'Chat of meetings scheduled in a channel is not available to Azure Communication Services users.');
      return true;
    }
    const member = meeting.connectedByRawId(rawId);
    if (!member) {
      sendError(res, 403, 'Forbidden', 'Permission check failed: only participants in the call can use the meeting chat.');
      return true;
    }

    const visibleFrom = meeting.policies.shareHistory ? 0 : (meeting.firstAdmittedOn(rawId)?.getTime() ?? 0);
    const visible = () => meeting.messages.filter((m) => m.createdOn.getTime() >= visibleFrom);
    const where = { origin: serviceOrigin(req), threadId: meeting.threadId };
    const json = (/** @type {StoredMessage} */ m) => messageJson(m, where);

    // GET /chat/threads/{id}/images/{attachmentId}/views/{original|small}: the bytes of an image attachment, for
    // members who may see its message, with the chat token (checked above: 401 without). The emulator keeps one
    // size: both views answer the stored bytes (the widget shows `previewUrl`, the small view, like the tutorial).
    const imageMatch = /^\/images\/([^/]+)\/views\/([^/]+)$/.exec(rest);
    if (imageMatch && method === 'GET') {
      let imageId = '';
      try {
        imageId = decodeURIComponent(imageMatch[1]);
      } catch {
        // stays '' → 404
      }
      const view = imageMatch[2];
      const image = imageStore(meeting).byId.get(imageId);
      const message = image && visible().find((m) => m.id === image.messageId && !m.deletedOn);
      const status = view !== 'original' && view !== 'small' ? 400 : !image || !message ? 404 : 200;
      noteImageRequest(meeting, { at: new Date().toISOString(), imageId, view, status, bearer: true, cookie: req.headers.cookie !== undefined, origin: req.headers.origin });
      if (status === 400) {
        sendError(res, 400, 'BadRequest', 'The image view must be original or small.');
        return true;
      }
      if (!image || !message) {
        sendError(res, 404, 'NotFound', 'Image not found.');
        return true;
      }
      sendBytes(res, image.bytes, image.contentType);
      return true;
    }

    if (rest === '' && method === 'GET') {
      send(res, 200, {
        id: meeting.threadId,
        topic: meeting.title,
        createdOn: meeting.createdOn.toISOString(),
        createdByCommunicationIdentifier: teamsIdentifier(meeting.organizerOid),
      });
      return true;
    }
    if (rest === '' && method === 'PATCH') {
      sendError(res, 403, 'Forbidden', 'Guests cannot change the meeting chat topic.');
      return true;
    }

    if (rest === '/messages' && method === 'GET') {
      const pageSize = Math.min(Math.max(Number(url.searchParams.get('maxPageSize')) || 20, 1), 200);
      const startTimeParam = url.searchParams.get('startTime');
      const startTime = startTimeParam ? Date.parse(startTimeParam) : NaN;
      const before = Number(url.searchParams.get('syncState')) || Infinity;
      // Newest first, as the service returns them.
      const all = visible()
        .filter((m) => Number(m.sequenceId) < before)
        .filter((m) => Number.isNaN(startTime) || touched(m) >= startTime)
        .reverse();
      const page = all.slice(0, pageSize);
      /** @type {Record<string, unknown>} */
      const body = { value: page.map(json) };
      if (all.length > pageSize) {
        const next = new URLSearchParams({ syncState: page.at(-1)?.sequenceId ?? '0', maxPageSize: String(pageSize), 'api-version': CHAT_API_VERSION });
        if (startTimeParam) next.set('startTime', startTimeParam);
        // Relative: the SDK appends it to the endpoint it was given (https, mapped to http on loopback).
        body.nextLink = `/chat/threads/${encodeURIComponent(meeting.threadId)}/messages?${next}`;
      }
      send(res, 200, body);
      return true;
    }

    if (rest === '/messages' && method === 'POST') {
      const body = await jsonBody(req, res);
      if (body === INVALID) return true;
      const content = body?.content;
      const type = body?.type ?? 'text';
      if (typeof content !== 'string' || content.trim() === '') {
        sendError(res, 400, 'BadRequest', 'Message content is required.');
        return true;
      }
      if (content.length > MAX_MESSAGE_LENGTH) {
        sendError(res, 400, 'BadRequest', `Message content exceeds ${MAX_MESSAGE_LENGTH} characters.`);
        return true;
      }
      if (type !== 'text' && type !== 'html') {
        sendError(res, 400, 'BadRequest', 'Message type must be text or html.');
        return true;
      }
      // Metadata is kept as sent (string values), like the service: a client id in it survives the round trip.
      const meta = metadata(body?.metadata);
      if (!meta.ok) {
        sendError(res, 400, 'BadRequest', 'metadata must be an object of at most 32 string values.');
        return true;
      }
      if (body.senderDisplayName !== undefined && (typeof body.senderDisplayName !== 'string' || body.senderDisplayName.length > 256)) {
        sendError(res, 400, 'BadRequest', 'senderDisplayName must be a string of at most 256 characters.');
        return true;
      }
      const msg = meeting.pushMessage({
        type,
        content: { message: content },
        senderDisplayName: typeof body.senderDisplayName === 'string' ? body.senderDisplayName : member.displayName,
        sender: acsIdentifier(rawId),
        metadata: meta.value,
      });
      if (faults.takeStoreThenCut()) {
        // Stored, and the answer is cut after its first bytes (fault API): a network drop mid-response. (A cut
        // before any byte on a reused keep-alive connection makes browsers re-send the POST on their own — the
        // widget merges such copies by client id, but the service would store them twice.)
        const socket = res.socket;
        socket?.write('HTTP/1.1 201 Created\r\n');
        setTimeout(() => socket?.destroy(), 10);
        return true;
      }
      send(res, 201, { id: msg.id }, { location: `/chat/threads/${encodeURIComponent(meeting.threadId)}/messages/${msg.id}` });
      return true;
    }

    const msgMatch = /^\/messages\/([^/]+)$/.exec(rest);
    if (msgMatch) {
      const msg = visible().find((m) => m.id === msgMatch[1]);
      if (!msg) {
        sendError(res, 404, 'NotFound', 'Message not found.');
        return true;
      }
      if (method === 'GET') {
        send(res, 200, json(msg));
        return true;
      }
      const own = msg.senderCommunicationIdentifier?.rawId === rawId;
      if (method === 'PATCH' || method === 'DELETE') {
        if (!own) {
          sendError(res, 403, 'Forbidden', 'Only the sender can change a message.');
          return true;
        }
        if (method === 'PATCH') {
          const body = await jsonBody(req, res);
          if (body === INVALID) return true;
          if (typeof body?.content === 'string' && body.content.length <= MAX_MESSAGE_LENGTH) msg.content = { message: body.content };
          msg.editedOn = new Date();
          msg.version = String(msg.editedOn.getTime());
        } else {
          msg.deletedOn = new Date();
        }
        meeting.changed('chat');
        send(res, 204);
        return true;
      }
    }

    if (rest === '/typing' && method === 'POST') {
      // Typing notifications travel over real-time notifications only; accepting them is all the service does.
      await readJson(req).catch(() => undefined);
      send(res, 200);
      return true;
    }

    if (rest === '/readReceipts' && method === 'POST') {
      const body = await jsonBody(req, res);
      if (body === INVALID) return true;
      if (typeof body?.chatMessageId !== 'string' || !meeting.messages.some((m) => m.id === body.chatMessageId)) {
        sendError(res, 400, 'BadRequest', 'chatMessageId must name a message of this thread.');
        return true;
      }
      meeting.readReceipts = meeting.readReceipts.filter((r) => r.rawId !== rawId);
      meeting.readReceipts.push({ rawId, chatMessageId: body.chatMessageId, readOn: new Date() });
      send(res, 200);
      return true;
    }
    if (rest === '/readReceipts' && method === 'GET') {
      send(res, 200, {
        value: meeting.readReceipts.map((r) => ({
          senderCommunicationIdentifier: acsIdentifier(r.rawId),
          chatMessageId: r.chatMessageId,
          readOn: r.readOn.toISOString(),
        })),
      });
      return true;
    }

    if (rest === '/participants' && method === 'GET') {
      const value = [
        { communicationIdentifier: teamsIdentifier(meeting.organizerOid), displayName: meeting.organizerName, shareHistoryTime: new Date(0).toISOString() },
        ...[...meeting.participants.values()]
          .filter((p) => p.state === 'connected' && p.kind === 'acs')
          .map((p) => ({ communicationIdentifier: acsIdentifier(p.rawId), displayName: p.displayName, shareHistoryTime: new Date(meeting.policies.shareHistory ? 0 : (p.admittedOn?.getTime() ?? 0)).toISOString() })),
      ];
      send(res, 200, { value });
      return true;
    }
    if ((rest === '/participants/:add' || rest === '/participants/:remove') && method === 'POST') {
      sendError(res, 403, 'Forbidden', 'Guests cannot manage meeting chat participants.');
      return true;
    }

    sendError(res, 404, 'NotFound', 'Unknown chat resource.');
    return true;
  };
}
