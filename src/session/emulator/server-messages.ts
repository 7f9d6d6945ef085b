/**
 * What the emulator session does with each message from the server (./protocol.ts): seating and resuming,
 * admission, people coming, changing and going, compliance, consent, peer signalling, the organizer's mute, the
 * end, errors; guest features go to ./guest-features.ts. Split from ./emulator-session.ts, which owns the state
 * this changes and hands it over as a `ServerMessageHost`.
 */
import type { ErrorCode } from '../../core/errors.js';
import { chatUnavailableReason } from '../chat/chat-rules.js';
import type { CallEnd, ChatState, JoinRequest, SessionEvent, SessionState, VideoStreamInfo } from '../types.js';
import type { EmulatorGuestFeatures } from './guest-features.js';
import type { MediaControls } from './media-controls.js';
import type { PeerLinks } from './peer-links.js';
import type { ClientMessage, ServerMessage, WireMeeting, WireParticipant } from './protocol.js';
import type { Roster } from './roster.js';
import { endedBy, videoCountPatch } from './state-projection.js';

type Welcome = Extract<ServerMessage, { type: 'welcome' }>;

export interface ServerMessageHost {
  readonly roster: Roster;
  readonly peers: PeerLinks;
  readonly controls: MediaControls;
  readonly guest: EmulatorGuestFeatures;
  /** This visitor's participant id, once seated. */
  selfId(): string | undefined;
  /** Records the seat (id, resume key, ICE, reconnect window) a welcome gives. */
  seat(msg: Welcome): void;
  /** New ICE settings from an admission (absent: keep the current ones). */
  admittedIce(msg: Extract<ServerMessage, { type: 'admitted' }>): void;
  /** The call phase before the socket dropped (what a resume returns to). */
  phaseBeforeReconnect(): SessionState['call'];
  publish(patch: Partial<SessionState>): void;
  publishPeople(): void;
  streams(): VideoStreamInfo[];
  state(): SessionState;
  request(): JoinRequest | undefined;
  /** The site set Microsoft Graph options (a Microsoft 365 visitor's chat goes there). */
  readonly graph: boolean;
  startChat(threadId: string): void;
  send(message: ClientMessage): void;
  emit(event: SessionEvent): void;
  /** The server said consent was granted: the waiting `grantConsent()` resolves. */
  consentGranted(): void;
  /** A resume refused for its token: true when one more attempt with a fresh token is under way. */
  retryResume(): boolean;
  finish(end: CallEnd): void;
}

export function handleServerMessage(host: ServerMessageHost, msg: ServerMessage): void {
  switch (msg.type) {
    case 'welcome':
      return welcome(host, msg);
    case 'admitted':
      host.admittedIce(msg);
      enterCall(host, msg.meeting, msg.participants);
      return;
    case 'participant-joined':
    case 'participant-updated': {
      if (msg.participant.id === host.selfId()) return;
      host.roster.put(msg.participant);
      host.publishPeople();
      return;
    }
    case 'participant-left': {
      host.roster.remove(msg.participantId);
      host.publishPeople();
      return;
    }
    case 'compliance':
      host.publish({ compliance: { recording: msg.recording, transcription: msg.transcription } });
      return;
    case 'video-count':
      host.publish(videoCountPatch(msg.maxRemoteVideos));
      return;
    case 'consent':
    case 'media-refused':
      host.publish(host.controls.consent(msg.required));
      if (msg.type === 'consent' && msg.granted) host.consentGranted();
      return;
    case 'signal':
      void host.peers.signal(msg.from, msg.data);
      return;
    case 'muted':
      host.controls.mutedByOthers();
      host.emit({ type: 'muted-by-others' });
      return;
    case 'end':
      host.finish(endedBy(msg.reason));
      return;
    case 'error': {
      // A resume refused for its token: the token was revoked while the socket was down. Fetch a fresh
      // one and try once more before giving up (the close that follows starts the next attempt).
      if (msg.code === 'token-rejected' && host.retryResume()) return;
      const code: ErrorCode = msg.code;
      host.finish({ outcome: 'failed', code, detail: `emulator:${msg.code}` });
      return;
    }
    default:
      host.guest.onMessage(msg);
      return;
  }
}

function welcome(host: ServerMessageHost, msg: Welcome): void {
  host.seat(msg);
  if (!msg.resumed) {
    if (msg.state === 'lobby') host.publish({ call: 'lobby' });
    else enterCall(host, msg.meeting, msg.participants);
    return;
  }
  const phase = msg.state === 'connected' ? 'connected' : 'lobby';
  if (phase === 'connected' && host.phaseBeforeReconnect() !== 'connected') {
    enterCall(host, msg.meeting, msg.participants);
  } else {
    // Catch up on what happened while the socket was down: who left or came, compliance changes.
    host.roster.replace(msg.participants);
    host.publish({
      call: phase,
      participants: host.roster.participants(),
      streams: host.streams(),
      ...(phase === 'connected'
        ? { compliance: { recording: msg.meeting.recording, transcription: msg.meeting.transcription }, ...host.guest.enter(msg.meeting) }
        : {}),
      ...videoCountPatch(msg.meeting.maxRemoteVideos),
    });
  }
  // Share our media state again: it may have changed while the socket was down.
  host.send({ type: 'media', media: host.controls.wire() });
  host.emit({ type: 'reconnected' });
}

/** Admitted (or joined a meeting without lobby): compliance, people and chat arrive in the same snapshot. */
function enterCall(host: ServerMessageHost, meeting: WireMeeting, participants: readonly WireParticipant[]): void {
  host.roster.enter(participants);
  // The same rules as the ACS session (src/session/chat/chat-rules.ts); the emulator says channel explicitly.
  const request = host.request();
  const reason = request
    ? chatUnavailableReason({ ...request, threadId: meeting.threadId, channel: meeting.channel, graph: host.graph })
    : 'not-joined';
  const current = host.state().chat;
  const chat: ChatState = reason ? { ...current, available: false, reason } : current;
  // Consent travels in the same state as compliance: one update says "recorded, and your consent is needed".
  host.publish({
    call: 'connected',
    compliance: { recording: meeting.recording, transcription: meeting.transcription },
    ...host.controls.consent(meeting.consentRequired),
    ...videoCountPatch(meeting.maxRemoteVideos),
    participants: host.roster.participants(),
    streams: host.streams(),
    chat,
    ...host.guest.enter(meeting),
  });
  if (!reason) host.startChat(meeting.threadId);
}
