/**
 * Stable error codes. They appear in `tmj-error` event details and in `data-code` of the rendered error,
 * so sites and tests can rely on them. User-facing text comes from the localized strings
 * (src/core/i18n), keyed by code — never from here.
 */
export const ERROR_CODES = [
  // configuration
  'missing-locator',
  'conflicting-locators',
  'invalid-link',
  'link-not-https',
  'link-not-teams',
  'link-unsafe-scheme',
  'link-gcc-unsupported',
  'link-consumer-unsupported',
  'link-webinar-unsupported',
  'invalid-meeting-id',
  'missing-token-source',
  'invalid-identity',
  'invalid-display-name',
  'invalid-emulator-url',
  'invalid-m365-setup',
  'unsupported-browser',
  // tokens
  'token-network',
  'token-http',
  'token-malformed',
  'token-expired',
  'token-refresh-failed',
  // Microsoft 365 sign-in (identity="teams"/"choice" with aad-client-id, or teamsTokenProvider)
  'm365-popup-blocked',
  'm365-cancelled',
  'm365-consent-refused',
  'm365-tenant-not-allowed',
  'm365-exchange-failed',
  'm365-sign-in-failed',
  // loading
  'sdk-load-failed',
  'emulator-not-loaded',
  // media
  'media-permission-denied',
  'media-no-device',
  'media-device-failed',
  'mic-muted-by-system',
  'speaking-while-muted',
  'screen-share-failed',
  // joining / in call
  'join-failed',
  'network',
  'token-rejected',
  'meeting-not-found',
  'not-permitted',
  'denied',
  'removed',
  'meeting-ended',
  'lobby-timeout',
  'call-failed',
  // compliance (recording/transcription notice): the session cannot observe recording/transcription
  'compliance-unobservable',
  'consent-failed',
  'service-unavailable',
  'guest-join-disabled',
  // chat
  'chat-send-failed',
  'chat-unavailable',
  'chat-load-failed',
  'chat-polling',
  'chat-html-blocked',
  // background effects: a `background-images` entry that cannot be offered (the event's `detail` says which and why)
  'background-image-invalid',
  // background effects: the page's Content Security Policy refuses what the ACS effects package needs (`detail`: the
  // missing sources, e.g. `script-src 'wasm-unsafe-eval'`)
  'background-effects-blocked',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The one error type the widget's modules throw. `code` is stable; `detail` is diagnostic (HTTP status,
 * SDK code) and must never contain a token.
 */
export class TmjError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options);
    this.name = 'TmjError';
    this.code = code;
    this.detail = detail;
  }
}

/** Normalizes anything thrown into a TmjError, using `fallback` for foreign errors. */
export function toTmjError(error: unknown, fallback: ErrorCode): TmjError {
  if (error instanceof TmjError) return error;
  const detail = error instanceof Error ? error.name : undefined;
  return new TmjError(fallback, detail, { cause: error });
}
