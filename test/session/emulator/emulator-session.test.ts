import { expect } from '@open-wc/testing';
import { sessionFactory, parseEmulatorUrl, EmulatorSession } from '../../../src/session/emulator/index.js';
import { TmjError } from '../../../src/core/errors.js';
import type { AccessToken, JoinRequest, SessionState, TokenSource } from '../../../src/session/types.js';

// A JWT-shaped token the session can read its identity from (the emulator is not running here).
const FAKE_TOKEN = `e30.${btoa(JSON.stringify({ skypeid: 'acs:r_u', exp: Date.now() / 1000 + 3600 })).replace(/=+$/, '')}.sig`;
const tokens: TokenSource = {
  async getToken(): Promise<AccessToken> {
    return { token: FAKE_TOKEN, expiresOn: new Date(Date.now() + 3600_000) };
  },
};

function request(overrides: Partial<JoinRequest> = {}): JoinRequest {
  return {
    locator: { kind: 'link', threadId: '19:meeting_x@thread.v2' },
    displayName: 'Ann',
    identity: 'acs',
    media: { microphoneOn: false, cameraOn: false },
    chatEnabled: true,
    ...overrides,
  };
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('emulator session', () => {
  it('accepts only loopback http(s) emulator URLs, so nothing can be routed elsewhere', () => {
    for (const ok of ['http://localhost:8080', 'http://127.0.0.1:9', 'https://[::1]:8443/']) {
      expect(parseEmulatorUrl(ok).hostname, ok).to.be.a('string');
    }
    for (const bad of ['https://example.com', 'http://10.0.0.1:8080', 'ftp://localhost', 'javascript:alert(1)', '', undefined]) {
      expect(() => parseEmulatorUrl(bad), String(bad)).to.throw(TmjError).with.property('code', 'invalid-emulator-url');
    }
  });

  it('is the emulator kind and refuses a non-loopback URL at creation', () => {
    expect(sessionFactory.kind).to.equal('emulator');
    expect(() => sessionFactory.create({ tokenSource: tokens, emulatorUrl: 'https://teams.microsoft.com' }))
      .to.throw(TmjError).with.property('code', 'invalid-emulator-url');
  });

  it('rejects a locator without a thread id with meeting-not-found', async () => {
    const session = new EmulatorSession({ tokenSource: tokens, emulatorUrl: 'http://localhost:9' });
    let error: unknown;
    await session.join(request({ locator: { kind: 'meeting-id', meetingId: '123', passcode: 'x' } })).catch((e) => (error = e));
    expect(error).to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('meeting-not-found');
    session.dispose();
  });

  it('passes a token failure through as the token source reported it', async () => {
    const failing: TokenSource = { getToken: () => Promise.reject(new TmjError('token-http', '503')) };
    const session = new EmulatorSession({ tokenSource: failing, emulatorUrl: 'http://localhost:9' });
    let error: unknown;
    await session.join(request()).catch((e) => (error = e));
    expect((error as TmjError).code).to.equal('token-http');
    session.dispose();
  });

  it('ends with failed/network, and releases the camera, when the emulator cannot be reached', async () => {
    const session = new EmulatorSession({ tokenSource: tokens, emulatorUrl: 'http://localhost:9' });
    const states: SessionState[] = [];
    session.subscribe((e) => {
      if (e.type === 'state') states.push(e.state);
    });
    const tracks: MediaStreamTrack[] = [];
    const md = navigator.mediaDevices;
    const original = md.getUserMedia;
    md.getUserMedia = async (c) => {
      const stream = await original.call(md, c);
      tracks.push(...stream.getTracks());
      return stream;
    };
    try {
      await session.join(request({ media: { microphoneOn: true, cameraOn: true } }));
    } finally {
      md.getUserMedia = original;
    }
    expect(session.state.call).to.equal('connecting');
    expect(session.state.self.cameraOn, 'camera opened for the call').to.equal(true);
    await until(() => session.state.call === 'ended', 'the call to end');
    expect(session.state.end).to.deep.include({ outcome: 'failed', code: 'network' });
    expect(session.state.self.cameraOn).to.equal(false);
    expect(tracks.length, 'camera and microphone were opened').to.equal(2);
    expect(tracks.map((t) => t.readyState), 'every track stopped').to.deep.equal(['ended', 'ended']);
    expect(states.map((s) => s.call), 'published phases').to.include.members(['connecting', 'ended']);
    session.dispose();
  });

  it('dispose() after an abort signal is idempotent and leaves an ended state', async () => {
    const abort = new AbortController();
    const session = new EmulatorSession({ tokenSource: tokens, emulatorUrl: 'http://localhost:9', signal: abort.signal });
    await session.join(request());
    abort.abort();
    expect(session.state.call).to.equal('ended');
    session.dispose();
    await session.leave();
    expect(session.state.end?.outcome).to.equal('left');
  });
});
