/**
 * The Graph chat's relay timers (src/session/graph/graph-chat.ts, relayNotifications): the subscription the relay
 * holds for the visitor is renewed (`PATCH {eventsUrl}/{id}`) five minutes before it lapses — Graph's change
 * notification subscriptions for chat messages last at most 60 minutes ("Change notifications for messages in
 * Teams", learn.microsoft.com/graph/teams-changenotifications-chatmessage; "Update subscription": PATCH renews
 * `expirationDateTime`) — every time, from the expiry the relay last answered; a failed renewal reports the
 * real-time channel lost (the transport then polls); stopping clears the timer, deletes the subscription and
 * closes the stream. The stream is an EventSource double: a dropped Server-Sent Events connection fires `error`
 * and the browser reconnects by itself, a new `ready` event from the relay then says it is live again (HTML
 * "Server-sent events": the user agent re-establishes the connection after the reconnection time; MDN
 * EventSource `error` event). Time is a manual clock over setTimeout/Date.now, advanced explicitly.
 */
import { expect } from '@open-wc/testing';
import { createGraphChatSdk } from '../../../src/session/graph/index.js';
import type { TokenSource } from '../../../src/session/types.js';

const MIN = 60_000;
const realSetTimeout = window.setTimeout.bind(window);
const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => realSetTimeout(r, 0));
};

/** A manual clock: setTimeout/clearTimeout/Date.now replaced until `restore()`. */
function manualClock() {
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, now: Date.now };
  let now = real.now();
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  window.setTimeout = ((fn: () => void, ms = 0) => {
    timers.set(++seq, { at: now + Math.max(0, ms), fn });
    return seq;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => void (id !== undefined && timers.delete(id))) as typeof window.clearTimeout;
  Date.now = () => now;
  return {
    now: () => now,
    /** Runs every timer due within `ms`, in time order, letting promises settle after each. */
    async advance(ms: number) {
      const target = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await flush();
      }
      now = target;
      await flush();
    },
    pending: () => timers.size,
    restore() {
      window.setTimeout = real.setTimeout;
      window.clearTimeout = real.clearTimeout;
      Date.now = real.now;
    },
  };
}

class FakeEventSource {
  static last: FakeEventSource | undefined;
  readonly listeners = new Map<string, ((e: MessageEvent) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(name: string, handler: (e: MessageEvent) => void) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), handler]);
  }
  close() {
    this.closed = true;
  }
  emit(name: string, data = '') {
    for (const h of this.listeners.get(name) ?? []) h(new MessageEvent(name, { data }));
  }
}

const tokenSource: TokenSource = { getToken: async () => ({ token: 'graph-token', expiresOn: new Date(Date.now() + 60 * MIN) }) };

/** The relay double: POST creates the stream, PATCH renews (or fails when told), DELETE removes it. */
function relayDouble(clock: ReturnType<typeof manualClock>) {
  const requests: { method: string; path: string; at: number; auth: string | null }[] = [];
  let failRenewals = false;
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    requests.push({ method, path: url.pathname, at: clock.now(), auth: new Headers(init.headers).get('authorization') });
    const expiresOn = new Date(clock.now() + 60 * MIN).toISOString();
    if (method === 'POST') return Response.json({ id: 'stream-0001', expiresOn }, { status: 201 });
    if (method === 'PATCH') return failRenewals ? new Response('', { status: 502 }) : Response.json({ id: 'stream-0001', expiresOn });
    if (method === 'DELETE') return new Response(null, { status: 204 });
    return new Response('', { status: 404 });
  };
  return { requests, fetch: fetchImpl as typeof fetch, failRenewals: () => (failRenewals = true) };
}

async function started() {
  const clock = manualClock();
  const relay = relayDouble(clock);
  const sdk = createGraphChatSdk({
    threadId: '19:meeting_x@thread.v2',
    tokenSource,
    baseUrl: 'https://graph.test/v1.0',
    eventsUrl: 'https://relay.test/api/chat-events',
    fetch: relay.fetch,
    EventSource: FakeEventSource as unknown as typeof EventSource,
  });
  const events: string[] = [];
  for (const name of ['realTimeNotificationConnected', 'realTimeNotificationDisconnected'] as const) {
    sdk.notifications.on(name as never, (() => events.push(name)) as never);
  }
  await sdk.notifications.startRealtimeNotifications();
  const t0 = clock.now();
  const patches = () => relay.requests.filter((r) => r.method === 'PATCH').map((r) => (r.at - t0) / MIN);
  return { clock, relay, sdk, events, patches };
}

describe('Graph chat relay: subscription renewal and reconnection', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('renews five minutes before each expiry (55 min, then 55 min after each renewal), with the Graph token', async () => {
    const { clock, relay, patches } = await started();
    restore = clock.restore;
    expect(relay.requests.map((r) => r.method)).to.deep.equal(['POST']);
    await clock.advance(55 * MIN - 1_000);
    expect(patches(), 'nothing before 55 minutes').to.deep.equal([]);
    await clock.advance(1_000);
    expect(patches(), 'renewed at 55 minutes').to.deep.equal([55]);
    await clock.advance(55 * MIN);
    await clock.advance(55 * MIN);
    expect(patches(), 'each renewal schedules the next from the answered expiry').to.deep.equal([55, 110, 165]);
    const patch = relay.requests.find((r) => r.method === 'PATCH');
    expect(patch?.path).to.equal('/api/chat-events/stream-0001');
    expect(patch?.auth).to.equal('Bearer graph-token');
  });

  it('a failed renewal reports the real-time channel lost and schedules no further renewal', async () => {
    const { clock, relay, events, patches } = await started();
    restore = clock.restore;
    relay.failRenewals();
    await clock.advance(55 * MIN);
    expect(patches()).to.deep.equal([55]);
    expect(events).to.include('realTimeNotificationDisconnected');
    expect(clock.pending(), 'no timer left behind').to.equal(0);
    await clock.advance(120 * MIN);
    expect(patches()).to.deep.equal([55]);
  });

  it('the stream dropping reports disconnected, the relay\'s ready after the browser reconnects reports connected', async () => {
    const { clock, events } = await started();
    restore = clock.restore;
    const es = FakeEventSource.last!;
    expect(es.url).to.equal('https://relay.test/api/chat-events/stream-0001');
    es.emit('ready');
    es.emit('error');
    es.emit('ready');
    expect(events).to.deep.equal(['realTimeNotificationConnected', 'realTimeNotificationDisconnected', 'realTimeNotificationConnected']);
  });

  it('stopping clears the renewal timer, deletes the subscription and closes the stream', async () => {
    const { clock, relay, sdk, patches } = await started();
    restore = clock.restore;
    await clock.advance(30 * MIN);
    await sdk.notifications.stopRealtimeNotifications();
    expect(FakeEventSource.last!.closed, 'stream closed').to.equal(true);
    expect(relay.requests.map((r) => r.method)).to.deep.equal(['POST', 'DELETE']);
    expect(clock.pending(), 'no timer left behind').to.equal(0);
    await clock.advance(120 * MIN);
    expect(patches(), 'never renewed after leaving').to.deep.equal([]);
  });
});
