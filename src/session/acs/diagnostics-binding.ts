/**
 * User-facing diagnostics binding of the ACS session (`Features.UserFacingDiagnostics`, network + media) →
 * `SessionState.diagnostics` (the call view turns changes into notices) and the reconnecting phase.
 *
 * Sources (Microsoft Learn):
 *  - "User Facing Diagnostics" (concepts/voice-video-calling/user-facing-diagnostics) and the UFD reference pages
 *    (resources/troubleshooting/voice-video-calling/references/ufd/…): `noMicrophoneDevicesEnumerated`,
 *    `microphoneMuteUnexpectedly` ("the microphone track was muted … by an external source rather than by the SDK
 *    mute API"; a headset's hardware mute button), `speakingWhileMicrophoneIsMuted` — all `MediaDiagnostics`,
 *    value type `DiagnosticFlag`, true/false; "the calling stack does not make any changes based on a UFD".
 *  - "LatestNetworkDiagnostics" (@azure/communication-calling API reference): `networkReconnect` Poor (2) when
 *    media transport connectivity is lost, Bad (3) when it cannot reconnect, Good (1) when a new session is
 *    connected; `networkReceiveQuality` / `networkSendQuality` Good/Poor/Bad.
 * Values are compared with the SDK's runtime `DiagnosticQuality` enum, never with literals. SDK 2.0 has no
 * "reconnecting" call state: `networkReconnect` Poor/Bad is that signal.
 *
 * Docs, types and the issue: the issue names a `noCameraDevicesEnumerated` diagnostic, but neither SDK 2.0's
 * `LatestMediaDiagnostics` nor its API reference page ("LatestMediaDiagnostics interface") has one — only
 * microphone and speaker enumeration. `noCamera` therefore comes from the device manager's camera list
 * (device-binding.ts).
 */
import type { LatestDiagnosticValue, MediaDiagnosticChangedEventArgs, NetworkDiagnosticChangedEventArgs } from '@azure/communication-calling';
import type { SessionDiagnostics } from '../types.js';
import type { BindingContext, FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';
import type { DiagnosticQualityEnum } from './sdk-types.js';

export interface DiagnosticsHooks {
  readonly quality: DiagnosticQualityEnum;
  /** `networkReconnect` went Poor/Bad (true) or back to Good (false). */
  setReconnecting(on: boolean): void;
}

type Value = Pick<LatestDiagnosticValue, 'value' | 'valueType'> | undefined;

/** The media flags we surface, by their SDK name. */
const MEDIA_FLAGS = {
  noMicrophoneDevicesEnumerated: 'noMicrophone',
  microphoneMuteUnexpectedly: 'microphoneMutedBySystem',
  speakingWhileMicrophoneIsMuted: 'speakingWhileMuted',
} as const satisfies Partial<Record<MediaDiagnosticChangedEventArgs['diagnostic'], keyof SessionDiagnostics>>;

export function bindDiagnostics({ call, features, host }: BindingContext, hooks: DiagnosticsHooks): FeatureBinding {
  const diagnostics = call.feature(features.UserFacingDiagnostics);
  const Q = hooks.quality;
  // Send and receive quality are tracked apart; the state shows the worse of the two.
  const quality = { send: Q.Good as number, receive: Q.Good as number };
  const flag = (v: Value) => v?.valueType === 'DiagnosticFlag' && v.value === true;
  const level = (v: Value): number | undefined =>
    v?.valueType === 'DiagnosticQuality' && (v.value === Q.Good || v.value === Q.Poor || v.value === Q.Bad) ? v.value : undefined;
  const patch = (p: Partial<SessionDiagnostics>) => {
    const before = host.state.diagnostics;
    const next = { ...before, ...p };
    if ((Object.keys(p) as (keyof SessionDiagnostics)[]).some((k) => before[k] !== next[k])) host.update({ diagnostics: next });
  };
  const networkQuality = (): SessionDiagnostics['networkQuality'] => {
    const worst = Math.max(quality.send, quality.receive);
    return worst === Q.Bad ? 'bad' : worst === Q.Poor ? 'poor' : 'good';
  };
  const onMedia = (args: Pick<MediaDiagnosticChangedEventArgs, 'diagnostic' | 'value' | 'valueType'>) => {
    const key = (MEDIA_FLAGS as Partial<Record<string, keyof SessionDiagnostics>>)[args.diagnostic];
    if (key && args.valueType === 'DiagnosticFlag') patch({ [key]: flag(args) });
  };
  const onNetwork = (args: Pick<NetworkDiagnosticChangedEventArgs, 'diagnostic' | 'value' | 'valueType'>) => {
    const q = level(args);
    if (q === undefined) return;
    if (args.diagnostic === 'networkReconnect') hooks.setReconnecting(q === Q.Poor || q === Q.Bad);
    else if (args.diagnostic === 'networkSendQuality' || args.diagnostic === 'networkReceiveQuality') {
      quality[args.diagnostic === 'networkSendQuality' ? 'send' : 'receive'] = q;
      patch({ networkQuality: networkQuality() });
    }
  };
  const subs = new Subscriptions();
  subs.listen(diagnostics.media, 'diagnosticChanged', (args: MediaDiagnosticChangedEventArgs) => onMedia(args));
  subs.listen(diagnostics.network, 'diagnosticChanged', (args: NetworkDiagnosticChangedEventArgs) => onNetwork(args));
  /** The latest values: a diagnostic raised before we subscribed (at admission) is not replayed as an event. */
  const read = () => {
    const media = diagnostics.media.getLatest();
    const p: { -readonly [K in keyof SessionDiagnostics]?: SessionDiagnostics[K] } = {};
    for (const [name, key] of Object.entries(MEDIA_FLAGS)) {
      const v = media[name as keyof typeof MEDIA_FLAGS];
      if (v) p[key] = flag(v);
    }
    const network = diagnostics.network.getLatest();
    const send = level(network.networkSendQuality);
    const receive = level(network.networkReceiveQuality);
    if (send !== undefined) quality.send = send;
    if (receive !== undefined) quality.receive = receive;
    patch({ ...p, networkQuality: networkQuality() });
  };
  return { read, dispose: () => subs.dispose() };
}
