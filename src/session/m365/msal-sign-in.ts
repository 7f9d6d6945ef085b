/**
 * Microsoft 365 sign-in by attributes: MSAL.js (`@azure/msal-browser`, loaded here by `import()` on first use)
 * signs the visitor in by popup, gets an Entra ID access token for the Communication Services Teams scopes and
 * posts it to the site's exchange endpoint (`teams-token-url`), which answers an ACS token of that Teams user
 * (`getTokenForTeamsUser` on the backend, signed with the ACS key — it can't run in a browser). The same MSAL
 * session gives Microsoft Graph tokens for meeting chat. Refreshes are silent (`acquireTokenSilent`: MSAL uses
 * its cached refresh token); only the first token of a join may open a window, because only it follows a click.
 *
 * Sources (checked 2026):
 *  - "Single-page application: Sign-in and sign-out" / "Acquire a token to call an API" (MSAL.js,
 *    https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-acquire-token): `loginPopup`, then
 *    `acquireTokenSilent` with the account, falling back to an interactive call on `InteractionRequiredAuthError`.
 *  - "Set up and manage access tokens for Teams users" (ACS, quickstarts/manage-teams-identity): delegated scopes
 *    `https://auth.msft.communication.azure.com/Teams.ManageCalls` and `…/Teams.ManageChats`; the backend calls
 *    `getTokenForTeamsUser({teamsUserAadToken, clientId, userObjectId})`
 *    (https://learn.microsoft.com/en-us/javascript/api/@azure/communication-identity/gettokenforteamsuseroptions;
 *    `userObjectId` is checked against the token's `oid` claim, `clientId` against its `appId`).
 *  - Graph "List messages in a chat" / "Send chatMessage in a chat": delegated `Chat.ReadWrite` (or
 *    `ChatMessage.Read` + `ChatMessage.Send`). A token is for one resource, so Graph gets its own token; the
 *    first sign-in asks consent for both (`extraScopesToConsent`).
 *  - MSAL.js v5 popups report back through a "redirect bridge" page at the redirect URI
 *    (`broadcastResponseToMainFrame` from `@azure/msal-browser/redirect-bridge`): the package ships
 *    `cdn/m365-redirect.html` for that; register its URL as the app's SPA redirect URI, or set `aad-redirect-uri`.
 */
import type { AccountInfo, AuthenticationResult, Configuration, IPublicClientApplication } from '@azure/msal-browser';
import { TmjError } from '../../core/errors.js';
import { tokenSourceFromProvider } from '../../core/token.js';
import type { TokenSource } from '../types.js';
import { msalAuthority } from './authority.js';
import { msalErrorCode } from './msal-errors.js';
import { popupWatch } from './popup-watch.js';

export const TEAMS_SCOPES = [
  'https://auth.msft.communication.azure.com/Teams.ManageCalls',
  'https://auth.msft.communication.azure.com/Teams.ManageChats',
];
export const GRAPH_SCOPES = ['https://graph.microsoft.com/Chat.ReadWrite'];

/** Signing in is a human task: the popup may stay open for minutes. Refreshes are quick. */
const INTERACTIVE_TIMEOUT_MS = 5 * 60_000;

type Pca = Pick<
  IPublicClientApplication,
  'loginPopup' | 'acquireTokenSilent' | 'acquireTokenPopup' | 'acquireTokenRedirect' | 'loginRedirect' | 'handleRedirectPromise'
>;

/**
 * Set before the redirect fallback leaves the page; the identity chooser (src/components/prejoin/prejoin.identity.ts)
 * sees it when the page comes back and continues the join the visitor had asked for.
 */
export const REDIRECT_MARK = 'tmj-m365-redirect';
/** A redirect answer older than this is not continued (the visitor came back some other way). */
export const REDIRECT_MARK_TTL_MS = 10 * 60_000;

export interface MsalSignInOptions {
  readonly clientId: string;
  /**
   * https authority; default `https://login.microsoftonline.com/organizations`. An http loopback authority (the
   * local emulator) works too, see ./authority.ts.
   */
  readonly authority?: string | undefined;
  /** The site's Teams token exchange (`teams-token-url`). */
  readonly exchangeUrl: string;
  /** The app's SPA redirect URI; default `m365-redirect.html` beside the pasted script. */
  readonly redirectUri?: string | undefined;
  /**
   * Sign in by a full-page redirect when the popup is blocked (default true where the page is the top window;
   * inside an iframe the popup-blocked message is shown instead).
   */
  readonly redirectFallback?: boolean | undefined;
  /** Replaces `createStandardPublicClientApplication` of the real MSAL (tests that cannot open windows). */
  readonly createClient?: ((config: Configuration) => Promise<Pca>) | undefined;
}

export interface MsalSignIn {
  /** ACS tokens of the signed-in Teams user (sign-in on first use, silent afterwards). */
  readonly teamsTokenSource: TokenSource;
  /** Microsoft Graph tokens of the same account (silent; after the Teams token). */
  readonly graphTokenSource: TokenSource;
  /** The signed-in account's name, once signed in. */
  displayName(): string | undefined;
}

/** Whether this page may navigate to the authority itself (top-level window with session storage). */
function canRedirect(): boolean {
  try {
    return window.top === window && typeof sessionStorage !== 'undefined';
  } catch {
    return false;
  }
}

/** Default redirect page: shipped beside the pasted script (`cdn/m365-redirect.html`). */
export function defaultRedirectUri(): string {
  return new URL('../m365-redirect.html', import.meta.url).href;
}

/**
 * Client ids whose last popup the visitor closed before MSAL answered (popup-watch.ts). MSAL keeps that
 * interaction's lock in sessionStorage per client id until its own 60 s timeout, across sign-in objects (each
 * join makes a new one), so the next popup for that client id overrides it (`overrideInteractionInProgress`).
 */
const ABANDONED = new Set<string>();

export function createMsalSignIn(options: MsalSignInOptions): MsalSignIn {
  let client: Promise<Pca> | undefined;
  /** This widget's own account: two widgets on one page may be signed in as two people. */
  let account: AccountInfo | undefined;

  const app = (): Promise<Pca> =>
    (client ??= (async () => {
      // https, or an http loopback emulator through metadata (./authority.ts); anything else is refused plainly.
      const config: Configuration = {
        auth: {
          clientId: options.clientId,
          ...msalAuthority(options.authority),
          redirectUri: options.redirectUri ?? defaultRedirectUri(),
        },
        // Per tab, gone with it: a shared kiosk browser must not keep the visitor signed in.
        cache: { cacheLocation: 'sessionStorage' },
      };
      if (options.createClient) return options.createClient(config);
      let msal: typeof import('@azure/msal-browser');
      try {
        msal = await import('@azure/msal-browser');
      } catch (error) {
        throw new TmjError('sdk-load-failed', 'msal', { cause: error });
      }
      return msal.createStandardPublicClientApplication(config);
    })().then(async (pca) => {
      // Back from the redirect fallback: MSAL reads the answer the redirect bridge left, and the account is ours.
      if (typeof sessionStorage !== 'undefined' && sessionStorage.getItem(REDIRECT_MARK)) {
        sessionStorage.removeItem(REDIRECT_MARK);
        const back = await pca.handleRedirectPromise();
        if (back?.account) account = back.account;
      }
      return pca;
    }).catch((error: unknown) => {
      client = undefined;
      throw error instanceof TmjError ? error : new TmjError('m365-sign-in-failed', 'init', { cause: error });
    }));

  /** An access token for `scopes`; opens the sign-in popup only when `interactive` and nobody is signed in. */
  async function token(scopes: string[], interactive: boolean): Promise<AuthenticationResult> {
    const pca = await app();
    try {
      if (!account) {
        if (!interactive) throw new TmjError('token-refresh-failed', 'not-signed-in');
        const request = { scopes, extraScopesToConsent: GRAPH_SCOPES, prompt: 'select_account' };
        let result: AuthenticationResult;
        try {
          const popup = popupWatch();
          // After a popup we gave up on, MSAL still holds its interaction lock until its own timeout.
          const override = ABANDONED.delete(options.clientId);
          result = await popup.watch(
            pca.loginPopup({ ...request, popupWindowParent: popup.parent, ...(override ? { overrideInteractionInProgress: true } : {}) }),
          );
        } catch (error) {
          if (msalErrorCode(error) === 'm365-cancelled') ABANDONED.add(options.clientId);
          // Popup blocked: sign in by a full-page redirect instead ("Single-page application: Sign-in", MSAL.js:
          // loginRedirect; https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-sign-in). Not
          // inside an iframe (MSAL refuses redirects there, `redirect_in_iframe`), where popup-blocked is the answer.
          if (msalErrorCode(error) !== 'm365-popup-blocked' || options.redirectFallback === false || !canRedirect()) throw error;
          sessionStorage.setItem(REDIRECT_MARK, JSON.stringify({ clientId: options.clientId, at: Date.now() }));
          try {
            await pca.loginRedirect({ ...request, redirectStartPage: location.href });
          } catch (redirectError) {
            sessionStorage.removeItem(REDIRECT_MARK);
            throw redirectError;
          }
          // The page is navigating away; nothing after this runs for the visitor.
          return new Promise<never>(() => undefined);
        }
        account = result.account;
        if (result.accessToken && scopes.every((s) => result.scopes.some((g) => g.toLowerCase() === s.toLowerCase()))) {
          return result;
        }
      }
      try {
        return await pca.acquireTokenSilent({ scopes, account });
      } catch (error) {
        const name = (error as { name?: unknown })?.name;
        if (!interactive || name !== 'InteractionRequiredAuthError') throw error;
        return await pca.acquireTokenPopup({ scopes, account });
      }
    } catch (error) {
      if (error instanceof TmjError) throw error;
      throw new TmjError(msalErrorCode(error), (error as { errorCode?: string })?.errorCode || undefined, { cause: error });
    }
  }

  let first = true;
  const teamsTokenSource = tokenSourceFromProvider(
    async ({ signal }) => {
      // Interactive until a sign-in succeeded: after a closed or refused popup, "Try again" (a click) signs in anew.
      const aad = await token(TEAMS_SCOPES, first);
      first = false;
      const userObjectId = (aad.account?.idTokenClaims as { oid?: unknown } | undefined)?.oid ?? aad.uniqueId;
      let response: Response;
      try {
        response = await fetch(options.exchangeUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ aadToken: aad.accessToken, userObjectId }),
          credentials: 'same-origin',
          cache: 'no-store',
          signal,
        });
      } catch (error) {
        if (signal.aborted) throw error;
        throw new TmjError('m365-exchange-failed', 'network', { cause: error });
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      const said = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['error'] : undefined;
      if (response.status === 403 && said === 'tenant-not-allowed') throw new TmjError('m365-tenant-not-allowed', '403');
      if (!response.ok) throw new TmjError('m365-exchange-failed', String(response.status));
      if (body === undefined) throw new TmjError('m365-exchange-failed', 'json');
      return body as { token: string; expiresOn: string };
    },
    { timeoutMs: INTERACTIVE_TIMEOUT_MS },
  );
  const graphTokenSource = tokenSourceFromProvider(async () => {
    const result = await token(GRAPH_SCOPES, false);
    return { token: result.accessToken, expiresOn: result.expiresOn ?? new Date(Date.now() + 5 * 60_000) };
  });
  return { teamsTokenSource, graphTokenSource, displayName: () => account?.name };
}
