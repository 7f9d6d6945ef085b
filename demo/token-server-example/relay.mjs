// EXAMPLE notification relay for Microsoft 365 meeting chat (`chat-events-url`), part of the example backend.
//
// Microsoft's Teams API terms forbid polling message lists in a loop; Graph delivers chat changes to a webhook
// instead, so a browser needs a backend in between (Microsoft's own embedded-chat sample does the same):
//
//   widget ──POST {threadId} + Bearer <Graph token>──▶ relay ──POST /subscriptions──▶ Graph
//   widget ◀──── Server-Sent Events (GET /{stream}) ── relay ◀── POST notificationUrl ── Graph
//
//  - POST   {base}            creates the subscription for the signed-in user (delegated, with the visitor's own
//                             Graph token: resource `/chats/{threadId}/messages`, created/updated/deleted, a random
//                             clientState, at most 60 minutes) and answers {id, expiresOn}; `id` names the stream.
//  - GET    {base}/{id}       the stream: `ready`, then `change` events {changeType, messageId}; the widget fetches
//                             the message with its own token. Closing it deletes the subscription.
//  - PATCH  {base}/{id}       renews (with a fresh token) before the 60 minutes run out.
//  - DELETE {base}/{id}       deletes the subscription and ends the stream (the widget leaves the call).
//  - POST   {notify}          Graph's webhook: `?validationToken=` is echoed as text/plain 200 (endpoint validation
//                             on create); notifications are accepted (202) only with the clientState of a live
//                             subscription, then published to the stream.
//
// Microsoft Learn: "Receive change notifications through webhooks"
// (https://learn.microsoft.com/en-us/graph/change-notifications-delivery-webhooks: validation within 10 s, 200,
// text/plain, the decoded token; notifications answered 202 quickly; clientState to check each one),
// "Get change notifications for chat messages" (https://learn.microsoft.com/en-us/graph/teams-changenotifications-chatmessage:
// `/chats/{id}/messages`, delegated Chat.Read/Chat.ReadWrite, expiration at most 60 minutes),
// "Create subscription" / "Update subscription" / "Delete subscription" (https://learn.microsoft.com/en-us/graph/api/subscription-post-subscriptions).
//
// Several backend instances: streams and subscriptions live in Redis and every event goes through Redis pub/sub,
// so a notification that reaches instance B gets to the visitor whose stream is held by instance A. Without
// REDIS_URL one process keeps them in memory (one instance only).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { EventEmitter } from 'node:events';

const SUBSCRIPTION_MINUTES = 59;
const ID = /^[A-Za-z0-9_-]{16,64}$/;
const THREAD = /^19:[A-Za-z0-9_.@=-]{1,200}$/;

/** In-memory store + bus (one process). Same interface as redisStore(). */
export function memoryStore() {
  const kv = new Map();
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  return {
    async set(key, value) {
      kv.set(key, JSON.stringify(value));
    },
    async get(key) {
      const v = kv.get(key);
      return v === undefined ? undefined : JSON.parse(v);
    },
    async del(key) {
      kv.delete(key);
    },
    async publish(channel, message) {
      bus.emit(channel, JSON.stringify(message));
    },
    async subscribe(channel, listener) {
      const l = (m) => listener(JSON.parse(m));
      bus.on(channel, l);
      return async () => bus.off(channel, l);
    },
    async close() {},
  };
}

/** Redis store + pub/sub (several instances). Uses the npm `redis` client. */
export async function redisStore(url) {
  const { createClient } = await import('redis');
  const client = createClient({ url });
  client.on('error', () => {});
  await client.connect();
  const sub = client.duplicate();
  sub.on('error', () => {});
  await sub.connect();
  const ttl = (SUBSCRIPTION_MINUTES + 5) * 60;
  return {
    async set(key, value) {
      await client.set(`tmj:${key}`, JSON.stringify(value), { EX: ttl });
    },
    async get(key) {
      const v = await client.get(`tmj:${key}`);
      return v == null ? undefined : JSON.parse(v);
    },
    async del(key) {
      await client.del(`tmj:${key}`);
    },
    async publish(channel, message) {
      await client.publish(`tmj:${channel}`, JSON.stringify(message));
    },
    async subscribe(channel, listener) {
      const l = (m) => listener(JSON.parse(m));
      await sub.subscribe(`tmj:${channel}`, l);
      return async () => sub.unsubscribe(`tmj:${channel}`, l);
    },
    async close() {
      await Promise.allSettled([sub.quit(), client.quit()]);
    },
  };
}

const sameSecret = (a, b) => {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * @param {{ graphBaseUrl: string, notificationUrl: string, store: ReturnType<typeof memoryStore>,
 *           fetch?: typeof fetch, log?: (line: string) => void }} options
 */
export function createRelay(options) {
  const graph = options.graphBaseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const { store } = options;
  const log = options.log ?? (() => {});
  /** Streams this instance holds open: id → close(). */
  const open = new Map();

  const expiry = () => new Date(Date.now() + SUBSCRIPTION_MINUTES * 60_000).toISOString();
  const bearer = (req) => /^Bearer\s+([\w.~+/=-]{10,8192})$/i.exec(String(req.headers.authorization ?? '').trim())?.[1];

  async function graphCall(method, path, token, body) {
    const response = await doFetch(`${graph}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    return { status: response.status, json };
  }

  async function removeStream(id, token) {
    const stream = await store.get(`stream:${id}`);
    if (!stream) return false;
    await store.del(`stream:${id}`);
    await store.del(`sub:${stream.subscriptionId}`);
    // With the visitor's last token (a DELETE needs no fresh one if it is still valid); never fatal.
    await graphCall('DELETE', `/subscriptions/${encodeURIComponent(stream.subscriptionId)}`, token ?? stream.token).catch(() => undefined);
    await store.publish(`stream:${id}`, { type: 'close' });
    log(`subscription ${stream.subscriptionId} deleted`);
    return true;
  }

  return {
    /** Streams held open by this instance (tests). */
    openStreams: () => open.size,

    /** POST {base}: {threadId} + Bearer Graph token → {id, expiresOn}. */
    async create(req, body) {
      const token = bearer(req);
      const threadId = typeof body?.threadId === 'string' ? body.threadId : '';
      if (!token || !THREAD.test(threadId)) return { status: 400, body: { error: 'threadId and a Graph bearer token required' } };
      const id = randomBytes(18).toString('base64url');
      const clientState = randomBytes(24).toString('base64url');
      const created = await graphCall('POST', '/subscriptions', token, {
        changeType: 'created,updated,deleted',
        notificationUrl: options.notificationUrl,
        resource: `/chats/${threadId}/messages`,
        expirationDateTime: expiry(),
        clientState,
      });
      if (created.status !== 201 || typeof created.json?.id !== 'string') {
        return { status: created.status === 403 ? 403 : 502, body: { error: 'subscription refused' } };
      }
      const subscriptionId = created.json.id;
      // The token is kept only to renew/delete this subscription; never logged.
      await store.set(`stream:${id}`, { subscriptionId, threadId, token });
      await store.set(`sub:${subscriptionId}`, { stream: id, clientState });
      log(`subscription ${subscriptionId} created for a chat`);
      return { status: 201, body: { id, expiresOn: created.json.expirationDateTime ?? expiry() } };
    },

    /** PATCH {base}/{id}: renew with a fresh token. */
    async renew(req, id) {
      const token = bearer(req);
      const stream = ID.test(id) ? await store.get(`stream:${id}`) : undefined;
      if (!token || !stream) return { status: 404, body: { error: 'no such stream' } };
      const renewed = await graphCall('PATCH', `/subscriptions/${encodeURIComponent(stream.subscriptionId)}`, token, { expirationDateTime: expiry() });
      if (renewed.status !== 200) return { status: 502, body: { error: 'renewal refused' } };
      await store.set(`stream:${id}`, { ...stream, token });
      const sub = await store.get(`sub:${stream.subscriptionId}`);
      if (sub) await store.set(`sub:${stream.subscriptionId}`, sub);
      return { status: 200, body: { id, expiresOn: renewed.json.expirationDateTime ?? expiry() } };
    },

    /** DELETE {base}/{id}. */
    async remove(req, id) {
      if (!ID.test(id)) return { status: 404, body: { error: 'no such stream' } };
      return (await removeStream(id, bearer(req))) ? { status: 204 } : { status: 404, body: { error: 'no such stream' } };
    },

    /** GET {base}/{id}: the Server-Sent Events stream (the id is the capability: 144 random bits). */
    async stream(req, res, id, headers = {}) {
      const stream = ID.test(id) ? await store.get(`stream:${id}`) : undefined;
      if (!stream) {
        res.writeHead(404, { 'content-type': 'application/json', ...headers });
        return res.end('{"error":"no such stream"}');
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        ...headers,
      });
      let closed = false;
      const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
      const unsubscribe = await store.subscribe(`stream:${id}`, (event) => {
        if (event.type === 'close') return close();
        res.write(`event: change\ndata: ${JSON.stringify({ changeType: event.changeType, messageId: event.messageId })}\n\n`);
      });
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepAlive);
        open.delete(id);
        void unsubscribe();
        res.end();
      };
      open.set(id, close);
      // The visitor went away (tab closed, left): the subscription goes too.
      req.on('close', () => {
        if (closed) return;
        close();
        void removeStream(id);
      });
      res.write(`retry: 3000\nevent: ready\ndata: {}\n\n`);
    },

    /** POST {notify}: Graph's webhook. Returns {status, body, type}. */
    async notify(url, body) {
      const validation = url.searchParams.get('validationToken');
      if (validation !== null) {
        // Endpoint validation: echo the decoded token as text/plain (searchParams already decoded it).
        return { status: 200, type: 'text/plain', body: validation.slice(0, 4096) };
      }
      const items = Array.isArray(body?.value) ? body.value.slice(0, 1000) : [];
      let accepted = 0;
      for (const n of items) {
        const subscriptionId = typeof n?.subscriptionId === 'string' ? n.subscriptionId : '';
        const sub = subscriptionId ? await store.get(`sub:${subscriptionId}`) : undefined;
        // Only notifications carrying the secret of a live subscription count; the rest are dropped silently.
        if (!sub || !sameSecret(n.clientState, sub.clientState)) continue;
        const messageId = typeof n.resourceData?.id === 'string' ? n.resourceData.id : /messages\('?([^')]+)'?\)/.exec(String(n.resource ?? ''))?.[1];
        const changeType = ['created', 'updated', 'deleted'].includes(n.changeType) ? n.changeType : 'updated';
        if (!messageId) continue;
        await store.publish(`stream:${sub.stream}`, { type: 'change', changeType, messageId });
        accepted += 1;
      }
      return { status: 202, body: { accepted } };
    },

    async close() {
      for (const close of [...open.values()]) close();
    },
  };
}
