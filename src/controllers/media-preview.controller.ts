/**
 * Camera preview, microphone level and device lists for the pre-join screen, using `getUserMedia` directly
 * (never the SDK, which is not loaded yet). Everything it starts it stops: tracks, the level meter's
 * AudioContext and timer, the `devicechange` listener — on `stop()` and on `hostDisconnected`.
 * Requests still pending when the preview is stopped have their tracks stopped as soon as they arrive.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MediaChoice } from '../session/types.js';

/** `off`: turned off by the visitor (or never asked for); `denied`/`no-device`/`failed`: unavailable. */
export type DeviceStatus = 'off' | 'pending' | 'live' | 'denied' | 'no-device' | 'failed';
export type PreviewKind = 'camera' | 'microphone';

const LEVEL_INTERVAL_MS = 100;
/** A meter level this high is visible movement (the bar is drawn at that fraction of its width). */
const MOVED_LEVEL = 0.02;
/** How long the pre-join waits for the meter to move (a quiet room, no microphone) before it counts as complete. */
export const QUIET_MS = 2000;

/** Statuses in which a device cannot be used (its toggle is disabled and a notice says why). */
export const UNAVAILABLE: readonly DeviceStatus[] = ['denied', 'no-device', 'failed'];

function statusFromError(error: unknown): DeviceStatus {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-device';
  return 'failed';
}

export class MediaPreviewController implements ReactiveController {
  /** What the visitor wants; carried into the call even while the device is still starting. */
  wanted: Record<PreviewKind, boolean> = { camera: true, microphone: true };
  status: Record<PreviewKind, DeviceStatus> = { camera: 'off', microphone: 'off' };
  /** Selected device ids (browser `deviceId`s); `speaker` only matters where `setSinkId` exists. */
  selected: { camera?: string | undefined; microphone?: string | undefined; speaker?: string | undefined } = {};
  devices: MediaDeviceInfo[] = [];
  /** Microphone level 0..1, refreshed ~10×/s while the microphone is live. */
  level = 0;
  videoTrack: MediaStreamTrack | undefined;
  audioTrack: MediaStreamTrack | undefined;
  /**
   * The camera preview `<video>` (the host renders this node), present while the camera track is. Owned here so
   * that releasing the camera also detaches the element from its stream: a removed `<video>` that still holds a
   * MediaStream can go on "playing" in Chromium, which keeps it, its shadow tree and so the removed host
   * reachable for good, even after the track has stopped.
   */
  video: HTMLVideoElement | undefined;
  /** Set by the pre-join's lazy effects entry (src/components/prejoin/prejoin.effects.ts): carried into the call. */
  declare effects: MediaChoice['effects'];
  /** False under `no-video`: the camera is never requested. */
  videoAllowed = true;
  /**
   * Latched true once the preview is as complete as it gets: the camera preview plays (or the camera is off or
   * unavailable), no device is still starting, and the level meter has visibly moved — or `QUIET_MS` have passed
   * since the camera was done without it moving (a quiet room, the microphone off or unavailable). What is not
   * needed for that (device pickers, the in-call chunks) waits for it, so it never competes with the preview.
   */
  settled = false;

  readonly #host: ReactiveControllerHost;
  #abort: AbortController | undefined;
  /** Bumped whenever a request of that kind becomes obsolete; late tracks of old requests are stopped. */
  #seq: Record<PreviewKind, number> = { camera: 0, microphone: 0 };
  #trackListeners: Partial<Record<PreviewKind, AbortController>> = {};
  #audio: { context: AudioContext; timer: ReturnType<typeof setInterval> } | undefined;
  #active = false;
  #playing = false;
  #sampled = false;
  /** Started once the camera is done; `#waited` once it fired. */
  #quiet: ReturnType<typeof setTimeout> | undefined;
  #waited = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    navigator.mediaDevices?.addEventListener('devicechange', () => void this.#enumerate(), {
      signal: this.#abort.signal,
    });
  }

  hostDisconnected(): void {
    this.stop();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** Starts the preview of every wanted device, with one permission prompt where possible. */
  async start(): Promise<void> {
    this.#active = true;
    const video = this.wanted.camera && this.videoAllowed;
    const audio = this.wanted.microphone;
    if (video && audio) await this.#request(['camera', 'microphone']);
    else if (video) await this.#request(['camera']);
    else if (audio) await this.#request(['microphone']);
    await this.#enumerate();
  }

  /** Stops every track and the meter; pending requests are discarded when they resolve. */
  stop(): void {
    this.#active = false;
    clearTimeout(this.#quiet);
    this.#quiet = undefined;
    this.#release('camera');
    this.#release('microphone');
  }

  async setWanted(kind: PreviewKind, on: boolean): Promise<void> {
    this.wanted[kind] = on;
    this.resume();
    if (!on) {
      this.#release(kind);
      this.#update();
      return;
    }
    if (this.#active && (kind === 'microphone' || this.videoAllowed)) await this.#request([kind]);
  }

  async select(kind: 'camera' | 'microphone' | 'speaker', deviceId: string): Promise<void> {
    this.selected[kind] = deviceId || undefined;
    this.#update();
    if (kind !== 'speaker' && this.#active && this.wanted[kind]) await this.#request([kind]);
  }

  /** Resumes the level meter's AudioContext (browsers start it suspended until a user gesture). */
  resume(): void {
    this.#audio?.context.resume().catch(() => undefined);
  }

  /** The media choice handed to the session; device labels help the ACS SDK find the same devices. */
  choice(): MediaChoice {
    const usable = (kind: PreviewKind) => this.wanted[kind] && !UNAVAILABLE.includes(this.status[kind]);
    const label = (id: string | undefined, kind: MediaDeviceKind) =>
      this.devices.find((d) => d.kind === kind && d.deviceId === id)?.label || undefined;
    const cameraId = this.selected.camera ?? this.videoTrack?.getSettings().deviceId;
    const microphoneId = this.selected.microphone ?? this.audioTrack?.getSettings().deviceId;
    return {
      cameraOn: this.videoAllowed && usable('camera'),
      microphoneOn: usable('microphone'),
      cameraId,
      microphoneId,
      speakerId: this.selected.speaker,
      cameraLabel: this.videoTrack?.label || label(cameraId, 'videoinput'),
      microphoneLabel: this.audioTrack?.label || label(microphoneId, 'audioinput'),
      speakerLabel: label(this.selected.speaker, 'audiooutput'),
      effects: this.effects,
    };
  }

  async #request(kinds: PreviewKind[]): Promise<void> {
    const media = navigator.mediaDevices;
    const tickets = kinds.map((kind) => {
      this.status[kind] = 'pending';
      return ++this.#seq[kind];
    });
    this.#update();
    const constraint = (id: string | undefined) => (id ? { deviceId: { exact: id } } : true);
    try {
      if (!media?.getUserMedia) throw new DOMException('no mediaDevices', 'NotSupportedError');
      const stream = await media.getUserMedia({
        audio: kinds.includes('microphone') && constraint(this.selected.microphone),
        video: kinds.includes('camera') && constraint(this.selected.camera),
      });
      for (const track of stream.getTracks()) {
        const kind: PreviewKind = track.kind === 'video' ? 'camera' : 'microphone';
        this.#adopt(kind, track, tickets[kinds.indexOf(kind)]);
      }
    } catch (error) {
      if (kinds.length > 1) {
        // One prompt failed for both: find out which device is usable, one at a time.
        for (const kind of kinds) if (this.#seq[kind] === tickets[kinds.indexOf(kind)]) await this.#request([kind]);
        return;
      }
      const kind = kinds[0]!;
      if (this.#seq[kind] !== tickets[0]) return;
      // A selected device that vanished: fall back to the default one once.
      if (statusFromError(error) === 'no-device' && this.selected[kind]) {
        this.selected[kind] = undefined;
        await this.#request([kind]);
        return;
      }
      this.status[kind] = statusFromError(error);
    }
    this.#update();
  }

  #adopt(kind: PreviewKind, track: MediaStreamTrack, ticket: number | undefined): void {
    if (!this.#active || ticket !== this.#seq[kind] || !this.wanted[kind]) {
      track.stop();
      return;
    }
    const previous = kind === 'camera' ? this.videoTrack : this.audioTrack;
    if (previous && previous !== track) previous.stop();
    if (kind === 'camera') {
      this.videoTrack = track;
      this.#showVideo(track);
    } else {
      this.audioTrack = track;
      this.#startMeter(track);
    }
    this.status[kind] = 'live';
    // The listener is removed on release: a stopped track can outlive the element, and its listener must not
    // keep the controller (and so the removed element) reachable.
    this.#trackListeners[kind]?.abort();
    const listener = (this.#trackListeners[kind] = new AbortController());
    track.addEventListener('ended', () => {
      // The device went away (unplugged, taken by the OS) rather than being stopped by us.
      if ((kind === 'camera' ? this.videoTrack : this.audioTrack) !== track) return;
      this.#release(kind);
      this.status[kind] = 'failed';
      this.#update();
    }, { signal: listener.signal });
  }

  #release(kind: PreviewKind): void {
    this.#seq[kind]++;
    this.#trackListeners[kind]?.abort();
    this.#trackListeners[kind] = undefined;
    const track = kind === 'camera' ? this.videoTrack : this.audioTrack;
    track?.stop();
    if (kind === 'camera') {
      this.videoTrack = undefined;
      this.#showVideo(undefined);
    } else {
      this.audioTrack = undefined;
      this.#stopMeter();
    }
    if (this.status[kind] === 'live' || this.status[kind] === 'pending') this.status[kind] = 'off';
  }

  /** Points the preview at `track` (reusing the element on a device switch), or detaches and drops it. */
  #showVideo(track: MediaStreamTrack | undefined): void {
    if (!track) {
      // Before the element is let go; see `video`.
      if (this.video) this.video.srcObject = null;
      this.video = undefined;
      return;
    }
    if (!this.video) {
      // Properties, not attributes: a `muted` attribute set after creation would not mute (autoplay needs it).
      this.video = Object.assign(document.createElement('video'), { autoplay: true, muted: true, playsInline: true });
      this.video.setAttribute('part', 'video');
      this.video.setAttribute('aria-hidden', 'true');
      this.video.addEventListener('playing', () => {
        this.#playing = true;
        this.#update();
      }, { once: true });
    }
    this.video.srcObject = new MediaStream([track]);
  }

  #startMeter(track: MediaStreamTrack): void {
    this.#stopMeter();
    if (typeof AudioContext === 'undefined') return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 512;
    context.createMediaStreamSource(new MediaStream([track])).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      // Speech RMS is around 0.05–0.2; scale so normal speech fills most of the meter.
      const level = Math.min(1, Math.sqrt(sum / samples.length) * 5);
      if (Math.abs(level - this.level) > 0.02 || !this.#sampled) {
        this.#sampled = true;
        this.level = level;
        this.#update();
      }
    }, LEVEL_INTERVAL_MS);
    this.#audio = { context, timer };
  }

  #stopMeter(): void {
    if (!this.#audio) return;
    clearInterval(this.#audio.timer);
    this.#audio.context.close().catch(() => undefined);
    this.#audio = undefined;
    this.level = 0;
  }

  /** Re-checks `settled`, then asks the host to render. */
  #update(): void {
    if (!this.settled && this.#active) {
      const done = (kind: PreviewKind, live: boolean) => {
        const status = this.status[kind];
        return status === 'live' ? live : status !== 'pending';
      };
      const camera = done('camera', this.#playing);
      // The quiet wait starts once the camera is done (`stop()` cancels it). `settled` latches, so the meter
      // having moved once is enough.
      this.#quiet ??= camera ? setTimeout(() => ((this.#waited = true), this.#update()), QUIET_MS) : undefined;
      this.settled = camera && done('microphone', this.#sampled) && (this.level >= MOVED_LEVEL || this.#waited);
    }
    this.#host.requestUpdate();
  }

  async #enumerate(): Promise<void> {
    try {
      this.devices = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
    } catch {
      this.devices = [];
    }
    this.#update();
  }
}
