// Fault controls for tests and demos (loopback only, like everything here): chat requests that fail or hang,
// token requests that are refused or delayed, tokens that expire early. Each fault applies to the next N
// requests (`count`, default: until cleared).
import { sendError } from './http-util.mjs';

/**
 * @typedef {{ mode: 429 | 500 | 503 | 'hang' | 'store-then-cut', remaining: number, retryAfterSeconds?: number }} ChatFault
 * @typedef {{ mode: 'refuse' | 'delay', status: number, delayMs: number, remaining: number }} TokenFault
 */

export class Faults {
  constructor() {
    /** @type {ChatFault | null} */
    this.chat = null;
    /** @type {TokenFault | null} */
    this.token = null;
    /** @type {{ seconds: number, remaining: number } | null} */
    this.tokenLifetime = null;
    /** Responses kept open by a `hang` fault; answered 503 when the fault is cleared or the server stops. */
    /** @type {Set<import('node:http').ServerResponse>} */
    this.hanging = new Set();
  }

  /** @param {{ mode?: unknown, count?: unknown, retryAfterSeconds?: unknown }} spec */
  setChat(spec) {
    const mode = spec.mode === 'hang' || spec.mode === 'store-then-cut' ? spec.mode : Number(spec.mode);
    if (mode !== 'hang' && mode !== 'store-then-cut' && ![429, 500, 503].includes(mode)) {
      throw new Error('mode must be 429, 500, 503, "hang" or "store-then-cut"');
    }
    this.chat = {
      mode: /** @type {ChatFault['mode']} */ (mode),
      remaining: positiveOr(spec.count, Infinity),
    };
    if (spec.retryAfterSeconds !== undefined) this.chat.retryAfterSeconds = Number(spec.retryAfterSeconds);
  }

  clearChat() {
    this.chat = null;
    for (const res of this.hanging) sendError(res, 503, 'ServiceUnavailable', 'Released by the fault API.');
    this.hanging.clear();
  }

  /** Applies a pending chat fault to this response. Returns true when it answered (or is hanging). */
  async applyChatFault(/** @type {import('node:http').ServerResponse} */ res) {
    const f = this.chat;
    if (!f || f.remaining <= 0 || f.mode === 'store-then-cut') return false;
    f.remaining -= 1;
    if (f.remaining <= 0) this.chat = null;
    if (f.mode === 'hang') {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return true;
    }
    /** @type {Record<number, [string, string]>} */
    const text = {
      429: ['TooManyRequests', 'Rate limit exceeded (emulated fault).'],
      500: ['InternalServerError', 'Internal server error (emulated fault).'],
      503: ['ServiceUnavailable', 'Service unavailable (emulated fault).'],
    };
    /** @type {Record<string, string>} */
    const headers = {};
    if (f.retryAfterSeconds !== undefined) headers['retry-after'] = String(f.retryAfterSeconds);
    sendError(res, f.mode, text[f.mode][0], text[f.mode][1], headers);
    return true;
  }

  /**
   * `store-then-cut`: the next N message POSTs are stored, then the connection is cut before any answer (a
   * lost response). True when this POST is one of them (the caller stores first, then destroys the socket).
   */
  takeStoreThenCut() {
    const f = this.chat;
    if (!f || f.mode !== 'store-then-cut' || f.remaining <= 0) return false;
    f.remaining -= 1;
    if (f.remaining <= 0) this.chat = null;
    return true;
  }

  /** @param {{ mode?: unknown, status?: unknown, delayMs?: unknown, count?: unknown }} spec */
  setToken(spec) {
    if (spec.mode !== 'refuse' && spec.mode !== 'delay') throw new Error('mode must be "refuse" or "delay"');
    this.token = {
      mode: spec.mode,
      status: positiveOr(spec.status, 503),
      delayMs: positiveOr(spec.delayMs, 5000),
      remaining: positiveOr(spec.count, Infinity),
    };
  }

  /** Takes one use of the token fault, if any. */
  takeToken() {
    const f = this.token;
    if (!f || f.remaining <= 0) return null;
    f.remaining -= 1;
    if (f.remaining <= 0) this.token = null;
    return f;
  }

  /** @param {{ seconds?: unknown, count?: unknown }} spec */
  setTokenLifetime(spec) {
    const seconds = Number(spec.seconds);
    if (!(seconds > 0)) throw new Error('seconds must be > 0');
    this.tokenLifetime = { seconds, remaining: positiveOr(spec.count, 1) };
  }

  /** Lifetime override for the next minted token, if one is pending. */
  takeTokenLifetime() {
    const f = this.tokenLifetime;
    if (!f || f.remaining <= 0) return undefined;
    f.remaining -= 1;
    if (f.remaining <= 0) this.tokenLifetime = null;
    return f.seconds;
  }

  clearAll() {
    this.clearChat();
    this.token = null;
    this.tokenLifetime = null;
  }

  toJSON() {
    const inf = (/** @type {number} */ n) => (Number.isFinite(n) ? n : null);
    return {
      chat: this.chat && { ...this.chat, remaining: inf(this.chat.remaining) },
      token: this.token && { ...this.token, remaining: inf(this.token.remaining) },
      tokenLifetime: this.tokenLifetime,
      hangingRequests: this.hanging.size,
    };
  }
}

function positiveOr(/** @type {unknown} */ v, /** @type {number} */ fallback) {
  const n = Number(v);
  return v !== undefined && v !== null && Number.isFinite(n) && n > 0 ? n : fallback;
}
