/**
 * The visitor's own media in the ACS session: the camera's `LocalVideoStream`, microphone mute, screen share.
 * Disposing the camera stream releases the device (the camera light goes off when the visitor turns video off).
 */
import type { LocalVideoStream } from '@azure/communication-calling';
import { TmjError } from '../../core/errors.js';
import type { MediaChoice, SessionState } from '../types.js';
import type { Devices } from './devices.js';
import type { CallingSdk, SessionCall, VideoDeviceInfo } from './sdk-types.js';
import { attempt } from './sdk-util.js';

export interface LocalMediaHost {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  sdk(): CallingSdk;
  /** The call while it exists. */
  call(): SessionCall | undefined;
  /** In the lobby, connected or reconnecting. */
  inCall(): boolean;
  readonly devices: Devices;
  /** Own camera stream appeared/disappeared: re-list streams, dispose its views. */
  streamsChanged(): void;
  disposeSelfViews(): void;
}

export class LocalMedia {
  readonly #host: LocalMediaHost;
  #video: LocalVideoStream | undefined;

  constructor(host: LocalMediaHost) {
    this.#host = host;
  }

  get video(): LocalVideoStream | undefined {
    return this.#video;
  }

  /** Before joining: opens the chosen camera when the visitor wants video. */
  prepare(camera: VideoDeviceInfo | undefined, media: MediaChoice): void {
    if (media.cameraOn && camera) this.#video = this.#host.sdk().createLocalVideoStream(camera);
    this.#updateSelf({ cameraOn: Boolean(this.#video) });
  }

  /** `join()` options carrying the pre-join choice into the call. */
  joinOptions(media: MediaChoice) {
    return {
      audioOptions: { muted: !media.microphoneOn },
      ...(this.#video ? { videoOptions: { localVideoStreams: [this.#video] } } : {}),
    };
  }

  async setMicrophone(on: boolean): Promise<void> {
    const call = this.#host.call();
    if (!call || !this.#host.inCall()) {
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
    const inCall = this.#host.inCall();
    if (on && inCall && !this.#host.state.capabilities.turnVideoOn) throw new TmjError('not-permitted', 'turnVideoOn');
    if (on) {
      if (!this.#video) {
        const camera = await this.#host.devices.currentCamera();
        if (!camera) throw new TmjError('media-no-device', 'camera');
        this.#video = this.#host.sdk().createLocalVideoStream(camera);
      }
      if (call && inCall && !call.isLocalVideoStarted) {
        await call.startVideo(this.#video).catch((error: unknown) => {
          throw new TmjError('media-device-failed', 'camera', { cause: error });
        });
      }
      this.#updateSelf({ cameraOn: true });
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

  async setScreenShare(on: boolean): Promise<void> {
    const call = this.#host.call();
    if (!call || !this.#host.inCall()) throw new TmjError('call-failed', 'not-in-call');
    if (on && !this.#host.state.capabilities.shareScreen) throw new TmjError('not-permitted', 'shareScreen');
    try {
      if (on) await call.startScreenSharing();
      else await call.stopScreenSharing();
    } catch (error) {
      // Cancelling the browser's picker also lands here: state simply stays as it was.
      this.#updateSelf({ screenSharing: call.isScreenSharingOn });
      throw new TmjError('media-permission-denied', 'screen', { cause: error });
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

  #updateSelf(patch: Partial<SessionState['self']>): void {
    this.#host.update({ self: { ...this.#host.state.self, ...patch } });
  }
}
