/**
 * `aad-authority` → MSAL's authority settings (src/session/m365/authority.ts). A real https authority goes to MSAL
 * as it is; an http authority is accepted only on a loopback host with a port and one tenant segment (the local
 * emulator), as an https placeholder MSAL never contacts plus OpenID metadata pointing at the emulator; anything
 * else is `invalid-m365-setup` before MSAL loads. MSAL's own behaviour with that metadata (no discovery request,
 * the endpoints' scheme not checked) is exercised for real in test/e2e/m365.test.mjs; here the double only records
 * the configuration MSAL would get (`Configuration.auth.authority`, `knownAuthorities`, `authorityMetadata`:
 * MSAL.js "Configuration options", learn.microsoft.com/entra/identity-platform/msal-js-initializing-client-applications).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Configuration } from '@azure/msal-browser';
import { TmjError } from '../../../src/core/errors.js';
import { DEFAULT_AUTHORITY, msalAuthority } from '../../../src/session/m365/authority.js';
import { createMsalSignIn } from '../../../src/session/m365/msal-sign-in.js';

const refused = (value: string): boolean => {
  try {
    msalAuthority(value);
    return false;
  } catch (error) {
    expect(error, value).to.be.instanceOf(TmjError);
    expect([(error as TmjError).code, (error as TmjError).detail], value).to.deep.equal(['invalid-m365-setup', 'aad-authority']);
    return true;
  }
};

describe('aad-authority', () => {
  it('passes real https authorities to MSAL unchanged; non-Microsoft hosts are declared known', () => {
    expect(msalAuthority(undefined)).to.deep.equal({ authority: DEFAULT_AUTHORITY });
    expect(msalAuthority('   ')).to.deep.equal({ authority: DEFAULT_AUTHORITY });
    expect(msalAuthority('https://login.microsoftonline.com/contoso.onmicrosoft.com')).to.deep.equal({ authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' });
    expect(msalAuthority('https://login.microsoftonline.us/t')).to.deep.equal({ authority: 'https://login.microsoftonline.us/t' });
    expect(msalAuthority('https://login.example.com/tenant')).to.deep.equal({ authority: 'https://login.example.com/tenant', knownAuthorities: ['login.example.com'] });
    expect(msalAuthority('https://localhost:8443/t')).to.deep.equal({ authority: 'https://localhost:8443/t', knownAuthorities: ['localhost:8443'] });
  });

  it('an http loopback emulator becomes an https placeholder under .invalid plus metadata pointing at the emulator', () => {
    const got = msalAuthority('http://localhost:5173/5f1e4b7a-0c1d-4e2f-9a3b-7c6d5e4f3a2b');
    expect(got.authority).to.equal('https://loopback-5173.emulator.invalid/5f1e4b7a-0c1d-4e2f-9a3b-7c6d5e4f3a2b');
    expect(got.knownAuthorities).to.deep.equal(['loopback-5173.emulator.invalid']);
    const base = 'http://localhost:5173/5f1e4b7a-0c1d-4e2f-9a3b-7c6d5e4f3a2b';
    expect(JSON.parse(got.authorityMetadata ?? '')).to.deep.equal({
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    });
    expect(msalAuthority('http://127.0.0.1:9/organizations/').authority).to.equal('https://loopback-9.emulator.invalid/organizations');
    expect(JSON.parse(msalAuthority('http://[::1]:9/common').authorityMetadata ?? '').token_endpoint).to.equal('http://[::1]:9/common/oauth2/v2.0/token');
  });

  it('refuses hostile or unusable values: http off loopback, no port, credentials, query, fragment, paths, schemes', () => {
    for (const value of [
      'http://login.example/t',
      'http://login.microsoftonline.com/organizations',
      'http://localhost.example.com:80/t',
      'http://127.0.0.2:5173/t',
      'http://[::2]:5173/t',
      'http://localhost/t',
      'http://localhost:5173',
      'http://localhost:5173/',
      'http://localhost:5173/a/b',
      'http://localhost:5173/t/oauth2/v2.0/authorize',
      'http://user:pw@localhost:5173/t',
      'http://localhost:5173/t?x=1',
      'http://localhost:5173/t?',
      'http://localhost:5173/t#frag',
      'http://localhost:5173/%2e%2e',
      'http://localhost:5173/t%2Fx',
      'http://localhost:5173/%3Cscript%3E',
      'http://localhost:5173/-t',
      `http://localhost:5173/${'a'.repeat(300)}`,
      'http:\\\\localhost:5173\\t',
      'http://localhost:5173/t\nx',
      'http://localhost:5173/t\u0000',
      'http://local\thost:5173/t',
      'https://user:pw@login.microsoftonline.com/t',
      'https:///t',
      'https:login.microsoftonline.com/t',
      'javascript:alert(1)//localhost:5173/t',
      'data:text/html,<script>alert(1)</script>',
      'ftp://localhost:21/t',
      'ws://localhost:5173/t',
      '//localhost:5173/t',
      '/t',
      'localhost:5173/t',
      'not a url',
    ]) {
      expect(refused(value), value).to.equal(true);
    }
  });

  it('property: every value is either refused or gives MSAL an https authority; a non-https one only ever points MSAL at the same loopback origin', () => {
    const loopbackish = fc
      .tuple(
        fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'javascript', ''),
        fc.constantFrom('localhost', '127.0.0.1', '[::1]', 'LOCALHOST', 'localhost.', '127.0.0.2', 'evil.com', 'localhost@evil.com', 'evil.com#@localhost', 'u:p@localhost'),
        fc.option(fc.integer({ min: 0, max: 70000 }), { nil: undefined }),
        fc.array(fc.oneof(fc.constantFrom('t', 'organizations', '..', '%2e', 'a?b', 'a#b', '<x>', ' ', ''), fc.string({ maxLength: 8 })), { maxLength: 3 }),
      )
      .map(([scheme, host, port, path]) => `${scheme}://${host}${port === undefined ? '' : `:${port}`}/${path.join('/')}`);
    fc.assert(
      fc.property(fc.oneof(loopbackish, fc.string({ maxLength: 60 }), fc.webUrl()), (value) => {
        let got;
        try {
          got = msalAuthority(value);
        } catch (error) {
          return error instanceof TmjError && error.code === 'invalid-m365-setup';
        }
        if (!got.authority.startsWith('https://')) return false;
        if (!value.trim()) return got.authority === DEFAULT_AUTHORITY;
        if (!/^https:/i.test(value.trim())) {
          // Only loopback http reaches here: placeholder under .invalid, endpoints on the value's own origin.
          const origin = new URL(value.trim()).origin;
          if (!['http://localhost', 'http://127.0.0.1', 'http://[::1]'].some((o) => origin.startsWith(`${o}:`))) return false;
          if (!new URL(got.authority).hostname.endsWith('.emulator.invalid')) return false;
          const metadata = JSON.parse(got.authorityMetadata ?? '{}') as Record<string, string>;
          return Object.values(metadata).length === 5 && Object.values(metadata).every((u) => new URL(u).origin === origin);
        }
        return got.authorityMetadata === undefined;
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('MSAL is configured with the placeholder, the known host and the metadata; a refused value never loads MSAL', async () => {
    let config: Configuration | undefined;
    const createClient = async (c: Configuration) => {
      config = c;
      return { handleRedirectPromise: async () => null } as never;
    };
    const signIn = createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', authority: 'http://localhost:5173/t', createClient });
    // Silent Graph token before sign-in: configures MSAL, then fails as "not signed in" without opening anything.
    await signIn.graphTokenSource.getToken({}).catch(() => undefined);
    expect(config?.auth.authority).to.equal('https://loopback-5173.emulator.invalid/t');
    expect(config?.auth.knownAuthorities).to.deep.equal(['loopback-5173.emulator.invalid']);
    expect(JSON.parse(config?.auth.authorityMetadata ?? '{}').authorization_endpoint).to.equal('http://localhost:5173/t/oauth2/v2.0/authorize');

    config = undefined;
    const refusedSignIn = createMsalSignIn({ clientId: 'a', exchangeUrl: '/x', authority: 'http://login.example:5173/t', createClient });
    const error = await refusedSignIn.teamsTokenSource.getToken({}).then(() => undefined, (e: unknown) => e);
    expect((error as TmjError).code).to.equal('invalid-m365-setup');
    expect(config, 'MSAL never configured').to.equal(undefined);
  });
});
