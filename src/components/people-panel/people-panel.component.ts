import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { format, resolveLang } from '../../core/i18n.js';
import peopleStringsEn from '../../i18n/en/people.js';
import { plural } from '../../i18n/intl.js';
import { withOverrides, type AreaOverrides } from '../../i18n/apply.js';
import { loadCatalog } from '../../i18n/load.js';
import type { PeopleStrings } from '../../i18n/types.js';
import type { LocalState, Participant } from '../../session/types.js';
import { INITIAL_SESSION_STATE } from '../../session/types.js';
import { initials, isolate, isRtl } from '../shared/call-strings.js';
import { icon, type IconName } from '../shared/icons.js';
import { sharedStyles } from '../shared/shared.styles.js';
import { peoplePanelStyles } from './people-panel.styles.js';

/** One row as rendered: the visitor and remote participants alike. */
interface Row {
  readonly id: string;
  readonly name: string;
  /** Avatar initials, from the bare display name (not "… (you)"). */
  readonly initials: string;
  readonly detail: string | undefined;
  readonly muted: boolean;
  readonly videoOn: boolean;
  readonly handRaised: boolean;
  readonly speaking: boolean;
  readonly presenting: boolean;
}

const speakingIcon = svg`<path d="M3 9v6h4l5 5V4L7 9H3Zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.47 4.47 0 0 0 16.5 12ZM14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23Z"/>`;

const IN_CALL: ReadonlySet<Participant['state']> = new Set(['connected', 'hold', 'connecting']);

/**
 * Everyone in the call — the visitor first, marked "(you)" — with microphone, camera, raised hand and
 * speaking state. Every state icon carries a text alternative, so a screen reader hears
 * "Ana, Organizer, Hand raised, Muted, Camera off". People waiting in the lobby (when the session reports
 * them) are listed in their own group under the meeting.
 *
 * @tag tmj-people-panel
 * @summary People in the meeting.
 * @csspart base - The panel content.
 * @csspart header - The "People (n)" heading.
 * @csspart person - One person's row.
 * @csspart person-speaking - The row of someone speaking.
 * @csspart icon - Icons (also `icon-<name>`).
 * @cssproperty --tmj-speaking-ring - Colour of the speaking ring and icon.
 * @cssproperty --tmj-hand-color - Colour of the raised-hand icon.
 */
export class TmjPeoplePanel extends LitElement {
  static override styles = [sharedStyles, peoplePanelStyles];

  /** Remote participants (`SessionState.participants`), including those in the lobby. */
  @property({ attribute: false }) participants: readonly Participant[] = [];
  /** The visitor (`SessionState.self`). */
  @property({ attribute: false }) self: LocalState = INITIAL_SESSION_STATE.self;
  /** UI language: 'en' (default), 'fr' or 'de'. */
  @property() override lang = '';
  /** The site's string overrides for this locale, by area (from `<teams-meeting-join>`'s `strings`). */
  @property({ attribute: false }) overrides: AreaOverrides | undefined;

  @state() private strings: PeopleStrings = peopleStringsEn;
  #langRequest = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang') || changed.has('overrides')) void this.#loadStrings();
  }

  async #loadStrings(): Promise<void> {
    const request = ++this.#langRequest;
    const strings = withOverrides((await loadCatalog(resolveLang(this.lang), 'people')) ?? peopleStringsEn, this.overrides?.people);
    if (request === this.#langRequest) this.strings = strings;
  }

  #selfRow(): Row {
    const s = this.strings;
    const name = this.self.displayName.trim();
    return {
      id: 'self',
      name: name ? format(s.you, { name: isolate(name, isRtl(this)) }) : s.youFallback,
      initials: initials(name || s.youFallback),
      detail: undefined,
      muted: !this.self.microphoneOn,
      videoOn: this.self.cameraOn,
      handRaised: this.self.handRaised,
      speaking: this.self.isSpeaking,
      presenting: this.self.screenSharing,
    };
  }

  #row(p: Participant): Row {
    const s = this.strings;
    const detail =
      p.state === 'hold'
        ? s.onHold
        : p.state === 'connecting'
          ? s.joining
          : p.role === 'organizer'
            ? s.organizer
            : p.role === 'presenter'
              ? s.presenter
              : undefined;
    return {
      id: p.id,
      name: p.displayName,
      initials: initials(p.displayName),
      detail,
      muted: p.isMuted,
      videoOn: p.videoOn,
      handRaised: p.isHandRaised,
      speaking: p.isSpeaking,
      presenting: p.screenSharing,
    };
  }

  #state(kind: string, label: string, content: TemplateResult): TemplateResult {
    // The icon is decorative; the hidden text (with a separator) is what a screen reader reads.
    return html`<span class="state ${kind}" title=${label}
      >${content}<span class="visually-hidden">, ${label}</span></span
    >`;
  }

  #icon(name: IconName): TemplateResult {
    return icon(name);
  }

  #renderRow(row: Row, inLobby: boolean): TemplateResult {
    const s = this.strings;
    return html`<li part="person${row.speaking ? ' person-speaking' : ''}" role="listitem" data-id=${row.id} class=${row.speaking ? 'speaking' : ''}>
      <span class="avatar" aria-hidden="true">${row.initials}</span>
      <span class="who">
        <span class="name" dir=${row.id === 'self' ? nothing : 'auto'}>${row.name}</span>
        ${row.detail ? html`<span class="detail"><span class="visually-hidden">, </span>${row.detail}</span>` : nothing}
      </span>
      ${inLobby
        ? nothing
        : html`<span class="states">
            ${row.handRaised ? this.#state('hand', s.handRaised, this.#icon('hand')) : nothing}
            ${row.presenting ? this.#state('presenting', s.presenting, this.#icon('share')) : nothing}
            ${row.speaking
              ? this.#state(
                  'speaking',
                  s.speaking,
                  html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="currentColor">${speakingIcon}</svg>`,
                )
              : nothing}
            ${row.muted
              ? this.#state('mic off', s.micOff, this.#icon('micOff'))
              : this.#state('mic', s.micOn, this.#icon('mic'))}
            ${row.videoOn
              ? this.#state('camera', s.cameraOn, this.#icon('camera'))
              : this.#state('camera off', s.cameraOff, this.#icon('cameraOff'))}
          </span>`}
    </li>`;
  }

  protected override render() {
    const s = this.strings;
    const others = this.participants
      .filter((p) => IN_CALL.has(p.state))
      // Raised hands first (they are waiting to speak), then by name, so the list does not jump as people talk.
      .sort(
        (a, b) =>
          Number(b.isHandRaised) - Number(a.isHandRaised) ||
          // Numeric collation: "Guest 2" before "Guest 10", as people read it.
          a.displayName.localeCompare(b.displayName, this.lang || undefined, { numeric: true }),
      )
      .map((p) => this.#row(p));
    const rows = [this.#selfRow(), ...others];
    const lobby = this.participants.filter((p) => p.state === 'lobby').map((p) => this.#row(p));
    return html`<section part="base" aria-labelledby="people-title" lang=${this.lang || nothing}>
      <h2 part="header" id="people-title">${plural(this.lang || 'en', s.title, rows.length)}</h2>
      <ul role="list" aria-label=${s.inMeeting}>
        ${repeat(
          rows,
          (r) => r.id,
          (r) => this.#renderRow(r, false),
        )}
      </ul>
      ${lobby.length
        ? html`<h3 class="group-title" id="lobby-title">${format(s.lobby, { count: lobby.length })}</h3>
            <ul role="list" aria-labelledby="lobby-title">
              ${repeat(
                lobby,
                (r) => r.id,
                (r) => this.#renderRow(r, true),
              )}
            </ul>`
        : nothing}
    </section>`;
  }
}
