/**
 * Token sources. Status/body cases use a fetch stub (`stubFetch`, replacing `globalThis.fetch` for one test);
 * network failures are real: a refused loopback port and a real CORS refusal by the test server itself.
 */
import { expect } from '@open-wc/testing';
import { TmjError, type ErrorCode } from '../../src/core/errors.js';
import { CLOCK_SKEW_MS, tokenSourceFromProvider, tokenSourceFromUrl, type TokenProvider } from '../../src/core/token.js';
import { jwtExpiringIn, makeJwt } from './jwt-fixture.js';

const realFetch = globalThis.fetch;

interface StubbedRequest {
  readonly url: string;
  readonly init: RequestInit;
}

/** Fetch stub: answers every request with `respond()` and records what was asked. */
function stubFetch(respond: (request: StubbedRequest) => Response | Promise<Response>): StubbedRequest[] {
  const requests: StubbedRequest[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request = { url: String(input), init };
    requests.push(request);
    return respond(request);
  }) as typeof fetch;
  return requests;
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Resolves to the rejection (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but it resolved');
}

async function expectTmj(promise: Promise<unknown>, code: ErrorCode, detail?: string): Promise<TmjError> {
  const error = await rejection(promise);
  expect(error, `expected TmjError ${code}, got ${String(error)}`).to.be.instanceOf(TmjError);
  const tmj = error as TmjError;
  expect(tmj.code, `code of ${tmj.message}`).to.equal(code);
  if (detail !== undefined) expect(tmj.detail, `detail of ${tmj.message}`).to.equal(detail);
  return tmj;
}

async function expectAbort(promise: Promise<unknown>): Promise<void> {
  const error = await rejection(promise);
  expect(error, `expected an AbortError, got ${String(error)}`).to.be.instanceOf(DOMException);
  expect((error as DOMException).name).to.equal('AbortError');
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

describe('tokenSourceFromProvider', () => {
  it('accepts a plain JWT string and takes the expiry from its exp claim', async () => {
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const token = makeJwt({ exp });
    const result = await tokenSourceFromProvider(async () => token).getToken({});
    expect(result.token).to.equal(token);
    expect(result.expiresOn.getTime(), 'expiry from exp').to.equal(exp * 1000);
  });

  it('accepts {token, expiresOn: Date}, preferring expiresOn over exp', async () => {
    const token = jwtExpiringIn(60);
    const expiresOn = new Date(Date.now() + 2 * 3600_000);
    const result = await tokenSourceFromProvider(async () => ({ token, expiresOn })).getToken({});
    expect(result.token).to.equal(token);
    expect(result.expiresOn.getTime(), 'expiresOn wins over exp').to.equal(expiresOn.getTime());
  });

  it('accepts {token, expiresOn: ISO string}', async () => {
    const token = jwtExpiringIn(3600);
    const iso = new Date(Date.now() + 3600_000).toISOString();
    const result = await tokenSourceFromProvider(async () => ({ token, expiresOn: iso })).getToken({});
    expect(result.expiresOn).to.be.instanceOf(Date);
    expect(result.expiresOn.toISOString()).to.equal(iso);
  });

  it('trims whitespace around a returned token', async () => {
    const token = jwtExpiringIn(3600);
    const result = await tokenSourceFromProvider(async () => `${token}\n`).getToken({});
    expect(result.token).to.equal(token);
  });

  it('passes an AbortSignal to the provider and calls it afresh on every getToken', async () => {
    const signals: AbortSignal[] = [];
    const source = tokenSourceFromProvider(async ({ signal }) => {
      signals.push(signal);
      return jwtExpiringIn(3600);
    });
    await source.getToken({});
    await source.getToken({});
    expect(signals.length, 'one provider call per getToken').to.equal(2);
    expect(signals[0]).to.be.instanceOf(AbortSignal);
  });

  it('a provider that rejects → token-network (detail provider), keeping its error as cause', async () => {
    const failure = new Error('backend down');
    const error = await expectTmj(
      tokenSourceFromProvider(() => Promise.reject(failure)).getToken({}),
      'token-network',
      'provider',
    );
    expect(error.cause, 'the site’s own error is kept for diagnostics').to.equal(failure);
  });

  it('a provider that rejects with {code: "link-gcc-unsupported"} (its backend found a government-cloud tenant) keeps that code', async () => {
    await expectTmj(tokenSourceFromProvider(() => Promise.reject({ code: 'link-gcc-unsupported' })).getToken({}), 'link-gcc-unsupported', 'provider');
    // Any other configuration code from a provider is not trusted: it stays a token failure.
    await expectTmj(tokenSourceFromProvider(() => Promise.reject({ code: 'link-not-teams' })).getToken({}), 'token-network', 'provider');
  });

  it('a provider that throws synchronously → token-network (detail provider)', async () => {
    const provider = (() => {
      throw new TypeError('not configured');
    }) as unknown as TokenProvider;
    await expectTmj(tokenSourceFromProvider(provider).getToken({}), 'token-network', 'provider');
  });

  const garbage: readonly [string, unknown, string][] = [
    ['undefined', undefined, 'token'],
    ['null', null, 'token'],
    ['a number', 42, 'token'],
    ['an empty object', {}, 'token'],
    ['an array', [jwtExpiringIn(3600)], 'token'],
    ['a string that is not a JWT', 'not-a-token', 'token'],
    ['a three-part string whose payload is not JSON', 'aaa.bbb.ccc', 'token'],
    ['{token} that is not a JWT', { token: 'abc', expiresOn: new Date(Date.now() + 3600_000) }, 'token'],
    ['{token: number}', { token: 12345, expiresOn: new Date(Date.now() + 3600_000) }, 'token'],
    ['a JWT without exp and no expiresOn', makeJwt({ skypeid: 'acs:1' }), 'expiresOn'],
    ['expiresOn that is not a date', { token: jwtExpiringIn(3600), expiresOn: 'next tuesday' }, 'expiresOn'],
    ['expiresOn as a number', { token: jwtExpiringIn(3600), expiresOn: Date.now() + 3600_000 }, 'expiresOn'],
    ['expiresOn as an invalid Date', { token: jwtExpiringIn(3600), expiresOn: new Date(NaN) }, 'expiresOn'],
  ];
  for (const [name, value, detail] of garbage) {
    it(`a provider returning ${name} → token-malformed (${detail})`, async () => {
      const provider = (async () => value) as unknown as TokenProvider;
      await expectTmj(tokenSourceFromProvider(provider).getToken({}), 'token-malformed', detail);
    });
  }

  it('a token whose expiresOn is past → token-expired', async () => {
    const provider: TokenProvider = async () => ({
      token: jwtExpiringIn(3600),
      expiresOn: new Date(Date.now() - 3600_000),
    });
    await expectTmj(tokenSourceFromProvider(provider).getToken({}), 'token-expired');
  });

  it('a token whose JWT exp is past → token-expired', async () => {
    await expectTmj(tokenSourceFromProvider(async () => jwtExpiringIn(-3600)).getToken({}), 'token-expired');
  });

  it(`tolerates clock skew: a token that expired less than ${CLOCK_SKEW_MS / 1000} s ago is accepted`, async () => {
    const expiresOn = new Date(Date.now() - CLOCK_SKEW_MS / 2);
    const result = await tokenSourceFromProvider(async () => ({ token: jwtExpiringIn(3600), expiresOn })).getToken({});
    expect(result.expiresOn.getTime()).to.equal(expiresOn.getTime());
  });

  it('an already-aborted signal rejects with AbortError without calling the provider', async () => {
    let called = false;
    const controller = new AbortController();
    controller.abort();
    await expectAbort(
      tokenSourceFromProvider(async () => {
        called = true;
        return jwtExpiringIn(3600);
      }).getToken({ signal: controller.signal }),
    );
    expect(called, 'provider not called').to.equal(false);
  });

  it('aborting while the provider is pending rejects with AbortError and aborts the provider’s signal', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    // The provider ignores its signal on purpose: getToken must still settle.
    const pending = tokenSourceFromProvider(({ signal }) => {
      seen = signal;
      return new Promise<string>(() => {});
    }).getToken({ signal: controller.signal });
    await Promise.resolve();
    controller.abort();
    await expectAbort(pending);
    expect(seen?.aborted, 'provider signal aborted').to.equal(true);
  });

  it('a provider that never answers → token-network (detail timeout) and its signal is aborted', async () => {
    let seen: AbortSignal | undefined;
    const source = tokenSourceFromProvider(
      ({ signal }) => {
        seen = signal;
        return new Promise<string>(() => {});
      },
      { timeoutMs: 50 },
    );
    await expectTmj(source.getToken({}), 'token-network', 'timeout');
    expect(seen?.aborted, 'provider signal aborted on timeout').to.equal(true);
  });
});

describe('tokenSourceFromUrl', () => {
  it('POSTs {displayName} as JSON, same-origin credentials, and returns the token', async () => {
    const token = jwtExpiringIn(3600);
    const expiresOn = new Date(Date.now() + 3600_000).toISOString();
    const requests = stubFetch(() => json({ token, expiresOn }));
    let name = 'Ada';
    const source = tokenSourceFromUrl('/api/token', () => name);
    name = 'Ada Lovelace'; // read at fetch time, not at creation
    const result = await source.getToken({});
    expect(result.token).to.equal(token);
    expect(result.expiresOn.toISOString()).to.equal(expiresOn);
    expect(requests.length).to.equal(1);
    const { url, init } = requests[0]!;
    expect(url).to.equal('/api/token');
    expect(init.method).to.equal('POST');
    expect(new Headers(init.headers).get('content-type')).to.equal('application/json');
    expect(init.credentials).to.equal('same-origin');
    expect(JSON.parse(String(init.body))).to.deep.equal({ displayName: 'Ada Lovelace' });
    expect(init.signal, 'request is abortable').to.be.instanceOf(AbortSignal);
  });

  it('exposes {endpoint} only after the first successful fetch', async () => {
    stubFetch(() => json({ token: jwtExpiringIn(3600), endpoint: 'https://contoso.communication.azure.com/' }));
    const source = tokenSourceFromUrl('/api/token', () => 'Ada');
    expect(source.endpoint, 'before any fetch').to.equal(undefined);
    await source.getToken({});
    expect(source.endpoint).to.equal('https://contoso.communication.azure.com/');
  });

  it('ignores an endpoint that is not an http(s) URL', async () => {
    stubFetch(() => json({ token: jwtExpiringIn(3600), endpoint: 'javascript:alert(1)' }));
    const source = tokenSourceFromUrl('/api/token', () => 'Ada');
    await source.getToken({});
    expect(source.endpoint).to.equal(undefined);
  });

  it('takes the expiry from the JWT when the body has no expiresOn', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    stubFetch(() => json({ token: makeJwt({ exp }) }));
    const result = await tokenSourceFromUrl('/api/token', () => 'Ada').getToken({});
    expect(result.expiresOn.getTime()).to.equal(exp * 1000);
  });

  for (const status of [401, 403, 404, 500, 503]) {
    it(`HTTP ${status} → token-http with detail ${status}`, async () => {
      stubFetch(() => json({ error: 'nope' }, status));
      await expectTmj(tokenSourceFromUrl('/api/token', () => 'Ada').getToken({}), 'token-http', String(status));
    });
  }

  it('a 2xx body that is not JSON → token-malformed (json)', async () => {
    stubFetch(() => new Response('<html>login</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expectTmj(tokenSourceFromUrl('/api/token', () => 'Ada').getToken({}), 'token-malformed', 'json');
  });

  const badBodies: readonly [string, unknown][] = [
    ['without token', { expiresOn: new Date(Date.now() + 3600_000).toISOString() }],
    ['with a token that is not a JWT', { token: 'opaque', expiresOn: new Date(Date.now() + 3600_000).toISOString() }],
    ['that is a bare JSON string', jwtExpiringIn(3600)],
    ['that is a JSON array', [jwtExpiringIn(3600)]],
    ['that is JSON null', null],
  ];
  for (const [name, body] of badBodies) {
    it(`a JSON body ${name} → token-malformed`, async () => {
      stubFetch(() => json(body));
      await expectTmj(tokenSourceFromUrl('/api/token', () => 'Ada').getToken({}), 'token-malformed');
    });
  }

  it('a body with a bad expiresOn → token-malformed (expiresOn)', async () => {
    stubFetch(() => json({ token: jwtExpiringIn(3600), expiresOn: 'soon' }));
    await expectTmj(tokenSourceFromUrl('/api/token', () => 'Ada').getToken({}), 'token-malformed', 'expiresOn');
  });

  it('an expired expiresOn → token-expired', async () => {
    stubFetch(() => json({ token: jwtExpiringIn(3600), expiresOn: '2020-01-01T00:00:00Z' }));
    await expectTmj(tokenSourceFromUrl('/api/token', () => 'Ada').getToken({}), 'token-expired');
  });

  it('an expired JWT exp without expiresOn → token-expired, and no endpoint is taken from it', async () => {
    stubFetch(() => json({ token: jwtExpiringIn(-7200), endpoint: 'https://contoso.communication.azure.com/' }));
    const source = tokenSourceFromUrl('/api/token', () => 'Ada');
    await expectTmj(source.getToken({}), 'token-expired');
    expect(source.endpoint, 'endpoint only from a successful fetch').to.equal(undefined);
  });

  it('a real refused connection (closed loopback port) → token-network', async () => {
    // Port 47 is unassigned and not on Chromium's blocked-port list; nothing listens on it here.
    const error = await expectTmj(tokenSourceFromUrl('http://127.0.0.1:47/token', () => 'Ada').getToken({}), 'token-network');
    expect(error.detail, 'detail names the fetch error type only').to.equal('TypeError');
  });

  it('a real CORS refusal (the test server on another origin, no CORS headers) → token-network', async () => {
    const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const url = `${location.protocol}//${otherHost}:${location.port}/package.json`;
    // Precondition: the server IS reachable there (an opaque no-cors GET succeeds), so the failure below is CORS.
    const opaque = await fetch(url, { mode: 'no-cors' });
    expect(opaque.type, 'server reachable on the other origin').to.equal('opaque');
    await expectTmj(tokenSourceFromUrl(url, () => 'Ada').getToken({}), 'token-network', 'TypeError');
  });

  it('aborting an in-flight request rejects with AbortError and aborts the fetch', async () => {
    const requests = stubFetch(
      ({ init }) =>
        new Promise<Response>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const controller = new AbortController();
    const pending = tokenSourceFromUrl('/api/token', () => 'Ada').getToken({ signal: controller.signal });
    await Promise.resolve();
    controller.abort();
    await expectAbort(pending);
    expect(requests[0]?.init.signal?.aborted, 'fetch signal aborted').to.equal(true);
  });

  it('a server that never answers → token-network (detail timeout)', async () => {
    stubFetch(() => new Promise<Response>(() => {}));
    await expectTmj(tokenSourceFromUrl('/api/token', () => 'Ada', { timeoutMs: 50 }).getToken({}), 'token-network', 'timeout');
  });
});

describe('token sources never leak the token', () => {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  let logged: string[];
  let originals: Partial<Record<(typeof methods)[number], (...args: unknown[]) => void>>;
  beforeEach(() => {
    logged = [];
    originals = {};
    for (const method of methods) {
      originals[method] = console[method];
      console[method] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    }
  });
  afterEach(() => {
    for (const method of methods) console[method] = originals[method]!;
  });

  /** Everything an error could show: message, detail, stack, JSON, and its cause chain. */
  function surfaces(error: unknown): string {
    const parts: string[] = [];
    for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
      parts.push(String(e), JSON.stringify(e) ?? '');
      if (e instanceof Error) parts.push(e.message, e.stack ?? '', String((e as TmjError).detail));
    }
    return parts.join('\n');
  }

  it('in no error message, detail, stack, cause or log, across every failure that had a token in hand', async () => {
    const token = jwtExpiringIn(-3600, { secret: 'do-not-leak' });
    const valid = jwtExpiringIn(3600, { secret: 'do-not-leak-either' });
    const attempts: Promise<unknown>[] = [
      tokenSourceFromProvider(async () => token).getToken({}),
      tokenSourceFromProvider(async () => ({ token: valid, expiresOn: 'garbage' })).getToken({}),
      tokenSourceFromProvider(async () => ({ token: valid, expiresOn: new Date(0) })).getToken({}),
    ];
    const bodies = [
      json({ token, endpoint: 'https://x.example/' }),
      json({ token: valid, expiresOn: 'garbage' }),
      json({ token: valid, expiresOn: new Date(0).toISOString() }, 503),
      new Response(`token=${valid}`, { status: 200 }),
    ];
    stubFetch(() => bodies.shift()!);
    for (let i = 0; i < 4; i++) attempts.push(tokenSourceFromUrl('/api/token', () => 'Ada').getToken({}));
    const errors = await Promise.all(attempts.map(rejection));
    expect(errors.length).to.equal(7);
    for (const [index, error] of errors.entries()) {
      expect(error, `attempt ${index} is a TmjError`).to.be.instanceOf(TmjError);
      const text = surfaces(error);
      for (const secret of [token, valid]) {
        expect(text.includes(secret), `attempt ${index} (${(error as TmjError).code}) leaks the token`).to.equal(false);
        // Any single segment would reveal claims; the signature segment is shared by both fixtures.
        expect(text.includes(secret.split('.')[1]!), `attempt ${index} leaks the token payload`).to.equal(false);
      }
    }
    expect(logged, 'nothing is logged').to.deep.equal([]);
  });
});
