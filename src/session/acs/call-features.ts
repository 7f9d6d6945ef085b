/**
 * The per-call feature bindings of the ACS session and the commands that go through them (consent, raised hand,
 * captions, reactions). Attached to each call object the visitor is in (the main meeting or a breakout room's) and
 * disposed when the session leaves that call. Split out of `acs-session.ts`, which keeps the lifecycle.
 *
 * Each feature is optional: one the SDK refuses for this call kind or state must not break the call (`bindFeature`).
 * Compliance is not optional: it never throws and reports what it cannot observe (`compliance-binding.ts`).
 */
import { TmjError } from '../../core/errors.js';
import type { ReactionKind } from '../types.js';
import { bindFeature, type BindingContext, type FeatureBinding } from './binding.js';
import { bindCompliance, type ComplianceBinding } from './compliance-binding.js';
import { bindDiagnostics, type DiagnosticsHooks } from './diagnostics-binding.js';
import { bindCapabilities, bindDominantSpeakers, bindRaiseHand, bindVideoCount, type RaiseHandBinding } from './feature-bindings.js';
import { bindCaptions, bindReactions, bindSpotlight, type CaptionsBinding, type ReactionBinding } from './guest-bindings.js';
import { attempt } from './sdk-util.js';

export interface CallFeatureHooks {
  /** Raised hands changed: the roster re-reads them. */
  readonly handsChanged: () => void;
  /** In the call (connected, reconnecting or the lobby): commands are refused otherwise. */
  readonly inCall: () => boolean;
}

export class CallFeatures {
  readonly #hooks: CallFeatureHooks;
  #bindings: FeatureBinding[] = [];
  #raiseHand: RaiseHandBinding | undefined;
  #compliance: ComplianceBinding | undefined;
  #captions: CaptionsBinding | undefined;
  #reactions: ReactionBinding | undefined;

  constructor(hooks: CallFeatureHooks) {
    this.#hooks = hooks;
  }

  /** Raw ids of raised hands on the current call. */
  get hands(): ReadonlySet<string> {
    return this.#raiseHand?.hands ?? new Set<string>();
  }

  /** Binds every feature of this call (after `dispose()` of the previous call's). */
  attach(context: BindingContext, diagnostics: DiagnosticsHooks): void {
    this.#raiseHand = bindFeature(() => bindRaiseHand(context, this.#hooks.handsChanged));
    this.#compliance = bindCompliance(context);
    this.#captions = bindFeature(() => bindCaptions(context));
    this.#reactions = bindFeature(() => bindReactions(context));
    this.#bindings = [
      this.#captions,
      this.#reactions,
      bindFeature(() => bindSpotlight(context)),
      this.#compliance,
      bindFeature(() => bindCapabilities(context)),
      bindFeature(() => bindDominantSpeakers(context)),
      bindFeature(() => bindVideoCount(context)),
      bindFeature(() => bindDiagnostics(context, diagnostics)),
      this.#raiseHand,
    ].filter((b): b is FeatureBinding => b !== undefined);
  }

  /** Re-reads every feature (values may already be set at admission). */
  read(): void {
    for (const binding of this.#bindings) attempt(() => binding.read());
  }

  dispose(): void {
    for (const binding of this.#bindings.splice(0)) attempt(() => binding.dispose());
    this.#raiseHand = undefined;
    this.#compliance = undefined;
    this.#captions = undefined;
    this.#reactions = undefined;
  }

  async grantConsent(): Promise<void> {
    const binding = this.#compliance;
    if (!binding || !this.#hooks.inCall()) throw new TmjError('consent-failed', 'not-in-call');
    await binding.grant();
  }

  async setHandRaised(raised: boolean): Promise<void> {
    const feature = this.#raiseHand;
    if (!feature || !this.#hooks.inCall()) throw new TmjError('call-failed', 'raise-hand-unavailable');
    await feature.set(raised);
  }

  async setCaptions(on: boolean): Promise<void> {
    if (!this.#captions || !this.#hooks.inCall()) throw new TmjError('call-failed', 'captions-unavailable');
    await this.#captions.set(on);
  }

  async setCaptionLanguage(kind: 'spoken' | 'caption', language: string): Promise<void> {
    if (!this.#captions || !this.#hooks.inCall()) throw new TmjError('call-failed', 'captions-unavailable');
    await this.#captions.setLanguage(kind, language);
  }

  async sendReaction(reaction: ReactionKind): Promise<void> {
    if (!this.#reactions || !this.#hooks.inCall()) throw new TmjError('call-failed', 'reactions-unavailable');
    await this.#reactions.send(reaction);
  }
}
