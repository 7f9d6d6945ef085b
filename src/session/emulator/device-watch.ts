/**
 * The emulator session's equivalents of the Calling SDK's device events and device diagnostics, from what the
 * browser really shows it:
 *  - `devicechange` on `navigator.mediaDevices` (the SDK's `videoDevicesUpdated` / `audioDevicesUpdated`): the lists
 *    are re-read; a selected device that left falls back to the browser's `default` entry, else the first of its
 *    kind (the SDK's selection fallback, see ../acs/device-binding.ts), and a track that was on moves to it;
 *  - no `audioinput` / `videoinput` at all (the SDK's `noMicrophoneDevicesEnumerated`, which the UFD reference
 *    defines as "navigator.mediaDevices.enumerateDevices doesn't include any audio input devices"); entries with an
 *    empty id (no permission yet) still count as present, as the UFD page says permission is unrelated.
 * The microphone track's own `mute`/`unmute` events (the SDK's `microphoneMuteUnexpectedly`, "related to the mute
 * event of the microphone track … triggered by an external source") are wired in ./local-media.ts.
 */
import type { DeviceInfo, SessionState } from '../types.js';

type Kind = DeviceInfo['kind'];
const KEY: Record<Kind, 'cameraId' | 'microphoneId' | 'speakerId'> = { camera: 'cameraId', microphone: 'microphoneId', speaker: 'speakerId' };
const BROWSER_KIND: Partial<Record<MediaDeviceKind, Kind>> = { videoinput: 'camera', audioinput: 'microphone', audiooutput: 'speaker' };

export interface DeviceSnapshot {
  /** Devices with an id (what the pickers can offer). */
  readonly devices: DeviceInfo[];
  /** Kinds the browser lists at all, with or without an id. */
  readonly present: ReadonlySet<Kind>;
}

/** The browser's devices; undefined when it refuses to list them. */
export async function snapshotDevices(): Promise<DeviceSnapshot | undefined> {
  let list: MediaDeviceInfo[];
  try {
    list = await navigator.mediaDevices.enumerateDevices();
  } catch {
    return undefined;
  }
  const devices: DeviceInfo[] = [];
  const present = new Set<Kind>();
  for (const d of list) {
    const kind = BROWSER_KIND[d.kind];
    if (!kind) continue;
    present.add(kind);
    if (d.deviceId) devices.push({ id: d.deviceId, label: d.label, kind });
  }
  return { devices, present };
}

export interface DeviceChange {
  readonly patch: Pick<SessionState, 'devices' | 'diagnostics' | 'self'>;
  /** Selected devices that left the list: their replacement (undefined: none left). */
  readonly moved: ReadonlyArray<{ readonly kind: Kind; readonly id: string | undefined }>;
}

/** What a new device list means for the state: lists, selections that fall back, and the no-device flags. */
export function deviceChange(state: SessionState, snapshot: DeviceSnapshot): DeviceChange {
  const { devices, present } = snapshot;
  const self = { ...state.self };
  const moved: { kind: Kind; id: string | undefined }[] = [];
  for (const kind of Object.keys(KEY) as Kind[]) {
    const key = KEY[kind];
    const current = self[key];
    const ofKind = devices.filter((d) => d.kind === kind);
    // Only a selection that is known and gone falls back; with no id yet the browser's default is in use anyway.
    if (current === undefined || ofKind.some((d) => d.id === current)) continue;
    // Listed without ids: the browser hides them (no permission), nothing was unplugged.
    if (ofKind.length === 0 && present.has(kind)) continue;
    const next = (ofKind.find((d) => d.id === 'default') ?? ofKind[0])?.id;
    self[key] = next;
    moved.push({ kind, id: next });
  }
  return {
    patch: {
      devices,
      self,
      diagnostics: { ...state.diagnostics, noMicrophone: !present.has('microphone'), noCamera: !present.has('camera') },
    },
    moved,
  };
}

/** What a device refresh does to the session: its state, and the media that follows a moved selection. */
export interface DeviceRefreshHost {
  state(): SessionState;
  publish(patch: Partial<SessionState>): void;
  /** Left, ended or disposed: a snapshot that arrives now changes nothing. */
  gone(): boolean;
  selectDevice(kind: Kind, id: string): Promise<void>;
  setMicrophone(on: boolean): Promise<void>;
  setCamera(on: boolean): Promise<void>;
  /** A device the selection moved to failed to open. */
  onFailure(): void;
}

/**
 * `devicechange`: lists, selections that fall back (the moved track follows), no-device flags.
 * Runs one at a time: a second change while the first one's track is still reopening (a headset and then the
 * last microphone unplugged) would otherwise be overtaken by that reopen, which turns a vanished device back on.
 */
export class DeviceRefresh {
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly host: DeviceRefreshHost) {}

  run(): Promise<void> {
    const run = this.queue.then(() => this.now());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async now(): Promise<void> {
    const host = this.host;
    const snapshot = await snapshotDevices();
    if (!snapshot || host.gone()) return;
    const { patch, moved } = deviceChange(host.state(), snapshot);
    host.publish(patch);
    for (const { kind, id } of moved) {
      // Moved to another device (its track restarts there when on), or none left: that media goes off.
      const next =
        id !== undefined
          ? host.selectDevice(kind, id)
          : kind === 'microphone'
            ? host.setMicrophone(false)
            : kind === 'camera'
              ? host.setCamera(false)
              : undefined;
      await next?.catch(() => host.onFailure());
    }
  }
}
