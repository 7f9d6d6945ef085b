import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from '../shared/decorators.js';
import type { ErrorCode } from '../../core/errors.js';
import { tmjEvent } from '../../core/events.js';
import { dirOf } from '../../core/dir.js';
import type { Lang } from '../../core/i18n.js';
import {
  INITIAL_JOIN_STATE,
  isEndPhase,
  isInCall,
  transition,
  type JoinPhase,
  type JoinState,
} from '../../core/join-state.js';
import type { TokenProvider } from '../../core/token.js';
import coreStringsEn from '../../i18n/en/core.js';
import type { FullCoreStrings } from '../../i18n/types.js';
import type { SessionFactory, SessionKind, SessionState } from '../../session/types.js';
import type { CallDriver } from './meeting-join.call.js';
import type { PrejoinJoinDetail, TmjPrejoin } from '../prejoin/prejoin.component.js';
import '../prejoin/prejoin.js';
import { configState } from './meeting-join.validation.js';
import { meetingJoinStyles } from './meeting-join.styles.js';
import { hostStrings } from './meeting-join.strings.js';
import { driverLoader, whenIdle, type DriverModule } from './meeting-join.loader.js';

/** What the in-call view may show; built from the `no-*` attributes. */
export interface CallFeatures {
  readonly chat: boolean;
  readonly video: boolean;
  readonly screenShare: boolean;
}

const PREJOIN_PARTS =
  'form,title,preview,video,meter,toggle,mic-toggle,camera-toggle,label,input,name-input,device-select,hint,field-error,media-notice,devices,join-button';

const CONFIG_KEYS = ['meetingLink', 'meetingId', 'passcode', 'tokenUrl', 'tokenProvider', 'identity', 'emulator', 'aadClientId', 'teamsTokenProvider'];

/**
 * @tagname teams-meeting-join
 * @summary Lets a website visitor join a Microsoft Teams meeting (Azure Communication Services) from a page.
 *
 * Renders purely from its join state: pre-join screen → joining → lobby → in call → an end screen with
 * "Rejoin". Configuration problems render a localized message (`role="alert"`, `data-code`) and fire
 * `tmj-error`; fixing the attributes recovers. The calling SDK, the in-call UI and French/German strings are
 * loaded only when needed.
 *
 * @fires {CustomEvent<TmjStateChangeDetail>} tmj-state-change - `{state, previous}`: the join phase changed.
 * @fires {CustomEvent<TmjJoinedDetail>} tmj-joined - `{displayName}`: the visitor is in the meeting (first `connected` of a join).
 * @fires {CustomEvent<TmjLeftDetail>} tmj-left - `{reason, code, unsent}`: the call ended (`unsent` = own chat messages not sent): `left`, `ended`, `removed`, `denied` or `failed`.
 * @fires {CustomEvent<TmjErrorDetail>} tmj-error - `{code, message}`: configuration, token, loading, joining or call failure; `message` is localized.
 * @fires {CustomEvent<TmjComplianceChangeDetail>} tmj-compliance-change - `{recording, transcription, consentRequired}`: the meeting started or stopped recording/transcription, or its explicit-consent requirement for the visitor changed.
 * @fires {CustomEvent<TmjConsentDetail>} tmj-consent - `{granted: true, recording, transcription}`: the visitor agreed in the consent dialog and the meeting accepted it (for an audit log).
 * @fires {CustomEvent<TmjChatMessageDetail>} tmj-chat-message - `{id, senderDisplayName, format, content, createdOn}`: a chat message from someone else arrived. `html` content is untrusted.
 * @fires {CustomEvent<TmjRequestLeaveDetail>} tmj-request-leave - `{source}`: cancelable; the visitor asked to leave from the UI. `preventDefault()` keeps the call.
 *
 * @slot brand - A logo or brand area: above the pre-join screen (top start) and above the heading of the end screens (left, ended, removed, denied).
 * @slot gallery-empty - Replaces the "Nobody else is here yet" note while the visitor is alone in the call.
 *
 * @csspart base - The outer wrapper of every state.
 * @csspart brand - The `brand` slot on the pre-join and end screens (`display: contents` until styled; style what you slot).
 * @csspart prejoin - The pre-join screen.
 * @csspart form - Pre-join: the whole form.
 * @csspart title - Headings of the pre-join, end and error screens.
 * @csspart preview - Pre-join: the camera preview box.
 * @csspart video - Pre-join: the mirrored preview video.
 * @csspart meter - Pre-join: the microphone level meter.
 * @csspart toggle - Pre-join: the microphone and camera toggles (`aria-pressed` tells their state).
 * @csspart mic-toggle - Pre-join: the microphone toggle.
 * @csspart camera-toggle - Pre-join: the camera toggle.
 * @csspart label - Pre-join: field labels.
 * @csspart input - Pre-join: the name field and device selects.
 * @csspart name-input - Pre-join: the name field.
 * @csspart device-select - Pre-join: the camera, microphone and speaker selects.
 * @csspart hint - Pre-join: the name length counter.
 * @csspart field-error - Pre-join: the name validation message.
 * @csspart media-notice - Pre-join: explanations when a device is blocked or missing.
 * @csspart devices - Pre-join: the device settings disclosure.
 * @csspart button - Buttons of the pre-join, end and error screens (also `join-button`, `rejoin-button`).
 * @csspart join-button - Pre-join: "Join now".
 * @csspart joining - The "joining…" panel (before the in-call view is there).
 * @csspart error - A configuration or join error (has `data-code`).
 * @csspart end - The end screen after leaving, ended, removed or denied (has `data-code`).
 * @csspart message - Explanations on the end and error screens.
 * @csspart rejoin-button - "Rejoin" / "Try again" on end screens.
 * @csspart unsent - End screen: the list of the visitor's own chat messages that did not go out.
 * @csspart unsent-title - End screen: the heading of that list.
 * @csspart unsent-hint - End screen: the sentence under that heading.
 * @csspart unsent-list - End screen: the list element of unsent messages.
 * @csspart unsent-message - End screen: one unsent message (its text and Copy).
 * @csspart unsent-copy - End screen: the Copy button of an unsent message.
 * @csspart leave-button - The in-call Leave button (also `control-leave`); Leave / Cancel in the minimal in-call view.
 * @csspart call - The in-call view.
 * @csspart lobby - In call: the lobby waiting screen.
 * @csspart lobby-preview - In call: the lobby's own camera preview.
 * @csspart lobby-toggle - In call: the lobby's microphone/camera toggles.
 * @csspart lobby-cancel - In call: the lobby's Cancel button.
 * @csspart reconnecting - In call: the reconnecting overlay.
 * @csspart panel-close - In call: the close button of the chat/people panel.
 * @csspart connecting - In call: the connecting screen.
 * @csspart live-region - In call: the polite live region (visually hidden; announcements).
 * @csspart pip-placeholder - In call: what the widget shows while the call is in the picture-in-picture window or the mini player.
 * @csspart pip-bar - In call: the mini player's bar (Back to meeting, Move mini player, Leave).
 * @csspart pip-back - In call: "Back to tab" / "Back to meeting".
 * @csspart pip-move - In call: the mini player's "Move mini player".
 * @csspart pip-leave - In call: the mini player's Leave.
 * @csspart captions-area - In call: the live captions element, between the stage and the controls (`captions` inside it).
 * @csspart captions - Captions: the caption area (a labelled region, not a live region).
 * @csspart caption-line - Captions: one line.
 * @csspart caption-speaker - Captions: the speaker's name.
 * @csspart caption-text - Captions: what was said.
 * @csspart caption-partial - Captions: a line still being spoken.
 * @csspart caption-settings - Captions: the settings button (and its panel).
 * @csspart caption-settings-panel - Captions: the spoken/caption language panel.
 * @csspart breakout - In call: the breakout-room bar (assignment, current room).
 * @csspart breakout-action - In call: Join room / Return to main meeting.
 * @csspart side-panel - In call: the side panel holding chat or people.
 * @csspart gallery - In call: the video gallery.
 * @csspart grid - Gallery: the tile grid.
 * @csspart tile - Gallery: each participant tile.
 * @csspart tile-self - Gallery: the visitor's own tile.
 * @csspart tile-speaking - Gallery: the tile of someone speaking.
 * @csspart tile-muted - Gallery: the tile of someone muted.
 * @csspart tile-name - Gallery: the name label of a tile.
 * @csspart avatar - Gallery: initials shown when video is off.
 * @csspart self-view - Gallery: the docked self view (one other person in the call).
 * @csspart stage - Gallery: the screen-share stage, or the spotlighted person.
 * @csspart stage-spotlight - Gallery: the stage while it shows the spotlighted person.
 * @csspart tile-reaction - Gallery: a reaction shown on a tile for a moment.
 * @csspart strip - Gallery: the people strip beside a screen share.
 * @csspart pager - Gallery: the paging controls.
 * @csspart fullscreen-button - Gallery: the full-screen toggle.
 * @csspart gallery-empty - Gallery: the "nobody else is here yet" note (see the `gallery-empty` slot).
 * @csspart controls - In call: the control bar.
 * @csspart control - Controls: every control button.
 * @csspart control-mic - Controls: microphone.
 * @csspart control-camera - Controls: camera.
 * @csspart control-share - Controls: screen sharing.
 * @csspart control-hand - Controls: raise hand.
 * @csspart control-chat - Controls: chat.
 * @csspart control-people - Controls: people.
 * @csspart control-devices - Controls: device settings.
 * @csspart control-popout - Controls: Pop out (picture-in-picture) / Back to tab.
 * @csspart control-close - Controls: Close in the device settings.
 * @csspart control-leave - Controls: Leave.
 * @csspart control-captions - Controls: Captions (CC).
 * @csspart control-react - Controls: React (opens the reactions).
 * @csspart reaction-menu - Controls: the row of reactions.
 * @csspart reaction-item - Controls: one reaction in that row.
 * @csspart control-pressed - Controls: a toggle that is on (microphone or camera on, sharing, hand raised, panel open).
 * @csspart control-disabled - Controls: a control the meeting does not allow right now.
 * @csspart badge - Controls: the unread count on the chat button.
 * @csspart device-menu - Controls: the device settings panel.
 * @csspart more-menu - Controls: the overflow (More) menu.
 * @csspart menu-item - Controls: an item of the More menu.
 * @csspart chat - In call: the chat panel.
 * @csspart messages - Chat: the scrolling message log.
 * @csspart message-group - Chat: messages of one sender in a row.
 * @csspart message-group-own - Chat: a group of the visitor's own messages.
 * @csspart chat-message - Chat: one message bubble.
 * @csspart message-own - Chat: a message the visitor sent.
 * @csspart message-sending - Chat: the visitor's message while it is being sent.
 * @csspart message-failed - Chat: the visitor's message that could not be sent (with Retry / Discard).
 * @csspart mention - Chat: a mention inside a Teams message.
 * @csspart mention-self - Chat: a mention that names the visitor.
 * @csspart typing - Chat: the typing indicator.
 * @csspart send-box - Chat: the form with the text box and the send button.
 * @csspart send-button - Chat: the send button.
 * @csspart jump-button - Chat: the "new messages" button shown when scrolled up.
 * @csspart unavailable - Chat: the explanation shown when chat is unavailable.
 * @csspart people - In call: the people panel.
 * @csspart people-base - People: the panel content.
 * @csspart people-header - People: the "People (n)" heading.
 * @csspart person - People: one person's row.
 * @csspart person-speaking - People: the row of someone speaking.
 * @csspart banner - In call: the recording/transcription notice (it cannot be hidden while active).
 * @csspart banner-base - Banner: its box.
 * @csspart banner-message - Banner: the text.
 * @csspart banner-link - Banner: the privacy policy link.
 * @csspart banner-dismiss - Banner: the collapse button.
 * @csspart banner-indicator - Banner: the collapsed indicator.
 * @csspart banner-uncertain - Banner: the fail-safe "this meeting may be recorded or transcribed" notice.
 * @csspart consent - In call: the explicit-consent dialog element.
 * @csspart consent-scrim - Consent: the backdrop covering the call view.
 * @csspart consent-dialog - Consent: the dialog box.
 * @csspart consent-title - Consent: the heading.
 * @csspart consent-agree - Consent: the "I agree" button.
 * @csspart consent-leave - Consent: the "Leave" button.
 * @csspart consent-link - Consent: the privacy policy link.
 * @csspart notices - In call: the notice stack under the banner.
 * @csspart notice - Notices: one notice.
 * @csspart notice-action - Notices: a notice's action button.
 * @csspart notice-dismiss - Notices: a notice's dismiss button.
 * @csspart icon - Every in-call icon; each also has `icon-<name>`. Replace one with a CSS mask:
 * `::part(icon-mic) { background: currentColor; mask: url(mic.svg) center / contain no-repeat; }`.
 * @csspart icon-mic - The mic icon.
 * @csspart icon-mic-off - The mic off icon.
 * @csspart icon-camera - The camera icon.
 * @csspart icon-camera-off - The camera off icon.
 * @csspart icon-share - The share icon.
 * @csspart icon-settings - The settings icon.
 * @csspart icon-chat - The chat icon.
 * @csspart icon-people - The people icon.
 * @csspart icon-hand - The hand icon.
 * @csspart icon-leave - The leave icon.
 * @csspart icon-fullscreen - The fullscreen icon.
 * @csspart icon-fullscreen-exit - The fullscreen exit icon.
 * @csspart icon-prev - The prev icon.
 * @csspart icon-next - The next icon.
 * @csspart icon-send - The send icon.
 * @csspart icon-more - The more icon.
 * @csspart icon-check - The check icon.
 * @csspart icon-warning - The warning icon.
 * @csspart icon-wifi-off - The wifi off icon.
 * @csspart icon-person-off - The person off icon.
 * @csspart icon-lock - The lock icon.
 * @csspart icon-calendar - The calendar icon.
 * @csspart icon-close - The close icon.
 * @csspart icon-captions - The captions icon.
 * @csspart icon-react - The react icon.
 * @csspart icon-pop-out - The pop out icon.
 *
 * @cssproperty --tmj-min-block-size - Smallest height of the widget when the page gives it none (it then takes 16:9 of its width). Default `400px`.
 * @cssproperty --tmj-accent - Accent colour (buttons, focus ring, meter). Default `#5b5fc7`.
 * @cssproperty --tmj-accent-soft - Soft accent background (pressed toggles).
 * @cssproperty --tmj-on-accent - Text on the accent colour.
 * @cssproperty --tmj-radius - Corner radius. Default `8px`.
 * @cssproperty --tmj-font - Font family. Default the system UI font.
 * @cssproperty --tmj-surface - Background. Default `#fff` (light) / `#1f1f1f` (dark).
 * @cssproperty --tmj-text - Text colour.
 * @cssproperty --tmj-muted-text - Secondary text colour.
 * @cssproperty --tmj-border - Border colour of fields and secondary buttons.
 * @cssproperty --tmj-danger - Error colour.
 * @cssproperty --tmj-stage - Background behind video.
 * @cssproperty --tmj-focus-ring - Focus ring colour. Default the accent.
 * @cssproperty --tmj-notice - Background of device notices.
 * @cssproperty --tmj-notice-text - Text of device notices.
 */
export class TeamsMeetingJoin extends LitElement {
  static override styles = meetingJoinStyles;

  /** The Teams meeting link (`https://teams.microsoft.com/l/meetup-join/…` or `…/meet/<id>?p=…`). */
  @property({ attribute: 'meeting-link' }) meetingLink?: string;
  /** Meeting ID, the alternative to `meeting-link` (with `passcode`). Setting both is an error. */
  @property({ attribute: 'meeting-id' }) meetingId?: string;
  /** Passcode that goes with `meeting-id`. */
  @property() passcode?: string;
  /** Prefills the visitor's name on the pre-join screen. */
  @property({ attribute: 'display-name' }) displayName?: string;
  /**
   * Token endpoint for sites that cannot write JS: the widget POSTs `{displayName}` and expects
   * `{token, expiresOn}`, optionally `{endpoint}`. Ignored when `tokenProvider` is set.
   */
  @property({ attribute: 'token-url' }) tokenUrl?: string;
  /** ACS resource endpoint used for chat (else the token endpoint's `{endpoint}`). */
  @property({ attribute: 'acs-endpoint' }) acsEndpoint?: string;
  /**
   * `acs` (default: guests, bring your own identity), `teams` (Microsoft 365 identity) or `choice` (the visitor
   * picks on the pre-join screen: "Join as a guest" or "Sign in with a work or school account").
   */
  @property() identity: string = 'acs';
  /**
   * Microsoft 365 sign-in by attributes: the Entra ID app registration's client id. With it the widget loads MSAL
   * (`@azure/msal-browser`, a lazy chunk), signs the visitor in by popup (redirect when the popup is blocked) and
   * posts the Entra token to `teams-token-url`. Also read when joining: `teams-token-url` (the site's exchange,
   * `{aadToken, userObjectId}` → `{token, expiresOn}`), `aad-authority` (https; default
   * `https://login.microsoftonline.com/organizations`; `http://` only for a loopback emulator), `aad-redirect-uri` (default `m365-redirect.html` beside the
   * script) and `chat-events-url` (the site's notification relay for Graph meeting chat, Server-Sent Events).
   */
  @property({ attribute: 'aad-client-id' }) aadClientId?: string;
  /**
   * UI language, a BCP 47 tag (`fr`, `pt-BR`; `pt` → `pt-BR`, `zh-HK` → `zh-TW`, `de-AT` → `de`). Default: the
   * nearest `lang` of an ancestor (across shadow roots), `<html lang>`, then the browser's languages.
   */
  @property() override lang = '';
  /** `light` (default), `dark` or `auto` (follows the visitor's colour scheme). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Linked from the recording/transcription notice. */
  @property({ attribute: 'privacy-policy-url' }) privacyPolicyUrl?: string;
  /**
   * Background images the visitor may put behind them (background effects): URLs separated by spaces or commas
   * (attribute), or an array of strings (property); relative URLs resolve against the page. Same-origin or
   * CORS-enabled https/http/blob images, or `data:image/…`, at most 12 and 512 KB each. Each entry that cannot be
   * offered is said in the effects picker and fires `tmj-error` `background-image-invalid` (its `detail`: which
   * entry, why); the others are offered.
   */
  @property({ attribute: 'background-images' }) backgroundImages?: string | readonly string[];
  /**
   * Replaces any string: `{"<area>.<key>": "text"}` (e.g. `{"core.join": "Enter the meeting"}`), plural
   * strings as `{"one": …, "other": …}`, a locale tag's object for that language only (`{"fr": {…}}`). Keys
   * are the catalogs' (src/i18n/en/). Unknown keys and bad values are ignored with a console warning.
   */
  @property({ attribute: false }) strings?: Readonly<Record<string, unknown>>;
  /**
   * For sites without JavaScript: a JSON file of string overrides (the `strings` format), fetched once
   * (http(s), at most 256 KB). A child `<script type="application/json" slot="strings">` works too.
   */
  @property({ attribute: 'strings-url' }) stringsUrl?: string;
  /** Turns meeting chat off. */
  @property({ type: Boolean, attribute: 'no-chat' }) noChat = false;
  /** Audio only: no camera preview, the camera is never requested, no camera control. */
  @property({ type: Boolean, attribute: 'no-video' }) noVideo = false;
  /** Hides screen sharing. */
  @property({ type: Boolean, attribute: 'no-screen-share' }) noScreenShare = false;
  /**
   * DEVELOPMENT ONLY. URL of the local meeting emulator (e.g. `http://localhost:8080`); selects the emulator
   * session instead of ACS. Must be a loopback origin (localhost, 127.0.0.1, [::1]) with a port.
   */
  @property() emulator?: string;
  /**
   * The site's token-fetch callback: `({signal}) => Promise<string | {token, expiresOn}>`. Takes precedence
   * over `token-url`. The token never appears in the DOM, an event or a log.
   */
  @property({ attribute: false }) tokenProvider?: TokenProvider;
  /**
   * Microsoft 365 visitors' token callback (instead of `aad-client-id` + `teams-token-url`): resolves a Teams
   * user's ACS token, `string | {token, expiresOn}`. Reject with an `Error` whose `code` is an `m365-*` error code
   * to show that code's message.
   */
  @property({ attribute: false }) teamsTokenProvider?: TokenProvider;
  /**
   * Microsoft 365 visitors' Microsoft Graph token callback for meeting chat (scopes `Chat.ReadWrite`, or
   * `ChatMessage.Read` + `ChatMessage.Send`). With `aad-client-id` the widget gets it from the same MSAL session.
   */
  graphTokenProvider?: TokenProvider;
  /**
   * Replaces the lazily loaded session implementation (tests).
   * @internal
   */
  @property({ attribute: false }) sessionFactory?: SessionFactory;

  @state() private joinState: JoinState = INITIAL_JOIN_STATE;
  @state() private sessionState: SessionState | undefined;
  /**
   * English end-screen strings arrive with the join driver chunk (they are not needed to paint the pre-join
   * screen); until then only the pre-join and configuration entries exist, and only they are used.
   */
  @state() private texts: FullCoreStrings = coreStringsEn as FullCoreStrings;
  @state() private resolvedLang: Lang = 'en';
  @state() private announcement = '';
  /** Language, catalogs and the site's overrides (meeting-join.strings.ts). */
  #strings = hostStrings(
    this,
    (texts, lang) => ((this.resolvedLang = lang), (this.texts = texts)),
    () => this.#loader.module?.coreEndStringsEn,
  );
  /** The join-driver chunk and the prefetch of what joining needs (meeting-join.loader.ts). */
  #loader = driverLoader(() => this.#strings.update());

  /** The configuration attributes' validation (meeting-join.validation.ts). */
  #check = configState(this, {
    state: () => this.joinState,
    setPhase: (to, options) => this.#setPhase(to, options),
    emitError: (code, messages) => this.#emitError(code, null, messages),
    messages: () => this.#strings.loadConfigMessages(),
  });
  #connection: AbortController | undefined;
  #driver: CallDriver | undefined;
  #joining: Promise<void> | undefined;
  /** The last transition, for the driver to decide where focus goes after it renders. */
  #moved: readonly [JoinPhase, JoinPhase] | undefined;
  /** The name the visitor joined with: Rejoin and Try again show it again. */
  #name: string | undefined;

  /** The current join phase (read-only; see `tmj-state-change`). */
  get phase(): JoinPhase {
    return this.joinState.phase;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connection = new AbortController();
    // Moved under another [lang]: its language may differ.
    if (this.hasUpdated) this.#strings.resolve();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    if (this.#driver) this.#driver.dispose();
    else if (isInCall(this.phase)) void this.#leave();
    this.#driver = undefined;
  }

  /**
   * Same as pressing "Join now": validates the name and joins. Resolves once joining has started (or was
   * refused); an invalid name shows its error and fires `tmj-error` (`invalid-display-name`). Does nothing
   * outside the pre-join screen.
   */
  async join(): Promise<void> {
    await this.updateComplete;
    const prejoin = this.#prejoin();
    if (this.phase !== 'prejoin' || !prejoin) return;
    if (!prejoin.submit()) {
      this.#emitError('invalid-display-name');
      return;
    }
    await this.#joining;
  }

  /**
   * Leaves the call at once. Not cancelable: `tmj-request-leave` is only fired for the visitor's own
   * requests from the UI, so the page can veto those, never its own call. Does nothing when not in a call.
   */
  async leave(): Promise<void> {
    await this.#leave();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('lang')) this.#strings.resolve();
    if (!this.hasUpdated || changed.has('strings') || changed.has('stringsUrl')) this.#strings.loadOverrides(this.#connection?.signal);
    if (!this.hasUpdated || CONFIG_KEYS.some((key) => changed.has(key as keyof TeamsMeetingJoin))) this.#check.validate();
  }

  protected override updated(): void {
    const moved = this.#moved;
    this.#moved = undefined;
    // Focus moves only after in-call or end phases, so the driver chunk (which knows those screens) is there.
    if (moved) this.#loader.module?.moveFocus(this, moved[0], moved[1]);
  }

  protected override render() {
    const phase = this.phase;
    const lang = this.resolvedLang;
    return html`<div part="base" class="base" data-phase=${phase} role="region" aria-label=${this.texts.widget} lang=${lang} dir=${dirOf(lang)}>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#renderPhase(phase)}
    </div>`;
  }

  #renderPhase(phase: JoinPhase) {
    const s = this.texts;
    const driver = this.#loader.module;
    if (phase === 'prejoin') {
      return html`<slot name="brand" part="brand"></slot><tmj-prejoin
        part="prejoin"
        exportparts=${PREJOIN_PARTS}
        .displayName=${this.#name ?? this.displayName ?? ''}
        .strings=${s}
        .noVideo=${this.noVideo}
        .identity=${this.#check.config?.ok && this.#check.config.identity}
        .overrides=${this.#strings.resolved}
        @tmj-prejoin-join=${this.#onPrejoinJoin}
        @tmj-join-intent=${this.#prefetch}
        @tmj-prejoin-ready=${this.#onPrejoinReady}
      ></tmj-prejoin>`;
    }
    // In-call and end screens come with the driver chunk; the host keeps only what can precede it.
    if (driver && (isInCall(phase) || (isEndPhase(phase) && !this.#check.failed))) {
      return driver.renderPhase({
        state: this.joinState,
        strings: s,
        session: this.#driver?.session,
        sessionState: this.sessionState,
        lang: this.resolvedLang,
        overrides: this.#strings.resolved,
        leave: () => this.#leave(),
        rejoin: this.#rejoin,
      }, this);
    }
    // Until the driver chunk arrives (milliseconds; it is prefetched on intent). Cancel comes with it.
    if (phase === 'connecting') {
      return html`<div part="joining" class="panel"><p>${s.joining}</p></div>`;
    }
    if (phase === 'failed') {
      const code = this.joinState.reason as ErrorCode;
      return html`<div part="error" class="panel error" data-code=${code}>
        <div role="alert"><h2 part="title" tabindex="-1">${this.#check.failed ? s.configTitle : s.failedTitle}</h2>
          <p part="message">${s.errors[code] ?? ''}</p></div>
        ${this.#check.failed && code !== 'sdk-load-failed' ? nothing : html`<button part="button rejoin-button" @click=${this.#rejoin}>${s.retry}</button>`}
      </div>`;
    }
    // `idle` is never rendered: the first update validates the configuration (→ prejoin or failed) first.
    return nothing;
  }

  /* ---------------------------------------------------------------------------------------------- */

  /** Applies a transition; rejected ones are logged (development) and ignored. Returns whether the phase changed. */
  #setPhase(
    to: JoinPhase,
    options: { reason?: ErrorCode | 'left'; detail?: string | undefined; announce?: string } = {},
  ): boolean {
    const previous = this.joinState;
    const result = transition(previous, to, { reason: options.reason, detail: options.detail });
    if (!result.ok) {
      // Logged in development by the driver chunk (a rejected transition is a bug; none happens before it loads).
      this.#loader.module?.ignoredTransition(result.error);
      return false;
    }
    if (result.state === previous) return false;
    this.joinState = result.state;
    // The host announces joining; the driver announces the phases it causes (see meeting-join.call.ts).
    this.announcement = to === 'connecting' ? this.texts.joining : (options.announce ?? '');
    this.#moved = [previous.phase, to];
    this.dispatchEvent(tmjEvent('tmj-state-change', { state: to, previous: previous.phase }));
    return true;
  }

  /**
   * Waits for the language's strings (and `messages`, the lazy configuration messages), so the event's message
   * matches what the widget shows.
   */
  #emitError(code: ErrorCode, specific?: ((strings: FullCoreStrings) => string | null) | null, messages?: Promise<unknown>): void {
    void (messages ? Promise.all([this.#strings.loaded, messages]) : this.#strings.loaded).then(() =>
      this.dispatchEvent(
        tmjEvent('tmj-error', { code, message: specific?.(this.texts) ?? this.texts.errors[code] ?? code }),
      ),
    );
  }

  #prejoin(): TmjPrejoin | null {
    return this.renderRoot.querySelector('tmj-prejoin');
  }

  #kind(): SessionKind {
    return this.#check.config?.ok && this.#check.config.emulatorUrl ? 'emulator' : 'acs';
  }

  /** Idle prefetch of the in-call chunks starts only once the pre-join is complete at paint (see `whenIdle`). */
  #onPrejoinReady = (): void => {
    // Fired by the rendered pre-join, so the element is connected and has its connection signal.
    whenIdle(() => this.#prefetch(), this.#connection!.signal);
  };

  /** Starts fetching what joining needs (see `DriverLoader.prefetch`); `intent`: the join button's event, or join. */
  #prefetch = (intent?: unknown): void => {
    if (this.phase !== 'prejoin' || !this.#check.config?.ok) return;
    this.#loader.prefetch(this.#kind(), !this.sessionFactory, !!intent);
  };

  #onPrejoinJoin = (event: CustomEvent<PrejoinJoinDetail>): void => {
    this.#joining = this.#startJoin(event.detail);
  };

  async #startJoin({ displayName, media, identity }: PrejoinJoinDetail): Promise<void> {
    this.#name = displayName;
    const config = this.#check.config;
    if (!config?.ok || this.phase !== 'prejoin') return;
    // A cold join requests the driver, the session and the calling SDK now, in parallel.
    this.#prefetch(true);
    // The media choice (device ids and labels) is already taken; release the camera and microphone before
    // the session opens its own, so no device is held twice.
    this.#prejoin()?.stopPreview();
    if (!this.#setPhase('connecting')) return;
    let module: DriverModule;
    try {
      module = await this.#loader.load();
    } catch {
      if (this.#setPhase('failed', { reason: 'sdk-load-failed' })) this.#emitError('sdk-load-failed');
      return;
    }
    // Canceled or removed while the driver loaded.
    if ((this.phase as JoinPhase) !== 'connecting' || !this.isConnected) return;
    const driver = (this.#driver = new module.CallDriver(this, {
      setPhase: (to, options) => this.#setPhase(to, options),
      strings: () => this.texts,
      emitError: (code, specific) => this.#emitError(code, specific),
      setSessionState: (state) => (this.sessionState = state),
      lang: () => this.resolvedLang,
    }));
    await driver.join(config, this.#kind(), displayName, media, identity);
  }

  async #leave(): Promise<void> {
    if (!isInCall(this.phase)) return;
    if (this.#driver) return this.#driver.leave();
    // The driver is still loading: nothing to hang up yet.
    if (this.#setPhase('left', { reason: 'left' })) this.dispatchEvent(tmjEvent('tmj-left', { reason: 'left', code: 'left' }));
  }

  #rejoin = (): void => {
    if (!isEndPhase(this.phase)) return;
    this.#driver = undefined;
    this.sessionState = undefined;
    this.#check.validate();
    if (this.#check.config?.ok) this.#setPhase('prejoin');
  };
}
