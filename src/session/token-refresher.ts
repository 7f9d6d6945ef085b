/**
 * The `tokenRefresher` behind `AzureCommunicationTokenCredential` (DOM-free, SDK-free so it is unit-tested alone).
 *
 * A refresh that fails is retried with backoff. The first failure is reported once as a warning
 * (`token-refresh-failed`), because the call keeps working on the current token for a while. If the current
 * token expires before any retry succeeds, `onExpired` is called (the session then ends the call with a clear
 * `token-refresh-failed`) and the refresher rejects — it never fails silently.
 */
import { TmjError, toTmjError } from '../core/errors.js';
import type { AccessToken, TokenSource } from './types.js';

export interface TokenRefresherOptions {
  readonly source: TokenSource;
  /** The token currently in use (its expiry bounds how long retries may go on). */
  readonly initial: AccessToken;
  /** Delays between attempts; the last one repeats. Default 1, 2, 4, 8, 15, 30 s. */
  readonly backoffMs?: readonly number[] | undefined;
  /** Called once at the first failed attempt of a refresh round. */
  onWarning(): void;
  /** Called when retries could not get a token before the current one expired. */
  onExpired(error: TmjError): void;
  /** Aborted when the session is disposed: retries stop. */
  readonly signal: AbortSignal;
  readonly now?: (() => number) | undefined;
  /** Each fresh token (the caller may keep it, e.g. to resume a socket with it). */
  readonly onToken?: ((token: AccessToken) => void) | undefined;
}

/** Returns the function to pass as `tokenRefresher`. It resolves to the token string (never logged). */
export function createTokenRefresher(options: TokenRefresherOptions): (abortSignal?: unknown) => Promise<string> {
  const backoff = options.backoffMs ?? [1000, 2000, 4000, 8000, 15000, 30000];
  const now = options.now ?? Date.now;
  let current = options.initial;
  let warned = false;

  return async () => {
    let lastError: TmjError | undefined;
    for (let attempt = 0; ; attempt++) {
      if (options.signal.aborted) throw new TmjError('token-refresh-failed', 'disposed');
      try {
        const token = await options.source.getToken({ signal: options.signal });
        current = token;
        warned = false;
        options.onToken?.(token);
        return token.token;
      } catch (error) {
        lastError = toTmjError(error, 'token-refresh-failed');
        if (!warned) {
          warned = true;
          options.onWarning();
        }
      }
      const delay = backoff[Math.min(attempt, backoff.length - 1)] ?? 30000;
      // Retrying past the current token's expiry is pointless: the service already refuses it.
      if (now() + delay >= current.expiresOn.getTime()) break;
      const slept = await sleep(delay, options.signal);
      if (!slept) throw new TmjError('token-refresh-failed', 'disposed');
    }
    const error = new TmjError('token-refresh-failed', lastError?.code, { cause: lastError });
    options.onExpired(error);
    throw error;
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
