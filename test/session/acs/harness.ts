/** Shared set-up of the ACS session tests: the session over Calling SDK doubles (fake-calling-sdk.ts). */
import { AcsSession, type AcsSessionDeps, type SessionChat } from '../../../src/session/acs/acs-session.js';
import type { ChatControllerOptions } from '../../../src/session/chat/index.js';
import type { JoinRequest, SessionEvent, SessionOptions, TokenSource } from '../../../src/session/types.js';
import { fakeCallingSdk, type FakeSdk } from './fake-calling-sdk.js';

export const LINK = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';

/** An unsigned JWT-shaped test token (never a real one). */
export function testToken(skypeid = 'acs:resource_visitor'): string {
  const b64 = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${b64({ alg: 'none' })}.${b64({ skypeid, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
}

/** TEST DOUBLE token source. */
export function tokenSource(): TokenSource {
  return {
    endpoint: 'https://contoso.communication.azure.com',
    getToken: async () => ({ token: testToken(), expiresOn: new Date(Date.now() + 3600_000) }),
  };
}

/** TEST DOUBLE chat that does nothing (chat is not what these tests are about). */
class QuietChat implements SessionChat {
  state = { available: true, messages: [], typing: [], maxLength: 28000, transport: 'polling' as const };
  constructor(readonly options: ChatControllerOptions) {}
  async start(): Promise<void> {}
  stop(): void {}
  async send(): Promise<void> {}
  async retry(): Promise<void> {}
  discard(): void {}
  typing(): void {}
  markRead(): void {}
}

export function request(overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    locator: { kind: 'link', link: LINK, threadId: '19:meeting_abc@thread.v2' },
    displayName: 'Website Visitor',
    identity: 'acs',
    media: { microphoneOn: true, cameraOn: true },
    chatEnabled: false,
    ...overrides,
  };
}

export function setup(deps: Partial<AcsSessionDeps> = {}, options: Partial<SessionOptions> = {}) {
  const sdk: FakeSdk = fakeCallingSdk('8:acs:resource_visitor');
  const events: SessionEvent[] = [];
  const session = new AcsSession(
    { tokenSource: tokenSource(), ...options },
    { loadSdk: async () => sdk, createChat: (o) => new QuietChat(o), pageEvents: null, clientDisposeDelayMs: 0, ...deps },
  );
  session.subscribe((e) => events.push(e));
  const call = () => {
    const c = sdk.client.agent.call;
    if (!c) throw new Error('no call yet');
    return c;
  };
  const warnings = () => events.flatMap((e) => (e.type === 'warning' ? [e.code] : []));
  return { sdk, session, events, call, warnings };
}

export const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
