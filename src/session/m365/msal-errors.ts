/**
 * Maps what MSAL.js (`@azure/msal-browser`) throws to the widget's Microsoft 365 error codes (DOM-free, no MSAL
 * import: it reads only the documented `errorCode`, `subError` and `errorMessage` fields of `AuthError`).
 *
 * Sources (checked 2026):
 *  - BrowserAuthError codes, "MSAL.js browser errors" / BrowserAuthErrorCodes
 *    (https://learn.microsoft.com/en-us/javascript/api/@azure/msal-browser/browserautherror, aka.ms/msaljs/browser-errors):
 *    `popup_window_error` (window.open failed: blocked), `empty_window_error` (window.open returned null: blocked),
 *    `user_cancelled` (the visitor closed the popup).
 *  - InteractionRequiredAuthError codes (msal-common): `consent_required`, `interaction_required`, `login_required`.
 *  - Entra ID error codes ("Microsoft Entra authentication and authorization error codes",
 *    https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes): the server's
 *    `error=access_denied` with AADSTS65004 "user declined to consent"; AADSTS65001 consent not granted;
 *    AADSTS50020 user from an identity provider that does not exist in the tenant; AADSTS500021 tenant restrictions
 *    deny access; AADSTS700016 the application was not found in the tenant; AADSTS90072 external user not in tenant.
 */
import type { ErrorCode } from '../../core/errors.js';

export type M365ErrorCode = Extract<ErrorCode, `m365-${string}`>;

const TENANT = /AADSTS(50020|500021|700016|90072|50177)\b/;
const CONSENT = /AADSTS(65004|65001|90094)\b/;

/** The widget's code for an MSAL failure. Anything unrecognised is `m365-sign-in-failed`. */
export function msalErrorCode(error: unknown): M365ErrorCode {
  if (typeof error !== 'object' || error === null) return 'm365-sign-in-failed';
  const e = error as { errorCode?: unknown; subError?: unknown; errorMessage?: unknown; message?: unknown };
  const code = typeof e.errorCode === 'string' ? e.errorCode : '';
  const text = `${typeof e.errorMessage === 'string' ? e.errorMessage : ''} ${typeof e.message === 'string' ? e.message : ''}`;
  if (code === 'popup_window_error' || code === 'empty_window_error') return 'm365-popup-blocked';
  if (code === 'user_cancelled') return 'm365-cancelled';
  if (TENANT.test(text)) return 'm365-tenant-not-allowed';
  if (CONSENT.test(text) || code === 'consent_required' || code === 'access_denied') return 'm365-consent-refused';
  return 'm365-sign-in-failed';
}
