/**
 * Keeps the device lists and selections of the ACS session current while the call lasts: the SDK's
 * `DeviceManager` events `videoDevicesUpdated` / `audioDevicesUpdated` (`CollectionUpdatedEvent`, `{added,
 * removed}`) re-list the devices, `selectedMicrophoneChanged` / `selectedSpeakerChanged` (`PropertyChangedEvent`)
 * re-read `selectedMicrophone` / `selectedSpeaker` (Microsoft Learn, "DeviceManager interface",
 * @azure/communication-calling API reference, and the SDK 2.0 types; the native SDKs' reference says the same
 * event "occurs when the video devices are added or removed", ACSDeviceManagerDelegate.onCamerasUpdated).
 *
 * A selected device that disappears (a headset unplugged mid-call) falls back: the microphone or speaker to the
 * one the SDK reports as selected if it is still listed, else the system default, else the first one; the camera
 * to the first camera (its stream is switched, or stopped when none is left). The call view tells the visitor
 * (`diagnostic-notices.ts`). The docs do not say whether the SDK re-selects by itself, so both cases work.
 * `diagnostics.noCamera` comes from the camera list (the SDK has no camera-enumeration diagnostic).
 */
import type { SessionDiagnostics, SessionState } from '../types.js';
import type { FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';
import type { AudioDeviceInfo, SessionDeviceManager, VideoDeviceInfo } from './sdk-types.js';

export interface DeviceBindingHost {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  /** The camera in use went away: switch the stream to `camera`, or stop video when none is left. */
  cameraLost(camera: VideoDeviceInfo | undefined): void;
}

export type DeviceLists = [VideoDeviceInfo[], AudioDeviceInfo[], AudioDeviceInfo[]];

export function listDevices(dm: SessionDeviceManager): Promise<DeviceLists> {
  return Promise.all([
    dm.getCameras().catch(() => []),
    dm.getMicrophones().catch(() => []),
    dm.isSpeakerSelectionAvailable ? dm.getSpeakers().catch(() => []) : Promise.resolve([]),
  ]);
}

/**
 * The SDK's selection if still listed (every choice, ours included, goes through `selectMicrophone` /
 * `selectSpeaker`), else our last one if listed, else the system default, else the first.
 */
function fallback(list: readonly AudioDeviceInfo[], current: string | undefined, sdkPick: AudioDeviceInfo | undefined) {
  return (
    list.find((d) => d.id === sdkPick?.id) ??
    list.find((d) => d.id === current) ??
    list.find((d) => d.isSystemDefault) ??
    list[0]
  );
}

export function bindDeviceManager(dm: SessionDeviceManager, host: DeviceBindingHost): FeatureBinding {
  let generation = 0;
  let disposed = false;

  const read = async () => {
    const mine = ++generation;
    const [cameras, microphones, speakers] = await listDevices(dm);
    // A newer re-list started meanwhile (events come in bursts): only the newest one publishes.
    if (disposed || mine !== generation) return;
    const before = host.state.self;
    const microphone = fallback(microphones, before.microphoneId, dm.selectedMicrophone);
    const speaker = fallback(speakers, before.speakerId, dm.selectedSpeaker);
    if (microphone && microphone.id !== dm.selectedMicrophone?.id) await dm.selectMicrophone(microphone).catch(() => undefined);
    if (speaker && speaker.id !== dm.selectedSpeaker?.id) await dm.selectSpeaker(speaker).catch(() => undefined);
    if (disposed || mine !== generation) return;
    const cameraKept = cameras.some((c) => c.id === before.cameraId);
    const camera = cameraKept ? undefined : cameras[0];
    const diagnostics: SessionDiagnostics = { ...host.state.diagnostics, noCamera: cameras.length === 0 };
    host.update({
      devices: toDeviceList(cameras, microphones, speakers),
      diagnostics,
      self: {
        ...host.state.self,
        microphoneId: microphone?.id,
        speakerId: speaker?.id,
        cameraId: cameraKept ? before.cameraId : camera?.id,
      },
    });
    if (!cameraKept && before.cameraId !== undefined) host.cameraLost(camera);
  };
  const onListChanged = () => void read().catch(() => undefined);
  const subs = new Subscriptions();
  subs.listen(dm, 'videoDevicesUpdated', onListChanged);
  subs.listen(dm, 'audioDevicesUpdated', onListChanged);
  // A selection change re-reads everything too: list and selection are then published together, so the call
  // view can tell "the selected headset left the list" from "the visitor picked another one".
  subs.listen(dm, 'selectedMicrophoneChanged', onListChanged);
  subs.listen(dm, 'selectedSpeakerChanged', onListChanged);
  return {
    read: onListChanged,
    dispose: () => {
      disposed = true;
      subs.dispose();
    },
  };
}

export function toDeviceList(
  cameras: readonly VideoDeviceInfo[],
  microphones: readonly AudioDeviceInfo[],
  speakers: readonly AudioDeviceInfo[],
): SessionState['devices'] {
  return [
    ...cameras.map((d) => ({ id: d.id, label: d.name, kind: 'camera' as const })),
    ...microphones.map((d) => ({ id: d.id, label: d.name, kind: 'microphone' as const })),
    ...speakers.map((d) => ({ id: d.id, label: d.name, kind: 'speaker' as const })),
  ];
}
