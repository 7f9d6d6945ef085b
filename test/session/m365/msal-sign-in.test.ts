/**
 * MSAL sign-in by attributes (src/session/m365): which MSAL failures become which m365-* code, that the first
 * token signs in by popup and later ones are silent, and what the exchange endpoint receives and may answer.
 * MSAL is replaced by a double typed by its own interface (popups cannot open in this runner); its behaviours are
 * MSAL's documented ones (BrowserAuthError `popup_window_error` / `empty_window_error` / `user_cancelled`,
 * InteractionRequiredAuthError from acquireTokenSilent; see src/session/m365/msal-errors.ts for the sources).
 * The exchange backend is a `fetch` double here; the e2e tests run the real one (demo/server).
 */
import { expect } from '@open-wc/testing';
import type { AuthenticationResult } from '@azure/msal-browser';
import { TmjError } from '../../../src/core/errors.js';
import { createMsalSignIn, GRAPH_SCOPES, TEAMS_SCOPES } from '../../../src/session/m365/msal-sign-in.js';
import { msalErrorCode } from '../../../src/session/m365/msal-errors.js';
import { jwtExpiringIn } from '../../core/jwt-fixture.js';

const authError = (name: string, errorCode: string, errorMessage = '') =>
  Object.assign(new Error(errorMessage || errorCode), { name, errorCode, errorMessage });

describe('redirect fallback', () => {
  it('a blocked popup signs in by a full-page redirect (MSAL loginRedirect back to this page) and marks the page to continue', async () => {
    const blocked = fakeMsal({ login: () => Promise.reject(authError('BrowserAuthError', 'empty_window_error')) });
    sessionStorage.removeItem('tmj-m365-redirect');
    const signIn = createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: blocked.createClient });
    void signIn.teamsTokenSource.getToken({}).catch(() => undefined);
    for (let i = 0; i < 50 && !blocked.calls.some((c) => c.method === 'loginRedirect'); i++) await new Promise((r) => setTimeout(r, 10));
    const redirect = blocked.calls.find((c) => c.method === 'loginRedirect')!;
    expect(redirect.request.scopes).to.deep.equal(TEAMS_SCOPES);
    expect((redirect.request as { redirectStartPage?: string }).redirectStartPage).to.equal(location.href);
    expect(JSON.parse(sessionStorage.getItem('tmj-m365-redirect')!).clientId).to.equal('a');
    // Back on the page: the next sign-in reads MSAL's redirect answer first and clears the mark.
    const back = fakeMsal();
    const again = createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: back.createClient });
    void again.graphTokenSource.getToken({}).catch(() => undefined);
    for (let i = 0; i < 50 && !back.calls.some((c) => c.method === 'handleRedirectPromise'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(back.calls[0]!.method).to.equal('handleRedirectPromise');
    expect(sessionStorage.getItem('tmj-m365-redirect')).to.equal(null);
  });
});

describe('msalErrorCode', () => {
  it('maps each documented failure to its own code', () => {
    expect(msalErrorCode(authError('BrowserAuthError', 'popup_window_error'))).to.equal('m365-popup-blocked');
    expect(msalErrorCode(authError('BrowserAuthError', 'empty_window_error'))).to.equal('m365-popup-blocked');
    expect(msalErrorCode(authError('BrowserAuthError', 'user_cancelled'))).to.equal('m365-cancelled');
    expect(msalErrorCode(authError('ServerError', 'access_denied', 'AADSTS65004: User declined to consent to access the app.'))).to.equal(
      'm365-consent-refused',
    );
    expect(msalErrorCode(authError('InteractionRequiredAuthError', 'consent_required'))).to.equal('m365-consent-refused');
    expect(
      msalErrorCode(authError('ServerError', 'invalid_request', "AADSTS50020: User account from identity provider does not exist in tenant 'Contoso'")),
    ).to.equal('m365-tenant-not-allowed');
    expect(msalErrorCode(authError('ServerError', 'access_denied', 'AADSTS500021: Access to tenant is denied.'))).to.equal('m365-tenant-not-allowed');
    expect(msalErrorCode(authError('BrowserAuthError', 'timed_out'))).to.equal('m365-sign-in-failed');
    expect(msalErrorCode(null)).to.equal('m365-sign-in-failed');
    expect(msalErrorCode('boom')).to.equal('m365-sign-in-failed');
  });
});

type Call = { method: string; request: { scopes: string[]; extraScopesToConsent?: string[]; prompt?: string } };

function fakeMsal(behaviour: { login?: () => Promise<AuthenticationResult>; silent?: (scopes: string[]) => Promise<AuthenticationResult> } = {}) {
  const calls: Call[] = [];
  const account = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'ada@contoso.com', localAccountId: 'oid-1', name: 'Ada Lovelace', idTokenClaims: { oid: 'oid-1' } };
  const result = (scopes: string[]): AuthenticationResult =>
    ({ accessToken: jwtExpiringIn(3600), scopes, account, uniqueId: 'oid-1', expiresOn: new Date(Date.now() + 3600_000) }) as unknown as AuthenticationResult;
  const client = {
    loginPopup: async (request: Call['request']) => (calls.push({ method: 'loginPopup', request }), behaviour.login ? behaviour.login() : result(request.scopes)),
    acquireTokenSilent: async (request: Call['request']) => (calls.push({ method: 'acquireTokenSilent', request }), behaviour.silent ? behaviour.silent(request.scopes) : result(request.scopes)),
    acquireTokenPopup: async (request: Call['request']) => (calls.push({ method: 'acquireTokenPopup', request }), result(request.scopes)),
    acquireTokenRedirect: async () => undefined,
    loginRedirect: async (request: Call['request'] & { redirectStartPage?: string }) => {
      calls.push({ method: 'loginRedirect', request });
    },
    handleRedirectPromise: async () => (calls.push({ method: 'handleRedirectPromise', request: { scopes: [] } }), null),
  };
  return { calls, createClient: async () => client as never };
}

let realFetch: typeof fetch;
let posted: Array<{ url: string; body: Record<string, unknown> }>;
function exchangeAnswers(status: number, body: unknown) {
  posted = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    posted.push({ url, body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}
beforeEach(() => (realFetch = globalThis.fetch));
afterEach(() => (globalThis.fetch = realFetch));

const acsTeamsToken = jwtExpiringIn(3600);

describe('createMsalSignIn', () => {
  it('signs in by popup once (consent for Teams and Graph), posts {aadToken, userObjectId}, then refreshes silently', async () => {
    const msal = fakeMsal();
    exchangeAnswers(200, { token: acsTeamsToken, expiresOn: new Date(Date.now() + 3600_000).toISOString() });
    const signIn = createMsalSignIn({ clientId: 'app', exchangeUrl: '/api/teams-token', createClient: msal.createClient });
    const first = await signIn.teamsTokenSource.getToken({});
    expect(first.token).to.equal(acsTeamsToken);
    const { popupWindowParent, ...login } = msal.calls[0]!.request as Call['request'] & { popupWindowParent?: Window };
    expect({ method: msal.calls[0]!.method, request: login }).to.deep.equal({
      method: 'loginPopup',
      request: { scopes: TEAMS_SCOPES, extraScopesToConsent: GRAPH_SCOPES, prompt: 'select_account' },
    });
    expect(typeof popupWindowParent?.open, 'MSAL opens its popup through our watched parent (popup-watch.ts)').to.equal('function');
    expect(posted[0]!.url).to.equal('/api/teams-token');
    expect(Object.keys(posted[0]!.body).sort()).to.deep.equal(['aadToken', 'userObjectId']);
    expect(posted[0]!.body['userObjectId']).to.equal('oid-1');
    expect(signIn.displayName()).to.equal('Ada Lovelace');
    await signIn.teamsTokenSource.getToken({});
    await signIn.graphTokenSource.getToken({});
    expect(msal.calls.slice(1).map((c) => [c.method, c.request.scopes])).to.deep.equal([
      ['acquireTokenSilent', TEAMS_SCOPES],
      ['acquireTokenSilent', GRAPH_SCOPES],
    ]);
  });

  async function failure(signIn: ReturnType<typeof createMsalSignIn>): Promise<TmjError> {
    try {
      await signIn.teamsTokenSource.getToken({});
    } catch (error) {
      expect(error).to.be.instanceOf(TmjError);
      return error as TmjError;
    }
    throw new Error('expected a failure');
  }

  it('a blocked popup, a cancelled one and a refused exchange each fail with their own code', async () => {
    exchangeAnswers(200, { token: acsTeamsToken });
    const blocked = fakeMsal({ login: () => Promise.reject(authError('BrowserAuthError', 'popup_window_error')) });
    // Where no redirect is possible (an iframe; here switched off), a blocked popup is its own error.
    expect((await failure(createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', redirectFallback: false, createClient: blocked.createClient }))).code).to.equal('m365-popup-blocked');
    const cancelled = fakeMsal({ login: () => Promise.reject(authError('BrowserAuthError', 'user_cancelled')) });
    expect((await failure(createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: cancelled.createClient }))).code).to.equal('m365-cancelled');
    expect(posted, 'nothing posted without a sign-in').to.deep.equal([]);
    exchangeAnswers(502, { error: 'token issuance failed' });
    const e = await failure(createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: fakeMsal().createClient }));
    expect([e.code, e.detail]).to.deep.equal(['m365-exchange-failed', '502']);
    exchangeAnswers(403, { error: 'tenant-not-allowed' });
    expect((await failure(createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: fakeMsal().createClient }))).code).to.equal(
      'm365-tenant-not-allowed',
    );
    exchangeAnswers(200, { token: 'not a jwt' });
    expect((await failure(createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: fakeMsal().createClient }))).code).to.equal('token-malformed');
  });

  it('never opens a window for a refresh: a failed silent refresh is m365-sign-in-failed, Graph before sign-in token-refresh-failed', async () => {
    exchangeAnswers(200, { token: acsTeamsToken });
    let silentFails = false;
    const msal = fakeMsal({
      silent: async (scopes) => {
        if (silentFails) throw authError('InteractionRequiredAuthError', 'interaction_required');
        return { accessToken: jwtExpiringIn(60), scopes, account: null } as unknown as AuthenticationResult;
      },
    });
    const signIn = createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: msal.createClient });
    await signIn.teamsTokenSource.getToken({});
    silentFails = true;
    const e = await failure(signIn);
    expect(e.code).to.equal('m365-sign-in-failed');
    expect(msal.calls.filter((c) => c.method !== 'acquireTokenSilent').map((c) => c.method), 'only the first sign-in popup').to.deep.equal(['loginPopup']);
    // Graph before any sign-in: no window either.
    const fresh = createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', createClient: fakeMsal().createClient });
    try {
      await fresh.graphTokenSource.getToken({});
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as TmjError).code).to.equal('token-refresh-failed');
    }
  });

  it('refuses a non-https authority before loading MSAL', async () => {
    const msal = fakeMsal();
    const e = await failure(createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', authority: 'http://login.example/t', createClient: msal.createClient }));
    expect([e.code, e.detail]).to.deep.equal(['invalid-m365-setup', 'aad-authority']);
    expect(msal.calls).to.deep.equal([]);
  });
});
