import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
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
  // Two frames first: the gallery learns its new box from a ResizeObserver, whose callback runs in a rendering step,
  // which a loaded machine can deliver after any number of macrotasks (CI flaked with timeouts only).
  for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
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

  it('2 participants: the other person fills the grid and the self view docks beside it, covering no tile or name', async () => {
    const { el, fake } = await mount(callWith(2));
    await settle(el);
    expect(tileIds(el)).to.deep.equal(['p1']);
    const pip = el.shadowRoot!.querySelector<HTMLElement>('[part~="self-view"]');
    expect(pip?.dataset.participant, 'self view docked').to.equal('self');
    const a = pip!.getBoundingClientRect();
    const other = el.shadowRoot!.querySelector<HTMLElement>('[data-participant="p1"]')!.getBoundingClientRect();
    const overlaps = a.left < other.right && other.left < a.right && a.top < other.bottom && other.top < a.bottom;
    expect(overlaps, `self view ${JSON.stringify(a)} overlaps the other tile ${JSON.stringify(other)}`).to.equal(false);
    const box = el.getBoundingClientRect();
    expect(a.right <= box.right + 0.5 && a.bottom <= box.bottom + 0.5, 'self view inside the gallery').to.equal(true);
    expect(requested(fake).sort()).to.deep.equal(['s-p1', 's-self']);
    expect(el.pageCount).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part~="pager"] button'), 'no paging with one page').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('5 participants: five tiles (self last) in the split that covers the most of the stage', async () => {
    const { el, fake } = await mount(callWith(5));
    await settle(el);
    expect(tileIds(el)).to.deep.equal(['p1', 'p2', 'p3', 'p4', 'self']);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="grid"]')!.dataset.columns).to.equal('3');
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'no floating self view over a tile').to.equal(null);
    expect(requested(fake)).to.have.length(5);
  });

  it('9 participants: nine tiles (self included) on one page in a 3×3 grid', async () => {
    const { el, fake } = await mount(callWith(9));
    await settle(el);
    expect(tiles(el)).to.have.length(9);
    expect(tileIds(el).at(-1), 'self is the last tile in a bigger call').to.equal('self');
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'no floating self view hiding a tile').to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part~="grid"]')!.dataset.columns, 'columns').to.equal('3');
    expect(requested(fake)).to.have.length(9);
    const area = tiles(el).reduce((sum, t) => sum + t.getBoundingClientRect().width * t.getBoundingClientRect().height, 0);
    expect(area / (960 * 580), 'tiles cover most of the stage').to.be.at.least(0.7);
    await expect(el).to.be.accessible();
  });

  it('49 participants: pages sized by the stage, at most the recommended count of remote views; a page turn keeps the views of tiles that stay', async () => {
    const { el, fake } = await mount(callWith(49, { maxRemoteVideos: 10 }));
    await settle(el);
    expect(tiles(el), 'page 1 holds what fits at 960×536: 29 remote tiles and self').to.have.length(30);
    expect(el.pageCount, '48 remote people, 29 a page → 2 pages').to.equal(2);
    expect(el.shadowRoot!.querySelector('[data-page-label]')?.textContent).to.equal('Page 1 of 2');
    const page1 = tileIds(el);
    const streamOf = (id: string | undefined) => (id === 'self' ? 's-self' : `s-${id}`);
    const page1Views = ['self', ...page1.filter((id) => id !== 'self').slice(0, 10)].map(streamOf).sort();
    expect(requested(fake).sort(), 'views for self and the first 10 remote tiles of page 1 only').to.deep.equal(page1Views);
    const selfView = fake.views.find((v) => v.element.dataset.fakeStream === 's-self')!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-page-label]')?.textContent).to.equal('Page 2 of 2');
    const page2 = tileIds(el);
    expect(page2, 'page 2: the 19 others and self').to.have.length(20);
    expect(page2.filter((id) => id !== 'self').some((id) => page1.includes(id)), 'remote tiles do not repeat across pages').to.equal(false);
    const page2Views = ['self', ...page2.filter((id) => id !== 'self').slice(0, 10)].map(streamOf).sort();
    expect(liveViews(fake).sort(), 'only page 2 views are alive, still 10 remote').to.deep.equal(page2Views);
    expect(fake.views.filter((v) => v.disposed), 'the 10 page-1 remote views disposed, not self').to.have.length(10);
    expect(selfView.disposed, 'the self view stayed on screen and was kept').to.equal(false);
    expect(requested(fake).filter((id) => id === 's-self'), 'self view created once across the page turn').to.have.length(1);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-page="prev"]')!.click();
    await settle(el);
    expect(tileIds(el), 'back on page 1').to.deep.equal(page1);
  });

  it('the recommended video count caps the views, not the page: people beyond it show initials on the same page', async () => {
    const { el, fake } = await mount(callWith(20, { maxRemoteVideos: 4 }));
    await settle(el);
    const remote = () => tiles(el).filter((t) => t.dataset.participant !== 'self');
    expect(tiles(el), 'all 19 others + self on one page (the box holds 30)').to.have.length(20);
    expect(el.pageCount).to.equal(1);
    expect(remote().filter((t) => t.hasAttribute('data-video')), '4 remote tiles with video').to.have.length(4);
    const avatarOnly = remote().filter((t) => !t.hasAttribute('data-video'));
    expect(avatarOnly, '15 tiles show their initials').to.have.length(15);
    for (const t of avatarOnly) {
      expect(t.querySelector('[part~="avatar"]')?.textContent, `initials on ${t.dataset.participant}`).to.match(/^P\d/);
      expect(t.querySelector('video, [data-fake-stream]'), `no view in ${t.dataset.participant}`).to.equal(null);
    }
    const first4 = liveViews(fake).filter((id) => id !== 's-self');
    fake.update({ maxRemoteVideos: 16 });
    await settle(el);
    expect(tiles(el), 'still one page of 20').to.have.length(20);
    expect(liveViews(fake).filter((id) => id !== 's-self'), '16 remote views').to.have.length(16);
    expect(liveViews(fake), 'the 4 views already shown are kept').to.include.members(first4);
    // The current speaker's video replaces one, the others stay.
    fake.update({ maxRemoteVideos: 4 });
    await settle(el);
    const before = liveViews(fake).filter((id) => id !== 's-self');
    expect(before).to.have.length(4);
    fake.update({ dominantSpeakers: ['p19'] });
    await settle(el);
    const after = liveViews(fake).filter((id) => id !== 's-self');
    expect(after, 'the speaker gets a view within the cap').to.include('s-p19').and.have.length(4);
    expect(after.filter((id) => before.includes(id)), 'three of the four views kept').to.have.length(3);
    fake.update({ maxRemoteVideos: 0 });
    await settle(el);
    expect(liveViews(fake), '0 → no remote views, the self view stays').to.deep.equal(['s-self']);
    expect(tiles(el), 'everyone still has a tile').to.have.length(20);
  });

  it('property: any roster, stage size and cap → remote views ≤ cap and every person on the page has a tile', async function () {
    this.timeout(60000);
    const { el, fake } = await mount(callWith(2));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.integer({ min: 150, max: 800 }),
        fc.integer({ min: 0, max: 12 }),
        fc.func(fc.boolean()),
        async (count, width, height, cap, cameraOn) => {
          const base = callWith(count + 1, { maxRemoteVideos: cap });
          const participants = base.participants.map((p) => ({ ...p, videoOn: cameraOn(p.id) }));
          fake.update({ ...base, participants, streams: base.streams.filter((s) => s.participantId === 'self' || cameraOn(s.participantId)) });
          el.style.width = `${width}px`;
          el.style.height = `${height}px`;
          await until(() => Math.abs(el.getBoundingClientRect().width - width) < 1, 'resized');
          await settle(el);
          await settle(el);
          const shown = tiles(el);
          const remoteIds = shown.map((t) => t.dataset.participant).filter((id) => id !== 'self');
          const live = liveViews(fake).filter((id) => id !== 's-self');
          expect(live.length, `${live.length} remote views with cap ${cap}`).to.be.at.most(cap);
          expect(shown.filter((t) => t.dataset.participant !== 'self' && t.hasAttribute('data-video')).length).to.be.at.most(cap);
          const withVideo = remoteIds.filter((id) => cameraOn(id!));
          expect(live.length, 'the cap is used when there is video to show').to.equal(Math.min(cap, withVideo.length));
          for (const t of shown) expect(t.querySelector('[part~="avatar"]')?.textContent, 'each tile has initials').to.not.equal('');
          expect(new Set(remoteIds).size, 'no duplicate tile').to.equal(remoteIds.length);
          // Paging through shows everyone once.
          const seen = new Set(remoteIds);
          for (let i = 1; i < el.pageCount; i++) {
            el.nextPage();
            await settle(el);
            for (const id of tileIds(el)) if (id !== 'self') seen.add(id!);
            expect(liveViews(fake).filter((id) => id !== 's-self').length, 'views ≤ cap on every page').to.be.at.most(cap);
          }
          expect(seen.size, 'every participant reachable').to.equal(count);
          for (let i = el.pageCount; i > 0; i--) el.previousPage();
          await settle(el);
        },
      ),
      { numRuns: 25 },
    );
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
    expect(tiles(el), 'still 30 tiles (29 others + self)').to.have.length(30);
    const speaker = el.shadowRoot!.querySelector<HTMLElement>('[data-participant="p40"]')!;
    expect(speaker.hasAttribute('data-speaking'), 'speaking indicator').to.equal(true);
    expect(getComputedStyle(speaker).outlineColor, 'speaking outline is visible').to.not.equal('rgba(0, 0, 0, 0)');
    expect(liveViews(fake), 'speaker video requested').to.include('s-p40');
  });

  it('a narrow 320 px widget puts the self view in the grid and pages', async () => {
    const { el } = await mount(callWith(9), 320, 260);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part~="self-view"]'), 'no floating self view').to.equal(null);
    expect(tileIds(el).at(-1), 'self in the grid').to.equal('self');
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
    expect(strip.length, 'strip holds as many people as fit (6 others and self at 960 px)').to.equal(7);
    expect(el.pageCount, '8 others in a strip of 6 → 2 pages').to.equal(2);
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
