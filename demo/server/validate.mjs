// Input checks for everything a client can send the emulator (WebSocket frames, HTTP bodies, paths). Every
// value from outside is `unknown` until one of these says what it is: wrong types, oversized strings and
// hostile objects (`{"toString": 1}`, getters, prototypes) become a fallback or a refusal, never an exception.

/** Display names and titles: strings only, trimmed, at most `max` characters (UTF-16 units), else `fallback`. */
export function text(/** @type {unknown} */ value, /** @type {number} */ max, /** @type {string} */ fallback) {
  if (typeof value !== 'string') return fallback;
  // Control characters would end up in logs and in other people's UI.
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return clean ? clean.slice(0, max) : fallback;
}

/** An identifier we issued (participant ids, request ids): a short string of safe characters. */
export function id(/** @type {unknown} */ value, max = 128) {
  return typeof value === 'string' && value.length > 0 && value.length <= max && /^[\w:.@=-]+$/.test(value) ? value : undefined;
}

/** A plain JSON object (not an array, not null). */
export function isRecord(/** @type {unknown} */ value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Largest WebRTC signal relayed between peers (an SDP with many candidates is ~10 KB). */
export const MAX_SIGNAL_BYTES = 64 * 1024;

/**
 * A WebRTC signal as relayed between peers: `{sdp: {type: 'offer'|'answer', sdp}}` or `{candidate: {...}}`,
 * rebuilt from its known fields only, or undefined.
 */
export function signalData(/** @type {unknown} */ value) {
  if (!isRecord(value)) return undefined;
  const v = /** @type {Record<string, unknown>} */ (value);
  if (isRecord(v.sdp)) {
    const sdp = /** @type {Record<string, unknown>} */ (v.sdp);
    if ((sdp.type === 'offer' || sdp.type === 'answer') && typeof sdp.sdp === 'string' && sdp.sdp.length <= MAX_SIGNAL_BYTES) {
      return { sdp: { type: sdp.type, sdp: sdp.sdp } };
    }
    return undefined;
  }
  if (isRecord(v.candidate)) {
    const c = /** @type {Record<string, unknown>} */ (v.candidate);
    if (typeof c.candidate !== 'string' || c.candidate.length > 2048) return undefined;
    /** @type {Record<string, unknown>} */
    const out = { candidate: c.candidate };
    if (typeof c.sdpMid === 'string' && c.sdpMid.length <= 64) out.sdpMid = c.sdpMid;
    else if (c.sdpMid === null) out.sdpMid = null;
    if (Number.isInteger(c.sdpMLineIndex) && /** @type {number} */ (c.sdpMLineIndex) >= 0 && /** @type {number} */ (c.sdpMLineIndex) < 64) out.sdpMLineIndex = c.sdpMLineIndex;
    else if (c.sdpMLineIndex === null) out.sdpMLineIndex = null;
    if (typeof c.usernameFragment === 'string' && c.usernameFragment.length <= 256) out.usernameFragment = c.usernameFragment;
    return { candidate: out };
  }
  return undefined;
}

/** Chat message metadata as the service keeps it: string → string, at most 32 keys, small. */
export function metadata(/** @type {unknown} */ value) {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  if (!isRecord(value)) return { ok: false };
  const entries = Object.entries(/** @type {Record<string, unknown>} */ (value));
  if (entries.length > 32) return { ok: false };
  /** @type {Record<string, string>} */
  const out = {};
  for (const [k, v] of entries) {
    if (typeof v !== 'string' || k.length > 256 || v.length > 4096) return { ok: false };
    out[k] = v;
  }
  return { ok: true, value: entries.length ? out : undefined };
}

/**
 * Resolves a request path under one served folder, or undefined. Decodes exactly once and refuses what a
 * traversal needs: `..`/`.` segments, backslashes, NUL, a `%` left after decoding (double encoding), and a
 * result outside `dir` after normalising.
 * @param {string} rawPath the URL path below the folder's prefix, still percent-encoded
 * @param {string} dir absolute folder
 * @param {{ resolve: (...p: string[]) => string, sep: string }} path node:path
 */
export function servedFile(rawPath, dir, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\\\0%]/.test(decoded)) return undefined;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return undefined;
  const file = path.resolve(dir, ...segments.filter(Boolean));
  return file.startsWith(dir + path.sep) ? file : undefined;
}
