// Small HTTP helpers shared by the emulator's routes.

/** CORS for every route: the chat SDK sends Authorization, x-ms-client-request-id, x-ms-useragent. */
export const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, x-ms-client-request-id, x-ms-useragent, x-ms-return-client-request-id, repeatability-request-id, repeatability-first-sent, accept',
  'access-control-expose-headers': 'x-ms-client-request-id, x-ms-request-id, location, retry-after',
  'access-control-max-age': '600',
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} [body] JSON body; omitted → empty body
 * @param {Record<string, string>} [headers]
 */
export function send(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  /** @type {Record<string, string>} */
  const h = { ...CORS_HEADERS, 'cache-control': 'no-store', ...headers };
  const reqId = /** @type {string | undefined} */ (res.req?.headers['x-ms-client-request-id']);
  if (reqId) h['x-ms-client-request-id'] = reqId;
  if (body === undefined) {
    h['content-length'] = '0';
    res.writeHead(status, h);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  h['content-type'] = 'application/json; charset=utf-8';
  h['content-length'] = String(Buffer.byteLength(text));
  res.writeHead(status, h);
  res.end(text);
}

/** ACS-style error body: `{"error": {"code", "message"}}`. */
export function sendError(
  /** @type {import('node:http').ServerResponse} */ res,
  /** @type {number} */ status,
  /** @type {string} */ code,
  /** @type {string} */ message,
  /** @type {Record<string, string>} */ headers = {},
) {
  send(res, status, { error: { code, message } }, headers);
}

/**
 * Reads a JSON body (≤ 1 MB). Resolves `undefined` for an empty body; rejects on malformed JSON and on a body over
 * 1 MB — after reading it to its end (up to 16 MB, then the connection is cut), so the caller can still answer 400.
 */
export function readJson(/** @type {import('node:http').IncomingMessage} */ req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > 16_000_000) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      if (size <= 1_000_000) chunks.push(c);
    });
    req.on('end', () => {
      if (size > 1_000_000) return reject(new Error('body too large'));
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}
