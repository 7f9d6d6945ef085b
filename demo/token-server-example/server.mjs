// EXAMPLE token backend for <teams-meeting-join> (`token-url`), for site owners to adapt — not part of the
// widget. It mints a fresh, short-lived ACS identity + token per visitor with @azure/communication-identity,
// and protects the endpoint from abuse: exact Origin allow-list, per-IP and global rate limits, small bodies,
// POST only, no token in any log. It also shows the Microsoft 365 (identity="teams") token exchange.
//
//   ACS_CONNECTION_STRING='endpoint=https://<resource>.communication.azure.com/;accesskey=…' \
//   ALLOWED_ORIGINS='https://www.example.com' PORT=8787 node demo/token-server-example/server.mjs
//
// Optional, for Microsoft 365 sign-in (identity="teams"/"choice" with aad-client-id + teams-token-url):
// ENTRA_CLIENT_ID=<app registration client id>, ALLOWED_TENANTS=<comma-separated Entra tenant ids> (required: only
// people of these organisations may exchange a token here; answered 403 {"error":"tenant-not-allowed"} otherwise).
// Optional GCC check (tenant-check.mjs): CHECK_MEETING_TENANT=1 looks the meeting organizer's tenant up in Microsoft's
// public OpenID configuration: POST /api/meeting-check {"meetingLink"} answers {tenantId, cloud, supported}, and
// /api/token refuses a body whose `meetingLink` belongs to a GCC/GCC High/DoD/China tenant with 403
// {"error":"link-gcc-unsupported"}. The widget never makes that lookup itself.
// Optional, the notification relay for Microsoft 365 meeting chat (`chat-events-url` → /api/chat-events, see
// relay.mjs): RELAY_NOTIFICATION_URL=<the public https URL of /api/graph-notifications, which Graph calls>,
// REDIS_URL=redis://… when more than one instance runs (fan-out through Redis pub/sub), GRAPH_BASE_URL (default
// https://graph.microsoft.com/v1.0).
// Run it behind your HTTPS reverse proxy; keep the connection string in a secret store, never in the page.
import http from 'node:http';
import { CommunicationIdentityClient } from '@azure/communication-identity';
import { checkExchangeRequest } from './exchange.mjs';
import { createTenantChecker, tenantFromMeetingLink } from './tenant-check.mjs';
import { createRelay, memoryStore, redisStore } from './relay.mjs';

const CONNECTION = process.env.ACS_CONNECTION_STRING ?? '';
const ALLOWED_ORIGINS = new Set((process.env.ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean));
const ENTRA_CLIENT_ID = process.env.ENTRA_CLIENT_ID ?? '';
const ALLOWED_TENANTS = new Set((process.env.ALLOWED_TENANTS ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean));
const PORT = Number(process.env.PORT ?? 8787);
/** Optional: where meeting organizers' tenants live (see tenant-check.mjs). OPENID_AUTHORITY is for tests only. */
const tenants = process.env.CHECK_MEETING_TENANT === '1' ? createTenantChecker({ authority: openIdAuthority(process.env.OPENID_AUTHORITY) }) : undefined;
/** Per client IP: tokens per window. A visitor needs one token per join plus a refresh about every hour. */
const PER_IP = { limit: Number(process.env.RATE_PER_IP ?? 10), windowMs: 10 * 60_000 };
/** For the whole server: caps the bill if many IPs are used at once. */
const GLOBAL = { limit: Number(process.env.RATE_GLOBAL ?? 600), windowMs: 10 * 60_000 };
/** 60 minutes is the shortest lifetime ACS allows; the widget refreshes proactively before expiry. */
const TOKEN_MINUTES = 60;

if (!CONNECTION || ALLOWED_ORIGINS.size === 0) {
  console.error('Set ACS_CONNECTION_STRING and ALLOWED_ORIGINS (comma-separated exact origins, e.g. https://www.example.com).');
  process.exit(1);
}

/** Microsoft's authority, or (tests) a loopback stand-in; anything else is refused at start. */
function openIdAuthority(value) {
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== 'https:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
    console.error('OPENID_AUTHORITY must be https (or a loopback test server).');
    process.exit(1);
  }
  return url.origin;
}

/**
 * The meeting's organizer tenant checked against Microsoft's OpenID configuration: `{tenantId, cloud, supported}`,
 * or `{error}` when the link has no tenant id. A lookup that fails rejects.
 */
async function checkMeeting(link) {
  const tenantId = tenantFromMeetingLink(link);
  if (!tenantId) return { error: 'no-tenant-in-link' };
  return { tenantId, ...(await tenants.check(tenantId)) };
}

const identity = new CommunicationIdentityClient(CONNECTION);
const RELAY_NOTIFICATION_URL = process.env.RELAY_NOTIFICATION_URL ?? '';
const relay = RELAY_NOTIFICATION_URL
  ? createRelay({
      graphBaseUrl: process.env.GRAPH_BASE_URL || 'https://graph.microsoft.com/v1.0',
      notificationUrl: RELAY_NOTIFICATION_URL,
      store: process.env.REDIS_URL ? await redisStore(process.env.REDIS_URL) : memoryStore(),
      log: (line) => console.log(`relay: ${line}`),
    })
  : undefined;
/** Relay calls per client IP (create, stream, renew, delete): a visitor makes a handful per join. */
const RELAY_PER_IP = { limit: Number(process.env.RELAY_RATE_PER_IP ?? 60), windowMs: 10 * 60_000 };
const endpoint = /endpoint=([^;]+)/i.exec(CONNECTION)?.[1]?.replace(/\/$/, '');

/** Fixed-window counters; enough for one process (use your gateway/Redis for several). */
function limiter({ limit, windowMs }) {
  const hits = new Map();
  return (key) => {
    const now = Date.now();
    const entry = hits.get(key);
    if (!entry || now - entry.start >= windowMs) {
      hits.set(key, { start: now, count: 1 });
      if (hits.size > 50_000) for (const [k, v] of hits) if (now - v.start >= windowMs) hits.delete(k);
      return true;
    }
    entry.count += 1;
    return entry.count <= limit;
  };
}
const perIp = limiter(PER_IP);
const relayPerIp = limiter(RELAY_PER_IP);
const global = limiter(GLOBAL);

function send(res, status, body, origin) {
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  if (origin) {
    headers['access-control-allow-origin'] = origin;
    headers['vary'] = 'Origin';
  }
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}

function readJson(req, maxBytes = 2048) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      // Keep reading (and dropping) so the 400 reaches the client; never buffer more than maxBytes, and cut
      // off anything absurd outright.
      if (size <= maxBytes) chunks.push(c);
      else if (size > 64 * 1024) req.destroy();
    });
    req.on('end', () => {
      if (size > maxBytes) return reject(new Error('too large'));
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {});
      } catch (e) {
        reject(e);
      }
    });
    req.on('error', reject);
  });
}

const RELAY_PATH = /^\/api\/chat-events(?:\/([^/?]*))?(?:\?.*)?$/;

const server = http.createServer(async (req, res) => {
  const origin = req.headers.origin;
  const url = new URL(req.url ?? '/', 'http://relay.invalid');
  // Graph's webhook has no Origin: its gate is the clientState of each notification (relay.mjs).
  if (relay && url.pathname === '/api/graph-notifications' && req.method === 'POST') {
    let body;
    try {
      body = url.searchParams.has('validationToken') ? {} : await readJson(req, 256 * 1024);
    } catch {
      return send(res, 400, { error: 'body must be JSON' });
    }
    const answer = await relay.notify(url, body).catch(() => ({ status: 500, body: {} }));
    if (answer.type === 'text/plain') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(answer.body);
    }
    return send(res, answer.status, answer.body);
  }
  // Browsers always send Origin on cross-origin POST/fetch: no allowed Origin, no token.
  if (!origin || !ALLOWED_ORIGINS.has(origin)) return send(res, 403, { error: 'origin not allowed' });
  const relayMatch = relay ? RELAY_PATH.exec(req.url ?? '') : null;
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': relayMatch ? 'GET, POST, PATCH, DELETE' : 'POST',
      'access-control-allow-headers': relayMatch ? 'content-type, authorization' : 'content-type',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    return res.end();
  }
  if (relay && relayMatch) {
    if (!relayPerIp(req.socket.remoteAddress ?? 'unknown')) {
      res.setHeader('retry-after', '60');
      return send(res, 429, { error: 'too many requests' }, origin);
    }
    const id = relayMatch[1] ?? '';
    try {
      if (req.method === 'GET' && id) return await relay.stream(req, res, id, { 'access-control-allow-origin': origin, vary: 'Origin' });
      let answer;
      if (req.method === 'POST' && !id) answer = await relay.create(req, await readJson(req, 2048));
      else if (req.method === 'PATCH' && id) answer = await relay.renew(req, id);
      else if (req.method === 'DELETE' && id) answer = await relay.remove(req, id);
      else return send(res, 405, { error: 'method not allowed' }, origin);
      if (answer.status === 204) {
        res.writeHead(204, { 'access-control-allow-origin': origin, vary: 'Origin' });
        return res.end();
      }
      return send(res, answer.status, answer.body, origin);
    } catch {
      console.error('relay request failed');
      return send(res, 502, { error: 'relay failed' }, origin);
    }
  }
  if (req.method !== 'POST') return send(res, 405, { error: 'POST only' }, origin);
  // Behind a proxy, take the client IP from the header your proxy sets (and only trust that proxy).
  const ip = req.socket.remoteAddress ?? 'unknown';
  if (!perIp(ip) || !global('all')) {
    res.setHeader('retry-after', '60');
    return send(res, 429, { error: 'too many requests' }, origin);
  }
  let body;
  try {
    // An Entra access token alone is 1.5-2.5 KB.
    body = await readJson(req, req.url === '/api/teams-token' ? 8192 : 2048);
  } catch {
    return send(res, 400, { error: 'body must be small JSON' }, origin);
  }
  try {
    if (req.url === '/api/meeting-check' && tenants) {
      const result = await checkMeeting(body.meetingLink).catch(() => ({ error: 'tenant-lookup-failed' }));
      if ('error' in result) return send(res, result.error === 'tenant-lookup-failed' ? 502 : 400, result, origin);
      return send(res, 200, result, origin);
    }
    if (req.url === '/api/token' && tenants && typeof body.meetingLink === 'string') {
      // A lookup that fails (Microsoft unreachable) lets the visitor try: only a known unsupported cloud is refused.
      const result = await checkMeeting(body.meetingLink).catch(() => undefined);
      if (result && 'supported' in result && !result.supported) return send(res, 403, { error: 'link-gcc-unsupported', cloud: result.cloud }, origin);
    }
    if (req.url === '/api/token') {
      // A brand-new identity each time: visitors are anonymous guests and nothing links two visits.
      // Scopes: voip (join the call) + chat (meeting chat). Nothing else (no management scopes).
      const { token, expiresOn } = await identity.createUserAndToken(['voip', 'chat'], { tokenExpiresInMinutes: TOKEN_MINUTES });
      return send(res, 200, { token, expiresOn: expiresOn.toISOString(), endpoint }, origin);
    }
    if (req.url === '/api/teams-token' && ENTRA_CLIENT_ID && ALLOWED_TENANTS.size > 0) {
      // Microsoft 365 sign-in: the widget signs the visitor in with MSAL (scopes
      // https://auth.msft.communication.azure.com/Teams.ManageCalls and …/Teams.ManageChats) and posts the Entra
      // access token here; ACS exchanges it for a Communication Services token of that Teams user.
      const checked = checkExchangeRequest(body, { clientId: ENTRA_CLIENT_ID, allowedTenants: ALLOWED_TENANTS });
      if ('status' in checked) return send(res, checked.status, { error: checked.error }, origin);
      const { token, expiresOn } = await identity.getTokenForTeamsUser({
        teamsUserAadToken: checked.aadToken,
        clientId: ENTRA_CLIENT_ID,
        userObjectId: checked.userObjectId,
      });
      return send(res, 200, { token, expiresOn: expiresOn.toISOString() }, origin);
    }
    return send(res, 404, { error: 'not found' }, origin);
  } catch (error) {
    // Log the failure class only: never the request body (Entra token) or any issued token.
    console.error(`token issuance failed: ${error?.name ?? 'Error'} ${error?.statusCode ?? ''}`);
    return send(res, 502, { error: 'token issuance failed' }, origin);
  }
});

// Slow-loris bodies and headers are cut off.
server.requestTimeout = 10_000;
server.headersTimeout = 5_000;
server.listen(PORT, () => console.log(`token backend on :${server.address().port} for ${[...ALLOWED_ORIGINS].join(', ')}`));
