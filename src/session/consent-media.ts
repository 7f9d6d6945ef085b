/**
 * After the visitor gives explicit consent (Teams explicit-consent meetings), their pre-join choices are
 * applied: a microphone or camera they had switched on before joining comes on now. The service lifts the
 * block asynchronously (capabilities change after `grantTeamsConsent()` resolves), so each device waits for its
 * capability, bounded: a control that stays blocked is left off, never forced.
 * Shared by the ACS and emulator sessions (one source of this rule).
 */
import type { MediaChoice, SessionEvent, SessionState } from './types.js';

/** How long to wait for the service to release the microphone/camera after consent. */
export const CONSENT_MEDIA_WAIT_MS = 5000;

interface ConsentMediaSession {
  readonly state: SessionState;
  subscribe(listener: (event: SessionEvent) => void): () => void;
  setMicrophone(on: boolean): Promise<void>;
  setCamera(on: boolean): Promise<void>;
}

function until(session: ConsentMediaSession, ok: (s: SessionState) => boolean, timeoutMs: number): Promise<boolean> {
  if (ok(session.state)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (value: boolean) => {
      clearTimeout(timer);
      off();
      resolve(value);
    };
    const off = session.subscribe((event) => {
      if (event.type === 'state' && ok(event.state)) done(true);
    });
    const timer = setTimeout(() => done(false), timeoutMs);
  });
}

/** Turns on what the visitor chose on the pre-join screen, once the meeting allows it. Never throws. */
export async function applyMediaAfterConsent(
  session: ConsentMediaSession,
  media: Pick<MediaChoice, 'microphoneOn' | 'cameraOn'> | undefined,
  timeoutMs = CONSENT_MEDIA_WAIT_MS,
): Promise<void> {
  if (!media) return;
  const tasks: Array<Promise<unknown>> = [];
  if (media.microphoneOn && !session.state.self.microphoneOn) {
    tasks.push(
      until(session, (s) => s.capabilities.unmuteMic, timeoutMs).then((ok) => (ok ? session.setMicrophone(true) : undefined)),
    );
  }
  if (media.cameraOn && !session.state.self.cameraOn) {
    tasks.push(
      until(session, (s) => s.capabilities.turnVideoOn, timeoutMs).then((ok) => (ok ? session.setCamera(true) : undefined)),
    );
  }
  // A device that fails to start is reported by the controls like any other; consent itself succeeded.
  await Promise.allSettled(tasks);
}
