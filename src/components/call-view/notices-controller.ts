/**
 * The call view's notices, kept out of call-view.component.ts: the queue shown under the compliance banner
 * (reconnecting, muted by others, session warnings, device and network diagnostics), its expiry timers, and
 * what each notice's action does. The notice stack announces its own notices; nothing here announces twice.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { JoinState } from '../../core/join-state.js';
import { NoticeQueue, scheduleNoticeExpiry, type Notice, type NoticeCode } from '../../core/notices.js';
import { diagnosticNoticeChanges } from '../../session/diagnostic-notices.js';
import type { MeetingSession, SessionState } from '../../session/types.js';
import type { AreaOverrides } from '../../i18n/apply.js';
import type { NoticeActionDetail, NoticeDismissDetail } from '../notice-stack/notice-stack.component.js';
import { NOTICE_PARTS } from '../shared/exported-parts.js';

/** What the notices need from the call view. */
export interface NoticesHost extends ReactiveControllerHost {
  readonly session: MeetingSession | undefined;
  readonly sessionState: SessionState;
  readonly lang: string;
  readonly overrides: AreaOverrides | undefined;
}

export class NoticesController implements ReactiveController {
  readonly queue = new NoticeQueue();
  #visible: readonly Notice[] = [];
  #abort: AbortController | undefined;

  constructor(
    private readonly host: NoticesHost,
    /** Cancel on a notice (the lobby's "taking too long"): the call view's leave. */
    private readonly leave: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    const unsubscribe = this.queue.subscribe(() => {
      this.#visible = this.queue.visible();
      this.host.requestUpdate();
    });
    signal.addEventListener('abort', unsubscribe);
    scheduleNoticeExpiry(this.queue, signal);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  push(code: NoticeCode): void {
    this.queue.push({ code }, Date.now());
  }

  /** Devices and network (no microphone, muted by the system, headset unplugged, poor network…). */
  onState(before: SessionState | undefined, after: SessionState): void {
    const notices = diagnosticNoticeChanges(before, after);
    if (notices.dismiss.length) this.queue.dismissCode(...notices.dismiss);
    for (const code of notices.push) this.push(code);
  }

  onPhase(previous: JoinState['phase'] | undefined, phase: JoinState['phase']): void {
    if (phase === 'reconnecting') this.push('reconnecting');
    else if (previous === 'reconnecting' && phase === 'connected') this.push('reconnected');
    else this.queue.dismissCode('reconnecting');
  }

  #onAction(detail: NoticeActionDetail): void {
    const notice = this.queue.all().find((n) => n.id === detail.id);
    if (!notice) return;
    switch (detail.action) {
      case 'cancel':
        this.leave();
        return;
      case 'retry': {
        // Device problems: re-apply the visitor's current media choice, which re-acquires the devices.
        const self = this.host.sessionState.self;
        const session = this.host.session;
        this.queue.dismiss(notice.id);
        void session?.setMicrophone(self.microphoneOn).catch(() => undefined);
        if (self.cameraOn) void session?.setCamera(true).catch(() => undefined);
        return;
      }
      default:
        // 'rejoin' belongs to the host's end screens; 'fix-permissions' only explains (the help is in the text).
        this.queue.dismiss(notice.id);
    }
  }

  render(): TemplateResult {
    return html`<tmj-notice-stack
      part="notices"
      exportparts=${NOTICE_PARTS}
      .notices=${this.#visible}
      .lang=${this.host.lang}
      .overrides=${this.host.overrides}
      @tmj-notice-action=${(event: CustomEvent<NoticeActionDetail>) => this.#onAction(event.detail)}
      @tmj-notice-dismiss=${(event: CustomEvent<NoticeDismissDetail>) => this.queue.dismiss(event.detail.id)}
    ></tmj-notice-stack>`;
  }
}
