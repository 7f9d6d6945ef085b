// ACS-shaped access tokens for the emulator. They carry the claims the ACS SDKs read (skypeid, scp, csi,
// exp, acsScope, resourceId, resourceLocation) and are signed HS256 with a secret made fresh for each process,
// so a token from one emulator run is worthless to the next. They are only meaningful to this emulator.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** @typedef {{ rawId: string, communicationUserId: string, skypeId: string }} AcsIdentity */
/** @typedef {{ identity: AcsIdentity, claims: Record<string, unknown> }} VerifiedToken */

const b64url = (/** @type {Buffer|string} */ data) => Buffer.from(data).toString('base64url');

export class TokenMinter {
  /**
   * @param {{ resourceId?: string, resourceLocation?: string, lifetimeSeconds?: number }} [options]
   */
  constructor(options = {}) {
    this.secret = randomBytes(32);
    this.resourceId = options.resourceId ?? randomUUID();
    this.resourceLocation = options.resourceLocation ?? 'unitedstates';
    this.lifetimeSeconds = options.lifetimeSeconds ?? 3600;
      /** Identities whose every token minted up to `revokedBefore[rawId]` (ms) is invalid. */
    this.revokedBefore = new Map();
  }

  /** Creates a new identity (as `CommunicationIdentityClient.createUser` would). */
  newIdentity() {
    const skypeId = `acs:${this.resourceId}_${randomUUID()}`;
    return { skypeId, rawId: `8:${skypeId}`, communicationUserId: `8:${skypeId}` };
  }

  /**
   * @param {AcsIdentity} identity
   * @param {{ lifetimeSeconds?: number, extra?: Record<string, unknown> }} [options]
   * @returns {{ token: string, expiresOn: Date }}
   */
  mint(identity, options = {}) {
    const now = Math.floor(Date.now() / 1000);
    const lifetime = options.lifetimeSeconds ?? this.lifetimeSeconds;
    const exp = now + lifetime;
    const header = { alg: 'HS256', typ: 'JWT', kid: 'tmj-emulator' };
    const claims = {
      skypeid: identity.skypeId,
      scp: 1792,
      csi: String(now),
      exp,
      rgn: 'amer',
      acsScope: 'chat,voip',
      resourceId: this.resourceId,
      resourceLocation: this.resourceLocation,
      iat: now,
      // Millisecond issue time: lets the fault API revoke every token minted up to an instant.
      tmjIatMs: Math.max(Date.now(), (this.revokedBefore.get(identity.rawId) ?? 0) + 1),
      nbf: now - 5,
      // Teams users' tokens (the Microsoft 365 exchange, demo/server/m365.mjs) carry the account's name and tenant.
      ...(options.extra ?? {}),
    };
    const body = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    const sig = createHmac('sha256', this.secret).update(body).digest('base64url');
    return { token: `${body}.${sig}`, expiresOn: new Date(exp * 1000) };
  }

  /**
   * Verifies signature, expiry and revocation. Returns null for anything invalid (never throws).
   * @param {string | undefined | null} token
   * @returns {VerifiedToken | null}
   */
  verify(token) {
    if (typeof token !== 'string') return null;
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [h, c, s] = parts;
    const expected = createHmac('sha256', this.secret).update(`${h}.${c}`).digest();
    let given;
    try {
      given = Buffer.from(s, 'base64url');
    } catch {
      return null;
    }
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    /** @type {Record<string, unknown>} */
    let claims;
    try {
      claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp <= now) return null;
    if (typeof claims.skypeid !== 'string') return null;
    const rawId = `8:${claims.skypeid}`;
    const before = this.revokedBefore.get(rawId);
    if (before !== undefined && Number(claims.tmjIatMs) <= before) return null;
    return { identity: { skypeId: claims.skypeid, rawId, communicationUserId: rawId }, claims };
  }

  /** Invalidates every token of this identity minted up to now (the "expire a token early" fault). */
  revokeIdentity(/** @type {string} */ rawId) {
    this.revokedBefore.set(rawId, Date.now());
  }
}

/** Reads `Authorization: Bearer …` from a request. */
export function bearerToken(/** @type {import('node:http').IncomingMessage} */ req) {
  const auth = req.headers.authorization;
  if (typeof auth !== 'string') return null;
  const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
  return m ? m[1] : null;
}
