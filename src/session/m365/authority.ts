/**
 * The `aad-authority` attribute → MSAL's authority settings (DOM-free, no MSAL import).
 *
 *  - **https** (every real authority): passed to MSAL as it is. Microsoft's own login hosts are discovered by MSAL;
 *    any other host (a sovereign or proxy authority) is declared in `knownAuthorities`, so MSAL reads its OpenID
 *    metadata from the authority itself.
 *  - **http on a loopback host** (the local emulator, development only — the same loopback-only rule as the
 *    `emulator` attribute): MSAL refuses any non-https authority (`ClientConfigurationError`
 *    `authority_uri_insecure`, from `UrlString.validateAsUri` in msal-common), but it never contacts the authority
 *    URL itself when it is given the OpenID metadata (`auth.authorityMetadata`, a JSON string) and the host is in
 *    `auth.knownAuthorities` (no instance discovery): it then sends the visitor to `authorization_endpoint` and
 *    redeems codes at `token_endpoint` from that metadata, whatever their scheme. So MSAL gets an https
 *    placeholder under the reserved `.invalid` top-level domain (RFC 6761: never resolves) and metadata whose
 *    endpoints are the emulator's, in Entra ID's layout (`{authority}/oauth2/v2.0/authorize`, `/token`, …).
 *    "Configuration options" of MSAL.js (`knownAuthorities`, `authorityMetadata`):
 *    https://learn.microsoft.com/en-us/entra/identity-platform/msal-js-initializing-client-applications and
 *    msal-browser's configuration doc; Entra's OpenID metadata fields: "OpenID Connect on the Microsoft identity
 *    platform" (https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc).
 *
 * Anything else — http elsewhere, credentials, a query or fragment, more than one path segment on loopback, a
 * non-URL — is `invalid-m365-setup` (`aad-authority`) before MSAL loads.
 */
import { TmjError } from '../../core/errors.js';
import { isLoopbackHost } from '../chat/loopback-http-client.js';

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** Hosts whose authorities MSAL knows itself (instance discovery); any other host must be declared known. */
const MICROSOFT_LOGIN_HOSTS = /(^|\.)(login\.microsoftonline\.(com|us)|login\.partner\.microsoftonline\.cn|login\.microsoft\.com)$/i;
/** A tenant path segment as Entra ID spells them: a GUID, a domain, `organizations`, `common`, `consumers`. */
const TENANT = /^[A-Za-z0-9][A-Za-z0-9.-]{0,253}$/;

export interface MsalAuthority {
  /** What MSAL's `auth.authority` gets (always https). */
  readonly authority: string;
  readonly knownAuthorities?: string[];
  /** OpenID metadata as MSAL wants it (a JSON string); only for a loopback emulator. */
  readonly authorityMetadata?: string;
}

const refuse = (): never => {
  throw new TmjError('invalid-m365-setup', 'aad-authority');
};

/** MSAL's authority settings for an `aad-authority` value; throws `invalid-m365-setup` for an unusable one. */
export function msalAuthority(value: string | undefined): MsalAuthority {
  const raw = value?.trim() || DEFAULT_AUTHORITY;
  // Control characters, spaces or backslashes never belong in an authority (URL parsing would drop or fold them).
  if (/[\s\\\u0000-\u001f\u007f]/.test(raw)) refuse();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse();
  }
  if (url.username || url.password) refuse();
  if (url.protocol === 'https:' && /^https:\/\/[^/]+/i.test(raw)) {
    return MICROSOFT_LOGIN_HOSTS.test(url.hostname) ? { authority: raw } : { authority: raw, knownAuthorities: [url.host] };
  }
  if (url.protocol !== 'http:' || !isLoopbackHost(url.hostname) || !url.port || url.search || url.hash || raw.includes('#') || raw.includes('?')) {
    return refuse();
  }
  const segments = url.pathname.replace(/\/$/, '').split('/').slice(1);
  const tenant = segments[0] ?? '';
  if (segments.length !== 1 || !TENANT.test(tenant)) return refuse();
  const base = `${url.origin}/${tenant}`;
  // One placeholder host per emulator port, so two local emulators never share MSAL cache entries.
  const placeholder = `loopback-${url.port}.emulator.invalid`;
  return {
    authority: `https://${placeholder}/${tenant}`,
    knownAuthorities: [placeholder],
    authorityMetadata: JSON.stringify({
      issuer: `${base}/v2.0`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      token_endpoint: `${base}/oauth2/v2.0/token`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
    }),
  };
}
