/**
 * Which language a widget speaks, read from its own element and its ancestors (issue 15 reqs 2 and 7): two
 * widgets in different languages on one page stay independent, `lang` crosses shadow roots, and the base of
 * the widget carries `lang` and `dir` for its shadow tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/meeting-join/meeting-join.js';
import type { TeamsMeetingJoin } from '../../../src/components/meeting-join/meeting-join.component.js';
import deCore from '../../../src/i18n/de/core.js';
import enCore from '../../../src/i18n/en/core.js';
import frCore from '../../../src/i18n/fr/core.js';
import { jwtExpiringIn } from '../../core/jwt-fixture.js';
import { until } from './media-tracker.js';

const LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjU4ZjYxYjctMzI1Ny00YjA5LWE3NWUtNTQ4NzhiNjM4ODY0%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a6d1d5d0-5e9c-4b56-9c1b-1a2b3c4d5e6f%22%7d';
const provider = async () => jwtExpiringIn(3600);

const joinText = (el: TeamsMeetingJoin) =>
  el.shadowRoot!.querySelector('tmj-prejoin')?.shadowRoot?.querySelector('[part~="join-button"]')?.textContent?.trim();
const base = (el: TeamsMeetingJoin) => el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

async function speaks(el: TeamsMeetingJoin, text: string, what: string): Promise<void> {
  await until(() => joinText(el) === text, `${what}: join button says ${JSON.stringify(text)}, not ${JSON.stringify(joinText(el))}`);
}

describe('<teams-meeting-join> language', () => {
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('two widgets on one page, in two languages, stay independent', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <section lang="fr"><teams-meeting-join meeting-link=${LINK} .tokenProvider=${provider}></teams-meeting-join></section>
      <teams-meeting-join lang="de" meeting-link=${LINK} .tokenProvider=${provider}></teams-meeting-join>
    </div>`);
    const [fr, de] = [...page.querySelectorAll<TeamsMeetingJoin>('teams-meeting-join')] as [TeamsMeetingJoin, TeamsMeetingJoin];
    await speaks(fr, frCore.join, 'widget under lang="fr"');
    await speaks(de, deCore.join, 'widget with lang="de"');
    expect(base(fr).lang).to.equal('fr');
    expect(base(de).lang).to.equal('de');
    // Changing one leaves the other alone.
    de.lang = 'en';
    await speaks(de, enCore.join, 'second widget switched to English');
    expect(joinText(fr), 'first widget still French').to.equal(frCore.join);
    fr.lang = 'de';
    await speaks(fr, deCore.join, 'first widget switched to German');
    expect(joinText(de), 'second widget still English').to.equal(enCore.join);
  });

  it('takes the language of an ancestor across shadow roots, its own lang first', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    const inner = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(inner);
    const el = document.createElement('teams-meeting-join') as TeamsMeetingJoin;
    el.meetingLink = LINK;
    el.tokenProvider = provider;
    inner.append(el);
    await speaks(el, deCore.join, 'inside a shadow root whose host is lang="de"');
    inner.lang = 'fr';
    el.remove();
    inner.append(el);
    await speaks(el, frCore.join, 'moved under a nearer lang="fr" inside the shadow root');
    el.setAttribute('lang', 'sw');
    await speaks(el, frCore.join, 'own lang="sw" is not supported: the ancestor’s French');
    el.setAttribute('lang', 'de-AT');
    await speaks(el, deCore.join, 'own lang="de-AT"');
  });

  it('falls back to <html lang>', async () => {
    document.documentElement.lang = 'fr-BE';
    const el = await fixture<TeamsMeetingJoin>(html`<teams-meeting-join meeting-link=${LINK} .tokenProvider=${provider}></teams-meeting-join>`);
    await speaks(el, frCore.join, '<html lang="fr-BE">');
    expect(base(el).dir).to.equal('ltr');
  });
});
