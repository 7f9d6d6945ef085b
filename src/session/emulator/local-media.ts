/**
 * The emulator session's own devices: the microphone, camera and screen tracks it opened, handed to every peer
 * link (./peer-links.ts) as they change. A session that is gone while the browser was still opening a device
 * releases what it was given late; muting releases the device (the browser's indicator goes off).
 */
import { TmjError, toTmjError } from '../../core/errors.js';
import type { JoinRequest } from '../types.js';
import type { Slot } from './peer-link.js';

/** What local media needs from the mesh. */
export interface LocalMediaPeers {
  setLocalTrack(slot: Slot, track: MediaStreamTrack | null): Promise<void>;
  /** Speaking detection for the visitor's own microphone. */
  watchSelf(track: MediaStreamTrack | null): void;
}

export class LocalMedia {
  /** The tracks in use, `null` when off. */
  readonly tracks: Record<Slot, MediaStreamTrack | null> = { audio: null, camera: null, screen: null };

  constructor(
    private readonly peers: LocalMediaPeers,
    /** Left, ended or disposed: a device that arrives now is released at once. */
    private readonly gone: () => boolean,
    /**
     * The microphone track was muted by its source, not by the visitor (the track's own `mute`/`unmute` events:
     * the OS, a headset's mute switch) — what the Calling SDK reports as `microphoneMuteUnexpectedly`.
     */
    private readonly systemMuted: (muted: boolean) => void = () => undefined,
  ) {}

  has(slot: Slot): boolean {
    return this.tracks[slot] !== null;
  }

  get any(): boolean {
    return this.has('audio') || this.has('camera') || this.has('screen');
  }

  /** The join's devices; a device that fails calls `onFailure` and the join goes on without it. */
  async open(request: JoinRequest, onFailure: () => void): Promise<void> {
    if (request.media.microphoneOn) await this.start('audio', request.media.microphoneId).catch(onFailure);
    if (this.gone()) return;
    if (request.media.cameraOn) await this.start('camera', request.media.cameraId).catch(onFailure);
  }

  /** Opens a device for `slot` and sends it to every peer. Rejects with a media TmjError. */
  async start(slot: 'audio' | 'camera', deviceId?: string): Promise<void> {
    const constraints: MediaStreamConstraints =
      slot === 'audio'
        ? { audio: deviceId ? { deviceId: { exact: deviceId } } : true }
        : { video: { ...(deviceId ? { deviceId: { exact: deviceId } } : {}), width: { ideal: 640 }, height: { ideal: 360 } } };
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia(constraints);
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      throw new TmjError(
        name === 'NotAllowedError' ? 'media-permission-denied' : name === 'NotFoundError' ? 'media-no-device' : 'media-device-failed',
        name || undefined,
        { cause: error },
      );
    }
    const track = (slot === 'audio' ? stream.getAudioTracks() : stream.getVideoTracks())[0] ?? null;
    if (this.gone()) {
      // Left or disposed while the browser was opening the device: release every track it gave.
      for (const t of stream.getTracks()) t.stop();
      return;
    }
    this.stop(slot);
    this.tracks[slot] = track;
    if (track && slot === 'audio') {
      track.onmute = () => this.systemMuted(true);
      track.onunmute = () => this.systemMuted(false);
      if (track.muted) this.systemMuted(true);
      this.peers.watchSelf(track);
    }
    await this.peers.setLocalTrack(slot, track);
  }

  /**
   * Starts sharing the screen. False when the visitor cancelled the browser's picker (not an error worth a
   * message) or the session went away meanwhile; `onEnded` runs when the browser's own "Stop sharing" ends it.
   */
  async startScreen(onEnded: () => void): Promise<boolean> {
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
    } catch (error) {
      const name = error instanceof DOMException ? error.name : '';
      if (name === 'NotAllowedError' || name === 'AbortError') return false;
      throw toTmjError(error, 'media-device-failed');
    }
    const track = stream.getVideoTracks()[0] ?? null;
    if (this.gone()) {
      for (const t of stream.getTracks()) t.stop();
      return false;
    }
    this.tracks.screen = track;
    if (track) track.onended = onEnded;
    await this.peers.setLocalTrack('screen', track);
    return true;
  }

  stop(slot: Slot): void {
    const track = this.tracks[slot];
    if (!track) return;
    track.onended = null;
    track.stop();
    this.tracks[slot] = null;
    if (slot === 'audio') {
      track.onmute = track.onunmute = null;
      if (track.muted) this.systemMuted(false);
      this.peers.watchSelf(null);
    }
    void this.peers.setLocalTrack(slot, null);
  }

  stopAll(): void {
    for (const slot of ['audio', 'camera', 'screen'] as const) this.stop(slot);
  }
}
