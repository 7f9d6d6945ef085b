import { createContext } from '@lit/context';
import type { MeetingSession } from '../../session/types.js';

/**
 * The meeting session, provided by `<tmj-call-view>` to the leaf elements that render from it (the gallery asks
 * it for video views, the chat panel sends through it), so no leaf is handed the session by hand and the call
 * view stays the one place that owns it. A leaf used on its own still takes `.session` as a property.
 */
export const sessionContext = createContext<MeetingSession | undefined>(Symbol('tmj-session'));
