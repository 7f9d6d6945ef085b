import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/people-panel/people-panel.js';
import type { TmjPeoplePanel } from '../../../src/components/people-panel/people-panel.js';
import en from '../../../src/i18n/en/people.js';
import peopleStringsFr from '../../../src/i18n/fr/people.js';
import { INITIAL_SESSION_STATE, type LocalState, type Participant } from '../../../src/session/types.js';

function person(id: string, displayName: string, extra: Partial<Participant> = {}): Participant {
  return {
    id,
    displayName,
    isTeamsUser: true,
    state: 'connected',
    isMuted: false,
    isSpeaking: false,
    isHandRaised: false,
    videoOn: false,
    screenSharing: false,
    ...extra,
  };
}

const SELF: LocalState = { ...INITIAL_SESSION_STATE.self, displayName: 'Visitor Vee', microphoneOn: true, cameraOn: true };

async function panel(participants: Participant[], self: LocalState = SELF, lang = '') {
  const el = await fixture<TmjPeoplePanel>(
    html`<tmj-people-panel .participants=${participants} .self=${self} lang=${lang}></tmj-people-panel>`,
  );
  await el.updateComplete;
  return el;
}

const rows = (el: TmjPeoplePanel, list = 0) =>
  [...el.shadowRoot!.querySelectorAll('ul')[list]!.querySelectorAll<HTMLElement>('[part~="person"]')];
/** What a screen reader reads for a row: its text, with icons contributing only their text alternatives. */
const spoken = (row: HTMLElement) => {
  const copy = row.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

describe('<tmj-people-panel>', () => {
  it('sorts names the way people read numbers in them (Guest 2 before Guest 10)', async () => {
    const el = await panel([person('a', 'Guest 10'), person('b', 'Guest 2'), person('c', 'Guest 1')]);
    expect(rows(el).slice(1).map((r) => r.querySelector('.name')!.textContent)).to.deep.equal(['Guest 1', 'Guest 2', 'Guest 10']);
  });

  it('lists the visitor first as "(you)", counts everyone in the header, accessible', async () => {
    const el = await panel([person('a', 'Zoe Organizer', { role: 'organizer' }), person('b', 'Adam')]);
    const header = el.shadowRoot!.querySelector('[part~="header"]')!;
    expect(header.textContent!.trim(), 'count includes the visitor').to.equal('3 participants');
    const list = rows(el);
    expect(list.length).to.equal(3);
    expect(spoken(list[0]!), 'self first').to.match(/^Visitor Vee \(you\)/);
    expect(list[0]!.querySelector('.avatar')!.textContent, 'initials from the bare name').to.equal('VV');
    expect(spoken(list[1]!), 'then by name').to.match(/^Adam/);
    expect(spoken(list[2]!), 'role shown').to.contain('Organizer');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('role')).to.equal('list');
    expect(list[0]!.getAttribute('role')).to.equal('listitem');
    await expect(el).to.be.accessible();
  });

  it('gives every state icon a text alternative: muted, camera, raised hand, speaking', async () => {
    const el = await panel([
      person('a', 'Ana', { isMuted: true, videoOn: true, isHandRaised: true, isSpeaking: true }),
      person('b', 'Bo', { isMuted: false, videoOn: false }),
    ]);
    const [, ana, bo] = rows(el);
    const anaText = spoken(ana!);
    for (const label of [en.micOff, en.cameraOn, en.handRaised, en.speaking]) {
      expect(anaText, `Ana row says "${label}"`).to.contain(label);
    }
    expect(spoken(bo!), 'Bo unmuted').to.contain(en.micOn);
    expect(spoken(bo!), 'Bo camera off').to.contain(en.cameraOff);
    expect(spoken(bo!), 'Bo is not said to speak').to.not.contain(en.speaking);
    for (const svgEl of el.shadowRoot!.querySelectorAll('svg')) {
      expect(svgEl.getAttribute('aria-hidden'), 'icons are decorative').to.equal('true');
    }
    await expect(el).to.be.accessible();
  });

  it("shows the visitor's own state", async () => {
    const el = await panel([], { ...SELF, microphoneOn: false, cameraOn: false, handRaised: true });
    const me = spoken(rows(el)[0]!);
    expect(me).to.contain(en.micOff);
    expect(me).to.contain(en.cameraOff);
    expect(me).to.contain(en.handRaised);
  });

  it('puts raised hands first among the others', async () => {
    const el = await panel([person('a', 'Ana'), person('z', 'Zed', { isHandRaised: true })]);
    expect(spoken(rows(el)[1]!)).to.match(/^Zed/);
  });

  it('lists people waiting in the lobby in their own group, not in the count', async () => {
    const el = await panel([person('a', 'Ana'), person('l', 'Lou Lobby', { state: 'lobby' })]);
    expect(el.shadowRoot!.querySelector('[part~="header"]')!.textContent!.trim()).to.equal('2 participants');
    const lobbyTitle = el.shadowRoot!.querySelector('#lobby-title')!;
    expect(lobbyTitle.textContent!.trim()).to.equal('Waiting in the lobby (1)');
    const lobbyRows = rows(el, 1);
    expect(lobbyRows.map(spoken)).to.deep.equal(['Lou Lobby']);
    expect(rows(el, 0).map(spoken).join('|'), 'lobby person not in the meeting list').to.not.contain('Lou');
    await expect(el).to.be.accessible();
  });

  it('leaves out people who have disconnected', async () => {
    const el = await panel([person('a', 'Ana', { state: 'disconnected' })]);
    expect(rows(el).length).to.equal(1);
  });

  it('updates when the participants change', async () => {
    const el = await panel([person('a', 'Ana')]);
    el.participants = [person('a', 'Ana', { isMuted: true })];
    await el.updateComplete;
    expect(spoken(rows(el)[1]!)).to.contain(en.micOff);
  });

  it('speaks French with lang="fr"', async () => {
    const el = await panel([person('a', 'Ana')], SELF, 'fr');
    await waitUntil(() => spoken(rows(el)[0]!).includes(peopleStringsFr.micOn), 'French rows', { timeout: 3000 });
    expect(el.shadowRoot!.querySelector('[part~="header"]')!.textContent!.trim()).to.equal('2 participants');
    await expect(el).to.be.accessible();
  });

  it('stays accessible with 49 participants', async () => {
    const many = Array.from({ length: 48 }, (_, i) => person(`p${i}`, `Person ${i}`, { isMuted: i % 2 === 0 }));
    const el = await panel(many);
    expect(el.shadowRoot!.querySelector('[part~="header"]')!.textContent!.trim()).to.equal('49 participants');
    await expect(el).to.be.accessible();
  });
});
