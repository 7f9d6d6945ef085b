import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/video-gallery/video-gallery.js';
import type { TmjVideoGallery } from '../../../src/components/video-gallery/video-gallery.component.js';
import type { SessionState } from '../../../src/session/types.js';
import { callWith, fakeIn, participant, until } from '../call-view/call-fixtures.js';

async function mount(state: SessionState, width = 960, height = 580) {
  const fake = fakeIn(state);
  const el = await fixture<TmjVideoGallery>(html`<tmj-video-gallery
    style=${`width: ${width}px; height: ${height}px; display: block`}
    .session=${fake}
    .sessionState=${fake.state}
  ></tmj-video-gallery>`);
  fake.subscribe((e) => {
    if (e.type === 'state') el.sessionState = e.state;
  });
  await el.updateComplete;
  return { el, fake };
}

const tiles = (el: TmjVideoGallery) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="grid"] [part~="tile"], [part~="strip"] [part~="tile"]')];
const tileIds = (el: TmjVideoGallery) => tiles(el).map((t) => t.dataset.participant);
const requested = (fake: ReturnType<typeof fakeIn>) =>
  fake.calls.filter((c) => c.method === 'createVideoView').map((c) => c.args[0] as string);
const liveViews = (fake: ReturnType<typeof fakeIn>) =>
  fake.views.filter((v) => !v.disposed).map((v) => v.element.dataset.fakeStream);

/** Lets pending createVideoView promises resolve and the gallery re-render. */
async function settle(el: TmjVideoGallery) {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

describe('<tmj-video-gallery>', () => {
  it('1 participant: the visitor alone fills the grid with their own video', async () => {
    const { el, fake } = await mount(callWith(1));
    await settle(el);
    expect(tileIds(el), 'only the self tile').to.deep.equal(['self']);
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'no floating self view when alone').to.equal(null);
    expect(requested(fake), 'self camera view requested').to.deep.equal(['s-self']);
    expect(el.shadowRoot!.querySelector('[data-participant="self"] [data-fake-stream="s-self"]'), 'view placed in tile').to.exist;
    expect(el.shadowRoot!.textContent).to.contain('Nobody else is here yet');
    await expect(el).to.be.accessible();
  });

  it('2 participants: the other person fills the grid and the self view floats', async () => {
    const { el, fake } = await mount(callWith(2));
    await settle(el);
    expect(tileIds(el)).to.deep.equal(['p1']);
    const pip = el.shadowRoot!.querySelector<HTMLElement>('[part~="self-view"]');
    expect(pip?.dataset.participant, 'self view floats').to.equal('self');
    expect(requested(fake).sort()).to.deep.equal(['s-p1', 's-self']);
    expect(el.pageCount).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~="pager"] button'), 'no paging with one page').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('5 participants: four remote tiles in a 2×2 grid and the floating self view', async () => {
    const { el, fake } = await mount(callWith(5));
    await settle(el);
    expect(tiles(el)).to.have.length(4);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="grid"]')!.dataset.columns).to.equal('2');
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'self floats in a small call').to.exist;
    expect(requested(fake)).to.have.length(5);
  });

  it('9 participants: nine tiles (self included) on one page in a 3×3 grid', async () => {
    const { el, fake } = await mount(callWith(9));
    await settle(el);
    expect(tiles(el)).to.have.length(9);
    expect(tileIds(el)[0], 'self is a tile in a bigger call').to.equal('self');
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'no floating self view hiding a tile').to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="grid"]')!.dataset.columns, 'columns').to.equal('3');
    expect(requested(fake)).to.have.length(9);
    const tile = tiles(el)[0]!;
    const rect = tile.getBoundingClientRect();
    expect(rect.width / rect.height, 'tiles keep 16:9').to.be.closeTo(16 / 9, 0.05);
    await expect(el).to.be.accessible();
  });

  it('49 participants: pages of 25, only on-screen tiles hold views, off-page views are disposed', async () => {
    const { el, fake } = await mount(callWith(49));
    await settle(el);
    expect(tiles(el), 'page 1 holds 25 tiles').to.have.length(25);
    expect(el.pageCount, '49 tiles → 2 pages').to.equal(2);
    expect(el.shadowRoot!.querySelector('[data-page-label]')?.textContent).to.equal('Page 1 of 2');
    const page1 = tileIds(el);
    const streamOf = (id: string | undefined) => (id === 'self' ? 's-self' : `s-${id}`);
    expect(requested(fake).sort(), 'views requested only for page 1').to.deep.equal(page1.map(streamOf).sort());
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-page-label]')?.textContent).to.equal('Page 2 of 2');
    const page2 = tileIds(el);
    expect(page2, 'page 2 holds the other 24').to.have.length(24);
    expect(page2.some((id) => page1.includes(id)), 'pages do not overlap').to.equal(false);
    expect(liveViews(fake).sort(), 'only page 2 views are alive').to.deep.equal(page2.map(streamOf).sort());
    expect(fake.views.filter((v) => v.disposed), 'page 1 views disposed').to.have.length(25);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[data-page="next"]')!.disabled, 'next disabled on last page').to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-page="prev"]')!.click();
    await settle(el);
    expect(tileIds(el), 'back on page 1').to.deep.equal(page1);
  });

  it('keeps the dominant speaker on the visible page', async () => {
    const { el, fake } = await mount(callWith(49));
    await settle(el);
    expect(tileIds(el)).to.not.include('p40');
    fake.update({
      dominantSpeakers: ['p40'],
      participants: fake.state.participants.map((p) => (p.id === 'p40' ? { ...p, isSpeaking: true } : p)),
    });
    await settle(el);
    expect(tileIds(el), 'speaker pulled onto page 1').to.include('p40');
    expect(tiles(el), 'still 25 tiles').to.have.length(25);
    const speaker = el.shadowRoot!.querySelector<HTMLElement>('[data-participant="p40"]')!;
    expect(speaker.hasAttribute('data-speaking'), 'speaking indicator').to.equal(true);
    expect(getComputedStyle(speaker).outlineColor, 'speaking outline is visible').to.not.equal('rgba(0, 0, 0, 0)');
    expect(liveViews(fake), 'speaker video requested').to.include('s-p40');
  });

  it('a narrow 320 px widget puts the self view in the grid and pages', async () => {
    const { el } = await mount(callWith(9), 320, 260);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'no floating self view').to.equal(null);
    expect(tileIds(el)[0], 'self first in the grid').to.equal('self');
    expect(el.pageCount, 'several pages in a small box').to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('re-lays out when its own box changes size (not the viewport)', async () => {
    const { el } = await mount(callWith(49), 960, 580);
    await settle(el);
    expect(el.pageCount).to.equal(2);
    el.style.width = '320px';
    el.style.height = '260px';
    await until(() => el.pageCount > 2, 'more pages after shrinking');
  });

  it('screen share takes the stage with people in a strip', async () => {
    const state = callWith(9);
    const { el, fake } = await mount({
      ...state,
      participants: state.participants.map((p) => (p.id === 'p3' ? { ...p, screenSharing: true } : p)),
      streams: [...state.streams, { id: 'screen-p3', participantId: 'p3', kind: 'screen', available: true }],
    });
    await settle(el);
    const stage = el.shadowRoot!.querySelector<HTMLElement>('[part~="stage"]');
    expect(stage?.dataset.stream, 'stage shows the share').to.equal('screen-p3');
    expect(stage?.querySelector('[data-fake-stream="screen-p3"]'), 'share view placed').to.exist;
    expect(stage?.getAttribute('aria-label')).to.equal('Person 3 is presenting');
    const strip = el.shadowRoot!.querySelectorAll('[part~="strip"] [part~="tile"]');
    expect(strip.length, 'strip holds as many people as fit (7 at 960 px)').to.equal(7);
    expect(el.pageCount, '9 people in a strip of 7 → 2 pages').to.equal(2);
    fake.update({ streams: fake.state.streams.filter((s) => s.kind !== 'screen') });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="stage"]'), 'stage gone when sharing stops').to.equal(null);
    expect(fake.views.find((v) => v.element.dataset.fakeStream === 'screen-p3')?.disposed, 'share view disposed').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows initials and mute state when a participant has no video', async () => {
    const state = callWith(3);
    const { el, fake } = await mount({
      ...state,
      participants: [participant(1, { displayName: 'Ada Lovelace', videoOn: false, isMuted: true }), participant(2)],
      streams: state.streams.filter((s) => s.participantId !== 'p1'),
    });
    await settle(el);
    const tile = el.shadowRoot!.querySelector<HTMLElement>('[data-participant="p1"]')!;
    expect(tile.querySelector('[part~="avatar"]')?.textContent, 'initials').to.equal('AL');
    expect(tile.hasAttribute('data-muted')).to.equal(true);
    expect(tile.textContent, 'name and mute state readable').to.contain('Ada Lovelace').and.contain('muted');
    expect(requested(fake), 'no view for a participant without stream').to.not.include('s-p1');
  });

  it('disposes a view when its stream becomes unavailable, and all views on removal', async () => {
    const { el, fake } = await mount(callWith(3));
    await settle(el);
    fake.update({ streams: fake.state.streams.map((s) => (s.id === 's-p1' ? { ...s, available: false } : s)) });
    await settle(el);
    expect(fake.views.find((v) => v.element.dataset.fakeStream === 's-p1')?.disposed, 'unavailable → disposed').to.equal(true);
    el.remove();
    expect(liveViews(fake), 'nothing left alive after removal').to.deep.equal([]);
  });

  it('full-screen button asks the call view to toggle', async () => {
    const { el } = await mount(callWith(2));
    let asked = 0;
    el.addEventListener('tmj-fullscreen-toggle', () => asked++);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="fullscreen-button"]')!.click();
    expect(asked).to.equal(1);
  });
});
