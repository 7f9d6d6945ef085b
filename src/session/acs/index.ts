/**
 * The lazily loaded entry of the ACS `MeetingSession` (loaded by src/session/loader.ts only). The calling SDK
 * itself is a further lazy step (`calling-sdk.ts`), fetched when the visitor actually joins.
 */
import type { SessionFactory } from '../types.js';
import { AcsSession } from './acs-session.js';

export const sessionFactory: SessionFactory = {
  kind: 'acs',
  create: (options) => new AcsSession(options),
};

export { AcsSession, type AcsSessionDeps } from './acs-session.js';
export { mapCallEndReason, mapSdkError } from './end-reasons.js';
