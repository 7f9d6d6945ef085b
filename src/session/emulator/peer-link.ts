/**
 * One WebRTC connection to one remote participant of an emulated meeting.
 *
 * Every connection has exactly three transceivers in a fixed order — audio, camera video, screen video — all
 * `sendrecv` and negotiated once. Turning the camera or screen share on and off is `replaceTrack()` on the
 * right sender, so no renegotiation (and no glare) ever happens; whether a remote stream is "on" travels in
 * the signalling channel's media flags. ICE settings come from the emulator: its TURN relay on 127.0.0.1 with
 * relay-only candidates (Chromium never gathers loopback host candidates, so without it peers on this machine
 * talk over its network interface addresses), or none at all.
 */
import type { WireSignal } from './protocol.js';

export type Slot = 'audio' | 'camera' | 'screen';
const SLOTS: readonly Slot[] = ['audio', 'camera', 'screen'];

export interface PeerLinkOptions {
  readonly remoteId: string;
  /** The side that joined later offers; the other answers. */
  readonly offerer: boolean;
  /**
   * False for synthetic participants (the organizer console's generated attendees): they only send. Not
   * encoding our camera once per synthetic peer is what makes a gallery of 49 of them affordable.
   */
  readonly sendsMedia: boolean;
  /** `iceServers` / `iceTransportPolicy`; empty = host candidates only. */
  readonly rtcConfig: RTCConfiguration;
  readonly send: (data: WireSignal) => void;
  readonly localTrack: (slot: Slot) => MediaStreamTrack | null;
  /** Connection became usable (or stopped being usable). */
  readonly onConnectedChange: (connected: boolean) => void;
  /** Tracks of the remote side are known (after negotiation). */
  readonly onRemoteTracks: () => void;
}

export class PeerLink {
  readonly remoteId: string;
  private readonly pc: RTCPeerConnection;
  private readonly options: PeerLinkOptions;
  private readonly pendingCandidates: RTCIceCandidateInit[] = [];
  private remoteDescriptionSet = false;
  private closed = false;
  connected = false;

  constructor(options: PeerLinkOptions) {
    this.options = options;
    this.remoteId = options.remoteId;
    this.pc = new RTCPeerConnection({ iceServers: [], ...options.rtcConfig });
    this.pc.addEventListener('icecandidate', (e) => {
      if (e.candidate && !this.closed) this.options.send({ candidate: e.candidate.toJSON() });
    });
    this.pc.addEventListener('connectionstatechange', () => {
      const connected = this.pc.connectionState === 'connected';
      if (connected !== this.connected) {
        this.connected = connected;
        this.options.onConnectedChange(connected);
      }
    });
    if (options.offerer) void this.offer();
  }

  private async offer(): Promise<void> {
    for (const slot of SLOTS) {
      const kind = slot === 'audio' ? 'audio' : 'video';
      const t = this.pc.addTransceiver(kind, { direction: 'sendrecv' });
      await t.sender.replaceTrack(this.options.sendsMedia ? this.options.localTrack(slot) : null);
    }
    const offer = await this.pc.createOffer();
    await this.pc.setLocalDescription(offer);
    if (this.closed || !this.pc.localDescription) return;
    this.options.send({ sdp: { type: 'offer', sdp: this.pc.localDescription.sdp } });
  }

  async handle(data: WireSignal): Promise<void> {
    if (this.closed) return;
    if ('sdp' in data) {
      await this.pc.setRemoteDescription(data.sdp);
      this.remoteDescriptionSet = true;
      for (const c of this.pendingCandidates.splice(0)) await this.pc.addIceCandidate(c).catch(() => undefined);
      if (data.sdp.type === 'offer') {
        const transceivers = this.pc.getTransceivers();
        for (const [i, slot] of SLOTS.entries()) {
          const t = transceivers[i];
          if (!t) continue;
          t.direction = 'sendrecv';
          await t.sender.replaceTrack(this.options.sendsMedia ? this.options.localTrack(slot) : null);
        }
        const answer = await this.pc.createAnswer();
        await this.pc.setLocalDescription(answer);
        if (this.closed || !this.pc.localDescription) return;
        this.options.send({ sdp: { type: 'answer', sdp: this.pc.localDescription.sdp } });
      }
      this.options.onRemoteTracks();
    } else if ('candidate' in data) {
      if (!this.remoteDescriptionSet) this.pendingCandidates.push(data.candidate);
      else await this.pc.addIceCandidate(data.candidate).catch(() => undefined);
    }
  }

  /** The remote side's track in `slot` (exists once negotiated; frames flow only while the sender has a track). */
  remoteTrack(slot: Slot): MediaStreamTrack | undefined {
    if (!this.remoteDescriptionSet) return undefined;
    return this.pc.getTransceivers()[SLOTS.indexOf(slot)]?.receiver.track ?? undefined;
  }

  /** Sends `track` (or nothing) in `slot` without renegotiating. */
  async setLocalTrack(slot: Slot, track: MediaStreamTrack | null): Promise<void> {
    const t = this.pc.getTransceivers()[SLOTS.indexOf(slot)];
    if (!t || this.closed || !this.options.sendsMedia) return;
    await t.sender.replaceTrack(track).catch(() => undefined);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pc.close();
  }
}
