/**
 * Small pure helpers of the ACS session: SDK enum → normalized value, identifiers, bounded waits. DOM-free;
 * type-only imports of the SDK (never loads it).
 */
import { getIdentifierRawId, type CommunicationIdentifierKind } from '@azure/communication-common';
import type { CallState, ParticipantRole, RemoteParticipantState, RemoteVideoStream } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';
import { jwtPayload } from '../../core/jwt.js';
import type { CallPhase, Participant } from '../types.js';
import type { SessionCall } from './sdk-types.js';

export const SELF = 'self';
export const SELF_CAMERA = 'self|camera';

/** Runs a best-effort step (cleanup, an optional feature); one failure must not stop the rest. */
export function attempt(fn: () => void): void {
  try {
    fn();
  } catch {
    // Cleanup and optional features are best effort.
  }
}

/** The visitor's raw id from the token's `skypeid` claim (`acs:…` → `8:acs:…`); read, never verified or logged. */
export function rawIdFromToken(token: string): string {
  const skypeid = jwtPayload(token)?.['skypeid'];
  return typeof skypeid === 'string' && skypeid ? `8:${skypeid}` : '';
}

export function rawId(identifier: CommunicationIdentifierKind | Parameters<typeof getIdentifierRawId>[0]): string {
  try {
    return getIdentifierRawId(identifier);
  } catch {
    return '';
  }
}

export function streamKey(participantId: string, stream: Pick<RemoteVideoStream, 'mediaStreamType' | 'id'>): string {
  return `${participantId}|${stream.mediaStreamType}|${stream.id}`;
}

export function phaseOf(state: CallState, previous: CallPhase): CallPhase {
  switch (state) {
    case 'None':
    case 'Connecting':
    case 'Ringing':
    case 'EarlyMedia':
      return 'connecting';
    case 'InLobby':
      return 'lobby';
    case 'Connected':
    case 'LocalHold':
    case 'RemoteHold':
      return 'connected';
    case 'Disconnecting':
      return previous;
    case 'Disconnected':
      return 'ended';
  }
}

export function participantState(state: RemoteParticipantState): Participant['state'] {
  switch (state) {
    case 'InLobby':
      return 'lobby';
    case 'Connected':
      return 'connected';
    case 'Hold':
      return 'hold';
    case 'Disconnected':
      return 'disconnected';
    default:
      return 'connecting';
  }
}

export function roleOf(role: ParticipantRole): Participant['role'] {
  if (role === 'Organizer' || role === 'Co-organizer') return 'organizer';
  if (role === 'Presenter') return 'presenter';
  if (role === 'Attendee' || role === 'Consumer') return 'attendee';
  return undefined;
}

/** The SDK's device ids differ from the browser's: match by id (exact or contained), then label, then default. */
export function pickDevice<T extends { id: string; name: string; isSystemDefault?: boolean }>(
  devices: readonly T[],
  id: string | undefined,
  label: string | undefined,
): T | undefined {
  if (id) {
    const exact = devices.find((d) => d.id === id) ?? devices.find((d) => d.id.endsWith(`:${id}`) || d.id.includes(id));
    if (exact) return exact;
  }
  if (label) {
    const byLabel = devices.find((d) => d.name === label);
    if (byLabel) return byLabel;
  }
  return devices.find((d) => d.isSystemDefault) ?? devices[0];
}

/** Offline, a hang-up request may never be answered: the visitor's "leave" must still end the call here. */
export function hangUpBounded(call: Pick<SessionCall, 'hangUp'>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    call.hangUp().then(done, done);
  });
}

/** Rejects with `network`/`detail` after `ms`; a value that arrives later goes to `onLate` (to be disposed). */
export function withTimeout<T>(promise: Promise<T>, ms: number, detail: string, onLate: (value: T) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new TmjError('network', detail));
    }, ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        if (timedOut) onLate(value);
        else resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
