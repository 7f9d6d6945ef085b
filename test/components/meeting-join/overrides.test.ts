/**
 * A site replaces strings of <teams-meeting-join> (issue 15 req 5): the `strings` property, a child
 * `<script type="application/json" slot="strings">`, `strings-url`; per locale; values stay text; the in-call
 * elements apply their areas.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/meeting-join/meeting-join.js';
import '../../../src/components/people-panel/people-panel.js';
import type { TeamsMeetingJoin } from '../../../src/components/meeting-join/meeting-join.component.js';
import type { TmjPeoplePanel } from '../../../src/components/people-panel/people-panel.component.js';
import deCore from '../../../src/i18n/de/core.js';
import enCore from '../../../src/i18n/en/core.js';
import { INITIAL_SESSION_STATE } from '../../../src/session/types.js';
import { jwtExpiringIn } from '../../core/jwt-fixture.js';
import { until } from './media-tracker.js';

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZjYxYjctMzI1Ny00YjA5LWE3NWUtNTQ4NzhiNjM4ODY0%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a6d1d5d0-5e9c-4b56-9c1b-1a2b3c4d5e6f%22%7d';
const provider = async () => jwtExpiringIn(3600);
const prejoin = (el: TeamsMeetingJoin) => el.shadowRoot!.querySelector('tmj-prejoin')!.shadowRoot!;
const joinText = (el: TeamsMeetingJoin) => prejoin(el).querySelector('[part~="join-button"]')?.textContent?.trim();

describe('<teams-meeting-join> string overrides', () => {
  it('the strings property replaces a string, per locale too, and a value is shown as text', async () => {
    const el = await fixture<TeamsMeetingJoin>(html`<teams-meeting-join
      meeting-link=${LINK}
      .tokenProvider=${provider}
      .strings=${{ 'core.join': '<img src=x onerror=alert(1)> Enter', de: { 'core.nameLabel': 'Wie heißen Sie?' } }}
    ></teams-meeting-join>`);
    await until(() => joinText(el) === '<img src=x onerror=alert(1)> Enter', 'overridden join button, as text');
    expect(prejoin(el).querySelector('img'), 'no element from a string').to.equal(null);
    el.lang = 'de';
    await until(() => prejoin(el).querySelector('label')?.textContent?.includes('Wie heißen Sie?') ?? false, 'German-only override');
    expect(joinText(el), 'the global override applies in German too').to.equal('<img src=x onerror=alert(1)> Enter');
    el.strings = undefined;
    await until(() => joinText(el) === deCore.join, 'overrides removed: the catalog again');
  });

  it('attributes only: a child <script type="application/json" slot="strings"> and strings-url', async () => {
    const el = await fixture<TeamsMeetingJoin>(html`<teams-meeting-join meeting-link=${LINK} .tokenProvider=${provider}>
      <script type="application/json" slot="strings">{"core.join": "From the script"}</script>
    </teams-meeting-join>`);
    await until(() => joinText(el) === 'From the script', 'child script override');
    const url = await fixture<TeamsMeetingJoin>(html`<teams-meeting-join
      meeting-link=${LINK}
      .tokenProvider=${provider}
      strings-url="/test/fixtures/strings-overrides.json"
    ></teams-meeting-join>`);
    await until(() => joinText(url) === 'Enter the meeting', 'strings-url override');
  });

  it('broken overrides leave the catalog strings and warn, without an exception', async () => {
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warned.push(String(m));
    try {
      const el = await fixture<TeamsMeetingJoin>(html`<teams-meeting-join
        meeting-link=${LINK}
        .tokenProvider=${provider}
        strings-url="data:application/json,{}"
        .strings=${{ 'core.jion': 'typo', 'core.join': 7 }}
      >
        <script type="application/json" slot="strings">{"core.join": </script>
      </teams-meeting-join>`);
      await until(() => warned.length > 0, 'a warning');
      expect(joinText(el)).to.equal(enCore.join);
      const text = warned.join('\n');
      expect(text).to.contain('core.jion: unknown key').and.contain('core.join: must be a string').and.contain('not JSON').and.contain('only http(s)');
    } finally {
      console.warn = warn;
    }
  });

  it('in-call elements apply their own area', async () => {
    const self = { ...INITIAL_SESSION_STATE.self, displayName: 'Vee', microphoneOn: true };
    const el = await fixture<TmjPeoplePanel>(html`<tmj-people-panel
      .participants=${[]}
      .self=${self}
      .overrides=${{ people: { title: { one: '{count} guest here', other: '{count} guests here' }, micOn: 'Mic live' } }}
    ></tmj-people-panel>`);
    await until(() => el.shadowRoot!.querySelector('[part~="header"]')?.textContent?.trim() === '1 guest here', 'overridden plural heading');
    expect(el.shadowRoot!.textContent).to.contain('Mic live');
  });
});
