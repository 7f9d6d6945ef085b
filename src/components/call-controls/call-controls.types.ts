/** The control bar's public types: what it is told (features) and the intent events it fires. */
import type { DeviceInfo } from '../../session/types.js';

export interface CallFeatures {
  readonly chat: boolean;
  readonly video: boolean;
  readonly screenShare: boolean;
}

export interface PanelToggleDetail {
  readonly panel: 'chat' | 'people';
}

export interface CallLeaveDetail {
  readonly source: 'button' | 'keyboard';
}

export type ToggleControl = 'mic' | 'camera' | 'share' | 'hand' | 'captions';

/** `tmj-toggle`: the visitor asked to turn `control` to `on` (by button, menu item or shortcut). */
export interface ToggleDetail {
  readonly control: ToggleControl;
  readonly on: boolean;
  readonly source: 'button' | 'keyboard';
}

/** `tmj-select-device`: the visitor picked a device in the settings menu. */
export interface SelectDeviceDetail {
  readonly kind: DeviceInfo['kind'];
  readonly id: string;
}
