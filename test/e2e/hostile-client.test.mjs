// Hostile clients against the emulator server (issue 10 req 7): malformed, wrong-typed, huge and flooding
// WebSocket, HTTP and UDP input. The server runs in this process, so an exception it does not catch fails the
// test (uncaughtException is recorded); after every group the server must still answer normally.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import WebSocket from 'ws';
import { startServer } from '../../demo/server/server.mjs';
import { apiClient } from './support/emulator.mjs';

/** @type {Awaited<ReturnType<typeof startServer>>} */
let server;
/** @type {ReturnType<typeof apiClient>} */
let api;
/** @type {unknown[]} */
const escaped = [];
const onEscape = (/** @type {unknown} */ e) => escaped.push(e);

before(async () => {
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
  server = await startServer({ port: 0, quiet: true, seed: false, tokenLifetimeSeconds: 600, turn: true });
  api = apiClient(server.url);
});
after(async () => {
  await server?.close();
  process.off('uncaughtException', onEscape);
  process.off('unhandledRejection', onEscape);
});

async function alive() {
  assert.deepEqual(escaped, [], 'no exception escaped the server');
  const meetings = await api.meetings();
  assert.ok(Array.isArray(meetings), 'the server still answers');
}

async function token(displayName = 'Ann') {
  const r = await fetch(`${server.url}/api/token`, { method: 'POST', body: JSON.stringify({ displayName }) });
  assert.equal(r.status, 200);
  return (await r.json()).token;
}

/** Opens a socket, sends `frames`, collects what comes back until close or `ms`. */
function talk(/** @type {Array<string | Buffer>} */ frames, ms = 400) {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/emulator/ws`);
    /** @type {any[]} */
    const inbox = [];
    let code = 0;
    ws.on('open', () => {
      for (const f of frames) ws.send(f);
    });
    ws.on('message', (d) => {
      try {
        inbox.push(JSON.parse(String(d)));
      } catch {
        inbox.push(String(d));
      }
    });
    ws.on('error', () => undefined);
    const done = () => resolve({ inbox, code });
    ws.on('close', (c) => {
      code = c;
      done();
    });
    setTimeout(() => {
      ws.terminate();
      done();
    }, ms);
  });
}

test('WebSocket: malformed and wrong-typed frames get an error frame, never a crash', async () => {
  const meeting = await api.createMeeting({ title: 'hostile' });
  const tok = await token();
  const hostile = { toString: 1, valueOf: 1 };
  const frames = [
    'not json',
    '5',
    'null',
    '[]',
    '"hello"',
    JSON.stringify({ type: 5 }),
    JSON.stringify({ type: { toString: 1 } }),
    JSON.stringify({ type: 'hello', token: hostile, threadId: meeting.threadId }),
  ];
  const r = /** @type {any} */ (await talk(frames));
  assert.ok(r.inbox.some((m) => m.type === 'invalid'), 'told that frames were invalid');
  await alive();

  // The reported crash: a hello whose displayName is {"toString":1}.
  const seat = /** @type {any} */ (
    await talk([JSON.stringify({ type: 'hello', token: tok, threadId: meeting.threadId, displayName: hostile, media: 'x', resume: 'y' })])
  );
  const welcome = seat.inbox.find((m) => m.type === 'welcome');
  assert.ok(welcome, 'joined anyway, with a default name');
  assert.equal((await api.meeting(meeting.id)).participants.find((p) => p.id === welcome.participantId)?.displayName ?? 'Guest', 'Guest');
  await alive();

  // Wrong types everywhere after hello.
  const tok2 = await token('Bob');
  const after = [
    JSON.stringify({ type: 'hello', token: tok2, threadId: meeting.threadId, displayName: 'x'.repeat(100_000), media: {} }),
    JSON.stringify({ type: 'media', media: 'mic' }),
    JSON.stringify({ type: 'media', media: { mic: { toString: 1 } } }),
    JSON.stringify({ type: 'signal', to: { toString: 1 }, data: { sdp: { type: 'offer', sdp: { a: 1 } } } }),
    JSON.stringify({ type: 'signal', to: welcome.participantId, data: 'x'.repeat(200_000) }),
    JSON.stringify({ type: 'signal', to: welcome.participantId, data: { candidate: { candidate: 5, sdpMLineIndex: 'a' } } }),
    JSON.stringify({ type: 'grant-consent', extra: hostile }),
    JSON.stringify({ type: 'unknown-type' }),
  ];
  const r2 = /** @type {any} */ (await talk(after));
  assert.ok(r2.inbox.some((m) => m.type === 'welcome'), 'a 100 000-character name is cut, not refused');
  const names = (await api.meeting(meeting.id)).participants.map((p) => p.displayName);
  assert.ok(names.every((n) => typeof n === 'string' && n.length <= 256), `names are strings ≤ 256: ${names.map((n) => n.length)}`);
  assert.ok(r2.inbox.some((m) => m.type === 'invalid'), 'bad signals are answered, not relayed');
  await alive();
});

test('WebSocket: console frames with hostile values (add-synthetic {"toString":1}) are answered, not fatal', async () => {
  const meeting = await api.createMeeting({ title: 'console hostile' });
  const hostile = { toString: 1 };
  const r = /** @type {any} */ (
    await talk([
      JSON.stringify({ type: 'console-hello', meetingId: meeting.id }),
      JSON.stringify({ type: 'add-synthetic', displayName: hostile, media: 'x', requestId: { big: 'x'.repeat(1000) } }),
      JSON.stringify({ type: 'synthetic-media', participantId: hostile, media: hostile }),
      JSON.stringify({ type: 'remove-synthetic', participantId: ['a'] }),
      JSON.stringify({ type: 'signal', from: hostile, to: hostile, data: hostile }),
    ])
  );
  const added = r.inbox.find((m) => m.type === 'synthetic-added');
  assert.ok(added, 'the synthetic participant was added');
  assert.equal(added.participant.displayName, 'Synthetic 1', 'a non-string name falls back to the default');
  assert.equal(added.requestId, undefined, 'a hostile request id is not echoed');
  await alive();

  const bad = /** @type {any} */ (await talk([JSON.stringify({ type: 'console-hello', meetingId: hostile })]));
  assert.ok(bad.inbox.some((m) => m.type === 'error'), 'unknown meeting');
  await alive();
});

test('WebSocket: huge frames, binary frames and floods close that socket only', async () => {
  const big = /** @type {any} */ (await talk([Buffer.alloc(300 * 1024, 0x61)]));
  assert.equal(big.code, 1009, 'a frame over 256 KB closes the socket with 1009');
  await talk([Buffer.from([0, 1, 2, 255])]);
  await alive();
  const meeting = await api.createMeeting({ title: 'flood' });
  const flood = /** @type {any} */ (
    await talk([JSON.stringify({ type: 'console-hello', meetingId: meeting.id }), ...Array.from({ length: 1000 }, () => JSON.stringify({ type: 'noise' }))], 1500)
  );
  assert.equal(flood.code, 1008, 'more than 200 frames in a second close the socket (policy)');
  await alive();
  // Many sockets that never say hello.
  await Promise.all(Array.from({ length: 30 }, () => talk([], 200)));
  await alive();
});

test('HTTP: static serving refuses every path outside the served folders', async () => {
  const attempts = [
    '/demo/..%2fpackage.json',
    '/cdn/..%2fpackage.json',
    '/demo/..%2f.git%2fconfig',
    '/demo/%2e%2e/package.json',
    '/demo/%2e%2e%2fpackage.json',
    '/demo/%252e%252e%252fpackage.json',
    '/demo/..%5cpackage.json',
    '/demo/%5c..%5cpackage.json',
    '/demo/server/server.mjs',
    '/demo/server%2fserver.mjs',
    '/demo/.%2fserver/server.mjs',
    '/demo/%00../package.json',
    '/demo/%E0%A4%A',
    '/cdn/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ];
  for (const path of attempts) {
    const r = await rawGet(path);
    assert.ok([400, 403, 404].includes(r.status), `${path} → ${r.status}`);
    assert.ok(!r.body.includes('"name": "teams-meeting-join"') && !r.body.includes('[core]') && !r.body.includes('createServer'), `${path} leaked a file`);
  }
  const ok = await fetch(`${server.url}/`);
  assert.equal(ok.status, 200, 'the demo page is still served');
  await alive();
});

test('HTTP: wrong-typed, malformed and huge bodies get 400, never a crash', async () => {
  const meeting = await api.createMeeting({ title: 'chat hostile' });
  const tok = await token('Chatty');
  const joined = /** @type {any} */ (await talkKeep(tok, meeting.threadId));
  const post = (/** @type {unknown} */ body, raw = false) =>
    fetch(`${server.url}/chat/threads/${encodeURIComponent(meeting.threadId)}/messages?api-version=2025-03-15`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tok}` },
      body: raw ? /** @type {string} */ (body) : JSON.stringify(body),
    });
  for (const body of [
    { content: { toString: 1 } },
    { content: 'x', metadata: [] },
    { content: 'x', metadata: { a: { b: 1 } } },
    { content: 'x', metadata: 'str' },
    { content: 'x', senderDisplayName: { toString: 1 } },
    { content: 'x', type: { toString: 1 } },
    null,
    [],
  ]) {
    const r = await post(body);
    assert.equal(r.status, 400, `${JSON.stringify(body)} → ${r.status}`);
  }
  assert.equal((await post('{"content": ', true)).status, 400, 'malformed JSON');
  const huge = await post('x'.repeat(2_000_000), true).catch(() => ({ status: 413 }));
  assert.ok([400, 413].includes(huge.status), 'an oversized body is refused');
  const kept = await post({ content: 'kept', metadata: { tmjClientId: 'abc-123' } });
  assert.equal(kept.status, 201, 'a good message with metadata is stored');
  const list = await (await fetch(`${server.url}/chat/threads/${encodeURIComponent(meeting.threadId)}/messages?api-version=2025-03-15`, { headers: { authorization: `Bearer ${tok}` } })).json();
  assert.deepEqual(list.value.find((m) => m.content?.message === 'kept')?.metadata, { tmjClientId: 'abc-123' }, 'metadata kept like the service');

  for (const body of [{ displayName: { toString: 1 } }, null, 5, 'x', []]) {
    const r = await fetch(`${server.url}/api/token`, { method: 'POST', body: JSON.stringify(body) });
    assert.ok(r.status === 200 || r.status === 400, `token ${JSON.stringify(body)} → ${r.status}`);
  }
  for (const body of ['null', '{"title": {"toString": 1}}', '[1,2]', '"x"']) {
    const r = await fetch(`${server.url}/emulator/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.ok(r.status < 500, `console ${body} → ${r.status}`);
  }
  joined.ws.terminate();
  await alive();
});

test('UDP: junk datagrams to the TURN relay leave it and the server running', async () => {
  assert.ok(server.turnPort, 'the relay runs');
  const socket = createSocket('udp4');
  const junk = [Buffer.alloc(0), Buffer.from('hello'), Buffer.alloc(1200, 0xff), Buffer.from([0x00, 0x01, 0x00, 0x50, 0x21, 0x12, 0xa4, 0x42]), Buffer.alloc(20, 0)];
  for (let i = 0; i < 200; i++) {
    const b = junk[i % junk.length];
    await new Promise((r) => socket.send(b, server.turnPort, '127.0.0.1', r));
  }
  socket.close();
  await new Promise((r) => setTimeout(r, 200));
  await alive();
});

/** GET without URL normalisation (fetch would resolve `..` itself). */
function rawGet(/** @type {string} */ path) {
  const { port } = new URL(server.url);
  return new Promise((resolve) => {
    const s = connect(Number(port), '127.0.0.1', () => s.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    let data = '';
    s.on('data', (d) => (data += d));
    s.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0), body: data }));
    s.on('error', () => resolve({ status: 0, body: '' }));
  });
}

/** A seat in the call (chat needs one), kept open. */
function talkKeep(/** @type {string} */ tok, /** @type {string} */ threadId) {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/emulator/ws`);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', token: tok, threadId, displayName: 'Chatty', media: {} })));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      if (m.type === 'welcome') resolve({ ws, welcome: m });
    });
  });
}
