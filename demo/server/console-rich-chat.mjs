// The organizer console's rich chat (/emulator/api/meetings/:id/chat/…): a Teams user sends an image (inline or as
// an attachment), file attachments, a reply quoting an earlier message, emoji, or attachments given verbatim (to
// play a hostile Teams). Every input is checked in chat-attachments.mjs: a wrong type, length or size answers 400
// with what is wrong, never an exception. `GET …/chat/images` lists the stored images and who fetched them how.
import { randomUUID } from 'node:crypto';
import { teamsIdentifier, teamsOid } from './meetings.mjs';
import {
  EMOJI_HTML,
  captionHtml,
  fileRequest,
  imageRequest,
  imageStore,
  imageUrl,
  inlineImageHtml,
  rawAttachmentsRequest,
  replyHtml,
  replyRequest,
  serviceOrigin,
} from './chat-attachments.mjs';
import { CHAT_API_VERSION } from './chat-rest.mjs';

/** PNG width/height from its IHDR (for the `<img width height>` Teams writes), or undefined. */
function pngSize(/** @type {Buffer} */ bytes, /** @type {string} */ type) {
  if (type !== 'image/png' || bytes.length < 24) return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * @param {{ req: import('node:http').IncomingMessage, meeting: any, action: string, method: string, body: any,
 *   signaling: import('./signaling.mjs').Signaling, reply: (status: number, json: unknown) => void }} ctx
 * @returns {boolean} whether the action was one of these
 */
export function handleRichChat({ req, meeting, action, method, body, signaling, reply }) {
  if (action === '/chat/images' && method === 'GET') {
    const { byId, requests } = imageStore(meeting);
    reply(200, {
      value: [...byId.values()].map((i) => ({ id: i.id, messageId: i.messageId, name: i.name, contentType: i.contentType, bytes: i.bytes.length })),
      requests,
    });
    return true;
  }
  if (!['/chat/image', '/chat/file', '/chat/reply', '/chat/emoji', '/chat/attachments'].includes(action) || method !== 'POST') return false;
  const fail = (/** @type {string} */ message) => {
    reply(400, { error: { code: 'BadRequest', message } });
    return true;
  };
  if (meeting.policies.channel) {
    reply(409, { error: { code: 'ChannelMeeting', message: 'Channel meetings have no chat for guests on the emulator.' } });
    return true;
  }
  const senderName = typeof body?.senderName === 'string' && body.senderName.trim() ? body.senderName.trim().slice(0, 100) : meeting.organizerName;
  const oid = senderName === meeting.organizerName ? meeting.organizerOid : teamsOid(senderName);
  const push = (/** @type {string} */ message, /** @type {unknown[] | undefined} */ attachments) => {
    /** @type {Record<string, unknown>} */
    const content = { message };
    if (attachments) content.attachments = attachments;
    const msg = meeting.pushMessage({ type: 'html', content, senderDisplayName: senderName, sender: teamsIdentifier(oid) });
    signaling.chatActivity(meeting);
    return msg;
  };

  if (action === '/chat/image') {
    const checked = imageRequest(body);
    if (!checked.ok) return fail(checked.message);
    const { bytes, contentType, name, alt, text, inline } = checked.value;
    const id = randomUUID();
    const src = imageUrl(serviceOrigin(req), meeting.threadId, id, 'original', CHAT_API_VERSION);
    // Inline (pasted into the send box): the image is in the HTML and in the attachments. Uploaded ("Upload from
    // this device"): an image attachment only, shown after the text.
    const html = inline ? `${captionHtml(text)}${inlineImageHtml({ id, alt, src, ...pngSize(bytes, contentType) })}` : captionHtml(text);
    const msg = push(html, [{ id, attachmentType: 'image', name, stored: true }]);
    imageStore(meeting).byId.set(id, { id, messageId: msg.id, threadId: meeting.threadId, name, contentType, bytes });
    reply(201, { id: msg.id, ids: [msg.id], attachmentId: id, bytes: bytes.length });
    return true;
  }
  if (action === '/chat/file') {
    const checked = fileRequest(body);
    if (!checked.ok) return fail(checked.message);
    const msg = push(captionHtml(checked.value.text), checked.value.files);
    reply(201, { id: msg.id, ids: [msg.id], attachmentIds: checked.value.files.map((/** @type {{id: string}} */ f) => f.id) });
    return true;
  }
  if (action === '/chat/reply') {
    const checked = replyRequest(body);
    if (!checked.ok) return fail(checked.message);
    const quoted = meeting.messages.find((/** @type {any} */ m) => m.id === checked.value.replyTo);
    if (!quoted || quoted.deletedOn || typeof quoted.content?.message !== 'string') return fail('replyTo must be the id of a message of this meeting.');
    const html = replyHtml({
      messageId: quoted.id,
      senderRawId: quoted.senderCommunicationIdentifier?.rawId ?? '',
      senderName: quoted.senderDisplayName ?? '',
      createdOn: quoted.createdOn,
      quoted: quoted.content.message,
      text: checked.value.text,
    });
    const msg = push(html, undefined);
    reply(201, { id: msg.id, ids: [msg.id] });
    return true;
  }
  if (action === '/chat/emoji') {
    const msg = push(EMOJI_HTML, undefined);
    reply(201, { id: msg.id, ids: [msg.id] });
    return true;
  }
  // '/chat/attachments': verbatim.
  const checked = rawAttachmentsRequest(body);
  if (!checked.ok) return fail(checked.message);
  const msg = push(checked.value.content, checked.value.attachments);
  reply(201, { id: msg.id, ids: [msg.id] });
  return true;
}
