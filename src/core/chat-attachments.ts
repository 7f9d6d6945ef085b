/**
 * Rich chat from Teams (DOM-free): which attachment URLs may be fetched or opened, size caps, and how a file's
 * type and size read. Used by the chat controller (fetching) and the chat panel (rendering).
 *
 * What Teams sends an ACS guest, from Microsoft's docs:
 *  - `ChatMessage.content.attachments: ChatAttachment[]` with `{id, attachmentType: 'image' | 'file', name?, url?,
 *    previewUrl?}` ("ChatAttachment interface", https://learn.microsoft.com/en-us/javascript/api/@azure/communication-chat/chatattachment;
 *    node_modules/@azure/communication-chat/dist/browser/generated/src/models/index.d.ts: `ChatAttachmentType = "image" | "file"`).
 *  - Inline images are `<img id="{attachment id}" …>` in the message HTML; the image bytes are downloaded from the
 *    attachment's `previewUrl`/`url` on the ACS resource with the chat token as a Bearer header, then shown as a
 *    blob URL ("Tutorial: Enable inline image support in your Chat app",
 *    https://learn.microsoft.com/en-ca/azure/communication-services/tutorials/chat-interop/meeting-interop-features-inline-image).
 *  - File attachments are links to the sharer's OneDrive/SharePoint, opened in the browser, not fetched with the
 *    chat token; `ChatAttachment` carries no size, so a card shows name and type only ("Enable file sharing using UI Library in Teams Interoperability Chat",
 *    https://learn.microsoft.com/en-us/Azure/communication-services/tutorials/file-sharing-tutorial-interop-chat).
 */

/** Bytes above which an image is not shown (checked on Content-Length before reading, and on the body). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Decoded pixels above which an image is not shown (a small PNG can decode to gigabytes). */
export const MAX_IMAGE_PIXELS = 25_000_000;

/** Hosts a Teams file card may open: SharePoint/OneDrive (commercial and sovereign clouds). */
const SHARING_HOSTS = [/\.sharepoint\.com$/i, /\.sharepoint\.us$/i, /\.sharepoint\.de$/i, /\.sharepoint\.cn$/i, /^onedrive\.live\.com$/i, /^1drv\.ms$/i];

function parse(url: string | undefined, base?: string): URL | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    return base ? new URL(url, base) : new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * May this URL be fetched with the chat token? Only from the ACS endpoint itself (same scheme, host and port):
 * the token must never reach another host, whatever a message claims.
 */
export function imageFetchAllowed(url: string | undefined, endpoint: string): boolean {
  const target = parse(url);
  const own = parse(endpoint);
  if (!target || !own) return false;
  if (target.username || target.password) return false;
  return (target.protocol === 'https:' || target.protocol === 'http:') && target.origin === own.origin;
}

/** May a file card open this URL? https only, on the sharing hosts (or the ACS endpoint, e.g. the emulator). */
export function fileOpenAllowed(url: string | undefined, endpoint: string): boolean {
  const target = parse(url);
  if (!target || target.username || target.password) return false;
  const own = parse(endpoint);
  if (own && target.origin === own.origin && (target.protocol === 'https:' || target.protocol === 'http:')) return true;
  return target.protocol === 'https:' && SHARING_HOSTS.some((h) => h.test(target.hostname));
}

/** Giphy images Teams sends (`itemtype="http://schema.skype.com/Giphy"`) are shown from Giphy's media hosts only. */
export function giphyAllowed(url: string | undefined): boolean {
  const target = parse(url);
  return !!target && target.protocol === 'https:' && /^(media\d*\.)?giphy\.com$|^i\.giphy\.com$/i.test(target.hostname);
}

/** The file's type as a short label: its extension in capitals (`PDF`), or undefined. */
export function fileTypeLabel(name: string | undefined): string | undefined {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name ?? '');
  return match ? match[1]!.toUpperCase() : undefined;
}
