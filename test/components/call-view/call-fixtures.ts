/** State builders shared by the in-call element tests (on top of test/helpers/fake-session.ts). */
import type { ChatMessage, Participant, SessionState, VideoStreamInfo } from '../../../src/session/types.js';
import { INITIAL_SESSION_STATE } from '../../../src/session/types.js';
import { FakeSession } from '../../helpers/fake-session.js';

export function participant(i: number, patch: Partial<Participant> = {}): Participant {
  return {
    id: `p${i}`,
    displayName: `Person ${i}`,
    isTeamsUser: true,
    state: 'connected',
    isMuted: false,
    isSpeaking: false,
    isHandRaised: false,
    videoOn: true,
    screenSharing: false,
    ...patch,
  };
}

/** `count` people in total, the visitor included: self + (count - 1) remote participants, all with video. */
export function callWith(count: number, patch: Partial<SessionState> = {}): SessionState {
  const remotes = Array.from({ length: count - 1 }, (_, i) => participant(i + 1));
  const streams: VideoStreamInfo[] = [
    { id: 's-self', participantId: 'self', kind: 'camera', available: true },
    ...remotes.map((p) => ({ id: `s-${p.id}`, participantId: p.id, kind: 'camera' as const, available: true })),
  ];
  return {
    ...INITIAL_SESSION_STATE,
    call: 'connected',
    self: { ...INITIAL_SESSION_STATE.self, displayName: 'Visitor Guest', cameraOn: true, microphoneOn: true },
    participants: remotes,
    streams,
    chat: { ...INITIAL_SESSION_STATE.chat, available: true, reason: undefined },
    devices: [
      { id: 'cam1', label: 'Front camera', kind: 'camera' },
      { id: 'cam2', label: 'USB camera', kind: 'camera' },
      { id: 'mic1', label: 'Built-in microphone', kind: 'microphone' },
      { id: 'spk1', label: 'Speakers', kind: 'speaker' },
    ],
    ...patch,
  };
}

export function fakeIn(state: SessionState): FakeSession {
  const fake = new FakeSession();
  fake.update(state);
  return fake;
}

let seq = 0;
export function message(patch: Partial<ChatMessage> = {}): ChatMessage {
  seq++;
  return {
    id: `m${seq}`,
    senderId: 'p1',
    senderDisplayName: 'Person 1',
    isOwn: false,
    format: 'text',
    content: `hello ${seq}`,
    createdOn: new Date(Date.UTC(2026, 0, 1, 12, 0, seq % 60)),
    status: 'received',
    ...patch,
  };
}

/** Waits until `predicate` holds, polling animation frames; fails with `message` after `timeout` ms. */
export async function until(predicate: () => boolean, message: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`timed out: ${message}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}
