// The emulator's server contract without a browser: tokens, the ACS Chat REST API (paths, api-version, exact
// statuses, JSON shapes, error bodies, CORS), Teams interop access rules, console API and fault controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startServer } from '../../demo/server/server.mjs';
import { apiClient } from './support/emulator.mjs';

const API = 'api-version=2025-03-15';
/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {ReturnType<typeof apiClient>} */
let api;
before(async () => {
  server = await startServer({ port: 0, quiet: true, seed: false, tokenLifetimeSeconds: 600 });
  api = apiClient(server.url);
});
after(async () => {
  await server?.close();
});

async function token(displayName = 'Ann', cookie = '') {
  const r = await fetch(`${server.url}/api/token`, { method: 'POST', body: JSON.stringify({ displayName }), headers: cookie ? { cookie } : {} });
  assert.equal(r.status, 200);
  return { ...(await r.json()), cookie: (r.headers.get('set-cookie') ?? '').split(';')[0] };
}

const claims = (/** @type {string} */ t) => JSON.parse(Buffer.from(t.split('.')[1], 'base64url').toString('utf8'));

/** Joins over the signalling socket like the session does (no media). Resolves with the welcome message. */
function joinWs(/** @type {string} */ tok, /** @type {string} */ threadId, displayName = 'Ann') {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/emulator/ws`);
    /** @type {any[]} */
    const inbox = [];
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: tok, threadId, displayName, media: {} })));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      inbox.push(m);
      if (m.type === 'welcome' || m.type === 'error' || m.type === 'end') resolve({ ws, first: m, inbox });
    });
    ws.on('error', reject);
  });
}

function chat(/** @type {string} */ method, /** @type {string} */ threadId, /** @type {string} */ path, /** @type {string | null} */ tok, /** @type {unknown} */ body) {
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (tok) headers.authorization = `Bearer ${tok}`;
  const sep = path.includes('?') ? '&' : '?';
  return fetch(`${server.url}/chat/threads/${encodeURIComponent(threadId)}${path}${sep}${API}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

test('the token endpoint mints ACS-shaped JWTs with the claims the SDKs read', async () => {
  const t = await token();
  const c = claims(t.token);
  const header = JSON.parse(Buffer.from(t.token.split('.')[0], 'base64url').toString('utf8'));
  assert.equal(header.alg, 'HS256');
  assert.match(c.skypeid, /^acs:[0-9a-f-]{36}_[0-9a-f-]{36}$/, 'skypeid is acs:<resource>_<uuid>');
  assert.equal(c.scp, 1792);
  assert.equal(c.acsScope, 'chat,voip');
  assert.equal(typeof c.resourceId, 'string');
  assert.equal(typeof c.resourceLocation, 'string');
  assert.equal(typeof c.csi, 'string');
  assert.ok(Math.abs(c.exp - (Date.now() / 1000 + 600)) < 5, 'exp follows the configured lifetime');
  assert.equal(new Date(t.expiresOn).getTime(), c.exp * 1000, 'expiresOn matches exp');
  assert.match(t.endpoint, /^https:\/\/localhost:\d+$/, 'endpoint is the https form of the emulator');
});

test('meetings have real Teams link shapes and policies', async () => {
  const m = await api.createMeeting({ title: 'shape', lobby: true });
  assert.match(m.threadId, /^19:meeting_[A-Za-z0-9]+@thread\.v2$/);
  assert.equal(
    m.link,
    `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(m.threadId).replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase())}/0?context=${encodeURIComponent(JSON.stringify({ Tid: m.organizer.tenantId, Oid: m.organizer.oid })).replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase())}`,
  );
  assert.deepEqual(m.policies, {
    lobby: true,
    channel: false,
    shareHistory: true,
    explicitConsent: false,
    maxRemoteVideos: 10,
    captions: true,
    captionTranslation: false,
    reactions: true,
  });
});

test('chat: only participants in the call can read or post, from joining until leaving', async () => {
  const m = await api.createMeeting({ title: 'rules', lobby: true });
  const t = await token('Ann');
  let r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 403, 'before joining: 403');
  assert.deepEqual(Object.keys((await r.json()).error).sort(), ['code', 'message']);

  const { ws, first } = await joinWs(t.token, m.threadId);
  assert.equal(first.state, 'lobby');
  r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 403, 'in the lobby: 403');

  await api.admit(m.id, first.participantId);
  r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 200, 'admitted: 200');

  r = await chat('POST', m.threadId, '/messages', t.token, { content: 'hello', senderDisplayName: 'Ann', type: 'text' });
  assert.equal(r.status, 201, 'send answers exactly 201');
  const { id } = await r.json();
  assert.match(id, /^\d+$/);

  r = await chat('GET', m.threadId, '/messages?maxPageSize=50', t.token);
  const list = await r.json();
  const mine = list.value.find((x) => x.id === id);
  assert.equal(mine.type, 'text');
  assert.equal(mine.content.message, 'hello');
  assert.equal(mine.senderDisplayName, 'Ann');
  assert.equal(mine.senderCommunicationIdentifier.rawId, `8:${claims(t.token).skypeid}`);
  assert.deepEqual(mine.senderCommunicationIdentifier.communicationUser, { id: `8:${claims(t.token).skypeid}` });
  for (const k of ['sequenceId', 'version', 'createdOn']) assert.equal(typeof mine[k], 'string', `${k} present`);

  r = await chat('POST', m.threadId, '/typing', t.token, { senderDisplayName: 'Ann' });
  assert.equal(r.status, 200, 'typing answers 200');
  assert.equal(await r.text(), '', 'typing has an empty body');
  r = await chat('POST', m.threadId, '/readReceipts', t.token, { chatMessageId: id });
  assert.equal(r.status, 200, 'read receipt answers 200');
  r = await chat('GET', m.threadId, '/readReceipts', t.token);
  assert.equal((await r.json()).value[0].chatMessageId, id);
  r = await chat('GET', m.threadId, '/participants', t.token);
  assert.equal(r.status, 200);
  assert.ok((await r.json()).value.some((p) => p.displayName === 'Ann'));
  r = await chat('GET', m.threadId, '', t.token);
  assert.equal(r.status, 200);
  assert.equal((await r.json()).id, m.threadId);
  r = await chat('PATCH', m.threadId, `/messages/${id}`, t.token, { content: 'hello!' });
  assert.equal(r.status, 204, 'edit answers 204');
  r = await chat('DELETE', m.threadId, `/messages/${id}`, t.token);
  assert.equal(r.status, 204, 'delete answers 204');

  ws.send(JSON.stringify({ type: 'leave' }));
  await new Promise((res) => ws.once('close', res));
  r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 403, 'after leaving: 403');
});

test('chat: 401 for missing or forged tokens, 400 without api-version, 404 for realtime config', async () => {
  const m = await api.createMeeting({ title: 'auth' });
  let r = await chat('GET', m.threadId, '/messages', null);
  assert.equal(r.status, 401);
  const t = await token();
  const forged = t.token.slice(0, -4) + (t.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
  r = await chat('GET', m.threadId, '/messages', forged);
  assert.equal(r.status, 401);
  r = await fetch(`${server.url}/chat/threads/${encodeURIComponent(m.threadId)}/messages`, { headers: { authorization: `Bearer ${t.token}` } });
  assert.equal(r.status, 400);
  r = await fetch(`${server.url}/chat/config/realTimeNotifications?api-version=2024-09-01`, { headers: { authorization: `Bearer ${t.token}` } });
  assert.equal(r.status, 404, 'no trouter: the client falls back to polling');
});

test('chat: channel meetings refuse guests with a specific error code', async () => {
  const m = await api.createMeeting({ title: 'channel', channel: true });
  const t = await token();
  const { ws, first } = await joinWs(t.token, m.threadId);
  assert.equal(first.state, 'connected');
  assert.equal(first.meeting.channel, true);
  const r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 403);
  assert.equal((await r.json()).error.code, 'ChatNotSupportedInChannelMeeting');
  ws.close();
});

test('chat: Teams messages carry a complete microsoftTeamsUser identifier; history follows the meeting rule', async () => {
  for (const shareHistory of [true, false]) {
    const m = await api.createMeeting({ title: 'history', shareHistory });
    await api.teamsChat(m.id, '<p>before you came</p>', 'Olivia Organizer');
    await new Promise((r) => setTimeout(r, 5));
    const t = await token(`Guest ${shareHistory}`);
    const { ws } = await joinWs(t.token, m.threadId);
    await api.teamsChat(m.id, '<p>after you came <at id="0">Guest</at></p>', 'Olivia Organizer');
    const list = (await (await chat('GET', m.threadId, '/messages', t.token)).json()).value.filter((x) => x.type === 'html');
    const contents = list.map((x) => x.content.message);
    assert.ok(contents.includes('<p>after you came <at id="0">Guest</at></p>'));
    assert.equal(contents.includes('<p>before you came</p>'), shareHistory, `history before joining visible: ${shareHistory}`);
    const teams = list[0].senderCommunicationIdentifier;
    assert.match(teams.rawId, /^8:orgid:[0-9a-f-]{36}$/);
    assert.deepEqual(Object.keys(teams.microsoftTeamsUser).sort(), ['cloud', 'isAnonymous', 'userId']);
    assert.equal(teams.microsoftTeamsUser.isAnonymous, false);
    assert.equal(teams.microsoftTeamsUser.cloud, 'public');
    ws.close();
  }
});

test('chat: pages newest first with a relative nextLink', async () => {
  const m = await api.createMeeting({ title: 'pages' });
  for (let i = 0; i < 5; i++) await api.teamsChat(m.id, `<p>m${i}</p>`);
  const t = await token('Pager');
  const { ws } = await joinWs(t.token, m.threadId);
  let r = await chat('GET', m.threadId, '/messages?maxPageSize=2', t.token);
  let body = await r.json();
  assert.equal(body.value.length, 2);
  assert.ok(Number(body.value[0].sequenceId) > Number(body.value[1].sequenceId), 'newest first');
  assert.match(body.nextLink, /^\/chat\/threads\//, 'relative nextLink (appended to the SDK endpoint)');
  const seen = [...body.value];
  while (body.nextLink) {
    r = await fetch(`${server.url}${body.nextLink}`, { headers: { authorization: `Bearer ${t.token}` } });
    body = await r.json();
    seen.push(...body.value);
  }
  assert.equal(seen.filter((x) => x.type === 'html').length, 5, 'every message reached through the pages');
  ws.close();
});

test('CORS preflight allows the headers the chat SDK sends', async () => {
  const r = await fetch(`${server.url}/chat/threads/x/messages?${API}`, {
    method: 'OPTIONS',
    headers: { origin: 'http://localhost:1', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-ms-client-request-id,x-ms-useragent' },
  });
  assert.ok(r.status === 204 || r.status === 200);
  const allowed = (r.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  for (const h of ['authorization', 'content-type', 'x-ms-client-request-id', 'x-ms-useragent']) assert.ok(allowed.includes(h), `${h} allowed`);
});

test('faults: chat 429/503/500 for the next N requests, token refusal, short-lived and revoked tokens', async () => {
  const m = await api.createMeeting({ title: 'faults' });
  const t = await token('Faulty');
  const { first, ws } = await joinWs(t.token, m.threadId);
  await api.call('POST', '/faults/chat', { mode: 429, count: 1 });
  let r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 429);
  assert.equal((await r.json()).error.code, 'TooManyRequests');
  r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 200, 'the fault applied to one request only');
  for (const status of [500, 503]) {
    await api.call('POST', '/faults/chat', { mode: status, count: 1 });
    assert.equal((await chat('GET', m.threadId, '/messages', t.token)).status, status);
  }
  await api.call('POST', '/faults/token', { mode: 'refuse', status: 503, count: 1 });
  r = await fetch(`${server.url}/api/token`, { method: 'POST', body: '{}' });
  assert.equal(r.status, 503);
  await api.call('POST', '/faults/token-lifetime', { seconds: 5, count: 1 });
  const short = await token('Faulty');
  assert.ok(claims(short.token).exp - Date.now() / 1000 <= 6, 'next token lives 5 s');
  await api.call('POST', `/meetings/${m.id}/participants/${first.participantId}/expire-token`);
  r = await chat('GET', m.threadId, '/messages', t.token);
  assert.equal(r.status, 401, 'a revoked token is refused with 401');
  const fresh = await token('Faulty', t.cookie);
  assert.equal(claims(fresh.token).skypeid, claims(t.token).skypeid, 'the same browser (cookie) and name keep their identity');
  assert.equal((await chat('GET', m.threadId, '/messages', fresh.token)).status, 200, 'a refreshed token works again');
  const other = await token('Someone else', t.cookie);
  assert.notEqual(claims(other.token).skypeid, claims(t.token).skypeid, 'another name gets another identity');
  await new Promise((res) => setTimeout(res, 5));
  ws.close();
});

test('the console API refuses cross-site origins and the server refuses foreign Host names', async () => {
  let r = await fetch(`${server.url}/emulator/api/meetings`, { method: 'POST', headers: { origin: 'https://evil.example' }, body: '{}' });
  assert.equal(r.status, 403);
  const { request } = await import('node:http');
  const status = await new Promise((res) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: '/', headers: { host: 'evil.example' } }, (resp) => {
      resp.resume();
      res(resp.statusCode);
    });
    req.end();
  });
  assert.equal(status, 403, 'DNS-rebinding guard');
});

test('faults: a hanging chat request is held open until the fault is cleared, then answered 503', async () => {
  const m = await api.createMeeting({ title: 'hang' });
  const t = await token('Hanger');
  const { ws } = await joinWs(t.token, m.threadId);
  await api.call('POST', '/faults/chat', { mode: 'hang', count: 1 });
  let settled = false;
  const pending = chat('GET', m.threadId, '/messages', t.token).then((r) => {
    settled = true;
    return r;
  });
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(settled, false, 'the request hangs');
  assert.equal((await api.call('GET', '/faults')).hangingRequests, 1);
  await api.call('DELETE', '/faults/chat');
  const r = await pending;
  assert.equal(r.status, 503, 'released with 503');
  ws.close();
});

test('with ACS_CONNECTION_STRING the demo page drops the emulator attribute and uses TEAMS_MEETING_LINK', async () => {
  // No request goes to Azure here: only the configuration the page gets is checked.
  const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d';
  const acs = await startServer({ port: 0, quiet: true, acsConnectionString: 'endpoint=https://example.communication.azure.com/;accesskey=AAAA', teamsMeetingLink: link });
  try {
    const config = await (await fetch(`${acs.url}/api/config`)).json();
    assert.equal(config.mode, 'acs');
    assert.equal(config.meetingLink, link);
    assert.equal(config.emulatorUrl, undefined, 'no emulator URL in ACS mode');
    const html = await (await fetch(`${acs.url}/`)).text();
    assert.match(html, /"mode":"acs"/, 'the page is told it runs against ACS');
    assert.doesNotMatch(html, /"meetings":\[\{/, 'no emulator meetings are offered in ACS mode');
  } finally {
    await acs.close();
  }
});

test('the Teams-identity exchange: the emulator plays it and refuses a malformed Entra token; in ACS mode it answers 501 until AAD_CLIENT_ID is set', async () => {
  // Emulator mode plays the exchange itself (issue 13 req 5); 'x.y.z' is no token its authority issued.
  const r = await fetch(`${server.url}/api/teams-token`, { method: 'POST', body: JSON.stringify({ aadToken: 'x.y.z' }) });
  assert.equal(r.status, 400);
  assert.ok((await r.json()).error, 'an error body');
  const acs = await startServer({ port: 0, quiet: true, acsConnectionString: 'endpoint=https://example.communication.azure.com/;accesskey=AAAA' });
  try {
    const n = await fetch(`${acs.url}/api/teams-token`, { method: 'POST', body: JSON.stringify({ aadToken: 'x.y.z' }) });
    assert.equal(n.status, 501);
    assert.equal((await n.json()).error.code, 'NotConfigured');
  } finally {
    await acs.close();
  }
});

test('signalling hands the loopback TURN relay to guests in the call only, per seat, and not at all with turn: false', async () => {
  assert.ok(server.turnPort, 'the relay runs by default');
  const m = await api.createMeeting({ title: 'relay', lobby: true });
  const ann = await joinWs((await token('Ann')).token, m.threadId, 'Ann');
  assert.equal(ann.first.state, 'lobby');
  assert.equal(ann.first.iceServers, undefined, 'the lobby gets no relay credentials');
  await api.admit(m.id, ann.first.participantId);
  const admitted = await waitForMessage(ann.inbox, 'admitted');
  assert.equal(admitted.iceTransportPolicy, 'relay', 'relay candidates only, so media stays on loopback');
  assert.equal(admitted.iceServers.length, 1);
  const [ice] = admitted.iceServers;
  assert.equal(ice.urls, `turn:127.0.0.1:${server.turnPort}?transport=udp`);
  assert.ok(ice.username && ice.credential, 'credentials for this seat');

  const open = await api.createMeeting({ title: 'relay open' });
  const bob = await joinWs((await token('Bob')).token, open.threadId, 'Bob');
  const cara = await joinWs((await token('Cara')).token, open.threadId, 'Cara');
  assert.equal(bob.first.state, 'connected');
  assert.equal(bob.first.iceServers?.[0]?.urls, ice.urls, 'a guest joining straight into the call gets the relay in the welcome');
  assert.notEqual(bob.first.iceServers[0].username, cara.first.iceServers[0].username, 'each seat has its own credentials');
  for (const c of [ann, bob, cara]) c.ws.close();

  const plain = await startServer({ port: 0, quiet: true, seed: false, turn: false });
  try {
    assert.equal(plain.turnPort, undefined, 'turn: false starts no relay');
    const mm = await apiClient(plain.url).createMeeting({ title: 'no relay' });
    const r = await fetch(`${plain.url}/api/token`, { method: 'POST', body: JSON.stringify({ displayName: 'Dan' }) });
    const ws = new WebSocket(`${plain.url.replace('http', 'ws')}/emulator/ws`);
    const welcome = await new Promise((resolve, reject) => {
      ws.on('open', async () => ws.send(JSON.stringify({ type: 'hello', token: (await r.json()).token, threadId: mm.threadId, displayName: 'Dan', media: {} })));
      ws.on('message', (d) => resolve(JSON.parse(String(d))));
      ws.on('error', reject);
    });
    ws.close();
    assert.equal(welcome.state, 'connected');
    assert.equal(welcome.iceServers, undefined, 'without the relay the welcome carries no ICE servers (peers use host candidates)');
  } finally {
    await plain.close();
  }
});

async function waitForMessage(/** @type {any[]} */ inbox, /** @type {string} */ type) {
  for (let i = 0; i < 50; i++) {
    const m = inbox.find((x) => x.type === type);
    if (m) return m;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no ${type} message; got ${inbox.map((x) => x.type).join(', ')}`);
}
