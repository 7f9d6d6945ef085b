/**
 * The call view's lobby screen, kept out of call-view.component.ts: the waiting text with a ticking elapsed
 * time, the visitor's own preview (one video view while the camera is on, released on leaving the lobby), the
 * microphone and camera toggles and Cancel. Everything it starts (the 1 s tick, the view) stops when the phase
 * leaves the lobby or the element leaves the page.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { JoinState } from '../../core/join-state.js';
import type { MeetingSession, SessionState, VideoView } from '../../session/types.js';
import { formatDuration } from '../../i18n/intl.js';
import type { CallFeatures, ToggleDetail } from '../call-controls/call-controls.component.js';
import { fmt, type CallStrings } from '../shared/call-strings.js';
import { icon } from '../shared/icons.js';

/** What the lobby needs from the call view. */
export interface LobbyHost extends ReactiveControllerHost {
  readonly session: MeetingSession | undefined;
  readonly sessionState: SessionState;
  readonly joinState: JoinState;
  readonly features: CallFeatures;
  readonly lang: string;
  readonly isConnected: boolean;
}

/** The call view's own commands the lobby's buttons run (private there, handed over as closures). */
export interface LobbyActions {
  strings(): CallStrings;
  busy(): ReadonlySet<string>;
  toggle(detail: Pick<ToggleDetail, 'control' | 'on'>): void;
  leave(): void;
}

export class LobbyController implements ReactiveController {
  #now = Date.now();
  #timer: ReturnType<typeof setInterval> | undefined;
  #stream: string | undefined;
  #view: VideoView | undefined;

  constructor(
    private readonly host: LobbyHost,
    private readonly actions: LobbyActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.syncTimer();
  }

  hostDisconnected(): void {
    this.#stopTimer();
    this.#release();
  }

  /** Starts the elapsed-time tick in the lobby, stops it elsewhere (on every phase change). */
  syncTimer(): void {
    if (this.host.joinState.phase === 'lobby' && this.host.isConnected) {
      if (this.#timer === undefined) {
        this.#now = Date.now();
        this.#timer = setInterval(() => {
          this.#now = Date.now();
          this.host.requestUpdate();
        }, 1000);
      }
    } else {
      this.#stopTimer();
    }
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The visitor's own camera in the lobby: one view while the camera is on, released on leaving the lobby. */
  syncView(): void {
    const st = this.host.sessionState;
    const want =
      this.host.joinState.phase === 'lobby' && st.self.cameraOn
        ? st.streams.find((x) => x.participantId === 'self' && x.kind === 'camera' && x.available)?.id
        : undefined;
    if (want === this.#stream) return;
    this.#release();
    const session = this.host.session;
    if (!want || !session) return;
    this.#stream = want;
    void session.createVideoView(want, { fit: 'cover' }).then(
      (view) => {
        if (this.#stream !== want) view.dispose();
        else {
          this.#view = view;
          this.host.requestUpdate();
        }
      },
      () => undefined,
    );
  }

  #release(): void {
    this.#stream = undefined;
    if (!this.#view) return;
    this.#view.dispose();
    this.#view = undefined;
    this.host.requestUpdate();
  }

  render(): TemplateResult {
    const s = this.actions.strings();
    const busy = this.actions.busy();
    const self = this.host.sessionState.self;
    const video = this.host.features.video;
    const view = this.#view;
    const elapsed = formatDuration(this.host.lang, this.#now - this.host.joinState.since);
    const toggle = (control: 'mic' | 'camera', on: boolean, label: string, onIcon: 'mic' | 'camera', offIcon: 'micOff' | 'cameraOff') =>
      html`<button
        type="button"
        part="lobby-toggle"
        class="secondary-button icon-only"
        data-control=${control}
        aria-pressed=${String(on)}
        aria-label=${label}
        aria-keyshortcuts=${control === 'mic' ? 'Control+Shift+M' : 'Control+Shift+O'}
        title=${label}
        ?disabled=${busy.has(control)}
        @click=${() => this.actions.toggle({ control, on: !on })}
      >
        ${icon(on ? onIcon : offIcon)}
      </button>`;
    return html`<section part="lobby" class="screen lobby" aria-labelledby="lobby-title">
      ${video
        ? html`<div part="lobby-preview" class="lobby-preview" data-video=${view ? 'on' : 'off'}>
            ${view ? view.element : html`<span class="preview-off">${s.lobbyPreviewOff}</span>`}
          </div>`
        : nothing}
      <div class="screen-text">
        <h2 id="lobby-title" tabindex="-1">${s.lobbyTitle}</h2>
        <p>${s.lobbyHint}</p>
        <p class="elapsed" data-elapsed>${fmt(s.lobbyElapsed, { time: elapsed })}</p>
      </div>
      <div class="screen-actions">
        ${toggle('mic', self.microphoneOn, s.mic, 'mic', 'micOff')}
        ${video ? toggle('camera', self.cameraOn, s.camera, 'camera', 'cameraOff') : nothing}
        <button type="button" part="lobby-cancel" class="secondary-button" @click=${() => this.actions.leave()}>${s.lobbyCancel}</button>
      </div>
    </section>`;
  }
}
