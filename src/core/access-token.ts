/**
 * The token types every layer shares (DOM-free, dependency-free). They live in core so that core
 * (src/core/token.ts) imports nothing above it; src/session/types.ts re-exports them for the session layer.
 */

/** A token as every token source resolves it: never logged, never put in the DOM or an event. */
export interface AccessToken {
  readonly token: string;
  readonly expiresOn: Date;
}

/** Normalized token source (built from `tokenProvider` or `token-url` by src/core/token.ts). */
export interface TokenSource {
  /** Fetches a fresh token. Rejects with a `TmjError` (token-* codes) on failure. */
  getToken(options: { signal?: AbortSignal }): Promise<AccessToken>;
  /** ACS endpoint returned by a `token-url` backend, when it sent one (`{endpoint}`). */
  readonly endpoint?: string | undefined;
}
