/**
 * The control bar's device settings panel, kept out of call-controls.component.ts: camera, microphone and
 * speaker pickers (only kinds that have devices), "no devices" otherwise, background effects and noise
 * suppression where the session has them, and Close; Escape closes too.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DeviceInfo, SessionState } from '../../session/types.js';
import type { CallStrings } from '../shared/call-strings.js';

export interface DeviceMenuOptions {
  readonly strings: CallStrings;
  readonly state: SessionState;
  readonly video: boolean;
  select(kind: DeviceInfo['kind'], id: string): void;
  close(): void;
  /** Background effects and noise suppression (`<tmj-effects-picker>`), where the session supports them. */
  readonly effects?: TemplateResult | typeof nothing;
}

function deviceSelect(o: DeviceMenuOptions, kind: DeviceInfo['kind'], label: string, current: string | undefined): TemplateResult | typeof nothing {
  const devices = o.state.devices.filter((d) => d.kind === kind);
  if (devices.length === 0) return nothing;
  return html`<label
    >${label}
    <select data-device=${kind} @change=${(event: Event) => o.select(kind, (event.target as HTMLSelectElement).value)}>
      ${devices.map((d) => html`<option value=${d.id} ?selected=${d.id === current}>${d.label}</option>`)}
    </select></label
  >`;
}

export function renderDeviceMenu(o: DeviceMenuOptions): TemplateResult {
  const s = o.strings;
  const self = o.state.self;
  const hasDevices = o.state.devices.length > 0;
  return html`<div
    part="device-menu"
    id="device-menu"
    role="group"
    aria-labelledby="device-menu-title"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        o.close();
      }
    }}
  >
    <h2 id="device-menu-title">${s.devicesTitle}</h2>
    ${hasDevices
      ? html`${o.video ? deviceSelect(o, 'camera', s.cameraSelect, self.cameraId) : nothing}
        ${deviceSelect(o, 'microphone', s.microphoneSelect, self.microphoneId)}
        ${deviceSelect(o, 'speaker', s.speakerSelect, self.speakerId)}`
      : html`<p>${s.noDevices}</p>`}
    ${o.effects ?? nothing}
    <button type="button" part="control control-close" @click=${() => o.close()}>${s.close}</button>
  </div>`;
}
