/**
 * The emulator session's mesh: one `PeerLink` (./peer-link.ts) per remote participant, the remote audio that
 * plays through media elements, and speaking detection from audio levels. DOM use is limited to `Audio`
 * elements; the session decides who is in the call, this module only keeps the links to them.
 */
import { AudioLevels } from './audio-levels.js';
import { PeerLink, type Slot } from './peer-link.js';
import type { WireSignal } from './protocol.js';

export interface PeerLinksOptions {
  /** ICE settings for new links (the emulator's loopback TURN relay), read when a link is made. */
  rtcConfig(): RTCConfiguration;
  send(to: string, data: WireSignal): void;
  localTrack(slot: Slot): MediaStreamTrack | null;
  /** Whether `id` is a known participant (signals from strangers are ignored). */
  knows(id: string): boolean;
  /** Synthetic participants (the console's) only send media. */
  isSynthetic(id: string): boolean;
  /** The speaker chosen for remote audio, if any. */
  speakerId(): string | undefined;
  /** Something about the links changed (connected, tracks, audio): recompute people and streams. */
  onChange(): void;
  /** Speaking started/stopped for `id` (`self` for the visitor). */
  onSpeaking(id: string, on: boolean): void;
}

export class PeerLinks {
  private readonly options: PeerLinksOptions;
  private readonly links = new Map<string, PeerLink>();
  private readonly audioOut = new Map<string, HTMLAudioElement>();
  /** Who speaks now, with the time they started (most recent first = most dominant). */
  readonly speaking = new Map<string, number>();
  private readonly levels: AudioLevels;

  constructor(options: PeerLinksOptions) {
    this.options = options;
    this.levels = new AudioLevels((id, on) => {
      if (on) this.speaking.set(id, Date.now());
      else this.speaking.delete(id);
      options.onSpeaking(id, on);
    });
  }

  get size(): number {
    return this.links.size;
  }

  get(id: string): PeerLink | undefined {
    return this.links.get(id);
  }

  ensure(remoteId: string, offerer: boolean): PeerLink {
    const existing = this.links.get(remoteId);
    if (existing) return existing;
    const link = new PeerLink({
      remoteId,
      offerer,
      sendsMedia: !this.options.isSynthetic(remoteId),
      // Synthetic participants (the console page) use the same relay with their own credentials.
      rtcConfig: this.options.rtcConfig(),
      send: (data) => this.options.send(remoteId, data),
      localTrack: (slot) => this.options.localTrack(slot),
      onConnectedChange: () => this.options.onChange(),
      onRemoteTracks: () => this.attachRemoteAudio(link),
    });
    this.links.set(remoteId, link);
    return link;
  }

  async signal(from: string, data: WireSignal): Promise<void> {
    if (!this.options.knows(from)) return;
    const isOffer = 'sdp' in data && data.sdp.type === 'offer';
    let link = this.links.get(from);
    if (isOffer && link) {
      // A fresh offer from a peer we already know: it restarted (e.g. reloaded); start over.
      this.drop(from);
      link = undefined;
    }
    link ??= isOffer ? this.ensure(from, false) : undefined;
    if (!link) return;
    try {
      await link.handle(data);
    } catch {
      /* a broken negotiation leaves this peer without media; the rest of the call goes on */
    }
  }

  drop(id: string): void {
    this.links.get(id)?.close();
    this.links.delete(id);
    const audio = this.audioOut.get(id);
    if (audio) {
      audio.pause();
      audio.srcObject = null;
      this.audioOut.delete(id);
    }
    this.levels.unwatch(id);
    this.speaking.delete(id);
  }

  /** Sends `track` in `slot` on every link. */
  async setLocalTrack(slot: Slot, track: MediaStreamTrack | null): Promise<void> {
    for (const link of this.links.values()) await link.setLocalTrack(slot, track);
  }

  /** Audio levels only for participants with a tile on screen (see `MeetingSession.setOnScreen`). */
  setOnScreen(ids: readonly string[]): void {
    this.levels.setActive(ids);
  }

  watchSelf(track: MediaStreamTrack | null): void {
    if (track) this.levels.watch('self', track);
    else this.levels.unwatch('self');
  }

  remoteTrack(id: string, kind: Slot): MediaStreamTrack | undefined {
    return this.links.get(id)?.remoteTrack(kind) ?? undefined;
  }

  /** Plays remote audio on the chosen output. */
  async setSink(id: string): Promise<void> {
    await Promise.all([...this.audioOut.values()].map((a) => setSink(a, id)));
  }

  /** Closes every link, stops remote audio and level watching. */
  closeAll(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
    for (const audio of this.audioOut.values()) {
      audio.pause();
      audio.srcObject = null;
    }
    this.audioOut.clear();
    this.speaking.clear();
    this.levels.dispose();
  }

  private attachRemoteAudio(link: PeerLink): void {
    const track = link.remoteTrack('audio');
    if (!track || this.audioOut.has(link.remoteId)) return;
    // Remote audio must play through a media element (WebAudio alone gets silence from WebRTC tracks).
    const audio = new Audio();
    audio.autoplay = true;
    audio.srcObject = new MediaStream([track]);
    const speaker = this.options.speakerId();
    if (speaker) void setSink(audio, speaker);
    void audio.play().catch(() => undefined);
    this.audioOut.set(link.remoteId, audio);
    this.levels.watch(link.remoteId, track);
    this.options.onChange();
  }
}

async function setSink(audio: HTMLAudioElement, id: string): Promise<void> {
  const withSink = audio as HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };
  if (typeof withSink.setSinkId === 'function') await withSink.setSinkId(id).catch(() => undefined);
}
