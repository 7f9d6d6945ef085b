/** PLACEHOLDER until the acs session lands: the lazily loaded entry of the acs MeetingSession. */
import type { SessionFactory } from '../types.js';
import { TmjError } from '../../core/errors.js';

export const sessionFactory: SessionFactory = {
  kind: 'acs',
  create() {
    throw new TmjError('sdk-load-failed', 'acs session not implemented yet');
  },
};
