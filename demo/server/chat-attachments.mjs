// Rich chat as Teams sends it to an ACS guest: inline images, image and file attachments, quoted replies and emoji.
// The organizer console composes them (console-api.mjs); the Chat REST API (chat-rest.mjs) returns them inside the
// message and serves the image bytes, with the chat token only.
//
// Shapes, from Microsoft's documentation:
//  - `ChatMessageContent.attachments: ChatAttachment[]`, each `{id, attachmentType: 'image' | 'file', name?, url?,
//    previewUrl?}` ("ChatAttachment interface",
//    https://learn.microsoft.com/en-us/javascript/api/@azure/communication-chat/chatattachment).
//  - An image attachment's `url`/`previewUrl` are on the ACS resource itself:
//    `{endpoint}/chat/threads/{threadId}/images/{attachmentId}/views/original` and `…/views/small`, with
//    `?api-version=`; the bytes need the chat token as `Authorization: Bearer` and come back as the image itself
//    ("Tutorial: Enable inline image support in your Chat app",
//    https://learn.microsoft.com/en-us/azure/communication-services/tutorials/chat-interop/meeting-interop-features-inline-image).
//    An inline image is also in the message HTML as `<img … id="{attachmentId}" itemtype="http://schema.skype.com/AMSImage">`
//    (the id names the attachment; the src is not for the guest to load).
//  - A file attachment has `attachmentType: 'file'`, `name`, and a `previewUrl` to the sharer's SharePoint/OneDrive
//    page; "the direct download URL (`url`) isn't supported", and ChatAttachment carries no size
//    ("Tutorial: Enable file attachment support in your Chat app",
//    https://learn.microsoft.com/en-us/azure/communication-services/tutorials/chat-interop/meeting-interop-features-file-attachment).
//  - Replies: `<blockquote itemtype="http://schema.skype.com/Reply" itemid="{messageId}">` with the quoted sender
//    (`<strong itemprop="mri">`) and a preview; emoji: `<span itemtype="http://schema.skype.com/Emoji">` around an
//    `<img itemtype="http://schema.skype.com/Emoji" alt="😀">` (what the Teams web client sends; read by src/core/sanitize.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { isRecord, text } from './validate.mjs';

/** Image types Teams sends that a browser shows; anything else is refused at the console. */
export const IMAGE_TYPES = /** @type {const} */ (['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
/** Largest generated image (pixels): a 2048×2048 noise PNG is ~12.6 MB, above the widget's 10 MB cap. */
export const MAX_GENERATED_PIXELS = 2048 * 2048;
/** Longest URL a console attachment may carry, longest file name, alt text and caption. */
export const LIMITS = { url: 2048, name: 255, alt: 200, caption: 4000, attachments: 20, id: 128 };
const ATTACHMENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * @typedef {{ id: string, messageId: string, threadId: string, name: string, contentType: string, bytes: Buffer }} StoredImage
 * @typedef {{ at: string, imageId: string, view: string, status: number, bearer: boolean, cookie: boolean, origin?: string }} ImageRequest
 */

/** Images and their requests per meeting thread (a WeakMap: a meeting that goes away takes its images along). */
const images = new WeakMap();
/** @returns {{ byId: Map<string, StoredImage>, requests: ImageRequest[] }} */
export function imageStore(/** @type {object} */ meeting) {
  let s = images.get(meeting);
  if (!s) images.set(meeting, (s = { byId: new Map(), requests: [] }));
  return s;
}

/** Notes one image request (kept: the last 200) — what the console shows and tests check (token, no cookies). */
export function noteImageRequest(/** @type {object} */ meeting, /** @type {ImageRequest} */ r) {
  const { requests } = imageStore(meeting);
  requests.push(r);
  if (requests.length > 200) requests.splice(0, requests.length - 200);
}

/** The https origin the service answers as: the request's own host (the emulator's endpoint is `https://localhost:PORT`). */
export function serviceOrigin(/** @type {import('node:http').IncomingMessage} */ req) {
  const host = req.headers.host ?? '';
  return /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:]+\](:\d{1,5})?$/.test(host) ? `https://${host}` : 'https://localhost';
}

/** `{endpoint}/chat/threads/{thread}/images/{id}/views/{view}?api-version=…`, as the service writes image URLs. */
export function imageUrl(/** @type {string} */ origin, /** @type {string} */ threadId, /** @type {string} */ id, /** @type {'original' | 'small'} */ view, /** @type {string} */ apiVersion) {
  return `${origin}/chat/threads/${encodeURIComponent(threadId)}/images/${encodeURIComponent(id)}/views/${view}?api-version=${apiVersion}`;
}

/**
 * A message's attachments as the service returns them: image attachments the emulator stores get their URLs on
 * the endpoint the caller used; attachments given verbatim (the console's raw mode) are returned as given.
 * @param {unknown} list @param {string} origin @param {string} threadId @param {string} apiVersion
 */
export function attachmentsJson(list, origin, threadId, apiVersion) {
  if (!Array.isArray(list)) return undefined;
  return list.map((a) => {
    if (a.stored) {
      return { id: a.id, attachmentType: 'image', name: a.name, url: imageUrl(origin, threadId, a.id, 'original', apiVersion), previewUrl: imageUrl(origin, threadId, a.id, 'small', apiVersion) };
    }
    /** @type {Record<string, string>} */
    const out = { id: a.id, attachmentType: a.attachmentType };
    for (const k of ['name', 'url', 'previewUrl']) if (typeof a[k] === 'string') out[k] = a[k];
    return out;
  });
}

/* PNG ------------------------------------------------------------------------------------------------ */

function chunk(/** @type {string} */ type, /** @type {Buffer} */ data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A real RGB PNG: `noise` fills it with random pixels (incompressible: the file is about width × height × 3 bytes,
 * how an oversized photo is played), otherwise a calm test card (diagonal bands, a frame) that compresses to a
 * few KB and shows its orientation.
 */
export function generatePng(/** @type {number} */ width, /** @type {number} */ height, noise = false) {
  const row = width * 3 + 1;
  const raw = noise ? randomBytes(row * height) : Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0; // filter: none
    if (noise) continue;
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      const edge = x < 6 || y < 6 || x >= width - 6 || y >= height - 6;
      const band = Math.floor((x + y) / 40) % 2 === 0;
      const [r, g, b] = edge ? [70, 71, 117] : band ? [91, 95, 199] : [196, 198, 240];
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: noise ? 0 : 6 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Does `bytes` start like an image of `type` (so a console upload cannot mislabel HTML as an image)? */
function magicMatches(/** @type {Buffer} */ bytes, /** @type {string} */ type) {
  if (type === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (type === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (type === 'image/gif') return /^GIF8[79]a$/.test(bytes.subarray(0, 6).toString('latin1'));
  if (type === 'image/webp') return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
  return false;
}

/* Console input ---------------------------------------------------------------------------------------- */

/** @typedef {{ ok: true, value: any } | { ok: false, message: string }} Checked */
const bad = (/** @type {string} */ message) => /** @type {Checked} */ ({ ok: false, message });
const optionalText = (/** @type {unknown} */ v, /** @type {number} */ max, /** @type {string} */ what) =>
  v === undefined ? { ok: true, value: '' } : typeof v === 'string' && v.length <= max ? { ok: true, value: v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '') } : { ok: false, message: `${what} must be a string of at most ${max} characters.` };

/**
 * An image for the console's "send image": `{image: {dataBase64, contentType}}` (an upload, ≤ the 1 MB body) or
 * `{generate: {width, height, noise?}}` (default: a 480×320 test card), plus `name`, `alt`, `text`, `inline`.
 * @returns {Checked}
 */
export function imageRequest(/** @type {unknown} */ body) {
  if (!isRecord(body)) return bad('Body must be an object.');
  const b = /** @type {Record<string, unknown>} */ (body);
  const name = optionalText(b.name, LIMITS.name, 'name');
  const alt = optionalText(b.alt, LIMITS.alt, 'alt');
  const caption = optionalText(b.text, LIMITS.caption, 'text');
  for (const c of [name, alt, caption]) if (!c.ok) return bad(/** @type {any} */ (c).message);
  if (/[\\/]/.test(name.value)) return bad('name must be a file name, without / or \\.');
  if (b.inline !== undefined && typeof b.inline !== 'boolean') return bad('inline must be true or false.');
  /** @type {Buffer} */
  let bytes;
  let contentType = 'image/png';
  if (b.image !== undefined) {
    if (b.generate !== undefined) return bad('Give either image or generate, not both.');
    if (!isRecord(b.image)) return bad('image must be {dataBase64, contentType}.');
    const img = /** @type {Record<string, unknown>} */ (b.image);
    if (typeof img.contentType !== 'string' || !IMAGE_TYPES.includes(/** @type {any} */ (img.contentType))) return bad(`image.contentType must be one of ${IMAGE_TYPES.join(', ')}.`);
    if (typeof img.dataBase64 !== 'string' || img.dataBase64.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(img.dataBase64)) return bad('image.dataBase64 must be non-empty base64.');
    bytes = Buffer.from(img.dataBase64, 'base64');
    contentType = img.contentType;
    if (!magicMatches(bytes, contentType)) return bad(`image.dataBase64 is not ${contentType} data.`);
  } else {
    const g = b.generate === undefined ? {} : b.generate;
    if (!isRecord(g)) return bad('generate must be {width, height, noise?}.');
    const { width = 480, height = 320, noise = false } = /** @type {Record<string, unknown>} */ (g);
    const dim = (/** @type {unknown} */ v) => Number.isInteger(v) && /** @type {number} */ (v) >= 1 && /** @type {number} */ (v) <= 4096;
    if (!dim(width) || !dim(height)) return bad('generate.width and generate.height must be integers from 1 to 4096.');
    if (/** @type {number} */ (width) * /** @type {number} */ (height) > MAX_GENERATED_PIXELS) return bad(`generate: at most ${MAX_GENERATED_PIXELS} pixels.`);
    if (typeof noise !== 'boolean') return bad('generate.noise must be true or false.');
    bytes = generatePng(/** @type {number} */ (width), /** @type {number} */ (height), noise);
  }
  const ext = contentType.slice('image/'.length).replace('jpeg', 'jpg');
  return {
    ok: true,
    value: { bytes, contentType, name: name.value || `image.${ext}`, alt: alt.value, text: caption.value, inline: b.inline !== false },
  };
}

/**
 * A file attachment: `{files: [{name, url?}] }` or `{name, url?}`; `url` is the SharePoint/OneDrive link (https, ≤ 2048
 * characters; default a fictitious contoso.sharepoint.com link), sent as `previewUrl` as Teams does.
 * @returns {Checked}
 */
export function fileRequest(/** @type {unknown} */ body) {
  if (!isRecord(body)) return bad('Body must be an object.');
  const b = /** @type {Record<string, unknown>} */ (body);
  const list = b.files === undefined ? [{ name: b.name, url: b.url }] : b.files;
  if (!Array.isArray(list) || list.length === 0 || list.length > LIMITS.attachments) return bad(`files must be 1 to ${LIMITS.attachments} files.`);
  const caption = optionalText(b.text, LIMITS.caption, 'text');
  if (!caption.ok) return bad(/** @type {any} */ (caption).message);
  const files = [];
  for (const f of list) {
    if (!isRecord(f)) return bad('Each file must be {name, url?}.');
    const { name, url } = /** @type {Record<string, unknown>} */ (f);
    if (typeof name !== 'string' || name.trim() === '' || name.length > LIMITS.name || /[\\/\u0000-\u001f]/.test(name)) return bad(`name must be a file name of 1 to ${LIMITS.name} characters, without / or \\.`);
    let link = `https://contoso.sharepoint.com/:u:/g/personal/organizer/${randomUUID().replace(/-/g, '').slice(0, 22)}`;
    if (url !== undefined) {
      if (typeof url !== 'string' || url.length > LIMITS.url) return bad(`url must be a string of at most ${LIMITS.url} characters.`);
      let parsed;
      try {
        parsed = new URL(url);
      } catch {
        return bad('url must be an absolute https URL.');
      }
      if (parsed.protocol !== 'https:') return bad('url must be an absolute https URL.');
      link = parsed.href;
    }
    files.push({ id: randomUUID(), attachmentType: 'file', name: name.trim(), previewUrl: link });
  }
  return { ok: true, value: { files, text: caption.value } };
}

/**
 * Attachments given verbatim (the console plays a hostile or odd Teams): `{content, attachments: [{id, attachmentType,
 * name?, url?, previewUrl?}]}`. Shapes and lengths are checked, the URLs' contents are not (that is the point).
 * @returns {Checked}
 */
export function rawAttachmentsRequest(/** @type {unknown} */ body) {
  if (!isRecord(body)) return bad('Body must be an object.');
  const b = /** @type {Record<string, unknown>} */ (body);
  const content = optionalText(b.content, 28000, 'content');
  if (!content.ok) return bad(/** @type {any} */ (content).message);
  if (!Array.isArray(b.attachments) || b.attachments.length === 0 || b.attachments.length > LIMITS.attachments) return bad(`attachments must be 1 to ${LIMITS.attachments} entries.`);
  const out = [];
  for (const a of b.attachments) {
    if (!isRecord(a)) return bad('Each attachment must be an object.');
    const r = /** @type {Record<string, unknown>} */ (a);
    if (typeof r.id !== 'string' || !ATTACHMENT_ID.test(r.id)) return bad('attachment id must be 1 to 128 letters, digits or ._:-');
    if (r.attachmentType !== 'image' && r.attachmentType !== 'file') return bad('attachmentType must be image or file.');
    /** @type {Record<string, string>} */
    const item = { id: r.id, attachmentType: r.attachmentType };
    for (const k of ['name', 'url', 'previewUrl']) {
      if (r[k] === undefined) continue;
      const max = k === 'name' ? LIMITS.name : LIMITS.url;
      if (typeof r[k] !== 'string' || /** @type {string} */ (r[k]).length > max) return bad(`${k} must be a string of at most ${max} characters.`);
      item[k] = /** @type {string} */ (r[k]);
    }
    out.push(item);
  }
  return { ok: true, value: { content: content.value, attachments: out } };
}

/* Teams HTML ------------------------------------------------------------------------------------------- */

export const escapeHtml = (/** @type {string} */ s) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A caption paragraph (plain text the console typed, escaped), or nothing. */
export const captionHtml = (/** @type {string} */ caption) => (caption.trim() ? `<p>${escapeHtml(caption)}</p>` : '');

/** Teams' inline image markup: `<img … id="{attachment id}" itemtype="http://schema.skype.com/AMSImage">`. */
export function inlineImageHtml(/** @type {{ id: string, alt: string, src: string, width?: number, height?: number }} */ img) {
  const size = img.width && img.height ? ` width="${img.width}" height="${img.height}"` : '';
  return `<p><img alt="${escapeHtml(img.alt || 'image')}" src="${escapeHtml(img.src)}" itemscope="png"${size} id="${escapeHtml(img.id)}" itemtype="http://schema.skype.com/AMSImage" style="vertical-align:bottom"></p>`;
}

/** The readable text of a stored message (for a reply's preview): tags dropped, whitespace folded, at most 120 characters. */
export function previewText(/** @type {string} */ html) {
  const plain = html
    .replace(/<blockquote[\s\S]*?<\/blockquote>/gi, ' ')
    .replace(/<img\b[^>]*>/gi, ' [image] ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  const folded = plain.replace(/\s+/g, ' ').trim();
  return folded.length > 120 ? `${folded.slice(0, 119)}…` : folded;
}

/** A Teams reply: the quote (sender, time, preview of the quoted message) then the reply's text. */
export function replyHtml(/** @type {{ messageId: string, senderRawId: string, senderName: string, createdOn: Date, quoted: string, text: string }} */ r) {
  return (
    `<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="${escapeHtml(r.messageId)}">` +
    `<strong itemprop="mri" itemid="${escapeHtml(r.senderRawId)}">${escapeHtml(r.senderName)}</strong>` +
    `<span itemprop="time" itemid="${escapeHtml(r.messageId)}"></span>` +
    `<p itemprop="preview">${escapeHtml(previewText(r.quoted))}</p></blockquote>${captionHtml(r.text)}`
  );
}

/** Emoji as the Teams web client sends them: a Teams emoji image whose alt is the character, and plain characters. */
export const EMOJI_HTML =
  '<p>Great demo <span class="animated-emoji" itemtype="http://schema.skype.com/Emoji" itemscope="" itemid="like">' +
  '<img itemscope="" itemtype="http://schema.skype.com/Emoji" itemid="like" src="https://statics.teams.cdn.office.net/evergreen-assets/personal-expressions/v2/assets/emoticons/like/default/20_f.png" title="Like" alt="👍" style="width:20px;height:20px"></span>' +
  ' thanks everyone 🎉</p>';

/** Text of a reply/caption as given (validated), for the console API. @returns {Checked} */
export function replyRequest(/** @type {unknown} */ body) {
  if (!isRecord(body)) return bad('Body must be an object.');
  const b = /** @type {Record<string, unknown>} */ (body);
  if (typeof b.replyTo !== 'string' || !/^\d{1,20}$/.test(b.replyTo)) return bad('replyTo must be the id of a message of this meeting.');
  if (typeof b.text !== 'string' || b.text.trim() === '' || b.text.length > LIMITS.caption) return bad(`text must be a non-empty string of at most ${LIMITS.caption} characters.`);
  return { ok: true, value: { replyTo: b.replyTo, text: text(b.text, LIMITS.caption, '') } };
}
