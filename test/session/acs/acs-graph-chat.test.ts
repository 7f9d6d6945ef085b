/**
 * The ACS session's meeting chat for a Microsoft 365 visitor (`identity: 'teams'` with `SessionOptions.graph`):
 * it goes through Microsoft Graph on the call's thread, never through ACS Chat (src/session/acs/chat-start.ts →
 * src/session/graph). The Calling SDK is the typed double of fake-calling-sdk.ts; what it encodes:
 *  - `CallClient.createTeamsCallAgent` for a Teams user's token ("Set up and manage access tokens for Teams
 *    users" / TeamsCallAgent, learn.microsoft.com/azure/communication-services/concepts/interop/custom-teams-endpoint-use-cases);
 *  - `call.info.threadId` is the meeting chat's thread id, available once the call is Connected ("Join Teams
 *    meeting chat": `call.info.threadId`; a Teams meeting chat is the chat `/chats/{threadId}` in Graph);
 *  - chat exists only while in the call.
 * Graph itself is a `fetch` double for the `https://graph.test/v1.0` base URL: "List messages in a chat"
 * (`GET /chats/{chat-id}/messages`, `$top` ≤ 50, `value` + `@odata.nextLink`) and "Send chatMessage in a chat"
 * (`POST /chats/{chat-id}/messages` with `body.content`, 201 with the created chatMessage).
 */
import { expect } from '@open-wc/testing';
import type { ChatControllerOptions } from '../../../src/session/chat/index.js';
import type { TokenSource } from '../../../src/session/types.js';
import { request, setup, tick } from './harness.js';

const BASE = 'https://graph.test/v1.0';
const THREAD = '19:meeting_fake@thread.v2';

/** Graph double on `window.fetch` for graph.test only (the session's Graph adapter uses the global fetch). */
function graphOnFetch() {
  const realFetch = window.fetch;
  const requests: { method: string; path: string; auth: string | null; body?: unknown }[] = [];
  const messages: unknown[] = [];
  window.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== 'https://graph.test') return realFetch(input, init);
    const method = init.method ?? 'GET';
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method, path: decodeURIComponent(url.pathname), auth: new Headers(init.headers).get('authorization'), body });
    if (method === 'POST') {
      const now = new Date().toISOString();
      const created = {
        id: String(1000 + messages.length),
        messageType: 'message',
        createdDateTime: now,
        lastModifiedDateTime: now,
        from: { user: { id: 'oid-visitor', displayName: 'Ada Lovelace', userIdentityType: 'aadUser' } },
        body: (body as { body: unknown }).body,
      };
      messages.push(created);
      return Response.json(created, { status: 201 });
    }
    return Response.json({ value: messages });
  }) as typeof fetch;
  return { requests, restore: () => (window.fetch = realFetch) };
}

const graphTokens: TokenSource = { getToken: async () => ({ token: 'graph-token', expiresOn: new Date(Date.now() + 3600_000) }) };

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 4000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await tick(10);
  }
}

describe('ACS session, Microsoft 365 visitor: meeting chat through Microsoft Graph', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('once Connected, chats on the call thread through Graph with the Graph token, never ACS Chat; stops on leave', async () => {
    const graph = graphOnFetch();
    restore = graph.restore;
    const acsChats: ChatControllerOptions[] = [];
    const { session, call, sdk } = setup(
      { createChat: (o) => (acsChats.push(o), { state: { available: true, messages: [], typing: [], maxLength: 1, transport: 'polling' } } as never) },
      { acsEndpoint: 'https://site.communication.azure.com', graph: { tokenSource: graphTokens, baseUrl: BASE } },
    );
    await session.join(request({ identity: 'teams', chatEnabled: true }));
    expect(sdk.client.agentCalls.map((a) => a.kind)).to.deep.equal(['teams']);
    call().setState('InLobby');
    await tick(20);
    expect(graph.requests, 'no Graph request before being in the call').to.deep.equal([]);
    call().setState('Connected');
    await until(() => graph.requests.length > 0, 'the first Graph request');
    expect(graph.requests[0]!.path).to.equal(`/v1.0/chats/${THREAD}/messages`);
    expect(graph.requests[0]!.auth).to.equal('Bearer graph-token');
    await until(() => session.state.chat.available, 'chat available');
    expect(acsChats, 'ACS Chat is never created for a Teams user').to.have.length(0);

    await session.sendChatMessage('hello through Graph');
    await until(() => graph.requests.some((r) => r.method === 'POST'), 'the Graph POST');
    const post = graph.requests.find((r) => r.method === 'POST')!;
    expect(post.path).to.equal(`/v1.0/chats/${THREAD}/messages`);
    expect((post.body as { body: { content: string } }).body.content).to.contain('hello through Graph');

    await session.leave();
    const after = graph.requests.length;
    await tick(100);
    expect(session.state.chat.available, 'chat exists only in the call').to.equal(false);
    expect(graph.requests.length, 'no Graph request after leaving').to.equal(after);
  });

  it('a Teams visitor without Graph settings has no chat, with the teams-identity reason (no ACS Chat either)', async () => {
    const graph = graphOnFetch();
    restore = graph.restore;
    const acsChats: ChatControllerOptions[] = [];
    const { session, call } = setup(
      { createChat: (o) => (acsChats.push(o), undefined as never) },
      { acsEndpoint: 'https://site.communication.azure.com' },
    );
    await session.join(request({ identity: 'teams', chatEnabled: true }));
    call().setState('Connected');
    await tick(50);
    expect(session.state.chat.available).to.equal(false);
    expect(session.state.chat.reason).to.equal('teams-identity');
    expect(acsChats).to.have.length(0);
    expect(graph.requests).to.deep.equal([]);
    await session.leave();
  });
});
