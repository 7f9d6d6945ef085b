/**
 * A session's one credential (DOM-free): a `CommunicationTokenCredential` (the interface the Chat SDK takes)
 * over the shared refresher (./token-refresher.ts: backoff, one `token-refresh-failed` warning, a clear failure
 * before expiry). Unlike the SDK's `AzureCommunicationTokenCredential` it can be told that its token was
 * revoked (`refresh()`, after a 401) and it is disposed with the session: after `dispose()` no timer is left
 * and no token request is made.
 *
 * It refreshes proactively, `margin` before expiry (a tenth of the token's lifetime, at most 60 s — so a 30 s
 * token is renewed 3 s early and a 24 h one a minute early), and on demand when a caller asks for a token
 * that is about to expire.
 */
import type { CommunicationTokenCredential } from '@azure/communication-common';
import { TmjError } from '../core/errors.js';
import { createTokenRefresher } from './token-refresher.js';
import type { AccessToken, TokenSource } from './types.js';

export interface SessionCredentialOptions {
  readonly source: TokenSource;
  readonly initial: AccessToken;
  readonly backoffMs?: readonly number[] | undefined;
  onWarning(): void;
  onExpired(error: TmjError): void;
  readonly now?: (() => number) | undefined;
}

/** Instances not disposed yet (the bench and leak tests read it). */
let live = 0;
export function liveSessionCredentials(): number {
  return live;
}

export class SessionCredential implements CommunicationTokenCredential {
  private readonly abort = new AbortController();
  private readonly refresher: () => Promise<string>;
  private readonly now: () => number;
  private token: AccessToken;
  private obtainedAt: number;
  private inFlight: Promise<AccessToken> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Token requests made through this credential (tests, bench). */
  requests = 0;

  constructor(options: SessionCredentialOptions) {
    live += 1;
    this.now = options.now ?? Date.now;
    this.token = options.initial;
    this.obtainedAt = this.now();
    const source: TokenSource = {
      getToken: (o) => {
        this.requests += 1;
        return options.source.getToken(o);
      },
    };
    this.refresher = createTokenRefresher({
      source,
      initial: options.initial,
      backoffMs: options.backoffMs,
      signal: this.abort.signal,
      now: this.now,
      onWarning: () => options.onWarning(),
      onExpired: (error) => {
        if (!this.abort.signal.aborted) options.onExpired(error);
      },
      onToken: (token) => {
        this.token = token;
        this.obtainedAt = this.now();
      },
    });
    this.schedule();
  }

  get disposed(): boolean {
    return this.abort.signal.aborted;
  }

  /** The token in use now (for the signalling socket's hello). */
  get current(): AccessToken {
    return this.token;
  }

  private get margin(): number {
    const lifetime = this.token.expiresOn.getTime() - this.obtainedAt;
    return Math.max(0, Math.min(60_000, lifetime / 10));
  }

  /** `CommunicationTokenCredential.getToken`: the current token, or a fresh one when it is about to expire. */
  async getToken(): Promise<{ token: string; expiresOnTimestamp: number }> {
    if (this.disposed) throw new TmjError('token-refresh-failed', 'disposed');
    const token = this.token.expiresOn.getTime() - this.now() <= this.margin ? await this.refresh() : this.token;
    return { token: token.token, expiresOnTimestamp: token.expiresOn.getTime() };
  }

  /** Fetches a fresh token now (the current one expires, or the service rejected it). One request at a time. */
  refresh(): Promise<AccessToken> {
    if (this.disposed) return Promise.reject(new TmjError('token-refresh-failed', 'disposed'));
    // The refresher retries with backoff until the token expires, then reports `onExpired` and rejects: after
    // a failure nothing is scheduled again (no hammering of a failing token endpoint).
    this.inFlight ??= this.refresher().then(
      () => {
        this.inFlight = undefined;
        this.schedule();
        return this.token;
      },
      (error: unknown) => {
        this.inFlight = undefined;
        throw error;
      },
    );
    return this.inFlight;
  }

  dispose(): void {
    if (this.disposed) return;
    live -= 1;
    this.abort.abort();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.disposed) return;
    const wait = Math.max(0, this.token.expiresOn.getTime() - this.now() - this.margin);
    // Failures are reported by the refresher (warning, then onExpired); nothing may escape unhandled here.
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), Math.min(wait, 2 ** 31 - 1));
  }
}
