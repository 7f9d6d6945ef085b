/**
 * Token sources (DOM-free): normalize the `tokenProvider` property and the `token-url` attribute into one
 * `TokenSource` whose `getToken()` resolves `{token, expiresOn}` or rejects with a `TmjError`:
 *  - `token-network`   fetch failed (offline, refused, CORS) — detail = the error's name; the provider threw or
 *                      rejected (it failed to fetch for the site) — detail `provider`; no answer within the
 *                      timeout (15 s) — detail `timeout`;
 *  - `token-http`      `token-url` answered non-2xx — detail = the status, e.g. `503`;
 *  - `token-malformed` body not JSON (`json`), no JWT-shaped `token` (`token`), unusable `expiresOn` or no
 *                      expiry anywhere (`expiresOn`);
 *  - `token-expired`   the expiry (`expiresOn`, else the JWT `exp` claim) is more than `CLOCK_SKEW_MS` past.
 * Aborting through `signal` rejects with a `DOMException` named `AbortError` (not a TmjError), as fetch does.
 *
 * The token never appears in an error: messages and details are fixed words, and no error that could carry the
 * token (a body, a returned value) is attached as `cause`. Nothing here logs.
 */
import { TmjError, isErrorCode } from './errors.js';
import { jwtExpiry, jwtPayload } from './jwt.js';
import type { AccessToken, TokenSource } from './access-token.js';

/** The `tokenProvider` property: the site's token-fetch callback. */
export type TokenProvider = (options: {
  signal: AbortSignal;
}) => Promise<string | { token: string; expiresOn: Date | string }>;

/** Options for tests and unusual hosts; the element uses the defaults. */
export interface TokenSourceOptions {
  /** Give up after this long with `token-network`/`timeout`. Default 15 000 ms. */
  timeoutMs?: number;
}

/**
 * A visitor's clock may run a little fast; only a token that expired more than this long ago (by the local
 * clock) is refused here. A token inside the margin is left for the service to judge.
 */
export const CLOCK_SKEW_MS = 60_000;

const abortError = (): DOMException => new DOMException('The token request was aborted.', 'AbortError');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Runs `work` with a signal that aborts on the caller's signal or on timeout, even if `work` ignores it. */
async function guarded<T>(
  outer: AbortSignal | undefined,
  timeoutMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (outer?.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = (): void => controller.abort();
  outer?.addEventListener('abort', forward);
  try {
    return await new Promise<T>((resolve, reject) => {
      controller.signal.addEventListener('abort', () =>
        reject(timedOut ? new TmjError('token-network', 'timeout') : abortError()),
      );
      work(controller.signal).then(resolve, reject);
    });
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', forward);
  }
}

/** Validates what a provider returned or a `token-url` answered. */
function accept(value: unknown): AccessToken {
  const raw = typeof value === 'string' ? value : isRecord(value) ? value['token'] : undefined;
  const token = typeof raw === 'string' ? raw.trim() : '';
  if (!jwtPayload(token)) throw new TmjError('token-malformed', 'token');
  const given = isRecord(value) ? value['expiresOn'] : undefined;
  const expiresOn =
    given == null
      ? jwtExpiry(token)
      : given instanceof Date
        ? new Date(given.getTime())
        : typeof given === 'string'
          ? new Date(given)
          : undefined;
  if (!expiresOn || Number.isNaN(expiresOn.getTime())) throw new TmjError('token-malformed', 'expiresOn');
  if (expiresOn.getTime() < Date.now() - CLOCK_SKEW_MS) throw new TmjError('token-expired');
  return { token, expiresOn };
}

/**
 * From the `tokenProvider` property. The provider may return the token string (expiry from its JWT `exp`) or
 * `{token, expiresOn}` with a Date or an ISO string. A provider that throws or rejects counts as a failed
 * fetch: `token-network` with detail `provider` (its own error is kept as `cause`).
 */
export function tokenSourceFromProvider(provider: TokenProvider, options: TokenSourceOptions = {}): TokenSource {
  return {
    getToken: ({ signal } = {}) =>
      guarded(signal, options.timeoutMs ?? 15_000, async (inner) => {
        let value: unknown;
        try {
          value = await provider({ signal: inner });
        } catch (error) {
          // A Microsoft 365 provider may say why sign-in failed (`{code: 'm365-cancelled'}` etc.), and a backend that
          // checks the organizer's tenant may refuse a government-cloud meeting (`{code: 'link-gcc-unsupported'}`,
          // demo/token-server-example/tenant-check.mjs): keep those codes.
          const code = isRecord(error) ? error['code'] : undefined;
          if (error instanceof TmjError) throw error;
          if (isErrorCode(code) && (code.startsWith('m365-') || code === 'link-gcc-unsupported')) {
            throw new TmjError(code, 'provider', { cause: error });
          }
          throw new TmjError('token-network', 'provider', { cause: error });
        }
        return accept(value);
      }),
  };
}

/**
 * From the `token-url` attribute: POSTs `{"displayName": …}` as JSON with `credentials: 'same-origin'` (a
 * same-origin backend gets its session cookie; a cross-origin one must authorize the request some other way)
 * and expects `{token, expiresOn}`, optionally `{endpoint}` (an http(s) URL; anything else is ignored), which
 * `endpoint` exposes after the first successful fetch.
 */
export function tokenSourceFromUrl(
  url: string,
  displayName: () => string,
  options: TokenSourceOptions = {},
): TokenSource {
  let endpoint: string | undefined;
  return {
    get endpoint() {
      return endpoint;
    },
    getToken: ({ signal } = {}) =>
      guarded(signal, options.timeoutMs ?? 15_000, async (inner) => {
        let response: Response;
        try {
          response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ displayName: displayName() }),
            credentials: 'same-origin',
            cache: 'no-store',
            signal: inner,
          });
        } catch (error) {
          throw new TmjError('token-network', error instanceof Error ? error.name : undefined, { cause: error });
        }
        if (!response.ok) throw new TmjError('token-http', String(response.status));
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          throw new TmjError('token-malformed', 'json');
        }
        if (!isRecord(body)) throw new TmjError('token-malformed', 'token');
        const token = accept(body);
        const given = body['endpoint'];
        if (typeof given === 'string' && /^https?:\/\/[^/]/i.test(given)) endpoint = given;
        return token;
      }),
  };
}
