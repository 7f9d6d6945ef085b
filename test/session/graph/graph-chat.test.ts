/**
 * Microsoft 365 meeting chat over Microsoft Graph: the shared ChatController driven through the Graph adapter
 * against a Graph double (`graphDouble`, below). The double encodes what Microsoft Learn documents:
 *  - "List messages in a chat" (https://learn.microsoft.com/en-us/graph/api/chat-list-messages): `$top` ≤ 50,
 *    `$orderby` lastModifiedDateTime desc (default) with `$filter=lastModifiedDateTime gt …`, `@odata.nextLink`
 *    paging, system events as `messageType: systemEventMessage`;
 *  - "Send message in a chat" (https://learn.microsoft.com/en-us/graph/api/chat-post-messages): 201 + chatMessage;
 *  - "Microsoft Graph throttling guidance" (https://learn.microsoft.com/en-us/graph/throttling): 429 + Retry-After
 *    in seconds.
 */
import { expect } from '@open-wc/testing';
import { createGraphChatSdk, fromGraph, graphChatController } from '../../../src/session/graph/index.js';
import type { ChatState, TokenSource } from '../../../src/session/types.js';

const THREAD = '19:meeting_graph@thread.v2';
const BASE = 'https://graph.test/v1.0';
const ME = 'oid-visitor';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await sleep(5);
  }
}

interface Msg {
  id: string;
  messageType: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  from: { user: { id: string; displayName: string } } | null;
  body: { contentType: string; content: string };
}

function graphDouble() {
  const messages: Msg[] = [];
  const requests: { method: string; url: URL; auth: string | null; body?: unknown }[] = [];
  let throttle = 0;
  let seq = 0;
  const add = (from: string, name: string, content: string, type = 'html', messageType = 'message') => {
    const now = new Date(Date.now() + seq++).toISOString();
    const m: Msg = {
      id: `m${seq}`,
      messageType,
      createdDateTime: now,
      lastModifiedDateTime: now,
      from: messageType === 'message' ? { user: { id: from, displayName: name } } : null,
      body: { contentType: type, content },
    };
    messages.push(m);
    return m;
  };
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(String(input));
    const method = init.method ?? 'GET';
    const auth = new Headers(init.headers).get('authorization');
    requests.push({ method, url, auth, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (auth !== 'Bearer graph-token') return json(401, { error: { code: 'InvalidAuthenticationToken' } });
    if (throttle > 0) {
      throttle -= 1;
      return json(429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '1' });
    }
    const path = decodeURIComponent(url.pathname);
    const list = `/v1.0/chats/${THREAD}/messages`;
    if (method === 'POST' && path === list) {
      const body = (init.body ? JSON.parse(String(init.body)) : {}) as { body: { content: string; contentType: string } };
      return json(201, add(ME, 'Ada Visitor', body.body.content, body.body.contentType));
    }
    if (method === 'GET' && path.startsWith(`${list}/`)) {
      const m = messages.find((x) => x.id === path.slice(list.length + 1));
      return m ? json(200, m) : json(404, {});
    }
    if (method === 'GET' && path === list) {
      const top = Number(url.searchParams.get('$top') ?? 20);
      if (top > 50) return json(400, { error: { code: 'BadRequest', message: '$top max 50' } });
      const filter = url.searchParams.get('$filter');
      let list2 = [...messages].sort((a, b) => b.lastModifiedDateTime.localeCompare(a.lastModifiedDateTime));
      if (filter) {
        // Documented: the filter counts only with $orderby on the same property.
        if (url.searchParams.get('$orderby') !== 'lastModifiedDateTime desc') return json(400, {});
        const gt = /^lastModifiedDateTime gt (.+)$/.exec(filter)![1]!;
        list2 = list2.filter((m) => m.lastModifiedDateTime > gt);
      }
      const skip = Number(url.searchParams.get('skip') ?? 0);
      const page = list2.slice(skip, skip + top);
      const next = skip + top < list2.length ? new URL(url) : undefined;
      next?.searchParams.set('skip', String(skip + top));
      return json(200, { value: page, ...(next ? { '@odata.nextLink': next.href } : {}) });
    }
    return json(404, {});
  };
  return {
    messages,
    requests,
    add,
    throttleNext: (n: number) => (throttle = n),
    fetch: fetchImpl as typeof fetch,
  };
}

const tokenSource: TokenSource = { getToken: async () => ({ token: 'graph-token', expiresOn: new Date(Date.now() + 3600_000) }) };

function controller(graph: ReturnType<typeof graphDouble>, extra: { eventsUrl?: string; EventSource?: typeof EventSource } = {}) {
  const states: ChatState[] = [];
  const warnings: string[] = [];
  // The real controller factory, with the double's fetch handed to the adapter through GraphOptions' baseUrl.
  const sdk = createGraphChatSdk({ threadId: THREAD, tokenSource, baseUrl: BASE, fetch: graph.fetch, ...extra });
  const chat = graphChatController({
    graph: { tokenSource, baseUrl: BASE, ...extra },
    threadId: THREAD,
    selfId: `8:orgid:${ME}`,
    displayName: 'Ada Visitor',
    pollIntervalMs: 30,
    sdk,
    onChange: (s) => states.push(s),
    onMessage: () => undefined,
    onWarning: (c) => warnings.push(c),
  });
  return { chat, states, warnings, sdk };
}

describe('Graph meeting chat', () => {
  it('maps Graph chatMessages to the chat shape: html/text, Teams sender, system events skipped', () => {
    const m = fromGraph({
      id: '1',
      messageType: 'message',
      createdDateTime: '2026-01-01T00:00:00Z',
      from: { user: { id: 'oid-1', displayName: 'Grace' } },
      body: { contentType: 'html', content: '<p>hi</p>' },
    })!;
    expect(m).to.deep.include({ id: '1', type: 'html', senderDisplayName: 'Grace' });
    expect(m.sender).to.deep.equal({ kind: 'microsoftTeamsUser', microsoftTeamsUserId: 'oid-1' });
    expect(fromGraph({ id: '2', messageType: 'systemEventMessage', createdDateTime: '2026-01-01T00:00:00Z' })!.type).to.not.be.oneOf(['text', 'html']);
    expect(fromGraph({ id: '', createdDateTime: 'x' })).to.equal(undefined);
  });

  it('loads history through every page ($top ≤ 50), sends with POST, polls with the lastModifiedDateTime filter', async () => {
    const graph = graphDouble();
    for (let i = 0; i < 120; i++) graph.add('oid-teams', 'Grace Teams', `<p>old ${i}</p>`);
    graph.add('', '', 'Ada joined', 'text', 'systemEventMessage');
    const { chat } = controller(graph);
    await chat.start(new AbortController().signal);
    await until(() => chat.state.available, 'chat available');
    expect(chat.state.messages.length).to.equal(100);
    expect(graph.requests.every((r) => Number(r.url.searchParams.get('$top')) <= 50)).to.equal(true);
    expect(chat.state.messages.every((m) => m.senderDisplayName === 'Grace Teams')).to.equal(true);

    await chat.send('hello <b>Teams</b>');
    await until(() => chat.state.messages.some((m) => m.isOwn && m.status === 'sent'), 'sent');
    const post = graph.requests.find((r) => r.method === 'POST')!;
    expect(post.body).to.deep.equal({ body: { contentType: 'text', content: 'hello <b>Teams</b>' } });

    graph.add('oid-teams', 'Grace Teams', '<p>new one <img src=x onerror=alert(1)></p>');
    await until(() => chat.state.messages.some((m) => m.content.includes('new one')), 'poll picks up the new message');
    const poll = graph.requests.filter((r) => r.url.searchParams.has('$filter')).at(-1)!;
    expect(poll.url.searchParams.get('$orderby')).to.equal('lastModifiedDateTime desc');
    expect(poll.url.searchParams.get('$filter')).to.match(/^lastModifiedDateTime gt \d{4}-/);
    chat.stop();
  });

  it('honours 429 Retry-After (no request before it passes) and recovers', async () => {
    const graph = graphDouble();
    graph.add('oid-teams', 'Grace Teams', 'first');
    const { chat } = controller(graph);
    await chat.start(new AbortController().signal);
    await until(() => chat.state.available, 'available');
    graph.throttleNext(1);
    const before = graph.requests.length;
    await until(() => graph.requests.length > before, 'a poll that gets 429');
    const throttledAt = Date.now();
    const count = graph.requests.length;
    graph.add('oid-teams', 'Grace Teams', 'after the wait');
    await until(() => chat.state.messages.some((m) => m.content === 'after the wait'), 'recovered', 5000);
    expect(Date.now() - throttledAt, 'waited for Retry-After: 1 s').to.be.greaterThan(900);
    // Nothing was asked in between (the base interval is 30 ms here).
    expect(graph.requests.length - count).to.be.lessThan(4);
    chat.stop();
  });

  it('a failed send stays failed for retry/discard', async () => {
    const graph = graphDouble();
    const { chat } = controller(graph);
    await chat.start(new AbortController().signal);
    await until(() => chat.state.available, 'available');
    graph.throttleNext(50);
    await chat.send('will fail');
    await until(() => chat.state.messages.some((m) => m.status === 'failed'), 'failed', 20000);
    graph.throttleNext(0);
    const failed = chat.state.messages.find((m) => m.status === 'failed')!;
    await chat.retry(failed.id);
    await until(() => chat.state.messages.some((m) => m.isOwn && m.status === 'sent' && m.content === 'will fail'), 'retried');
    chat.stop();
  });

  it('does not follow a nextLink to another origin (the token stays with Graph)', async () => {
    const seen: string[] = [];
    const fetchImpl = (async (input: RequestInfo | URL) => {
      seen.push(String(input));
      return new Response(JSON.stringify({ value: [], '@odata.nextLink': 'https://evil.example/steal' }), { status: 200 });
    }) as typeof fetch;
    const sdk = createGraphChatSdk({ threadId: THREAD, tokenSource, baseUrl: BASE, fetch: fetchImpl });
    for await (const _ of sdk.thread.listMessages({})) void _;
    expect(seen.length).to.equal(1);
    expect(seen[0]).to.match(/^https:\/\/graph\.test\//);
  });

  it('without a relay: says chat updates slowly (chat-polling)', async () => {
    const graph = graphDouble();
    const { chat, warnings } = controller(graph);
    await chat.start(new AbortController().signal);
    await until(() => warnings.includes('chat-polling'), 'chat-polling');
    chat.stop();
  });
});
