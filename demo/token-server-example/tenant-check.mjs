// OPTIONAL check, for site owners who want to refuse meetings their visitors cannot join: ACS guests ("Teams
// external users") can join meetings of commercial Microsoft 365 tenants only. GCC High, DoD and China
// (21Vianet) meetings already have their own hosts (teams.microsoft.us, teams.microsoftonline.cn) and the widget
// refuses those links by host. GCC (Moderate) meetings use the normal teams.microsoft.com host, so only the
// organizer's tenant tells them apart: its id is the `Tid` in the link's `context` parameter, and Microsoft's
// public OpenID configuration of that tenant says where it lives.
//
// What the OpenID configuration says (https://login.microsoftonline.com/<tenant>/v2.0/.well-known/openid-configuration;
// Microsoft Learn, "OpenID Connect on the Microsoft identity platform", entra/identity-platform/v2-protocols-oidc):
// the documented fields are the OIDC ones (issuer, endpoints…). The fields this check
// reads are Microsoft extensions that Microsoft does NOT document as a contract: `tenant_region_scope` ("USGov"
// for US government clouds), `tenant_region_sub_scope` ("GCC" for GCC Moderate, "DODCON" for GCC High, "DOD" for
// DoD) and `cloud_instance_name` ("microsoftonline.com", "microsoftonline.us", "partner.microsoftonline.cn").
// Those values are what the endpoint answers today (widely relied on by tenant-lookup tools); treat the result as a
// hint: an answer this code does not recognise is `unknown`, and `unknown` is never refused.
//
// The widget never makes this request itself (it would tell Microsoft which meetings a page shows, from the
// visitor's browser): it is a backend's choice. No documented Calling SDK call-end code identifies a GCC tenant
// ("Troubleshooting call end response codes" has none), so without this check a GCC meeting just fails to join.

/** A tenant id (GUID), lower case, or undefined. */
export function normalizeTenantId(/** @type {unknown} */ value) {
  if (typeof value !== 'string') return undefined;
  const id = value.trim().toLowerCase();
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id) ? id : undefined;
}

/**
 * The organizer's tenant id from a Teams meeting link: `context={"Tid":"…","Oid":"…"}` (URL-encoded JSON, as
 * Teams writes it). Undefined when the link is not an https Teams link or has no usable Tid.
 */
export function tenantFromMeetingLink(/** @type {unknown} */ link) {
  if (typeof link !== 'string' || link.length > 4096) return undefined;
  let url;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !/(^|\.)teams\.microsoft\.com$/i.test(url.hostname)) return undefined;
  const raw = url.searchParams.get('context');
  if (!raw) return undefined;
  try {
    const context = JSON.parse(raw);
    return normalizeTenantId(context && typeof context === 'object' ? context.Tid : undefined);
  } catch {
    return undefined;
  }
}

/**
 * @typedef {'commercial' | 'gcc' | 'gcc-high' | 'dod' | 'china' | 'unknown'} TenantCloud
 * Which cloud an OpenID configuration document places its tenant in (see the header for what is documented).
 * @returns {TenantCloud}
 */
export function tenantCloud(/** @type {unknown} */ config) {
  if (!config || typeof config !== 'object') return 'unknown';
  const c = /** @type {Record<string, unknown>} */ (config);
  const instance = typeof c.cloud_instance_name === 'string' ? c.cloud_instance_name.toLowerCase() : '';
  const scope = typeof c.tenant_region_scope === 'string' ? c.tenant_region_scope.toUpperCase() : '';
  const sub = typeof c.tenant_region_sub_scope === 'string' ? c.tenant_region_sub_scope.toUpperCase() : '';
  if (instance.endsWith('microsoftonline.cn')) return 'china';
  if (sub === 'DOD') return 'dod';
  if (sub === 'DODCON') return 'gcc-high';
  if (sub === 'GCC') return 'gcc';
  if (instance === 'microsoftonline.us' || scope === 'USGOV') return 'gcc-high';
  if (instance === 'microsoftonline.com' && scope && !sub) return 'commercial';
  return 'unknown';
}

/** Clouds whose meetings ACS guests cannot join. */
export const UNSUPPORTED_CLOUDS = new Set(['gcc', 'gcc-high', 'dod', 'china']);

/**
 * A cached, time-bounded lookup: `check(tenantId)` → `{cloud, supported}`; `supported` is false only for a cloud
 * in UNSUPPORTED_CLOUDS. Failures (network, timeout, non-JSON, 4xx/5xx) reject: the caller decides (the example
 * lets the visitor try rather than refuse on a lookup it could not make).
 * @param {{ fetch?: typeof fetch, authority?: string, ttlMs?: number, timeoutMs?: number, maxEntries?: number }} [options]
 */
export function createTenantChecker(options = {}) {
  const get = options.fetch ?? fetch;
  // Overridable for tests only (a local stand-in for login.microsoftonline.com); https in production.
  const authority = (options.authority ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
  const ttlMs = options.ttlMs ?? 24 * 3600_000;
  const timeoutMs = options.timeoutMs ?? 3000;
  const maxEntries = options.maxEntries ?? 5000;
  /** @type {Map<string, { at: number, value: Promise<{ cloud: TenantCloud, supported: boolean }> }>} */
  const cache = new Map();

  const lookup = async (/** @type {string} */ tenantId) => {
    const response = await get(`${authority}/${tenantId}/v2.0/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
      redirect: 'error',
    });
    if (!response.ok) throw new Error(`openid-configuration ${response.status}`);
    const text = await response.text();
    if (text.length > 64 * 1024) throw new Error('openid-configuration too large');
    const cloud = tenantCloud(JSON.parse(text));
    return { cloud, supported: !UNSUPPORTED_CLOUDS.has(cloud) };
  };

  return {
    /** @param {string} tenantId a GUID (normalizeTenantId) */
    check(tenantId) {
      const id = normalizeTenantId(tenantId);
      if (!id) return Promise.reject(new Error('not a tenant id'));
      const now = Date.now();
      const hit = cache.get(id);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = lookup(id);
      cache.set(id, { at: now, value });
      // A failed lookup is not cached: the next visitor tries again.
      value.catch(() => cache.get(id)?.value === value && cache.delete(id));
      if (cache.size > maxEntries) cache.delete(/** @type {string} */ (cache.keys().next().value));
      return value;
    },
  };
}
