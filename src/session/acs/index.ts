/**
 * The lazily loaded entry of the ACS `MeetingSession` (loaded by src/session/loader.ts only). The calling SDK
 * itself is a further lazy step (`calling-sdk.ts`), fetched when the visitor actually joins.
 */
import type { SessionFactory } from '../types.js';
import { AcsSession } from './acs-session.js';

export const sessionFactory: SessionFactory = {
  kind: 'acs',
  create: (options) => new AcsSession(options),
  // The SDK chunk is the slow part of joining (~0.4–0.8 s to fetch and evaluate); start it on intent.
  prefetch: async () => {
    await import('./calling-sdk.js');
  },
};

export { AcsSession, type AcsSessionDeps } from './acs-session.js';
export { mapCallEndReason, mapSdkError } from './end-reasons.js';
