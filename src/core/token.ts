/**
 * Token sources (DOM-free). CONTRACT ONLY — implemented by the token work (issue 2, req. 9).
 */
import type { TokenSource } from '../session/types.js';

/** The `tokenProvider` property: the site's token-fetch callback. */
export type TokenProvider = (options: {
  signal: AbortSignal;
}) => Promise<string | { token: string; expiresOn: Date | string }>;

export declare function tokenSourceFromProvider(provider: TokenProvider): TokenSource;
export declare function tokenSourceFromUrl(url: string, displayName: () => string): TokenSource;
