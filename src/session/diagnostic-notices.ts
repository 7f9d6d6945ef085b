/**
 * Which notices a change of `SessionState` raises or clears about the visitor's own devices and network, for
 * every session kind alike (DOM-free; the call view applies the result to its notice queue):
 *  - a diagnostic flag turning on shows its notice, turning off clears it (no microphone / no camera connected,
 *    microphone muted by the system, network quality poor or bad);
 *  - speaking while muted shows a short reminder (it clears itself, or when the microphone goes on);
 *  - a selected device that left the device list (a headset unplugged) says what happened: another device took
 *    over (`…-switched`), or none is left (`no-microphone` / `no-camera`).
 */
import type { NoticeCode } from '../core/notices.js';
import type { DeviceInfo, SessionState } from './types.js';

export interface NoticeChanges {
  readonly push: NoticeCode[];
  readonly dismiss: NoticeCode[];
}

type Flag = 'noMicrophone' | 'noCamera' | 'microphoneMutedBySystem';
const FLAG_NOTICES: Record<Flag, NoticeCode> = {
  noMicrophone: 'no-microphone',
  noCamera: 'no-camera',
  microphoneMutedBySystem: 'mic-muted-by-system',
};

const SELECTED: Record<DeviceInfo['kind'], 'cameraId' | 'microphoneId' | 'speakerId'> = {
  camera: 'cameraId',
  microphone: 'microphoneId',
  speaker: 'speakerId',
};
const SWITCHED: Record<DeviceInfo['kind'], NoticeCode> = {
  camera: 'camera-switched',
  microphone: 'microphone-switched',
  speaker: 'speaker-switched',
};
const NONE_LEFT: Partial<Record<DeviceInfo['kind'], NoticeCode>> = { camera: 'no-camera', microphone: 'no-microphone' };

export function diagnosticNoticeChanges(before: SessionState | undefined, after: SessionState): NoticeChanges {
  const push: NoticeCode[] = [];
  const dismiss: NoticeCode[] = [];
  const was = before?.diagnostics;
  const now = after.diagnostics;
  if (!now) return { push, dismiss };
  for (const flag of Object.keys(FLAG_NOTICES) as Flag[]) {
    if (now[flag] && !was?.[flag]) push.push(FLAG_NOTICES[flag]);
    else if (!now[flag] && was?.[flag]) dismiss.push(FLAG_NOTICES[flag]);
  }
  if (now.speakingWhileMuted && !was?.speakingWhileMuted && !after.self.microphoneOn) push.push('speaking-while-muted');
  if (after.self.microphoneOn) dismiss.push('speaking-while-muted');
  const poor = now.networkQuality !== 'good';
  if (poor && (was?.networkQuality ?? 'good') === 'good') push.push('network');
  else if (!poor && was && was.networkQuality !== 'good') dismiss.push('network');

  if (before) {
    for (const kind of Object.keys(SELECTED) as DeviceInfo['kind'][]) {
      const key = SELECTED[kind];
      const old = before.self[key];
      const listed = (s: SessionState, id: string | undefined) => id !== undefined && s.devices.some((d) => d.kind === kind && d.id === id);
      // Only a device that really left the list: a visitor's own pick of another device is no news.
      if (!listed(before, old) || listed(after, old)) continue;
      const next = after.self[key];
      if (listed(after, next)) push.push(SWITCHED[kind]);
      else {
        const none = NONE_LEFT[kind];
        if (none && !push.includes(none)) push.push(none);
      }
    }
  }
  return { push, dismiss };
}
