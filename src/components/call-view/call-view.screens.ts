/**
 * The call view's simpler screens and its side panels, as template functions (no state of their own): the
 * connecting screen, the reconnecting overlay, and the chat/people side panel with its close button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AreaOverrides } from '../../i18n/apply.js';
import type { MeetingSession, SessionState } from '../../session/types.js';
import { fmt, type CallStrings } from '../shared/call-strings.js';
import { CHAT_PARTS, PEOPLE_PARTS } from '../shared/exported-parts.js';
import { icon } from '../shared/icons.js';
import type { SidePanel } from './call-view.component.js';

export function renderConnecting(s: CallStrings): TemplateResult {
  return html`<section part="connecting" class="screen" aria-busy="true">
    <div class="spinner" aria-hidden="true"></div>
    <p>${s.connecting}</p>
  </section>`;
}

export function renderReconnecting(s: CallStrings): TemplateResult {
  // A solid overlay over the stage (not a dim): nothing behind it shows through, every text keeps its contrast.
  return html`<section part="reconnecting" class="screen reconnecting" role="status" aria-labelledby="reconnecting-title">
    <div class="screen-icon" aria-hidden="true"><div class="spinner"></div></div>
    <div class="screen-text">
      <h2 id="reconnecting-title">${s.reconnectingTitle}</h2>
      <p>${s.reconnectingHint}</p>
    </div>
  </section>`;
}

export interface SidePanelsOptions {
  readonly strings: CallStrings;
  readonly state: SessionState;
  readonly session: MeetingSession | undefined;
  readonly panel: SidePanel | undefined;
  readonly chat: boolean;
  readonly reconnecting: boolean;
  readonly lang: string;
  readonly overrides: AreaOverrides | undefined;
  /** Closes the panel and returns focus to its control. */
  close(): void;
  onHtmlBlocked(): void;
}

function panelClose(label: string, o: SidePanelsOptions): TemplateResult {
  const text = fmt(o.strings.closePanel, { panel: label });
  return html`<button type="button" part="panel-close" class="panel-close" aria-label=${text} title=${text} @click=${() => o.close()}>
    ${icon('close')}
  </button>`;
}

/** Chat stays rendered while closed (it keeps its scroll position and draft); people exists only while open. */
export function renderSidePanels(o: SidePanelsOptions): TemplateResult {
  const s = o.strings;
  const st = o.state;
  return html`${o.chat
    ? html`<aside part="side-panel" aria-label=${s.chat} ?hidden=${o.panel !== 'chat'} ?inert=${o.reconnecting}>
        ${panelClose(s.chat, o)}
        <tmj-chat-panel
          part="chat"
          data-panel="chat"
          exportparts=${CHAT_PARTS}
          .session=${o.session}
          .chat=${st.chat}
          .strings=${s}
          .lang=${o.lang}
          .selfName=${st.self.displayName}
          ?open=${o.panel === 'chat'}
          @tmj-chat-html-blocked=${() => o.onHtmlBlocked()}
        ></tmj-chat-panel>
      </aside>`
    : nothing}
  ${o.panel === 'people'
    ? html`<aside part="side-panel" aria-label=${s.people} ?inert=${o.reconnecting}>
        ${panelClose(s.people, o)}
        <!-- The list scrolls and has nothing focusable inside: it takes focus itself (arrow keys scroll it). -->
        <tmj-people-panel
          part="people"
          exportparts=${PEOPLE_PARTS}
          data-panel="people"
          tabindex="0"
          .participants=${st.participants}
          .self=${st.self}
          .lang=${o.lang}
          .overrides=${o.overrides}
        ></tmj-people-panel>
      </aside>`
    : nothing}`;
}
