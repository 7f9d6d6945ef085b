// The emulator's Microsoft 365 side, so the whole sign-in → join → Graph chat chain runs on this machine:
//
//  1. An Entra ID-shaped authority MSAL.js accepts, on the emulator's own http origin (the widget hands MSAL an
//     https placeholder authority plus OpenID metadata pointing here: src/session/m365/authority.ts), or on the TLS
//     listener with TMJ_TLS=1. `/{tenant}/v2.0/.well-known/openid-configuration`, `/{tenant}/oauth2/v2.0/authorize` (a page
//     that lists the test accounts) and `/{tenant}/oauth2/v2.0/token` (authorization code with PKCE S256, refresh
//     tokens). Microsoft Learn, "Microsoft identity platform and OAuth 2.0 authorization code flow"
//     (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-auth-code-flow): `code_challenge` /
//     `code_verifier` (S256), the token response's `access_token`, `id_token`, `refresh_token`, `expires_in`,
//     `scope`, `client_info`; errors as `error` + `error_description` with an AADSTS code (AADSTS65004: the user
//     declined consent; AADSTS50020: an account of another tenant signing in to this tenant's authority —
//     "Microsoft Entra authentication and authorization error codes"). Authorization endpoint errors come back to
//     the redirect URI as `error` + `error_description` ("AADSTSnnnnn: text" then Trace ID, Correlation ID and
//     Timestamp lines) + `state` ("Authorization Endpoint Errors", learn.microsoft.com previous-versions dn645544).
//  2. The Teams token exchange `POST /api/teams-token` {aadToken, userObjectId} → an emulator ACS token of that
//     Teams user (`8:orgid:<oid>`), with the example backend's checks (demo/token-server-example/exchange.mjs).
//  3. Microsoft Graph: `/graph/v1.0/chats/{threadId}/messages` (GET with $top ≤ 50, $orderby/$filter on
//     lastModifiedDateTime and @odata.nextLink; POST 201; GET one message; 429 + Retry-After as a fault), only for
//     people in the call; `/graph/v1.0/subscriptions` (POST validates the notificationUrl with a validationToken
//     first, at most 60 minutes; PATCH renews; DELETE) and the change notifications POSTed to the subscriber with
//     its clientState. See src/session/graph/graph-chat.ts and demo/token-server-example/relay.mjs for the docs.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { checkExchangeRequest } from '../token-server-example/exchange.mjs';
import { send, sendError, readJson } from './http-util.mjs';

const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
export const ACS_AUDIENCE = 'https://auth.msft.communication.azure.com';
export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
const SUBSCRIPTION_MAX_MS = 60 * 60_000;

/** Test accounts of the emulator's authority. `tenant: 'meeting'` = the meetings' own tenant. */
export function testAccounts(meetingTenant) {
  return [
    { username: 'ada@contoso.test', name: 'Ada Lovelace', oid: oidOf('ada'), tid: meetingTenant },
    { username: 'grace@contoso.test', name: 'Grace Hopper', oid: oidOf('grace'), tid: meetingTenant },
    { username: 'lin@fabrikam.test', name: 'Lin Fabrikam', oid: oidOf('lin'), tid: '0f0f0f0f-1111-4222-8333-444455556666' },
    // Declines the consent prompt: the authority answers access_denied / AADSTS65004.
    { username: 'declines@contoso.test', name: 'Dee Clines', oid: oidOf('declines'), tid: meetingTenant, declines: true },
  ];
}
function oidOf(name) {
  const h = createHash('sha256').update(`tmj-m365-${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * @param {{ store: import('./meetings.mjs').MeetingStore, minter: import('./tokens.mjs').TokenMinter,
 *   authorityOrigin: () => string, log: (m: string) => void, meetingTenant: string }} deps
 */
export function createM365({ store, minter, authorityOrigin, log, meetingTenant }) {
  const secret = randomBytes(32);
  const accounts = testAccounts(meetingTenant);
  /** code → {account, clientId, redirectUri, challenge, scopes, nonce, expires} */
  const codes = new Map();
  /** refresh token → {account, clientId} */
  const refreshTokens = new Map();
  /** id → {id, threadId, clientState, notificationUrl, changeType, expires, ownerOid} */
  const subscriptions = new Map();
  const seen = new Map();
  let throttle = { remaining: 0, retryAfterSeconds: 1 };

  const sign = (claims) => {
    const body = `${b64({ alg: 'HS256', typ: 'JWT', kid: 'tmj-entra' })}.${b64(claims)}`;
    return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  };
  /** Claims of a token this authority signed, or null. */
  const verify = (token) => {
    const [h, c, s] = String(token ?? '').split('.');
    if (!h || !c || !s) return null;
    const expected = createHmac('sha256', secret).update(`${h}.${c}`).digest();
    const given = Buffer.from(s, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
      return claims.exp > Date.now() / 1000 ? claims : null;
    } catch {
      return null;
    }
  };
  const issuer = (tid) => `${authorityOrigin()}/${tid}/v2.0`;

  function tokens(account, clientId, scopes, nonce) {
    const now = Math.floor(Date.now() / 1000);
    const graph = scopes.some((s) => s.startsWith(GRAPH_AUDIENCE));
    const aud = graph ? GRAPH_AUDIENCE : ACS_AUDIENCE;
    const scp = scopes.filter((s) => s.startsWith(aud)).map((s) => s.slice(aud.length + 1)).join(' ');
    const common = { iss: issuer(account.tid), tid: account.tid, oid: account.oid, name: account.name, preferred_username: account.username, iat: now, nbf: now };
    const access = sign({ ...common, aud, scp, appid: clientId, azp: clientId, exp: now + 3600 });
    const id = sign({ ...common, aud: clientId, sub: account.oid, ver: '2.0', exp: now + 3600, ...(nonce ? { nonce } : {}) });
    const refresh = randomBytes(24).toString('base64url');
    refreshTokens.set(refresh, { account, clientId });
    return {
      token_type: 'Bearer',
      scope: [...scopes.filter((s) => s.startsWith(aud)), 'openid', 'profile', 'offline_access'].join(' '),
      expires_in: 3600,
      ext_expires_in: 3600,
      access_token: access,
      refresh_token: refresh,
      id_token: id,
      client_info: b64({ uid: account.oid, utid: account.tid }),
    };
  }

  /** CORS for MSAL's fetches (it sends x-client-* headers): echo what the preflight asks for. */
  const cors = (req) => ({
    'access-control-allow-origin': String(req.headers.origin ?? '*'),
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? 'content-type'),
    'access-control-max-age': '600',
  });

  async function readForm(req) {
    const chunks = [];
    let size = 0;
    for await (const c of req) {
      size += c.length;
      if (size > 64 * 1024) throw new Error('too large');
      chunks.push(c);
    }
    return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
  }

  function oauthError(req, res, status, error, description) {
    res.writeHead(status, { 'content-type': 'application/json', ...cors(req) });
    res.end(JSON.stringify({ error, error_description: description, error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1] ?? 0)] }));
  }

  /** The authority (on the http origin, and on the TLS listener when there is one). Returns true when it answered. */
  async function authority(req, res, url) {
    const m = /^\/([\w.-]+)\/(v2\.0\/\.well-known\/openid-configuration|oauth2\/v2\.0\/(authorize|token|logout)|discovery\/v2\.0\/keys)$/.exec(url.pathname);
    if (!m) return false;
    const tid = m[1];
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors(req));
      res.end();
      return true;
    }
    // The origin the request came to (http or the TLS listener): MSAL is sent to the endpoints it was given.
    const base = `${req.socket.encrypted ? 'https' : 'http'}://${req.headers.host}/${tid}`;
    if (m[2].endsWith('openid-configuration')) {
      res.writeHead(200, { 'content-type': 'application/json', ...cors(req) });
      res.end(JSON.stringify({
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_types_supported: ['code'],
        response_modes_supported: ['query', 'fragment', 'form_post'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        code_challenge_methods_supported: ['S256'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['HS256'],
        token_endpoint_auth_methods_supported: ['none'],
        tenant_region_scope: 'NA',
        cloud_instance_name: 'localhost',
      }));
      return true;
    }
    if (m[2].startsWith('discovery')) {
      res.writeHead(200, { 'content-type': 'application/json', ...cors(req) });
      res.end('{"keys":[]}');
      return true;
    }
    if (m[3] === 'logout') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Signed out</title><p>Signed out.</p>');
      return true;
    }
    if (m[3] === 'authorize') return authorizePage(req, res, url, tid), true;
    // Token endpoint.
    const form = await readForm(req).catch(() => new URLSearchParams());
    const clientId = form.get('client_id') ?? '';
    const scopes = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
    if (form.get('grant_type') === 'authorization_code') {
      const code = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (!code || code.expires < Date.now() || code.clientId !== clientId || code.redirectUri !== form.get('redirect_uri')) {
        oauthError(req, res, 400, 'invalid_grant', 'AADSTS70008: The provided authorization code is invalid or has expired.');
        return true;
      }
      const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
      if (challenge !== code.challenge) {
        oauthError(req, res, 400, 'invalid_grant', 'AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.');
        return true;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors(req) });
      res.end(JSON.stringify(tokens(code.account, clientId, scopes.length ? scopes : code.scopes, code.nonce)));
      return true;
    }
    if (form.get('grant_type') === 'refresh_token') {
      const known = refreshTokens.get(form.get('refresh_token') ?? '');
      if (!known || known.clientId !== clientId) {
        oauthError(req, res, 400, 'invalid_grant', 'AADSTS700082: The refresh token has expired or is invalid.');
        return true;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...cors(req) });
      res.end(JSON.stringify(tokens(known.account, clientId, scopes, undefined)));
      return true;
    }
    oauthError(req, res, 400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
    return true;
  }

  /** Tenant-independent authorities (multi-tenant apps): any work or school account may sign in. */
  const ANY_TENANT = new Set(['common', 'organizations']);

  function authorizePage(req, res, url, tid) {
    const q = url.searchParams;
    const redirectUri = q.get('redirect_uri') ?? '';
    const state = q.get('state') ?? '';
    const mode = q.get('response_mode') === 'query' ? '?' : '#';
    let redirect;
    try {
      redirect = new URL(redirectUri);
    } catch {
      sendError(res, 400, 'invalid_request', 'AADSTS90102: redirect_uri value must be a valid absolute URI.');
      return;
    }
    // Loopback redirect URIs only (the registered SPA redirect of the demo and the tests).
    if (!/^(localhost|127\.0\.0\.1|\[::1\])$/.test(redirect.hostname)) {
      sendError(res, 400, 'invalid_request', 'AADSTS50011: The redirect URI does not match the redirect URIs configured for the application.');
      return;
    }
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
      sendError(res, 400, 'invalid_request', 'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.');
      return;
    }
    const chosen = q.get('tmj_account');
    const account = accounts.find((a) => a.username === chosen);
    if (!account) {
      const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
      const buttons = accounts
        .map((a) => `<li><a data-account="${esc(a.username)}" href="?${esc(new URLSearchParams({ ...Object.fromEntries(q), tmj_account: a.username }))}">${esc(a.name)}<br><small>${esc(a.username)}</small></a></li>`)
        .join('');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>Sign in — emulator</title>
<style>body{font:16px system-ui;max-width:420px;margin:40px auto;padding:0 16px}ul{list-style:none;padding:0}a{display:block;padding:12px;margin:8px 0;border:1px solid #ccc;border-radius:6px;color:inherit;text-decoration:none}a:focus,a:hover{border-color:#5b5fc7}</style>
<h1>Pick a test account</h1><p>Emulated Microsoft sign-in (development only).</p><ul>${buttons}</ul></html>`);
      return;
    }
    const back = new URL(redirect);
    const params = new URLSearchParams({ state });
    const trace = () => `\r\nTrace ID: ${randomUUID()}\r\nCorrelation ID: ${/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i.test(q.get('client-request-id') ?? '') ? q.get('client-request-id') : randomUUID()}\r\nTimestamp: ${new Date().toISOString().replace('T', ' ').slice(0, 19)}Z`;
    if (!ANY_TENANT.has(tid.toLowerCase()) && account.tid !== tid) {
      // A single-tenant authority (the meeting organization's) and an account of another organization.
      params.set('error', 'access_denied');
      params.set('error_description', `AADSTS50020: User account '${account.username}' from identity provider '${issuer(account.tid)}' does not exist in tenant 'Contoso (emulator)' and cannot access the application '${(q.get('client_id') ?? '').replace(/[^\w.-]/g, '').slice(0, 128)}'(Teams meeting join emulator) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.${trace()}`);
    } else if (account.declines) {
      params.set('error', 'access_denied');
      params.set('error_description', `AADSTS65004: User declined to consent to access the app.${trace()}`);
    } else {
      const code = randomBytes(24).toString('base64url');
      codes.set(code, {
        account,
        clientId: q.get('client_id') ?? '',
        redirectUri,
        challenge: q.get('code_challenge'),
        scopes: (q.get('scope') ?? '').split(/\s+/).filter(Boolean),
        nonce: q.get('nonce') ?? undefined,
        expires: Date.now() + 5 * 60_000,
      });
      params.set('code', code);
      params.set('client_info', b64({ uid: account.oid, utid: account.tid }));
    }
    back.hash = '';
    const location = mode === '?' ? `${back.origin}${back.pathname}?${params}` : `${back.origin}${back.pathname}${back.search}#${params}`;
    res.writeHead(302, { location, 'cache-control': 'no-store' });
    res.end();
  }

  /** POST /api/teams-token on the emulator: an emulator ACS token of the signed-in Teams user. */
  async function exchange(req, res, { clientId, allowedTenants, refuse }) {
    let body;
    try {
      body = (await readJson(req)) ?? {};
    } catch {
      return send(res, 400, { error: 'body must be JSON' });
    }
    if (refuse) return send(res, 502, { error: 'token issuance failed' });
    const checked = checkExchangeRequest(body, { clientId, allowedTenants });
    if ('status' in checked) return send(res, checked.status, { error: checked.error });
    // ACS verifies the Entra token itself in getTokenForTeamsUser; the emulator checks its own signature and audience.
    const claims = verify(checked.aadToken);
    if (!claims || claims.aud !== ACS_AUDIENCE || !/Teams\.ManageCalls/.test(claims.scp ?? '')) {
      return send(res, 401, { error: 'the Entra token was not accepted' });
    }
    const skypeId = `orgid:${claims.oid}`;
    const { token, expiresOn } = minter.mint({ skypeId, rawId: `8:${skypeId}`, communicationUserId: `8:${skypeId}` }, {
      extra: { name: claims.name, tid: claims.tid },
    });
    return send(res, 200, { token, expiresOn: expiresOn.toISOString() });
  }

  /** The display name and tenant of a Teams user's emulator ACS token (signalling reads it). */
  function teamsUser(claims) {
    return typeof claims?.skypeid === 'string' && claims.skypeid.startsWith('orgid:')
      ? { name: String(claims.name ?? 'Teams user').slice(0, 256), tid: String(claims.tid ?? '') }
      : undefined;
  }

  /* Graph ------------------------------------------------------------------------------------------ */

  const touched = (m) => Math.max(m.createdOn.getTime(), m.editedOn?.getTime() ?? 0, m.deletedOn?.getTime() ?? 0);
  function graphMessage(m) {
    const sender = m.senderCommunicationIdentifier;
    const teamsId = sender?.microsoftTeamsUser?.userId;
    const html = m.type === 'html';
    return {
      id: m.id,
      etag: m.version,
      messageType: m.type === 'text' || m.type === 'html' ? 'message' : 'systemEventMessage',
      createdDateTime: m.createdOn.toISOString(),
      lastModifiedDateTime: new Date(touched(m)).toISOString(),
      lastEditedDateTime: m.editedOn?.toISOString() ?? null,
      deletedDateTime: m.deletedOn?.toISOString() ?? null,
      chatId: undefined,
      from: m.senderDisplayName !== undefined
        ? { user: { id: teamsId ?? sender?.rawId ?? '', displayName: m.senderDisplayName, userIdentityType: teamsId ? 'aadUser' : 'anonymousGuest' } }
        : null,
      body: { contentType: html ? 'html' : 'text', content: m.deletedOn ? '' : String(m.content?.message ?? '') },
    };
  }

  const graphError = (res, status, code, message, headers = {}) => send(res, status, { error: { code, message } }, headers);

  /** /graph/v1.0/… Returns true when it answered. */
  async function graph(req, res, url) {
    if (!url.pathname.startsWith('/graph/v1.0/')) return false;
    const auth = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const claims = verify(auth);
    if (!claims || claims.aud !== GRAPH_AUDIENCE) {
      graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
      return true;
    }
    if (throttle.remaining > 0) {
      throttle.remaining -= 1;
      graphError(res, 429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(throttle.retryAfterSeconds) });
      return true;
    }
    const path = url.pathname.slice('/graph/v1.0'.length);
    if (path === '/subscriptions' || path.startsWith('/subscriptions/')) return subscriptionsApi(req, res, path, claims), true;
    const m = /^\/chats\/([^/]+)\/messages(?:\/([^/]+))?$/.exec(path);
    if (!m) {
      graphError(res, 404, 'NotFound', 'Unknown resource.');
      return true;
    }
    let threadId;
    try {
      threadId = decodeURIComponent(m[1]);
    } catch {
      graphError(res, 400, 'BadRequest', 'Malformed chat id.');
      return true;
    }
    const meeting = store.find(threadId);
    const rawId = `8:orgid:${claims.oid}`;
    // Meeting chat for the signed-in user while they are in the call (like guest chat in the widget).
    if (!meeting || meeting.threadId !== threadId || !meeting.connectedByRawId(rawId)) {
      graphError(res, 403, 'Forbidden', 'The user is not a member of this chat.');
      return true;
    }
    if (req.method === 'GET' && m[2]) {
      const msg = meeting.messages.find((x) => x.id === decodeURIComponent(m[2]));
      if (!msg) return graphError(res, 404, 'NotFound', 'No such message.'), true;
      send(res, 200, graphMessage(msg));
      return true;
    }
    if (req.method === 'GET') {
      const top = Number(url.searchParams.get('$top') ?? 20);
      if (!Number.isInteger(top) || top < 1 || top > 50) {
        graphError(res, 400, 'BadRequest', 'Invalid page size specified: the maximum $top is 50.');
        return true;
      }
      let list = [...meeting.messages].sort((a, b) => touched(b) - touched(a));
      const filter = url.searchParams.get('$filter');
      // Documented: the filter applies only with $orderby on the same property.
      if (filter && url.searchParams.get('$orderby') === 'lastModifiedDateTime desc') {
        const gt = /^lastModifiedDateTime gt (\S+)$/.exec(filter)?.[1];
        const since = gt ? Date.parse(gt) : NaN;
        if (!Number.isFinite(since)) return graphError(res, 400, 'BadRequest', 'Unsupported filter.'), true;
        list = list.filter((x) => touched(x) > since);
      }
      const skip = Math.max(0, Number(url.searchParams.get('$skiptoken') ?? 0) || 0);
      const page = list.slice(skip, skip + top);
      const body = { '@odata.context': `${GRAPH_AUDIENCE}/v1.0/$metadata#chats('${threadId}')/messages`, value: page.map(graphMessage) };
      if (skip + top < list.length) {
        const next = new URL(url.href);
        next.searchParams.set('$skiptoken', String(skip + top));
        body['@odata.nextLink'] = next.href;
      }
      send(res, 200, body);
      return true;
    }
    if (req.method === 'POST' && !m[2]) {
      let body;
      try {
        body = (await readJson(req)) ?? {};
      } catch {
        return graphError(res, 400, 'BadRequest', 'Body must be JSON.'), true;
      }
      const content = typeof body?.body?.content === 'string' ? body.body.content : '';
      if (!content || content.length > 28000) return graphError(res, 400, 'BadRequest', 'body.content is required (at most 28 KB).'), true;
      const html = body.body.contentType === 'html';
      const participant = meeting.connectedByRawId(rawId);
      const msg = meeting.pushMessage({
        type: html ? 'html' : 'text',
        content: { message: content },
        senderDisplayName: participant?.displayName ?? claims.name,
        sender: { rawId, microsoftTeamsUser: { userId: claims.oid, isAnonymous: false, cloud: 'public' } },
      });
      send(res, 201, graphMessage(msg));
      return true;
    }
    graphError(res, 405, 'MethodNotAllowed', 'Method not allowed.');
    return true;
  }

  async function subscriptionsApi(req, res, path, claims) {
    const id = path.slice('/subscriptions/'.length);
    if (req.method === 'POST' && path === '/subscriptions') {
      let body;
      try {
        body = (await readJson(req)) ?? {};
      } catch {
        return graphError(res, 400, 'BadRequest', 'Body must be JSON.');
      }
      const resource = /^\/?chats\/([^/]+)\/messages$/.exec(String(body.resource ?? ''));
      const expires = Date.parse(String(body.expirationDateTime ?? ''));
      if (!resource) return graphError(res, 400, 'InvalidRequest', 'Only /chats/{id}/messages is supported here.');
      if (!Number.isFinite(expires) || expires - Date.now() > SUBSCRIPTION_MAX_MS + 60_000) {
        return graphError(res, 400, 'InvalidRequest', 'Subscription expiration can only be 60 minutes in the future for chat messages.');
      }
      const clientState = typeof body.clientState === 'string' ? body.clientState.slice(0, 128) : undefined;
      let notificationUrl;
      try {
        notificationUrl = new URL(String(body.notificationUrl));
      } catch {
        return graphError(res, 400, 'InvalidRequest', 'notificationUrl is required.');
      }
      // Real Graph needs https; the emulator calls loopback relays over http too.
      if (!/^(localhost|127\.0\.0\.1|\[::1\])$/.test(notificationUrl.hostname)) {
        return graphError(res, 400, 'InvalidRequest', 'The emulator only notifies loopback URLs.');
      }
      // Endpoint validation: POST ?validationToken=…, the answer must echo it as text/plain within 10 s.
      const token = `Validation: Testing client application reachability for subscription Request-Id: ${randomUUID()}`;
      const probe = new URL(notificationUrl);
      probe.searchParams.set('validationToken', token);
      const ok = await fetch(probe, { method: 'POST', headers: { 'content-type': 'text/plain' }, signal: AbortSignal.timeout(10_000) })
        .then(async (r) => r.status === 200 && /^text\/plain/.test(r.headers.get('content-type') ?? '') && (await r.text()) === token)
        .catch(() => false);
      if (!ok) return graphError(res, 400, 'ValidationError', 'Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request.');
      const subscription = {
        id: randomUUID(),
        resource: `/chats/${resource[1]}/messages`,
        threadId: decodeURIComponent(resource[1]),
        changeType: String(body.changeType ?? 'created'),
        notificationUrl: notificationUrl.href,
        clientState,
        expires,
        ownerOid: claims.oid,
      };
      subscriptions.set(subscription.id, subscription);
      log(`Graph subscription ${subscription.id} for a meeting chat`);
      return send(res, 201, publicSubscription(subscription));
    }
    const subscription = subscriptions.get(id);
    if (!subscription || subscription.ownerOid !== claims.oid) return graphError(res, 404, 'ResourceNotFound', 'The subscription does not exist.');
    if (req.method === 'PATCH') {
      const body = (await readJson(req).catch(() => ({}))) ?? {};
      const expires = Date.parse(String(body.expirationDateTime ?? ''));
      if (!Number.isFinite(expires) || expires - Date.now() > SUBSCRIPTION_MAX_MS + 60_000) return graphError(res, 400, 'InvalidRequest', 'Invalid expiration.');
      subscription.expires = expires;
      return send(res, 200, publicSubscription(subscription));
    }
    if (req.method === 'DELETE') {
      subscriptions.delete(id);
      log(`Graph subscription ${id} deleted`);
      return send(res, 204);
    }
    return graphError(res, 405, 'MethodNotAllowed', 'Method not allowed.');
  }

  const publicSubscription = (s) => ({
    id: s.id,
    resource: s.resource,
    changeType: s.changeType,
    notificationUrl: s.notificationUrl,
    expirationDateTime: new Date(s.expires).toISOString(),
    clientState: s.clientState ?? null,
  });

  // Change notifications: every new, edited or deleted message of a meeting goes to the subscriptions on its chat.
  store.on('change', (meeting, what) => {
    if (what !== 'chat') return;
    const last = seen.get(meeting) ?? new Map();
    seen.set(meeting, last);
    for (const msg of meeting.messages) {
      const t = touched(msg);
      const before = last.get(msg.id);
      if (before === t) continue;
      last.set(msg.id, t);
      const changeType = before === undefined ? 'created' : msg.deletedOn ? 'deleted' : 'updated';
      for (const s of subscriptions.values()) {
        if (s.threadId !== meeting.threadId || s.expires < Date.now() || !s.changeType.includes(changeType)) continue;
        const value = [{
          subscriptionId: s.id,
          clientState: s.clientState ?? null,
          changeType,
          resource: `chats('${meeting.threadId}')/messages('${msg.id}')`,
          subscriptionExpirationDateTime: new Date(s.expires).toISOString(),
          tenantId: meeting.tenantId,
          resourceData: { id: msg.id, '@odata.type': '#Microsoft.Graph.chatMessage', '@odata.id': `chats('${meeting.threadId}')/messages('${msg.id}')` },
        }];
        fetch(s.notificationUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ value }) }).catch(() => undefined);
      }
    }
  });

  return {
    accounts,
    authority,
    graph,
    exchange,
    teamsUser,
    verify,
    subscriptions,
    /** Fault: the next `count` Graph requests answer 429 with Retry-After. */
    throttleGraph(count, retryAfterSeconds = 1) {
      throttle = { remaining: count, retryAfterSeconds };
    },
  };
}
