// The example backend's notification relay (demo/token-server-example/relay.mjs) against hostile input, with a
// Graph double that answers as Graph's subscription API documents (201 with the subscription on create):
// Graph's webhook echo only for a validation request, notifications without the live subscription's clientState
// dropped, malformed thread ids and missing tokens refused, unknown/ill-formed stream ids 404, oversized batches cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRelay, memoryStore } from '../../demo/token-server-example/relay.mjs';

function graphDouble() {
  const calls = [];
  const fetch = async (url, init) => {
    calls.push({ url: String(url), method: init.method, auth: init.headers.authorization, body: init.body && JSON.parse(init.body) });
    if (init.method === 'POST') return new Response(JSON.stringify({ id: 'sub-1', expirationDateTime: JSON.parse(init.body).expirationDateTime }), { status: 201 });
    return new Response('{}', { status: init.method === 'DELETE' ? 204 : 200 });
  };
  return { calls, fetch };
}

const req = (token) => ({ headers: token ? { authorization: `Bearer ${token}` } : {} });

test('relay: create needs a thread id and a bearer token; the subscription asks Graph for /chats/{id}/messages, ≤ 60 min, with a random clientState', async () => {
  const graph = graphDouble();
  const relay = createRelay({ graphBaseUrl: 'https://graph.test/v1.0', notificationUrl: 'https://relay.test/n', store: memoryStore(), fetch: graph.fetch });
  assert.equal((await relay.create(req(), { threadId: '19:meeting_x@thread.v2' })).status, 400, 'no token');
  for (const threadId of ['', 'x', '19:a/../../b', '19:<script>', 42, '19:' + 'a'.repeat(500)]) {
    assert.equal((await relay.create(req('graph-token-123'), { threadId })).status, 400, `thread ${String(threadId).slice(0, 20)}`);
  }
  assert.equal(graph.calls.length, 0, 'nothing reached Graph');
  const created = await relay.create(req('graph-token-123'), { threadId: '19:meeting_x@thread.v2' });
  assert.equal(created.status, 201);
  assert.match(created.body.id, /^[\w-]{16,64}$/);
  const body = graph.calls[0].body;
  assert.equal(body.resource, '/chats/19:meeting_x@thread.v2/messages');
  assert.ok(Date.parse(body.expirationDateTime) - Date.now() <= 60 * 60_000);
  assert.ok(body.clientState.length >= 24);
  assert.equal(graph.calls[0].auth, 'Bearer graph-token-123', 'delegated: the visitor own Graph token');
});

test('relay: the webhook echoes only validation tokens and forwards only notifications with the clientState', async () => {
  const graph = graphDouble();
  const store = memoryStore();
  const relay = createRelay({ graphBaseUrl: 'https://graph.test/v1.0', notificationUrl: 'https://relay.test/n', store, fetch: graph.fetch });
  const created = await relay.create(req('graph-token-123'), { threadId: '19:meeting_x@thread.v2' });
  const clientState = graph.calls[0].body.clientState;
  const seen = [];
  await store.subscribe(`stream:${created.body.id}`, (e) => seen.push(e));

  const v = await relay.notify(new URL('https://relay.test/n?validationToken=abc%20def'), {});
  assert.deepEqual(v, { status: 200, type: 'text/plain', body: 'abc def' });

  const note = (over) => ({ value: [{ subscriptionId: 'sub-1', clientState, changeType: 'created', resourceData: { id: 'm1' }, ...over }] });
  assert.equal((await relay.notify(new URL('https://relay.test/n'), note({ clientState: 'guess' }))).body.accepted, 0, 'wrong clientState');
  assert.equal((await relay.notify(new URL('https://relay.test/n'), note({ clientState: undefined }))).body.accepted, 0, 'no clientState');
  assert.equal((await relay.notify(new URL('https://relay.test/n'), note({ subscriptionId: 'other' }))).body.accepted, 0, 'unknown subscription');
  assert.equal((await relay.notify(new URL('https://relay.test/n'), { value: 'x' })).body.accepted, 0, 'not a list');
  assert.equal((await relay.notify(new URL('https://relay.test/n'), null)).body.accepted, 0, 'no body');
  assert.deepEqual(seen, []);
  const ok = await relay.notify(new URL('https://relay.test/n'), note({ changeType: 'bogus' }));
  assert.equal(ok.status, 202);
  assert.deepEqual(seen, [{ type: 'change', changeType: 'updated', messageId: 'm1' }], 'unknown change types become updated');
  const many = { value: Array.from({ length: 5000 }, () => note({}).value[0]) };
  assert.equal((await relay.notify(new URL('https://relay.test/n'), many)).body.accepted, 1000, 'a batch is cut at 1000');
});

test('relay: unknown or ill-formed stream ids are 404; delete removes the Graph subscription once', async () => {
  const graph = graphDouble();
  const relay = createRelay({ graphBaseUrl: 'https://graph.test/v1.0', notificationUrl: 'https://relay.test/n', store: memoryStore(), fetch: graph.fetch });
  for (const id of ['', '../x', 'short', 'a'.repeat(100), 'nope-nope-nope-nope-nope']) {
    assert.equal((await relay.remove(req('t-0123456789'), id)).status, 404);
    assert.equal((await relay.renew(req('t-0123456789'), id)).status, 404);
  }
  const created = await relay.create(req('graph-token-123'), { threadId: '19:meeting_x@thread.v2' });
  assert.equal((await relay.renew(req('graph-token-456'), created.body.id)).status, 200);
  assert.equal(graph.calls.at(-1).method, 'PATCH');
  assert.equal((await relay.remove(req('graph-token-456'), created.body.id)).status, 204);
  assert.equal((await relay.remove(req('graph-token-456'), created.body.id)).status, 404);
  assert.equal(graph.calls.filter((c) => c.method === 'DELETE').length, 1);
  assert.match(graph.calls.find((c) => c.method === 'DELETE').url, /\/subscriptions\/sub-1$/);
});
