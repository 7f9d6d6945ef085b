/** PLACEHOLDER until the emulator session lands: the lazily loaded entry of the emulator MeetingSession. */
import type { SessionFactory } from '../types.js';
import { TmjError } from '../../core/errors.js';

export const sessionFactory: SessionFactory = {
  kind: 'emulator',
  create() {
    throw new TmjError('sdk-load-failed', 'emulator session not implemented yet');
  },
};
