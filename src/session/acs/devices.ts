/**
 * Devices of the ACS session: the SDK's `DeviceManager`, the normalized `devices` list and the selected
 * microphone/speaker/camera ids in `SessionState.self`. The SDK's device ids differ from the browser's, so the
 * pre-join choice is matched by id, then label (`pickDevice`).
 */
import { TmjError, toTmjError } from '../../core/errors.js';
import type { DeviceInfo, MediaChoice, SessionState } from '../types.js';
import { bindFeature, type FeatureBinding } from './binding.js';
import { bindDeviceManager, listDevices, toDeviceList, type DeviceBindingHost } from './device-binding.js';
import type { SessionCallClient, SessionDeviceManager, VideoDeviceInfo } from './sdk-types.js';
import { attempt, pickDevice } from './sdk-util.js';

export type DevicesHost = DeviceBindingHost;

export class Devices {
  readonly #host: DevicesHost;
  #manager: SessionDeviceManager | undefined;
  /** Device-manager events for the call's lifetime (device-binding.ts). */
  #watch: FeatureBinding | undefined;

  constructor(host: DevicesHost) {
    this.#host = host;
  }

  get manager(): SessionDeviceManager | undefined {
    return this.#manager;
  }

  /**
   * Gets the device manager, lists the devices, selects the pre-join microphone/speaker. Resolves with the
   * camera to use (undefined: none). A device manager the SDK cannot give leaves the lists empty.
   */
  async prepare(client: SessionCallClient, media: MediaChoice): Promise<VideoDeviceInfo | undefined> {
    try {
      this.#manager = await client.getDeviceManager();
    } catch {
      this.#manager = undefined;
    }
    const dm = this.#manager;
    if (!dm) return undefined;
    const [cameras, microphones, speakers] = await listDevices(dm);
    const camera = pickDevice(cameras, media.cameraId, media.cameraLabel);
    const microphone = pickDevice(microphones, media.microphoneId, media.microphoneLabel);
    const speaker = pickDevice(speakers, media.speakerId, media.speakerLabel);
    if (microphone && (media.microphoneId || media.microphoneLabel)) await dm.selectMicrophone(microphone).catch(() => undefined);
    if (speaker && (media.speakerId || media.speakerLabel)) await dm.selectSpeaker(speaker).catch(() => undefined);
    this.#host.update({
      devices: toDeviceList(cameras, microphones, speakers),
      self: {
        ...this.#host.state.self,
        cameraId: camera?.id,
        microphoneId: microphone?.id ?? dm.selectedMicrophone?.id,
        speakerId: speaker?.id ?? dm.selectedSpeaker?.id,
      },
      diagnostics: { ...this.#host.state.diagnostics, noCamera: cameras.length === 0 },
    });
    // From now on the lists and selections follow the device manager (a headset unplugged mid-call).
    this.#watch?.dispose();
    this.#watch = bindFeature(() => bindDeviceManager(dm, this.#host));
    return camera;
  }

  /** Selects a microphone or speaker; resolves a camera by id (the caller switches the stream's source). */
  async select(kind: DeviceInfo['kind'], id: string): Promise<VideoDeviceInfo | undefined> {
    const dm = this.#manager;
    if (!dm) throw new TmjError('media-no-device', kind);
    try {
      if (kind === 'camera') {
        const camera = (await dm.getCameras()).find((d) => d.id === id);
        if (!camera) throw new TmjError('media-no-device', 'camera');
        return camera;
      }
      if (kind === 'microphone') {
        const mic = (await dm.getMicrophones()).find((d) => d.id === id);
        if (!mic) throw new TmjError('media-no-device', 'microphone');
        await dm.selectMicrophone(mic);
        this.#updateSelf({ microphoneId: id });
      } else {
        const speaker = (await dm.getSpeakers()).find((d) => d.id === id);
        if (!speaker) throw new TmjError('media-no-device', 'speaker');
        await dm.selectSpeaker(speaker);
        this.#updateSelf({ speakerId: id });
      }
      return undefined;
    } catch (error) {
      throw toTmjError(error, 'media-device-failed');
    }
  }

  /** The camera chosen in state, else the first one. */
  async currentCamera(): Promise<VideoDeviceInfo | undefined> {
    const cameras = (await this.#manager?.getCameras().catch(() => [])) ?? [];
    return cameras.find((c) => c.id === this.#host.state.self.cameraId) ?? cameras[0];
  }

  release(): void {
    const watch = this.#watch;
    this.#watch = undefined;
    attempt(() => watch?.dispose());
    this.#manager = undefined;
  }

  #updateSelf(patch: Partial<SessionState['self']>): void {
    this.#host.update({ self: { ...this.#host.state.self, ...patch } });
  }
}
