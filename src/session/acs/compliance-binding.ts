/**
 * The ACS call's recording / transcription / explicit-consent binding: one feature binding with
 * `read()` / `dispose()` like the session's other feature bindings, plus `grant()` for consent.
 *
 * What it believes of the Calling SDK 2.x (types: @azure/communication-calling `RecordingCallFeature`,
 * `TranscriptionCallFeature`, `CapabilityResolutionReason`; docs: Microsoft Learn "Manage call recording on
 * the client", https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/record-calls, and
 * "Display call transcription state on the client",
 * https://learn.microsoft.com/azure/communication-services/how-tos/calling-sdk/call-transcription):
 *  - `isRecordingActive` / `isTranscriptionActive` with `…Changed` events: a recording that started before the
 *    visitor joined is read from the property, so `read()` runs again on every call state change;
 *  - `isTeamsConsentRequired` on both features ("once consent is provided for either transcription or
 *    recording this is turned false") and `grantTeamsConsent()` ("provide consent … to start sharing audio,
 *    video and screen share while recording is in progress"); the docs list both for Teams meetings and group
 *    Teams interop calls only. There is no change event for the consent flag: it is re-read on the recording
 *    and transcription events and on `capabilitiesChanged`, which the service sends when it blocks or
 *    releases media with the reason `ExplicitConsentRequired`;
 *  - `call.feature()` may throw (not supported for this call kind / state). Unlike the optional features, a
 *    failure here must never be silent (the Teams interoperability terms oblige the app to tell its users in
 *    real time): the binding then reports `compliance.unobservable` and the widget says the meeting MAY be
 *    recorded or transcribed and fires `tmj-error` `compliance-unobservable`. A property read that throws or
 *    returns a non-boolean counts the same.
 */
import { TmjError } from '../../core/errors.js';
import type { Capabilities, CapabilityBlock, ComplianceFlags, ConsentRequirement } from '../types.js';
import type { BindingContext, FeatureBinding } from './binding.js';
import { Subscriptions } from './listen.js';

/** What the binding publishes into `SessionState`. */
export interface CompliancePatch {
  readonly compliance: ComplianceFlags;
  readonly consentRequired: ConsentRequirement | null;
}

export interface ComplianceBinding extends FeatureBinding {
  /** Re-reads recording, transcription and consent; publishes only when something changed. */
  read(): void;
  /** `grantTeamsConsent()`; rejects with `TmjError('consent-failed')` when the service refuses. */
  grant(): Promise<void>;
}

interface Stream {
  /** The SDK feature, or undefined when attaching it threw. */
  readonly feature: { grantTeamsConsent(): Promise<void> } | undefined;
  readonly active: () => unknown;
  readonly consent: () => unknown;
}

function attach<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * Binds the recording, transcription and capabilities features of the call. Never throws (unlike the optional
 * bindings): what cannot be attached is reported as `unobservable`. Publishes the first reading at once (a
 * meeting already recorded on admission shows the banner with the first connected state).
 */
export function bindCompliance({ call, features, host }: Pick<BindingContext, 'call' | 'features' | 'host'>): ComplianceBinding {
  const subs = new Subscriptions();
  let last: string | undefined;
  let disposed = false;

  const read = (): void => {
    if (disposed) return;
    const r = readStream(recording);
    const t = readStream(transcription);
    const unobservable = !r.ok || !t.ok;
    const consent = r.consent || t.consent;
    const patch: CompliancePatch = {
      compliance: unobservable
        ? { recording: r.active, transcription: t.active, unobservable: true }
        : { recording: r.active, transcription: t.active },
      consentRequired: consent ? { recording: r.consent, transcription: t.consent } : null,
    };
    const key = JSON.stringify(patch);
    if (key === last) return;
    last = key;
    host.update(patch);
  };

  const rec = attach(() => call.feature(features.Recording));
  if (rec) attach(() => subs.listen(rec, 'isRecordingActiveChanged', read));
  const tr = attach(() => call.feature(features.Transcription));
  if (tr) attach(() => subs.listen(tr, 'isTranscriptionActiveChanged', read));
  // Consent has no change event of its own; the service re-resolves capabilities when it blocks/releases media.
  const caps = attach(() => call.feature(features.Capabilities));
  if (caps) attach(() => subs.listen(caps, 'capabilitiesChanged', read));

  const recording: Stream = {
    feature: rec,
    active: () => rec?.isRecordingActive,
    consent: () => rec?.isTeamsConsentRequired,
  };
  const transcription: Stream = {
    feature: tr,
    active: () => tr?.isTranscriptionActive,
    consent: () => tr?.isTeamsConsentRequired,
  };

  read();

  return {
    read,
    async grant(): Promise<void> {
      // One grant covers both ("consent … for either transcription or recording"); ask the feature that
      // requires it, the recording feature when both or neither say so.
      const target =
        readStream(transcription).consent && !readStream(recording).consent ? transcription.feature : recording.feature;
      // Older SDKs lack the method: say so instead of pretending consent was given.
      if (!target || typeof target.grantTeamsConsent !== 'function') {
        throw new TmjError('consent-failed', 'consent-unsupported');
      }
      try {
        await target.grantTeamsConsent();
      } catch (error) {
        throw new TmjError('consent-failed', 'grantTeamsConsent', { cause: error });
      } finally {
        read();
      }
    },
    dispose(): void {
      disposed = true;
      subs.dispose();
    },
  };
}

/** One stream's reading: `ok` false when the feature is missing or its state cannot be read as a boolean. */
function readStream(stream: Stream): { ok: boolean; active: boolean; consent: boolean } {
  if (!stream.feature) return { ok: false, active: false, consent: false };
  try {
    const active = stream.active();
    // Older SDKs have no consent flag: undefined = not required.
    const consent = stream.consent();
    if (typeof active !== 'boolean') return { ok: false, active: false, consent: consent === true };
    return { ok: true, active, consent: consent === true };
  } catch {
    return { ok: false, active: false, consent: false };
  }
}

/**
 * Why unmute / video / screen share are off: the SDK's `CapabilityResolutionReason` `ExplicitConsentRequired`
 * ("Explicit Consent Required for being transcribed and recorded", communication-calling.d.ts) becomes
 * `consent-required`, so the controls can say that consent is needed instead of "not allowed".
 */
export function capabilityReasons(
  capabilities: Partial<Record<string, { isPresent: boolean; reason: string } | undefined>> | undefined,
): Capabilities['reasons'] {
  const reason = (name: 'unmuteMic' | 'turnVideoOn' | 'shareScreen'): CapabilityBlock | undefined => {
    const c = capabilities?.[name];
    if (!c || c.isPresent) return undefined;
    return c.reason === 'ExplicitConsentRequired' ? 'consent-required' : 'not-allowed';
  };
  return { unmuteMic: reason('unmuteMic'), turnVideoOn: reason('turnVideoOn'), shareScreen: reason('shareScreen') };
}
