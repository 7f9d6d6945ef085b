import { expect } from '@open-wc/testing';
import { createTokenRefresher } from '../../src/session/token-refresher.js';
import { TmjError } from '../../src/core/errors.js';
import type { AccessToken, TokenSource } from '../../src/session/types.js';

/** TEST DOUBLE token source: answers from a script of results. */
function scriptedSource(script: Array<'ok' | 'fail'>): TokenSource & { calls: number } {
  const source = {
    calls: 0,
    async getToken(): Promise<AccessToken> {
      const step = script[source.calls++] ?? 'fail';
      if (step === 'fail') throw new TmjError('token-network', 'test');
      return { token: `token-${source.calls}`, expiresOn: new Date(Date.now() + 3600_000) };
    },
  };
  return source;
}

describe('token refresher (tokenRefresher of AzureCommunicationTokenCredential)', () => {
  it('returns a fresh token when the source answers', async () => {
    const source = scriptedSource(['ok']);
    const refresh = createTokenRefresher({
      source,
      initial: { token: 't0', expiresOn: new Date(Date.now() + 60_000) },
      signal: new AbortController().signal,
      onWarning: () => expect.fail('no warning on success'),
      onExpired: () => expect.fail('not expired'),
    });
    expect(await refresh()).to.equal('token-1');
  });

  it('retries with backoff, warns once, and succeeds without failing the call', async () => {
    const source = scriptedSource(['fail', 'fail', 'ok']);
    let warnings = 0;
    const refresh = createTokenRefresher({
      source,
      initial: { token: 't0', expiresOn: new Date(Date.now() + 60_000) },
      backoffMs: [5, 10],
      signal: new AbortController().signal,
      onWarning: () => warnings++,
      onExpired: () => expect.fail('not expired'),
    });
    expect(await refresh()).to.equal('token-3');
    expect(source.calls, 'three attempts').to.equal(3);
    expect(warnings, 'one warning for the round').to.equal(1);
  });

  it('gives up when the current token would expire, reports it (onExpired) and rejects — never silent', async () => {
    const source = scriptedSource([]);
    let expired: TmjError | undefined;
    const refresh = createTokenRefresher({
      source,
      initial: { token: 't0', expiresOn: new Date(Date.now() + 100) },
      backoffMs: [30],
      signal: new AbortController().signal,
      onWarning: () => {},
      onExpired: (e) => (expired = e),
    });
    const error = await refresh().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as TmjError).code).to.equal('token-refresh-failed');
    expect(expired?.code, 'the session is told').to.equal('token-refresh-failed');
    expect(source.calls, 'retried until the expiry bound').to.be.greaterThan(1);
  });

  it('stops retrying once the session is disposed', async () => {
    const source = scriptedSource([]);
    const abort = new AbortController();
    const refresh = createTokenRefresher({
      source,
      initial: { token: 't0', expiresOn: new Date(Date.now() + 60_000) },
      backoffMs: [20],
      signal: abort.signal,
      onWarning: () => abort.abort(),
      onExpired: () => expect.fail('disposal is not expiry'),
    });
    await refresh().then(
      () => expect.fail('must reject'),
      (e: unknown) => expect((e as TmjError).detail).to.equal('disposed'),
    );
    expect(source.calls).to.equal(1);
  });
});
