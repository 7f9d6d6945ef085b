/**
 * Teams explicit consent in the call view, kept out of call-view.component.ts: the consent dialog opens when the
 * meeting asks (announced, focus to it) and closes when it is granted (focus back to the controls); agreeing
 * sends the consent, and the page learns the outcome (`tmj-consent` for its audit log, or a typed `tmj-error`:
 * a failure is never only visual).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { JoinState } from '../../core/join-state.js';
import type { MeetingSession, SessionState } from '../../session/types.js';
import consentStringsEn from '../../i18n/en/consent.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { ConsentStrings } from '../../i18n/types.js';
import { CONSENT_PARTS } from '../shared/exported-parts.js';

/** What the consent flow needs from the call view. */
export interface ConsentHost extends ReactiveControllerHost {
  readonly session: MeetingSession | undefined;
  readonly sessionState: SessionState;
  readonly joinState: JoinState;
  readonly privacyPolicyUrl: string | undefined;
  readonly lang: string;
  readonly overrides: AreaOverrides | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
  focus(): void;
}

/** The call view's private commands the dialog needs (handed over as closures). */
export interface ConsentActions {
  /** Runs `focus` after the next render, if focus is the widget's to move. */
  focusAfterUpdate(focus: () => void): void;
  leave(): void;
  /** Fires `tmj-consent` (the call view dispatches its own events). */
  agreed(detail: ConsentDetail): void;
  /** Fires `tmj-error` `consent-failed` with `message`. */
  failed(message: string): void;
}

export interface ConsentDetail {
  readonly granted: true;
  readonly recording: boolean;
  readonly transcription: boolean;
}

export class ConsentController implements ReactiveController {
  /** Explicit consent: being sent / the last attempt failed. */
  #state: 'idle' | 'busy' | 'failed' = 'idle';
  /** The dialog's title and failure message, which the call view announces and reports. */
  #strings: ConsentStrings = consentStringsEn;
  #request = 0;

  constructor(
    private readonly host: ConsentHost,
    private readonly actions: ConsentActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async loadStrings(): Promise<void> {
    const request = ++this.#request;
    try {
      const strings = await loadCatalog(this.host.lang, 'consent');
      if (request === this.#request) this.#strings = withOverrides(strings ?? consentStringsEn, this.host.overrides?.consent);
    } catch {
      // A missing language chunk keeps English rather than breaking the call.
    }
  }

  #set(state: 'idle' | 'busy' | 'failed'): void {
    this.#state = state;
    this.host.requestUpdate();
  }

  /** The consent dialog opens (focus to it, announced) or closes (focus back to the controls). */
  onChange(before: SessionState['consentRequired'], after: SessionState['consentRequired']): void {
    if (!before === !after) return;
    this.#set('idle');
    if (after) {
      this.host.announce(this.#strings.title);
      this.actions.focusAfterUpdate(() => this.host.renderRoot.querySelector<HTMLElement>('tmj-consent-dialog')?.focus());
    } else {
      this.actions.focusAfterUpdate(() => this.host.focus());
    }
  }

  async grant(): Promise<void> {
    const session = this.host.session;
    const requirement = this.host.sessionState.consentRequired;
    if (!session || !requirement || this.#state === 'busy') return;
    this.#set('busy');
    try {
      await session.grantConsent();
      this.#set('idle');
      // For the site's audit log: what was asked, at the moment the meeting accepted the consent.
      this.actions.agreed({ granted: true, recording: requirement.recording, transcription: requirement.transcription });
    } catch {
      this.#set('failed');
      // Never only visual: the page learns it too (same text as the dialog shows).
      this.actions.failed(this.#strings.failed);
    }
  }

  render(): TemplateResult | typeof nothing {
    const requirement = this.host.sessionState.consentRequired;
    const phase = this.host.joinState.phase;
    if (!requirement || (phase !== 'connected' && phase !== 'reconnecting')) return nothing;
    return html`<tmj-consent-dialog
      part="consent"
      exportparts=${CONSENT_PARTS}
      .requirement=${requirement}
      .privacyPolicyUrl=${this.host.privacyPolicyUrl}
      .lang=${this.host.lang}
      .overrides=${this.host.overrides}
      ?busy=${this.#state === 'busy'}
      ?failed=${this.#state === 'failed'}
      @tmj-consent-agree=${() => void this.grant()}
      @tmj-consent-leave=${() => this.actions.leave()}
    ></tmj-consent-dialog>`;
  }
}
