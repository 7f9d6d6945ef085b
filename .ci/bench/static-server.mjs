// A tiny read-only static server for the benchmark: serves the repository root on `localhost` (the calling
// SDK refuses http://127.0.0.1), gzip-compressed like a CDN would, plus generated pages under /__bench/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL } from './graph.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{ root: string, pages: Record<string, string>, cdnDir?: string }} options `pages`: path → HTML served
 *   as is (read on each request, so pages can be added later); `cdnDir` serves /cdn/ from another folder.
 * @returns {Promise<{ origin: string, port: number, close(): Promise<void> }>}
 */
export async function startStaticServer({ root, pages, cdnDir }) {
  /** @type {Map<string, {mtime: number, body: Buffer, gz: Buffer}>} */
  const cache = new Map();

  const handler = async (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return end(res, 405, 'method not allowed');
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = decodeURIComponent(url.pathname);
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (Object.hasOwn(pages, path)) {
        const body = Buffer.from(pages[path], 'utf8');
        return sendBody(req, res, TYPES['.html'], body, acceptsGzip ? gzipSync(body, { level: GZIP_LEVEL }) : undefined);
      }
      // No dot-segments (.git, .ci, ..), nothing outside the root.
      if (path.split('/').some((seg) => seg.startsWith('.'))) return end(res, 403, 'forbidden');
      const base = cdnDir && path.startsWith('/cdn/') ? cdnDir : root;
      const file = normalize(join(base, base === root ? path : path.slice('/cdn'.length)));
      if (!file.startsWith(base.endsWith(sep) ? base : base + sep)) return end(res, 403, 'forbidden');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return end(res, 404, 'not found');
      let entry = cache.get(file);
      if (!entry || entry.mtime !== info.mtimeMs) {
        const body = await readFile(file);
        entry = { mtime: info.mtimeMs, body, gz: gzipSync(body, { level: GZIP_LEVEL }) };
        cache.set(file, entry);
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      return sendBody(req, res, type, entry.body, acceptsGzip && type.startsWith('text/') ? entry.gz : undefined);
    } catch (error) {
      return end(res, 500, String(error));
    }
  };

  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const listen = (/** @type {number} */ port, /** @type {string} */ host) =>
    new Promise((resolveListen, reject) => {
      const server = createServer(handler);
      server.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      server.once('error', reject);
      server.listen(port, host, () => resolveListen(server));
    });
  // `localhost` may resolve to either loopback address: answer on both so no connection attempt is refused.
  const v4 = /** @type {import('node:http').Server} */ (await listen(0, '127.0.0.1'));
  const address = v4.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const servers = [v4];
  const v6 = await listen(port, '::1').catch(() => undefined);
  if (v6) servers.push(/** @type {import('node:http').Server} */ (v6));
  return {
    origin: `http://localhost:${port}`,
    port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await Promise.all(servers.map((server) => new Promise((done) => server.close(() => done(undefined)))));
    },
  };
}

function sendBody(req, res, type, body, gz) {
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (gz) headers['content-encoding'] = 'gzip';
  const payload = gz ?? body;
  headers['content-length'] = String(payload.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function end(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
