/**
 * The host element's configuration state (part of the pasted script): validates the attributes whenever one
 * changes, moves between the pre-join and a configuration failure, and fetches the lazy half of validation
 * (meeting-join.config-full.ts) when the quick half can't decide. A running call is never disturbed. (A closure
 * rather than a class: its locals minify, which keeps the pasted script small.)
 */
import type { ErrorCode } from '../../core/errors.js';
import type { JoinPhase, JoinState } from '../../core/join-state.js';
import { validateConfig, type FullValidation, type JoinConfig, type JoinConfigInput } from './meeting-join.config.js';

/** What validation needs of the element's join flow. */
export interface ConfigFlow {
  state(): JoinState;
  /** Applies a transition; whether the phase changed. */
  setPhase(to: JoinPhase, options?: { reason: ErrorCode }): boolean;
  /** Fires `tmj-error` once `messages` (the lazy English configuration messages) are there. */
  emitError(code: ErrorCode, messages?: Promise<unknown>): void;
  /** Loads the English configuration-error messages. */
  messages(): Promise<unknown>;
}

export interface ConfigState {
  /** The last validation's result (`undefined` until the lazy half has decided). */
  readonly config: JoinConfig | undefined;
  /** The current failure comes from the configuration, so fixing attributes (not "Try again") recovers. */
  readonly failed: boolean;
  /** Validates again (an attribute changed, or Rejoin): → pre-join or a configuration failure where allowed. */
  validate(): void;
}

/** @param input the element itself: the configuration attributes are its properties. */
export function configState(input: JoinConfigInput, flow: ConfigFlow): ConfigState {
  /**
   * The lazy half of validation: the pasted script decides links as Teams writes them; anything else (Safe Links,
   * the launcher, other hosts…) and the development-only `emulator` URL wait for it (then validated again).
   */
  let full: FullValidation | undefined;
  let fullLoading: Promise<unknown> | undefined;

  /**
   * Fetches the lazy half of validation (once), then validates again. If it cannot be fetched the configuration
   * cannot be judged: `sdk-load-failed` as a configuration failure, so Try again or any attribute change retries.
   */
  const loadFull = (): void => {
    fullLoading ??= import('./meeting-join.config-full.js').then(
      (m) => {
        full = m;
        self.validate();
      },
      () => {
        fullLoading = undefined;
        self.failed = true;
        if (flow.setPhase('failed', { reason: 'sdk-load-failed' })) flow.emitError('sdk-load-failed');
      },
    );
  };

  const self = {
    config: undefined as JoinConfig | undefined,
    failed: false,
    validate() {
      const config = (self.config = validateConfig(input, full));
      if (!config) loadFull();
      const { phase, reason } = flow.state();
      const configurable = phase === 'idle' || phase === 'prejoin' || (phase === 'failed' && self.failed);
      // A running call is not disturbed; the new configuration applies to the next join.
      if (!configurable || !config) return;
      if (!config.ok) {
        if (phase === 'failed' && reason === config.code) return;
        self.failed = true;
        const messages = flow.messages();
        if (flow.setPhase('failed', { reason: config.code })) flow.emitError(config.code, messages);
      } else if (phase !== 'prejoin') {
        self.failed = false;
        flow.setPhase('prejoin');
      }
    },
  };
  return self;
}
