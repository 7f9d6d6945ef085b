/**
 * The emulator session's own devices: the microphone, camera and screen tracks it opened, handed to every peer
 * link (./peer-links.ts) as they change. A session that is gone while the browser was still opening a device
 * releases what it was given late; muting releases the device (the browser's indicator goes off).
 * With a background effect on (src/media/background-pipeline.ts) the camera slot holds the effect's canvas track and the
 * device's own track stays in `devices.camera`; both stop together.
 */
import { TmjError, toTmjError } from '../../core/errors.js';
import type { BackgroundEffect, JoinRequest } from '../types.js';
import { startBackgroundPipeline, type BackgroundPipeline } from '../../media/background-pipeline.js';
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
  /** The devices' own tracks (the camera's differs from `tracks.camera` while an effect runs). */
  readonly devices: Record<'audio' | 'camera', MediaStreamTrack | null> = { audio: null, camera: null };
  /** The background effect the camera gets whenever it is on. */
  background: BackgroundEffect = { kind: 'none' };
  /** Noise suppression asked of the microphone (undefined: the browser's default, never asked). */
  noiseSuppression: boolean | undefined;
  private pipeline: BackgroundPipeline | undefined;

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
        ? {
            audio:
              deviceId || this.noiseSuppression !== undefined
                ? {
                    ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
                    ...(this.noiseSuppression !== undefined ? { noiseSuppression: this.noiseSuppression } : {}),
                  }
                : true,
          }
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
    this.devices[slot] = track;
    this.tracks[slot] =
      slot === 'camera' && track
        ? await this.withEffect(track).catch(() => {
            // The effect cannot run (e.g. its image no longer loads): the camera goes out without it.
            this.background = { kind: 'none' };
            return track;
          })
        : track;
    if (this.gone()) return this.stop(slot);
    if (track && slot === 'audio') {
      track.onmute = () => this.systemMuted(true);
      track.onunmute = () => this.systemMuted(false);
      if (track.muted) this.systemMuted(true);
      this.peers.watchSelf(track);
    }
    await this.peers.setLocalTrack(slot, this.tracks[slot]);
  }

  /** The camera track to send for `raw` under the current effect (a new pipeline replaces the running one). */
  private async withEffect(raw: MediaStreamTrack): Promise<MediaStreamTrack> {
    const effect = this.background;
    const next = effect.kind === 'none' ? undefined : await startBackgroundPipeline(raw, effect);
    this.pipeline?.stop();
    this.pipeline = next;
    return next?.output ?? raw;
  }

  /**
   * Changes the camera's background effect; with the camera on its track is replaced at every peer. Rejects (the
   * previous effect and track stay) when the effect cannot start, e.g. an image that does not load.
   */
  async setBackground(effect: BackgroundEffect): Promise<void> {
    const raw = this.devices.camera;
    const previous = this.background;
    this.background = effect;
    if (!raw) return;
    let track: MediaStreamTrack;
    try {
      track = await this.withEffect(raw);
    } catch (error) {
      this.background = previous;
      throw error;
    }
    if (this.gone() || this.devices.camera !== raw) {
      if (track !== raw) this.stopPipeline();
      return;
    }
    this.tracks.camera = track;
    await this.peers.setLocalTrack('camera', track);
  }

  /** Noise suppression on the open microphone (`applyConstraints`), and on every microphone opened later. */
  async setNoiseSuppression(on: boolean): Promise<void> {
    const track = this.devices.audio;
    if (track) await track.applyConstraints({ ...track.getConstraints(), noiseSuppression: on });
    this.noiseSuppression = on;
  }

  private stopPipeline(): void {
    this.pipeline?.stop();
    this.pipeline = undefined;
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
    if (slot !== 'screen') {
      this.devices[slot]?.stop();
      this.devices[slot] = null;
    }
    if (slot === 'camera') this.stopPipeline();
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
