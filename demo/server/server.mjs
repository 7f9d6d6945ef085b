// The local Teams-meeting emulator: one HTTP + WebSocket server on loopback that serves the demo page, the
// organizer console, the token endpoint, ACS-Chat-REST-compatible meeting chat, the signalling channel and the
// console/fault API. A development and test tool: in production the meeting is ACS and Teams.
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MeetingStore } from './meetings.mjs';
import { TokenMinter } from './tokens.mjs';
import { Faults } from './faults.mjs';
import { Signaling } from './signaling.mjs';
import { createChatHandler } from './chat-rest.mjs';
import { createConsoleApi } from './console-api.mjs';
import { send, sendError, readJson, CORS_HEADERS } from './http-util.mjs';
import { startTurn } from './turn.mjs';
import { servedFile } from './validate.mjs';
import { createM365 } from './m365.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};
const LOOPBACK_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * @typedef {{
 *   port?: number, tokenLifetimeSeconds?: number, reconnectGraceMs?: number, seed?: boolean,
 *   quiet?: boolean, acsConnectionString?: string, teamsMeetingLink?: string,
 *   aadClientId?: string, extraStatic?: Record<string, string>, cdnDir?: string, turn?: boolean,
 *   maxRemoteVideos?: number,
 *   tls?: boolean, refuseTeamsExchange?: boolean,
 * }} ServerOptions
 * @typedef {{ url: string, port: number, store: MeetingStore, minter: TokenMinter, faults: Faults,
 *   signaling: Signaling, turnPort: number | undefined, close(): Promise<void> }} RunningServer
 */

/**
 * Starts the emulator on `localhost` (127.0.0.1 and, when available, [::1]) and resolves once it listens.
 * `port: 0` picks a free port; the actual one is in the result. Unless `turn: false`, a TURN relay on
 * 127.0.0.1 (free UDP port, `turnPort`) carries the guests' call media over loopback.
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const env = process.env;
  const log = options.quiet ? () => {} : (/** @type {string} */ m) => console.log(`[emulator] ${m}`);
  const lifetime = options.tokenLifetimeSeconds ?? (Number(env.TOKEN_LIFETIME_S) || 3600);
  const acsConnectionString = options.acsConnectionString ?? env.ACS_CONNECTION_STRING ?? '';
  const teamsMeetingLink = options.teamsMeetingLink ?? env.TEAMS_MEETING_LINK ?? '';
  const aadClientId = options.aadClientId ?? env.AAD_CLIENT_ID ?? '';
  const mode = acsConnectionString ? 'acs' : 'emulator';

  // Remote videos a guest renders at once in new meetings (the SDK's OptimalVideoCount; 0…49, default 10).
  const maxRemoteVideos = options.maxRemoteVideos ?? (env.EMULATOR_MAX_REMOTE_VIDEOS ? Number(env.EMULATOR_MAX_REMOTE_VIDEOS) : undefined);
  const store = new MeetingStore({ maxRemoteVideos });
  if (options.seed !== false) store.seed();
  const minter = new TokenMinter({ lifetimeSeconds: lifetime });
  const faults = new Faults();
  const turn = options.turn === false ? undefined : await startTurn({ log });
  const signaling = new Signaling({ store, minter, reconnectGraceMs: options.reconnectGraceMs ?? 10000, log, turn });
  let port = 0;
  let tlsPort = 0;
  const origin = () => `http://localhost:${port}`;
  const tlsOrigin = () => `https://localhost:${tlsPort}`;
  // Microsoft 365 side (demo/server/m365.mjs): the authority, the Teams token exchange, Graph chat + subscriptions.
  const meetingTenant = store.list()[0]?.tenantId ?? '5f1e4b7a-0c1d-4e2f-9a3b-7c6d5e4f3a2b';
  const m365 = createM365({ store, minter, authorityOrigin: () => (tlsPort ? tlsOrigin() : origin()), log, meetingTenant });
  /** The emulator's own Entra app registration (the demo's aad-client-id) and the tenants its exchange admits. */
  const EMULATOR_CLIENT_ID = 'tmj-emulator-app';
  signaling.teamsUser = (claims) => m365.teamsUser(claims);

  const info = () => ({
    mode,
    demoUrl: `${origin()}/`,
    consoleUrl: `${origin()}/console.html`,
    tokenUrl: `${origin()}/api/token`,
    teamsTokenUrl: mode === 'acs' && aadClientId ? `${origin()}/api/teams-token` : undefined,
    emulatorUrl: mode === 'emulator' ? origin() : undefined,
    meetingLink: mode === 'acs' ? teamsMeetingLink || undefined : undefined,
    tokenLifetimeSeconds: lifetime,
    resourceId: mode === 'emulator' ? minter.resourceId : undefined,
    // Microsoft 365 sign-in against the emulator's authority (development only): its http origin, which the
    // widget accepts for loopback only (src/session/m365/authority.ts); the TLS listener's with TMJ_TLS=1.
    m365: mode === 'emulator'
      ? { aadClientId: EMULATOR_CLIENT_ID, aadAuthority: `${tlsPort ? tlsOrigin() : origin()}/${meetingTenant}`, teamsTokenUrl: `${origin()}/api/teams-token`, accounts: m365.accounts.map((a) => a.username) }
      : undefined,
  });

  const handleChat = createChatHandler({ store, minter, faults });
  const handleConsole = createConsoleApi({ store, signaling, minter, faults, info });
  /** @type {Promise<any> | undefined} */
  let identityClient;
  const acsIdentity = () =>
    (identityClient ??= import('@azure/communication-identity').then(
      ({ CommunicationIdentityClient }) => new CommunicationIdentityClient(acsConnectionString),
    ));
  const acsEndpoint = () => /endpoint=([^;]+)/i.exec(acsConnectionString)?.[1]?.replace(/\/$/, '');

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function handle(req, res) {
    const host = String(req.headers.host ?? '');
    const hostname = host.replace(/:\d+$/, '').toLowerCase();
    // DNS-rebinding guard: only loopback names may address this server.
    if (!LOOPBACK_HOSTNAMES.has(hostname)) {
      sendError(res, 403, 'Forbidden', 'The emulator answers on localhost only.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }
    if (url.pathname.startsWith('/emulator/api')) {
      // No authentication here, so no cross-site page may drive it either.
      const from = req.headers.origin;
      if (from && !isLoopbackOrigin(from)) {
        sendError(res, 403, 'Forbidden', 'The console API accepts loopback origins only.');
        return;
      }
      if (url.pathname === '/emulator/api/faults/graph' && req.method === 'POST') {
        const body = (await readJson(req).catch(() => ({}))) ?? {};
        m365.throttleGraph(Number(body.count) || 0, Number(body.retryAfterSeconds) || 1);
        send(res, 204);
        return;
      }
      if (url.pathname === '/emulator/api/faults/teams-exchange' && req.method === 'POST') {
        const body = (await readJson(req).catch(() => ({}))) ?? {};
        faults.teamsExchangeRefused = body.refuse === true;
        send(res, 204);
        return;
      }
      await handleConsole(req, res, url);
      return;
    }
    if (await m365.authority(req, res, url)) return;
    if (await m365.graph(req, res, url)) return;
    if (await handleChat(req, res, url)) return;
    if (url.pathname === '/api/token' && req.method === 'POST') return tokenEndpoint(req, res);
    if (url.pathname === '/api/teams-token' && req.method === 'POST') return teamsTokenEndpoint(req, res);
    if (url.pathname === '/api/config' && req.method === 'GET') {
      send(res, 200, info());
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, 'MethodNotAllowed', 'Method not allowed.');
      return;
    }
    await serveStatic(req, res, url);
  }

  /** POST {displayName} → {token, expiresOn, endpoint}. */
  async function tokenEndpoint(/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) {
    /** @type {any} */
    let body;
    try {
      body = (await readJson(req)) ?? {};
    } catch {
      sendError(res, 400, 'BadRequest', 'Body must be JSON {"displayName": "..."}.');
      return;
    }
    const fault = faults.takeToken();
    if (fault?.mode === 'refuse') {
      sendError(res, fault.status, 'TokenRefused', 'Token issuance refused (emulated fault).');
      return;
    }
    if (fault?.mode === 'delay') await new Promise((r) => setTimeout(r, fault.delayMs));
    const displayName = typeof body.displayName === 'string' ? body.displayName.trim().slice(0, 256) : '';
    // The same browser asking again for the same name gets a token for the same identity (like a site's
    // session would), so a token refresh keeps the visitor's chat identity; other names get other identities.
    const cookieName = `tmj_emu_${createHash('sha1').update(displayName).digest('hex').slice(0, 12)}`;
    const remembered = readCookie(req, cookieName);

    if (mode === 'acs') {
      try {
        const client = await acsIdentity();
        const user = remembered?.startsWith('8:acs:') ? { communicationUserId: remembered } : (await client.createUser());
        const t = await client.getToken(user, ['voip', 'chat']);
        send(res, 200, { token: t.token, expiresOn: t.expiresOn.toISOString(), endpoint: acsEndpoint() }, {
          'set-cookie': `${cookieName}=${encodeURIComponent(user.communicationUserId)}; Path=/api; HttpOnly; SameSite=Strict`,
        });
      } catch (e) {
        log(`ACS token issuance failed: ${e instanceof Error ? e.name : 'error'}`);
        sendError(res, 502, 'TokenIssuanceFailed', 'Could not get a token from Azure Communication Services.');
      }
      return;
    }

    let identity = remembered && remembered.startsWith('8:acs:') ? { rawId: remembered, communicationUserId: remembered, skypeId: remembered.slice(2) } : undefined;
    if (identity && !identity.skypeId.startsWith(`acs:${minter.resourceId}_`)) identity = undefined; // from a previous run
    identity ??= minter.newIdentity();
    const override = faults.takeTokenLifetime();
    const { token, expiresOn } = minter.mint(identity, override ? { lifetimeSeconds: override } : {});
    send(
      res,
      200,
      // The chat SDK only sends Bearer tokens to https URLs; the session maps this https form to http on loopback.
      { token, expiresOn: expiresOn.toISOString(), endpoint: `https://localhost:${port}`, user: { communicationUserId: identity.rawId } },
      { 'set-cookie': `${cookieName}=${encodeURIComponent(identity.rawId)}; Path=/api; HttpOnly; SameSite=Strict` },
    );
  }

  /** Microsoft 365 identity: exchanges an Entra ID (AAD) token for an ACS token (`identity="teams"`). */
  async function teamsTokenEndpoint(/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) {
    if (mode === 'emulator') {
      return m365.exchange(req, res, { clientId: EMULATOR_CLIENT_ID, allowedTenants: new Set([meetingTenant]), refuse: !!options.refuseTeamsExchange || faults.teamsExchangeRefused });
    }
    if (mode !== 'acs' || !aadClientId) {
      sendError(res, 501, 'NotConfigured', 'Set ACS_CONNECTION_STRING and AAD_CLIENT_ID to exchange Teams tokens.');
      return;
    }
    /** @type {any} */
    let body;
    try {
      body = (await readJson(req)) ?? {};
    } catch {
      sendError(res, 400, 'BadRequest', 'Body must be JSON {"aadToken": "..."}.');
      return;
    }
    const aadToken = typeof body.aadToken === 'string' ? body.aadToken : '';
    let userObjectId = '';
    try {
      userObjectId = JSON.parse(Buffer.from(aadToken.split('.')[1] ?? '', 'base64url').toString('utf8')).oid ?? '';
    } catch {
      /* reported below */
    }
    if (!userObjectId) {
      sendError(res, 400, 'BadRequest', 'aadToken must be an Entra ID access token with an oid claim.');
      return;
    }
    try {
      const client = await acsIdentity();
      const t = await client.getTokenForTeamsUser({ teamsUserAadToken: aadToken, clientId: aadClientId, userObjectId });
      send(res, 200, { token: t.token, expiresOn: t.expiresOn.toISOString(), endpoint: acsEndpoint() });
    } catch (e) {
      log(`Teams token exchange failed: ${e instanceof Error ? e.name : 'error'}`);
      sendError(res, 502, 'TokenExchangeFailed', 'Could not exchange the Teams token.');
    }
  }

  /** GET of the demo page, the console, /demo/* assets and the built /cdn/** script. */
  async function serveStatic(/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res, /** @type {URL} */ url) {
    // Decoded once, checked segment by segment, resolved inside the folder it names (see validate.mjs): no
    // `..%2f`, `%2e%2e`, double encoding or backslash reaches outside demo/ (minus demo/server/) and cdn/.
    const raw = url.pathname;
    let file;
    if (raw === '/' || raw === '/index.html') file = join(ROOT, 'demo', 'index.html');
    else if (raw === '/console' || raw === '/console.html') file = join(ROOT, 'demo', 'console.html');
    else if (raw.startsWith('/cdn/')) {
      const dir = options.cdnDir ? resolve(options.cdnDir) : join(ROOT, 'cdn');
      file = servedFile(raw.slice('/cdn/'.length), dir, { resolve, sep });
      if (!file) return sendError(res, 403, 'Forbidden', 'Outside the served folders.');
      return sendFile(res, req, file);
    } else if (raw.startsWith('/demo/')) {
      file = servedFile(raw.slice('/demo/'.length), join(ROOT, 'demo'), { resolve, sep });
      if (!file || file.startsWith(join(ROOT, 'demo', 'server') + sep)) return sendError(res, 403, 'Forbidden', 'Outside the served folders.');
    } else if (options.extraStatic && Object.hasOwn(options.extraStatic, raw)) {
      return sendFile(res, req, resolve(options.extraStatic[raw]));
    } else if (raw === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return;
    }
    if (!file) {
      sendError(res, 404, 'NotFound', 'Not found.');
      return;
    }
    const rel = file.slice(ROOT.length + 1).split(sep).join('/');
    if (rel === 'demo/index.html') {
      // The demo page gets the server's configuration inline, so the widget's attributes are set before it upgrades.
      const html = await readFile(file, 'utf8');
      const config = { ...info(), meetings: mode === 'emulator' ? store.list().map((m) => m.toJSON()) : [] };
      const json = JSON.stringify(config).replace(/</g, '\\u003c');
      const text = html.replace('/*TMJ_DEMO_CONFIG*/ null', json);
      res.writeHead(200, { 'content-type': MIME['.html'], 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : text);
      return;
    }
    await sendFile(res, req, file);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`request failed: ${e instanceof Error ? e.message : String(e)}`);
      sendError(res, 500, 'InternalServerError', 'Emulator error.');
    });
  });
  /** @type {import('node:http').Server[]} */
  const servers = [server];
  const onUpgrade = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:stream').Duplex} */ socket, /** @type {Buffer} */ head) => {
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = (req.url ?? '').split('?')[0];
    const from = req.headers.origin;
    if (path !== '/emulator/ws' || !LOOPBACK_HOSTNAMES.has(host) || (from && !isLoopbackOrigin(from))) {
      socket.destroy();
      return;
    }
    signaling.handleUpgrade(req, socket, head);
  };
  server.on('upgrade', onUpgrade);
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const track = (/** @type {import('node:http').Server} */ s) =>
    s.on('connection', (c) => {
      sockets.add(c);
      c.on('close', () => sockets.delete(c));
    });
  track(server);

  try {
    await new Promise((res, rej) => {
      server.once('error', rej);
      server.listen({ port: options.port ?? 0, host: '127.0.0.1' }, () => res(undefined));
    });
  } catch (e) {
    signaling.close();
    turn?.close();
    throw e;
  }
  port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  // Browsers may resolve localhost to ::1 first: listen there too, on the same port, when IPv6 exists.
  const v6 = createServer(server.listeners('request')[0]);
  v6.on('upgrade', onUpgrade);
  track(v6);
  await new Promise((res) => {
    v6.once('error', () => res(undefined));
    v6.listen({ port, host: '::1', ipv6Only: true }, () => {
      servers.push(v6);
      res(undefined);
    });
  });

  // Optional (TMJ_TLS=1): a TLS listener for the Entra-shaped authority, to try a real https authority locally; the
  // http origin is enough for the demo (src/session/m365/authority.ts). A certificate made for this run by
  // openssl; browsers need a certificate override, which only the tests set (never the demo's steps).
  if (options.tls ?? env.TMJ_TLS === '1') {
    const dir = mkdtempSync(join(tmpdir(), 'tmj-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
      const tls = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, server.listeners('request')[0]);
      track(tls);
      await new Promise((res, rej) => {
        tls.once('error', rej);
        tls.listen({ port: 0, host: '127.0.0.1' }, () => res(undefined));
      });
      tlsPort = /** @type {import('node:net').AddressInfo} */ (tls.address()).port;
      servers.push(tls);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  let closed = false;
  return {
    tlsUrl: tlsPort ? tlsOrigin() : undefined,
    m365,
    url: origin(),
    port,
    store,
    minter,
    faults,
    signaling,
    turnPort: turn?.port,
    async close() {
      if (closed) return;
      closed = true;
      faults.clearAll();
      signaling.close();
      turn?.close();
      const closing = Promise.all(
        servers.map(
          (s) =>
            new Promise((r) => {
              s.close(() => r(undefined));
            }),
        ),
      );
      // Browsers keep connections alive; do not wait for them to go idle.
      for (const s of servers) s.closeAllConnections();
      for (const c of sockets) c.destroy();
      await closing;
    },
  };
}

async function sendFile(/** @type {import('node:http').ServerResponse} */ res, /** @type {import('node:http').IncomingMessage} */ req, /** @type {string} */ file) {
  try {
    const st = await stat(file);
    if (!st.isFile()) throw new Error('not a file');
    const data = await readFile(file);
    res.writeHead(200, {
      'content-type': /** @type {Record<string, string>} */ (MIME)[extname(file)] ?? 'application/octet-stream',
      'content-length': String(data.length),
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  } catch {
    const hint = file.includes(`${sep}cdn${sep}`) ? ' Run `npm run build` first.' : '';
    sendError(res, 404, 'NotFound', `Not found.${hint}`);
  }
}

function isLoopbackOrigin(/** @type {string} */ value) {
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && LOOPBACK_HOSTNAMES.has(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}

function readCookie(/** @type {import('node:http').IncomingMessage} */ req, /** @type {string} */ name) {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
