// The request checks of the Microsoft 365 token exchange (POST /api/teams-token), shared by the example backend
// (server.mjs) and the local emulator (demo/server), so both apply the same rules. No I/O, no logging.

/**
 * The claims of the visitor's Entra ID access token, decoded only to route the request (`oid`, `tid`, `aud`,
 * `appid`/`azp`). The signature is NOT checked here: ACS verifies the token itself in `getTokenForTeamsUser`, which
 * also checks `appId` against ENTRA_CLIENT_ID and `oid` against userObjectId
 * (https://learn.microsoft.com/en-us/javascript/api/@azure/communication-identity/gettokenforteamsuseroptions).
 * The tenant allow-list below is this site's own policy on top of that.
 */
function entraClaims(aadToken) {
  try {
    const payload = JSON.parse(Buffer.from(aadToken.split('.')[1], 'base64url').toString('utf8'));
    return payload && typeof payload === 'object' ? payload : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POST {aadToken, userObjectId} → {token, expiresOn}. Same protections as /api/token (origin allow-list, rate
 * limits, 2 KB bodies — an Entra access token is ~1.5-2 KB, so this endpoint allows 8 KB — POST only, nothing
 * logged) plus: the token's `oid` must equal userObjectId, its tenant must be in ALLOWED_TENANTS, and it must have
 * been issued to this app. Answers 400 (malformed), 403 {"error":"tenant-not-allowed"}, 403 (other app), 502 (ACS
 * refused the exchange).
 */
export function checkExchangeRequest(body, { clientId, allowedTenants }) {
  const aadToken = typeof body?.aadToken === 'string' ? body.aadToken : '';
  const userObjectId = typeof body?.userObjectId === 'string' ? body.userObjectId : '';
  const claims = aadToken && entraClaims(aadToken);
  if (!claims || !userObjectId || claims.oid !== userObjectId) return { status: 400, error: 'aadToken and matching userObjectId required' };
  if (typeof claims.tid !== 'string' || !allowedTenants.has(claims.tid.toLowerCase())) return { status: 403, error: 'tenant-not-allowed' };
  const app = claims.appid ?? claims.azp;
  if (app !== clientId) return { status: 403, error: 'token issued to another application' };
  return { aadToken, userObjectId };
}
