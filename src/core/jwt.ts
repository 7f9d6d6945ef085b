/**
 * Minimal JWT reading (DOM-free): decodes the payload to learn `exp`. It does NOT verify anything — the
 * service does; the widget only needs to notice a token that is malformed or already expired.
 */

/** Three base64url segments; the signature may be empty (unsigned tokens in local emulators). */
const JWT_SHAPE = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** The decoded payload object, or undefined when `token` is not a JWT whose payload is a JSON object. */
export function jwtPayload(token: string): Record<string, unknown> | undefined {
  if (typeof token !== 'string' || !JWT_SHAPE.test(token)) return undefined;
  try {
    const base64 = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64 + '='.repeat(-base64.length & 3)), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return payload && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Expiry from the `exp` claim (seconds since epoch), or undefined when absent or not a finite number. */
export function jwtExpiry(token: string): Date | undefined {
  const exp = jwtPayload(token)?.['exp'];
  return typeof exp === 'number' && Number.isFinite(exp) ? new Date(exp * 1000) : undefined;
}
