/**
 * The emulator session's view of who is in the meeting, as the server tells it (`WireParticipant`s), kept in
 * step with the peer mesh (./peer-links.ts): someone who leaves loses their link, someone who mutes stops
 * counting as speaking. Projection into `SessionState` stays in ./state-projection.ts.
 */
import type { Participant, SessionState, VideoStreamInfo } from '../types.js';
import type { Slot } from './peer-link.js';
import type { PeerLinks } from './peer-links.js';
import type { WireIceConfig, WireParticipant } from './protocol.js';
import { projectDominant, projectParticipants, projectStreams } from './state-projection.js';

export class Roster {
  private readonly wire = new Map<string, WireParticipant>();

  constructor(private readonly peers: PeerLinks) {}

  has(id: string): boolean {
    return this.wire.has(id);
  }

  isSynthetic(id: string): boolean {
    return this.wire.get(id)?.kind === 'synthetic';
  }

  /** Joined or changed. */
  put(participant: WireParticipant): void {
    const had = this.wire.get(participant.id);
    this.wire.set(participant.id, participant);
    if (had?.media.mic && !participant.media.mic) this.peers.speaking.delete(participant.id);
  }

  remove(id: string): void {
    this.wire.delete(id);
    this.peers.drop(id);
  }

  /** Entering the call: everyone already there; the newcomer offers to each of them. */
  enter(participants: readonly WireParticipant[]): void {
    for (const p of participants) this.wire.set(p.id, p);
    for (const p of participants) this.peers.ensure(p.id, true);
  }

  /** After a resume: catch up on who left or came while the socket was down. */
  replace(participants: readonly WireParticipant[]): void {
    const present = new Set(participants.map((p) => p.id));
    for (const id of [...this.wire.keys()]) if (!present.has(id)) this.remove(id);
    for (const p of participants) this.wire.set(p.id, p);
  }

  clear(): void {
    this.wire.clear();
  }

  participants(): Participant[] {
    return projectParticipants(this.wire, this.peers.speaking);
  }

  streams(local: Readonly<Record<Slot, MediaStreamTrack | null>>): VideoStreamInfo[] {
    return projectStreams(local, this.wire, (id) => this.peers.get(id));
  }

  dominant(): SessionState['dominantSpeakers'] {
    return projectDominant(this.peers.speaking, this.wire);
  }
}

/** ICE settings from the server's welcome/admission (its loopback TURN relay); undefined when it sent none. */
export function iceConfig(msg: WireIceConfig): RTCConfiguration | undefined {
  if (!msg.iceServers?.length) return undefined;
  return {
    iceServers: msg.iceServers.map((s) => ({ urls: s.urls, username: s.username, credential: s.credential })),
    iceTransportPolicy: msg.iceTransportPolicy ?? 'all',
  };
}
