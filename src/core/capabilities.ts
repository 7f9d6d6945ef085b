/**
 * What a browser must have to join a call, checked before any session or SDK is fetched (DOM-free: the
 * environment is passed in; `readCapabilities()` reads the real one). Both sessions need all three:
 *  - a secure context (https, or localhost): browsers expose camera/microphone only there;
 *  - `RTCPeerConnection` (WebRTC): missing in WebKitGTK builds without WebRTC, some locked-down or in-app
 *    browsers; without it a join would hang on "Joining…" (the SDK or the emulator's peer link throws late);
 *  - `navigator.mediaDevices.getUserMedia`.
 * The ACS Calling SDK documents the same: WebRTC browsers only, on https or localhost
 * (https://learn.microsoft.com/azure/communication-services/concepts/voice-video-calling/calling-sdk-features,
 * "JavaScript Calling SDK support by OS and browser").
 */

export const CAPABILITIES = ['secure-context', 'webrtc', 'media-devices'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** The parts of the browser the check looks at (all optional: an embedded browser may lack any of them). */
export interface CapabilityEnv {
  readonly isSecureContext?: unknown;
  readonly RTCPeerConnection?: unknown;
  readonly mediaDevices?: { readonly getUserMedia?: unknown } | null | undefined;
}

/**
 * What is missing, in a fixed order. In an insecure context browsers hide `mediaDevices`, so only the
 * secure context is named then (the camera is a consequence, not a second problem).
 */
export function missingCapabilities(env: CapabilityEnv): Capability[] {
  const missing: Capability[] = [];
  const secure = env.isSecureContext === true;
  if (!secure) missing.push('secure-context');
  if (typeof env.RTCPeerConnection !== 'function') missing.push('webrtc');
  if (secure && typeof env.mediaDevices?.getUserMedia !== 'function') missing.push('media-devices');
  return missing;
}

/** The real environment. A getter that throws (seen in hardened embedded browsers) counts as missing. */
export function readCapabilities(scope: typeof globalThis = globalThis): CapabilityEnv {
  const read = <T>(get: () => T): T | undefined => {
    try {
      return get();
    } catch {
      return undefined;
    }
  };
  return {
    isSecureContext: read(() => scope.isSecureContext),
    RTCPeerConnection: read(() => (scope as { RTCPeerConnection?: unknown }).RTCPeerConnection),
    mediaDevices: read(() => {
      const devices = scope.navigator?.mediaDevices as { getUserMedia?: unknown } | undefined;
      return devices ? { getUserMedia: read(() => devices.getUserMedia) } : undefined;
    }),
  };
}

/** Serialized into the join state's `detail` ("webrtc,media-devices") and read back for the message. */
export function capabilitiesFromDetail(detail: string | undefined): Capability[] {
  const names = (detail ?? '').split(',');
  return CAPABILITIES.filter((c) => names.includes(c));
}

/** The localized pieces of the message (in the end-screen string tables). */
export interface UnsupportedStrings {
  /** "… it lacks {missing}." */
  readonly lacks: string;
  readonly webrtc: string;
  readonly 'media-devices': string;
  /** The whole explanation for a page that is not in a secure context. */
  readonly insecure: string;
  /** What to use instead. */
  readonly advice: string;
}

/**
 * The specific message: what is missing and what to use instead. `list` joins names in the language's
 * style ("A and B"); null when nothing is missing.
 */
export function unsupportedMessage(
  strings: UnsupportedStrings,
  missing: readonly Capability[],
  list: (items: string[]) => string,
): string | null {
  if (!missing.length) return null;
  const parts: string[] = [];
  if (missing.includes('secure-context')) parts.push(strings.insecure);
  const lacking = missing.filter((c): c is 'webrtc' | 'media-devices' => c !== 'secure-context').map((c) => strings[c]);
  if (lacking.length) parts.push(strings.lacks.replace('{missing}', list(lacking)), strings.advice);
  return parts.join(' ');
}
