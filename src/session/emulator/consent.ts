/**
 * The emulator session's side of Teams explicit consent (server side: demo/server/signaling.mjs
 * `consentFor`). While consent is required the service refuses the guest's microphone, camera and screen
 * share; the session mirrors that as capabilities off with the reason `consent-required` (the ACS session
 * maps the SDK's `ExplicitConsentRequired` to the same), so the controls say why.
 */
import type { Capabilities, ConsentRequirement, SessionState } from '../types.js';
import type { WireConsent } from './protocol.js';

/** The state patch for a consent requirement; `base` = the capabilities the meeting grants otherwise. */
export function consentPatch(
  required: WireConsent | null | undefined,
  base: Capabilities,
): Pick<SessionState, 'consentRequired' | 'capabilities'> {
  const consentRequired: ConsentRequirement | null = required
    ? { recording: required.recording === true, transcription: required.transcription === true }
    : null;
  if (!consentRequired) {
    return { consentRequired, capabilities: { ...base, reasons: {} } };
  }
  const blocked = 'consent-required' as const;
  return {
    consentRequired,
    capabilities: {
      ...base,
      unmuteMic: false,
      turnVideoOn: false,
      shareScreen: false,
      reasons: { unmuteMic: blocked, turnVideoOn: blocked, shareScreen: blocked },
    },
  };
}

/** How long `grantConsent()` waits for the emulator's answer before failing with `consent-failed`. */
export const CONSENT_ANSWER_TIMEOUT_MS = 10_000;

/** `grantConsent()` callers waiting for the emulator's answer; all are told `false` when the call ends. */
export class ConsentWaiters {
  private readonly waiting = new Set<(granted: boolean) => void>();

  /** Sends the request through `ask` and resolves with the answer, or false after the timeout. */
  wait(ask: () => void, timeoutMs = CONSENT_ANSWER_TIMEOUT_MS): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve(ok);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      this.waiting.add(done);
      ask();
    });
  }

  settle(granted: boolean): void {
    for (const done of [...this.waiting]) done(granted);
  }
}
