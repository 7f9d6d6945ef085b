/**
 * The visitor's own media in the ACS session: the camera's `LocalVideoStream`, microphone mute, screen share.
 * Disposing the camera stream releases the device (the camera light goes off when the visitor turns video off).
 *
 * Before the call is connected (connecting, lobby) a microphone/camera toggle is a wish: state shows it at once
 * and `applyOnConnect` carries it out when the call connects (unmute/mute, `startVideo`/`stopVideo`). Once
 * connected, `cameraOn` follows `call.isLocalVideoStarted`: a camera the SDK could not start shows off, with a
 * `media-device-failed` notice (SDK: 410/41048 "failed to start video during call setup", 412/43000 camera used by
 * another process — "Understanding calling codes and subcodes", Calling SDK client error codes).
 */
import type { LocalVideoStream } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';
import type { MediaChoice, SessionEvent, SessionState } from '../types.js';
import type { Devices } from './devices.js';
import { sdkErrorCodes } from './end-reasons.js';
import type { CallingSdk, SessionCall, VideoDeviceInfo } from './sdk-types.js';
import { attempt } from './sdk-util.js';

export interface LocalMediaHost {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  emit(event: SessionEvent): void;
  sdk(): CallingSdk;
  /** The call while it exists. */
  call(): SessionCall | undefined;
  /** Connected or reconnecting (not connecting, not the lobby). */
  connected(): boolean;
  readonly devices: Devices;
  /** Own camera stream appeared/disappeared: re-list streams, dispose its views. */
  streamsChanged(): void;
  disposeSelfViews(): void;
}

export class LocalMedia {
  readonly #host: LocalMediaHost;
  #video: LocalVideoStream | undefined;
  /** Toggles pressed before the call connected, applied by `applyOnConnect`. */
  #wantMic: boolean | undefined;
  #wantCamera: boolean | undefined;

  constructor(host: LocalMediaHost) {
    this.#host = host;
  }

  get video(): LocalVideoStream | undefined {
    return this.#video;
  }

  /** Before joining: opens the chosen camera when the visitor wants video (or pressed camera on meanwhile). */
  prepare(camera: VideoDeviceInfo | undefined, media: MediaChoice): void {
    const want = this.#wantCamera ?? media.cameraOn;
    if (want && camera && !this.#video) this.#video = this.#host.sdk().createLocalVideoStream(camera);
    this.#updateSelf({ cameraOn: Boolean(this.#video) });
  }

  /** `join()` options carrying the pre-join choice (and any toggle pressed while joining) into the call. */
  joinOptions(media: MediaChoice) {
    const microphoneOn = this.#wantMic ?? media.microphoneOn;
    return {
      audioOptions: { muted: !microphoneOn },
      ...(this.#video ? { videoOptions: { localVideoStreams: [this.#video] } } : {}),
    };
  }

  /** What `self.microphoneOn` shows: the wish until it is applied, then the call's own mute state. */
  microphoneOn(call: SessionCall): boolean {
    return this.#wantMic ?? (this.#host.connected() ? !call.isMuted : this.#host.state.self.microphoneOn);
  }

  async setMicrophone(on: boolean): Promise<void> {
    const call = this.#host.call();
    if (!call || !this.#host.connected()) {
      this.#wantMic = on;
      this.#updateSelf({ microphoneOn: on });
      return;
    }
    if (on && !this.#host.state.capabilities.unmuteMic) throw new TmjError('not-permitted', 'unmuteMic');
    await (on ? call.unmute() : call.mute()).catch((error: unknown) => {
      throw new TmjError('media-device-failed', 'microphone', { cause: error });
    });
    this.#updateSelf({ microphoneOn: !call.isMuted });
  }

  async setCamera(on: boolean): Promise<void> {
    const call = this.#host.call();
    const connected = Boolean(call) && this.#host.connected();
    if (on && connected && !this.#host.state.capabilities.turnVideoOn) throw new TmjError('not-permitted', 'turnVideoOn');
    if (!connected) return this.#wishCamera(on);
    if (on) {
      if (!this.#video) {
        const camera = await this.#host.devices.currentCamera();
        if (!camera) throw new TmjError('media-no-device', 'camera');
        this.#video = this.#host.sdk().createLocalVideoStream(camera);
      }
      if (call && !call.isLocalVideoStarted) {
        try {
          await call.startVideo(this.#video);
        } catch (error) {
          this.release();
          this.#updateSelf({ cameraOn: false });
          this.#host.streamsChanged();
          throw new TmjError('media-device-failed', `camera ${codes(error)}`, { cause: error });
        }
      }
      this.#updateSelf({ cameraOn: Boolean(call?.isLocalVideoStarted) });
    } else {
      const stream = this.#video;
      this.#video = undefined;
      this.#host.disposeSelfViews();
      if (stream && call && call.isLocalVideoStarted) await call.stopVideo(stream).catch(() => undefined);
      attempt(() => stream?.dispose());
      this.#updateSelf({ cameraOn: false });
    }
    this.#host.streamsChanged();
  }

  /** Camera toggled before the call connected: state shows the wish; a stream is opened now when possible. */
  async #wishCamera(on: boolean): Promise<void> {
    this.#wantCamera = on;
    const call = this.#host.call();
    if (on && !this.#video && this.#host.devices.manager) {
      const camera = await this.#host.devices.currentCamera();
      if (!camera) {
        this.#wantCamera = undefined;
        throw new TmjError('media-no-device', 'camera');
      }
      this.#video = this.#host.sdk().createLocalVideoStream(camera);
    }
    if (!on) {
      this.#host.disposeSelfViews();
      // A stream the call already carries (from join options) is stopped at connect; any other one goes now.
      if (!call?.isLocalVideoStarted) this.release();
    }
    this.#updateSelf({ cameraOn: on });
    this.#host.streamsChanged();
  }

  /** The call just connected: carry out the toggles pressed while connecting or in the lobby. Never throws. */
  async applyOnConnect(call: SessionCall): Promise<void> {
    const wantMic = this.#wantMic;
    const wantCamera = this.#wantCamera;
    this.#wantMic = undefined;
    this.#wantCamera = undefined;
    const caps = this.#host.state.capabilities;
    if (wantMic !== undefined && wantMic === call.isMuted) {
      if (wantMic && !caps.unmuteMic) this.#warn('not-permitted');
      else await (wantMic ? call.unmute() : call.mute()).catch(() => this.#warn('media-device-failed'));
    }
    this.#updateSelf({ microphoneOn: !call.isMuted });
    if (wantCamera === true && this.#video && !call.isLocalVideoStarted) {
      if (!caps.turnVideoOn) {
        this.release();
        this.#warn('not-permitted');
      } else {
        await call.startVideo(this.#video).catch(() => undefined); // a failure shows in syncCamera below
      }
    } else if (wantCamera === false && call.isLocalVideoStarted) {
      const stream = call.localVideoStreams.find((s) => s.mediaStreamType === 'Video');
      if (stream) await call.stopVideo(stream).catch(() => undefined);
      this.release();
    }
    this.syncCamera(call);
  }

  /**
   * `cameraOn` from `call.isLocalVideoStarted` (connected calls only). A camera the visitor wants but the SDK
   * did not start is released and reported (`media-device-failed`).
   */
  syncCamera(call: SessionCall): void {
    if (!this.#host.connected()) return;
    const started = call.isLocalVideoStarted;
    if (this.#video && !started) {
      this.release();
      this.#warn('media-device-failed');
    }
    if (this.#host.state.self.cameraOn !== (started && Boolean(this.#video))) {
      this.#updateSelf({ cameraOn: started && Boolean(this.#video) });
    }
    this.#host.streamsChanged();
  }

  /**
   * Screen share, errors mapped by code/subCode (SDK client error codes): 400/41035 "screen share is already
   * started" is not an error (state follows the call); 412/41071 "call is not in Connected state" and any other
   * SDK failure (500/41040 "failed to start screen sharing") → `screen-share-failed`; the browser's
   * `NotAllowedError` (picker cancelled or permission denied, which Chromium does not tell apart) →
   * `media-permission-denied`.
   */
  async setScreenShare(on: boolean): Promise<void> {
    const call = this.#host.call();
    if (!call || !this.#host.connected()) throw new TmjError('screen-share-failed', 'not-connected');
    if (on && !this.#host.state.capabilities.shareScreen) throw new TmjError('not-permitted', 'shareScreen');
    try {
      if (on) await call.startScreenSharing();
      else await call.stopScreenSharing();
    } catch (error) {
      this.#updateSelf({ screenSharing: call.isScreenSharingOn });
      const { subCode } = sdkErrorCodes(error);
      if (subCode === 41035 || subCode === 41041) return; // already on / already off
      if (isPermissionError(error)) throw new TmjError('media-permission-denied', 'screen', { cause: error });
      throw new TmjError('screen-share-failed', codes(error), { cause: error });
    }
    this.#updateSelf({ screenSharing: call.isScreenSharingOn });
  }

  /** Switches the camera stream to another device (the id is kept for a stream opened later). */
  async switchCamera(camera: VideoDeviceInfo): Promise<void> {
    if (this.#video) await this.#video.switchSource(camera);
    this.#updateSelf({ cameraId: camera.id });
  }

  /** Disposes the camera stream (releases the device). */
  release(): void {
    const video = this.#video;
    this.#video = undefined;
    attempt(() => video?.dispose());
  }

  /** Forgets toggles that were never applied (the call ended before connecting). */
  reset(): void {
    this.#wantMic = undefined;
    this.#wantCamera = undefined;
  }

  #warn(code: 'media-device-failed' | 'not-permitted'): void {
    this.#host.emit({ type: 'warning', code });
  }

  #updateSelf(patch: Partial<SessionState['self']>): void {
    this.#host.update({ self: { ...this.#host.state.self, ...patch } });
  }
}

function codes(error: unknown): string {
  const { code, subCode } = sdkErrorCodes(error);
  return code === undefined ? (error instanceof Error ? error.name : 'unknown') : `${code}/${subCode ?? 0}`;
}

/** The browser refused the capture: `NotAllowedError` on the error or its cause, or the SDK's 403 family. */
function isPermissionError(error: unknown): boolean {
  const name = (e: unknown) => (e instanceof Error || (typeof e === 'object' && e !== null) ? (e as { name?: unknown }).name : undefined);
  const cause = typeof error === 'object' && error !== null ? (error as { cause?: unknown }).cause : undefined;
  return name(error) === 'NotAllowedError' || name(cause) === 'NotAllowedError' || sdkErrorCodes(error).code === 403;
}
