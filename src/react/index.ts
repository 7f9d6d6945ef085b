/**
 * `teams-meeting-join/react`: `<TeamsMeetingJoin>` for React 17–19, made with `@lit/react`. Props that the element
 * has as properties (meetingLink, noChat, tokenProvider…) are set as properties, so objects and functions pass
 * as they are; every `tmj-*` event the element fires is an `onTmj…` prop (`tmj-joined` → `onTmjJoined`) typed
 * with its detail. A ref gives the element itself (`ref.current.join()`, `.leave()`, `.phase`).
 *
 * Importing this module defines `<teams-meeting-join>` (the same guarded registration as the main entry).
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { TeamsMeetingJoin as TeamsMeetingJoinElement } from '../components/meeting-join/meeting-join.js';
import type { TmjEventMap } from '../core/events.js';

/** `tmj-state-change` → `TmjStateChange`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** One `onTmj…` prop per event of TmjEventMap: adding an event to the element without a prop here is a type error. */
export type TeamsMeetingJoinReactEvents = {
  [K in keyof TmjEventMap as `on${Pascal<K & string>}`]: EventName<TmjEventMap[K]>;
};

/** The React prop → DOM event table (exported so tests and tools can read it). */
export const events: TeamsMeetingJoinReactEvents = {
  onTmjStateChange: 'tmj-state-change' as EventName<TmjEventMap['tmj-state-change']>,
  onTmjJoined: 'tmj-joined' as EventName<TmjEventMap['tmj-joined']>,
  onTmjLeft: 'tmj-left' as EventName<TmjEventMap['tmj-left']>,
  onTmjError: 'tmj-error' as EventName<TmjEventMap['tmj-error']>,
  onTmjComplianceChange: 'tmj-compliance-change' as EventName<TmjEventMap['tmj-compliance-change']>,
  onTmjConsent: 'tmj-consent' as EventName<TmjEventMap['tmj-consent']>,
  onTmjChatMessage: 'tmj-chat-message' as EventName<TmjEventMap['tmj-chat-message']>,
  onTmjRequestLeave: 'tmj-request-leave' as EventName<TmjEventMap['tmj-request-leave']>,
};

/** `<TeamsMeetingJoin meetingLink=… tokenUrl=… onTmjLeft={…} />` */
export const TeamsMeetingJoin: ReactWebComponent<TeamsMeetingJoinElement, TeamsMeetingJoinReactEvents> = createComponent({
  react: React,
  tagName: 'teams-meeting-join',
  elementClass: TeamsMeetingJoinElement,
  events,
  displayName: 'TeamsMeetingJoin',
});

/** The props `<TeamsMeetingJoin>` takes. */
export type TeamsMeetingJoinProps = React.ComponentProps<typeof TeamsMeetingJoin>;

export type { TeamsMeetingJoinElement };
export type {
  TmjEventMap,
  TmjStateChangeDetail,
  TmjJoinedDetail,
  TmjLeftDetail,
  TmjErrorDetail,
  TmjComplianceChangeDetail,
  TmjConsentDetail,
  TmjChatMessageDetail,
  TmjRequestLeaveDetail,
} from '../core/events.js';
