/**
 * The shape every call-feature binding of the ACS session has (capabilities, raised hands, dominant speakers,
 * video count, diagnostics, compliance): a small object that subscribes to one SDK feature when created,
 * re-reads the feature's current value on `read()` (the session calls it on every call state change, because a
 * value may already be set at admission), and removes every listener on `dispose()`.
 */
import type { SessionEvent, SessionState } from '../types.js';
import type { SessionCall, SessionFeatures } from './sdk-types.js';

export interface FeatureBinding {
  read(): void;
  dispose(): void;
}

/** What a binding may do to the session: read its state, publish a patch, emit a discrete event. */
export interface BindingHost {
  readonly state: SessionState;
  update(patch: Partial<SessionState>): void;
  emit(event: SessionEvent): void;
}

/** Everything a binding factory gets. */
export interface BindingContext {
  readonly call: SessionCall;
  readonly features: SessionFeatures;
  readonly host: BindingHost;
  /** The visitor's raw id (`8:acs:…`), '' when unknown. */
  readonly selfId: string;
}

/**
 * Creates a binding; a feature the SDK refuses for this call kind or state (`call.feature()` throws) gives
 * `undefined` instead of breaking the call.
 */
export function bindFeature<B extends FeatureBinding>(create: () => B): B | undefined {
  try {
    return create();
  } catch {
    return undefined;
  }
}
