/** Builds unsigned JWT-shaped test tokens (never real credentials). */
export function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function makeJwt(payload: Record<string, unknown>, signature = 'c2lnbmF0dXJl'): string {
  return `${base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))}.${base64url(JSON.stringify(payload))}.${signature}`;
}

/** A token that expires `seconds` from now (negative: already expired). */
export function jwtExpiringIn(seconds: number, extra: Record<string, unknown> = {}): string {
  return makeJwt({ skypeid: 'acs:test', scp: 1792, exp: Math.floor(Date.now() / 1000) + seconds, ...extra });
}
