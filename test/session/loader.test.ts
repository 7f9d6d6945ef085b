/** The session loader: lazy factories of the right kind, and a failed chunk load reported as sdk-load-failed. */
import { expect, waitUntil } from '@open-wc/testing';
import { TmjError } from '../../src/core/errors.js';
import { loadSessionFactory, prefetchSession } from '../../src/session/loader.js';

describe('loadSessionFactory', () => {
  it('loads the emulator factory lazily and caches it', async () => {
    const factory = await loadSessionFactory('emulator');
    expect(factory.kind, 'kind matches').to.equal('emulator');
    expect(await loadSessionFactory('emulator'), 'same factory on the second load').to.equal(factory);
  });

  it('loads the ACS factory without the calling SDK; only a warm (intent) prefetch fetches the SDK', async function () {
    this.timeout(60000);
    // Served from source, every module is a resource entry: the ACS chunk's modules alone can fill the default
    // buffer of 250, after which the SDK's entry would never be recorded.
    performance.setResourceTimingBufferSize(100_000);
    const sdkFetched = () =>
      performance.getEntriesByType('resource').some((e) => e.name.includes('communication-calling'));
    prefetchSession('acs'); // what idle time does
    const factory = await loadSessionFactory('acs');
    expect(factory.kind).to.equal('acs');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sdkFetched(), 'idle prefetch and loading the session chunk must not fetch the 1.8 MB SDK').to.equal(false);
    prefetchSession('acs', true); // what focus/hover/press of the join button does
    await waitUntil(sdkFetched, 'intent prefetch should fetch the calling SDK', { timeout: 30000 });
  });

  it('reports a chunk that fails to load as sdk-load-failed', async () => {
    const failing = { acs: () => Promise.reject(new TypeError('Failed to fetch')), emulator: () => Promise.reject(new TypeError('x')) };
    const error = await loadSessionFactory('acs', failing).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, 'rejects with a TmjError').to.be.instanceOf(TmjError);
    expect((error as TmjError).code).to.equal('sdk-load-failed');
  });

  it('refuses a chunk whose factory is of another kind', async () => {
    const wrong = {
      acs: async () => ({ sessionFactory: { kind: 'emulator' as const, create: () => { throw new Error('no'); } } }),
      emulator: async () => ({ sessionFactory: { kind: 'emulator' as const, create: () => { throw new Error('no'); } } }),
    };
    const error = await loadSessionFactory('acs', wrong).catch((e: unknown) => e);
    expect((error as TmjError).code).to.equal('sdk-load-failed');
  });

  it('prefetchSession never throws', () => {
    expect(() => prefetchSession('emulator')).not.to.throw();
  });
});
