import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_GRID,
  clampPage,
  coverage,
  gridFor,
  pageSize,
  selfDock,
  pageContents,
  pageCount,
  promote,
  reconcileOrder,
  stripCapacity,
  tilesPerPage,
  videoTiles,
} from '../../../src/components/video-gallery/layout.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('gallery layout math', () => {
  it('tilesPerPage: how many tiles of at least 144×96 fit, capped by the page maximum', () => {
    expect(tilesPerPage(320, 180), '320×180: 2 × 1').to.equal(2);
    expect(tilesPerPage(1280, 480), '1280×480: 8 × 4').to.equal(32);
    expect(tilesPerPage(4000, 3000), 'huge box').to.equal(DEFAULT_GRID.maxPerPage);
    expect(tilesPerPage(10, 10), 'never zero').to.equal(1);
  });

  it('pageSize follows the box only (what fits at the minimum tile size), not the recommended video count', () => {
    expect(pageSize(1280, 480), 'the box holds 8 × 4').to.equal(32);
    expect(pageSize(344, 560), 'a phone holds 2 × 5').to.equal(10);
    expect(pageSize(200, 120), 'never fewer than self + one').to.equal(2);
    expect(pageSize(0, 0), 'not measured yet: the page maximum').to.equal(DEFAULT_GRID.maxPerPage);
  });

  it('videoTiles: at most the cap get a view (0 → none), video-on first, the current speaker, then who held one', () => {
    const page = ids(6);
    const all = new Set(page);
    expect(videoTiles(page, all, 3), 'page order without speakers').to.deep.equal(['p1', 'p2', 'p3']);
    expect(videoTiles(page, all, 0), '0 → no remote views').to.deep.equal([]);
    expect(videoTiles(page, all, 10), 'under the cap: everyone with video').to.deep.equal(page);
    expect(videoTiles(page, new Set(['p2', 'p5']), 10), 'camera off never gets a view').to.deep.equal(['p2', 'p5']);
    expect(videoTiles(page, new Set(['p4', 'p5', 'p6']), 2), 'the cap goes to tiles with video').to.deep.equal(['p4', 'p5']);
    expect(videoTiles(page, all, 2, ['p6', 'p5']), 'speakers before roster order').to.deep.equal(['p5', 'p6']);
    const held = new Set(['p1', 'p2']);
    expect(videoTiles(page, all, 2, ['p4', 'p3'], held), 'the current speaker takes a view').to.deep.equal(['p1', 'p4']);
    expect(videoTiles(page, all, 2, ['p1', 'p4', 'p3'], new Set(['p1', 'p3'])), 'recent speakers reordering tear nothing down').to.deep.equal(['p1', 'p3']);
    expect(videoTiles(page, all, 2, ['p9'], held), 'a speaker off this page changes nothing').to.deep.equal(['p1', 'p2']);
  });

  it('property: for any roster, stage size and cap, every page shows a tile for each of its people and at most cap views', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 49 }),
        fc.func(fc.boolean()),
        fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 6 }),
        (count, width, height, cap, cameraOn, speakerNumbers) => {
          const roster = ids(count);
          const perPage = pageSize(width, height) - 1;
          const withVideo = new Set(roster.filter((id) => cameraOn(id)));
          const speakers = speakerNumbers.map((n) => `p${n}`);
          const seen: string[] = [];
          let previous = new Set<string>();
          for (let page = 0; page < pageCount(roster.length, perPage); page++) {
            const onPage = pageContents(roster, perPage, page);
            expect(onPage.length).to.be.at.most(perPage);
            const views = videoTiles(onPage, withVideo, cap, speakers, previous);
            expect(views.length, 'views ≤ cap').to.be.at.most(cap);
            expect(views.every((id) => onPage.includes(id) && withVideo.has(id)), 'views only for on-page video').to.equal(true);
            // The cap only ever leaves tiles without video when there were more candidates than views.
            expect(views.length).to.equal(Math.min(cap, onPage.filter((id) => withVideo.has(id)).length));
            // Stable: the same page asked again with its own views as `previous` keeps every one of them.
            expect(videoTiles(onPage, withVideo, cap, speakers, new Set(views))).to.deep.equal(views);
            seen.push(...onPage);
            previous = new Set(views);
          }
          expect(seen, 'every participant on exactly one page, none dropped for the cap').to.deep.equal(roster);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gridFor picks the split that gives the tiles the most area, tiles filling their cells', () => {
    const one = gridFor(800, 450, 1);
    expect([one.columns, one.rows]).to.deep.equal([1, 1]);
    expect(Math.round(one.tileWidth)).to.equal(800);
    const two = gridFor(800, 450, 2);
    expect([two.columns, two.rows], 'two side by side in a wide box').to.deep.equal([2, 1]);
    const twoTall = gridFor(400, 600, 2);
    expect([twoTall.columns, twoTall.rows], 'stacked in a tall box').to.deep.equal([1, 2]);
    const nine = gridFor(960, 540, 9);
    expect([nine.columns, nine.rows]).to.deep.equal([3, 3]);
    expect(nine.tileWidth * 3 + 16, 'fits the width').to.be.at.most(960 + 0.01);
    expect(nine.tileHeight * 3 + 16, 'fits the height').to.be.at.most(540 + 0.01);
    const wide = gridFor(4000, 300, 1);
    expect(wide.tileWidth / wide.tileHeight, 'never wider than 2:1').to.be.at.most(DEFAULT_GRID.maxAspect + 1e-9);
    const tall = gridFor(100, 4000, 1);
    expect(tall.tileWidth / tall.tileHeight, 'never taller than 9:16').to.be.at.least(DEFAULT_GRID.minAspect - 1e-9);
  });

  it('tiles cover at least 70 % of a 1280×560 and a 360×640 stage with 2–9 people', () => {
    for (const [w, h] of [[1280, 560], [360, 640], [1264, 480], [344, 560]] as const) {
      for (let people = 2; people <= 9; people++) {
        let covered: number;
        if (people === 2) {
          // One other person: they fill the grid area and the self view docks beside it.
          const dock = selfDock(w, h);
          const g = gridFor(dock.gridWidth, dock.gridHeight, 1);
          covered = coverage(w, h, g, 1) + (dock.selfWidth * dock.selfHeight) / (w * h);
        } else {
          covered = coverage(w, h, gridFor(w, h, people), people);
        }
        expect(covered, `${people} people at ${w}×${h}`).to.be.at.least(0.7);
      }
    }
  });

  it('selfDock keeps the self view out of the grid: a column at the end of a wide stage, a row under a tall one', () => {
    const wide = selfDock(1280, 480);
    expect(wide.side).to.equal('end');
    expect(wide.gridWidth + DEFAULT_GRID.gap + wide.selfWidth, 'columns add up').to.be.closeTo(1280, 0.01);
    expect(wide.selfHeight, 'self fits the height').to.be.at.most(480);
    const tall = selfDock(344, 560);
    expect(tall.side).to.equal('below');
    expect(tall.gridHeight + DEFAULT_GRID.gap + tall.selfHeight, 'rows add up').to.be.closeTo(560, 0.01);
    expect(tall.selfWidth, 'self fits the width').to.be.at.most(344);
  });

  it('gridFor never leaves a whole empty row', () => {
    for (let n = 1; n <= 49; n++) {
      const g = gridFor(1200, 700, n);
      expect((g.rows - 1) * g.columns, `${n} tiles`).to.be.lessThan(n);
    }
  });

  it('pageCount / clampPage / pageContents page through 48 tiles 25 at a time', () => {
    const all = ids(48);
    expect(pageCount(48, 25)).to.equal(2);
    expect(pageCount(0, 25), 'an empty call still has one page').to.equal(1);
    expect(pageContents(all, 25, 0)).to.deep.equal(all.slice(0, 25));
    expect(pageContents(all, 25, 1)).to.deep.equal(all.slice(25));
    expect(clampPage(5, 48, 25), 'past the end clamps to the last page').to.equal(1);
    expect(pageContents(all, 25, 9), 'clamped contents').to.deep.equal(all.slice(25));
  });

  it('promote puts the dominant speaker on the visible page by swapping with its last tile', () => {
    const all = ids(10);
    const order = promote(all, 4, 0, 'p9');
    expect(pageContents(order, 4, 0), 'page 1 shows the speaker').to.deep.equal(['p1', 'p2', 'p3', 'p9']);
    expect(pageContents(order, 4, 2), 'the displaced person took the speaker’s slot').to.deep.equal(['p4', 'p10']);
    expect(new Set(order).size, 'nobody lost or duplicated').to.equal(10);
  });

  it('promote leaves the order alone when the speaker is already visible or unknown', () => {
    const all = ids(6);
    expect(promote(all, 4, 0, 'p2')).to.deep.equal(all);
    expect(promote(all, 4, 0, 'nobody')).to.deep.equal(all);
    expect(promote(all, 4, 0, undefined)).to.deep.equal(all);
  });

  it('reconcileOrder keeps places stable, appends newcomers and drops leavers', () => {
    expect(reconcileOrder(['a', 'b', 'c'], ['c', 'a', 'd'])).to.deep.equal(['a', 'c', 'd']);
    expect(reconcileOrder([], ['x', 'y'])).to.deep.equal(['x', 'y']);
  });

  it('stripCapacity fits 128 px tiles with gaps', () => {
    expect(stripCapacity(320)).to.equal(2);
    expect(stripCapacity(1000)).to.equal(7);
    expect(stripCapacity(50), 'at least one').to.equal(1);
  });
});
