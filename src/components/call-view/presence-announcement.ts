/**
 * What the call view says when people join or leave (DOM-free): "Alex joined. Sam left." for the people whose
 * presence in the call changed between two states, at most the first three (a meeting start would flood the
 * reader); empty when nobody came or went.
 */
import type { SessionState } from '../../session/types.js';
import { fmt } from '../shared/call-strings.js';

export interface PresenceStrings {
  readonly joinedAnnouncement: string;
  readonly leftAnnouncement: string;
}

const inCall = (st: SessionState) =>
  new Map(st.participants.filter((p) => p.state === 'connected' || p.state === 'hold').map((p) => [p.id, p.displayName]));

export function presenceAnnouncement(previous: SessionState, next: SessionState, strings: PresenceStrings): string {
  const before = inCall(previous);
  const after = inCall(next);
  const joined = [...after].filter(([id]) => !before.has(id)).map(([, name]) => name);
  const left = [...before].filter(([id]) => !after.has(id)).map(([, name]) => name);
  const parts = [
    ...joined.map((name) => fmt(strings.joinedAnnouncement, { name })),
    ...left.map((name) => fmt(strings.leftAnnouncement, { name })),
  ];
  return parts.slice(0, 3).join('. ');
}
