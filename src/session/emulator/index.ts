/** The lazily loaded entry of the emulator `MeetingSession` (selected only by the element's `emulator` attribute). */
import type { SessionFactory } from '../types.js';
import { EmulatorSession } from './emulator-session.js';

export const sessionFactory: SessionFactory = {
  kind: 'emulator',
  create(options) {
    return new EmulatorSession(options);
  },
};

export { EmulatorSession } from './emulator-session.js';
export { parseEmulatorUrl } from './emulator-url.js';
