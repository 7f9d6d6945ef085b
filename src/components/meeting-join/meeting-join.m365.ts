/**
 * Which token sources a Microsoft 365 visitor joins with (part of the lazy join-driver chunk). The host element
 * hands itself over; its Microsoft 365 settings are read here, when joining, so the pasted script carries only
 * the presence check of `meeting-join.config.ts`.
 *
 *  - `teamsTokenProvider` (+ optional `graphTokenProvider`): the site signs the visitor in itself;
 *  - `aad-client-id` + `teams-token-url` (+ `aad-authority`, `aad-redirect-uri`): MSAL sign-in by popup in the
 *    lazy `src/session/m365` chunk, Teams token from the site's exchange endpoint, Graph token from the same MSAL
 *    session (unless `graphTokenProvider` is set);
 *  - neither (`identity="teams"` only): the general `tokenProvider`/`token-url` returns a Teams user's ACS token,
 *    as before sign-in by attributes existed; Graph chat then needs `graphTokenProvider`.
 */
import { TmjError } from '../../core/errors.js';
import type { TokenProvider } from '../../core/token.js';
import type { GraphOptions, TokenSource } from '../../session/types.js';

/** What the driver reads from `<teams-meeting-join>` for Microsoft 365 visitors. */
export interface M365Host {
  readonly teamsTokenProvider?: TokenProvider | undefined;
  readonly graphTokenProvider?: TokenProvider | undefined;
  readonly aadClientId?: string | undefined;
  getAttribute(name: string): string | null;
}

/**
 * Where the widget may post a visitor's Entra token: https, a same-origin path, or http on a loopback host (the
 * development emulator). Never plain http elsewhere, never a protocol-relative or script URL.
 */
export const SAFE_EXCHANGE_URL = /^(https:\/\/[^/\s]|\/(?![/\\])|http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/])/i;

export interface M365Sources {
  readonly tokenSource: TokenSource;
  readonly graph: GraphOptions | undefined;
}

/**
 * The token sources of a Microsoft 365 visitor, or `undefined` when the site's general token source is to be used
 * (`identity="teams"` without Microsoft 365 settings). Rejects with `invalid-m365-setup` for an unsafe
 * (or missing) `teams-token-url`.
 */
export async function m365Sources(
  host: M365Host,
  fromProvider: (provider: TokenProvider) => TokenSource,
): Promise<M365Sources | undefined> {
  const eventsUrl = host.getAttribute('chat-events-url')?.trim() || undefined;
  const graphFromSite = host.graphTokenProvider ? fromProvider(host.graphTokenProvider) : undefined;
  if (host.teamsTokenProvider) {
    return {
      tokenSource: fromProvider(host.teamsTokenProvider),
      graph: graphFromSite && { tokenSource: graphFromSite, eventsUrl },
    };
  }
  const clientId = host.aadClientId?.trim();
  if (!clientId) return undefined;
  const exchangeUrl = host.getAttribute('teams-token-url')?.trim() ?? '';
  if (!SAFE_EXCHANGE_URL.test(exchangeUrl)) throw new TmjError('invalid-m365-setup', 'teams-token-url');
  // MSAL (and the sign-in popup) only now: the visitor chose to sign in. A lazy chunk of its own.
  const { createMsalSignIn } = await import('../../session/m365/index.js');
  const signIn = createMsalSignIn({
    clientId,
    exchangeUrl,
    authority: host.getAttribute('aad-authority') ?? undefined,
    redirectUri: host.getAttribute('aad-redirect-uri') ?? undefined,
  });
  return { tokenSource: signIn.teamsTokenSource, graph: { tokenSource: graphFromSite ?? signIn.graphTokenSource, eventsUrl } };
}
