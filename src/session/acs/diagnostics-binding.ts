/**
 * User-facing diagnostics binding of the ACS session (`Features.UserFacingDiagnostics`, network + media).
 * SDK 2.0 has no "reconnecting" call state: `networkReconnect` Poor/Bad is the signal, Good the recovery.
 * Values are compared with the SDK's `DiagnosticQuality` enum (Good = 1, Poor = 2, Bad = 3), never literals.
 */
import type { NetworkDiagnosticChangedEventArgs } from '@azure/communication-calling';
import type { BindingContext, FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';
import type { DiagnosticQualityEnum } from './sdk-types.js';

export interface DiagnosticsHooks {
  readonly quality: DiagnosticQualityEnum;
  /** `networkReconnect` went Poor/Bad (true) or back to Good (false). */
  setReconnecting(on: boolean): void;
}

export function bindDiagnostics({ call, features }: BindingContext, hooks: DiagnosticsHooks): FeatureBinding {
  const diagnostics = call.feature(features.UserFacingDiagnostics);
  const Q = hooks.quality;
  const subs = new Subscriptions();
  subs.listen(diagnostics.network, 'diagnosticChanged', (args: NetworkDiagnosticChangedEventArgs) => {
    if (args.diagnostic !== 'networkReconnect' || args.valueType !== 'DiagnosticQuality') return;
    hooks.setReconnecting(args.value === Q.Poor || args.value === Q.Bad);
  });
  return { read: () => undefined, dispose: () => subs.dispose() };
}
