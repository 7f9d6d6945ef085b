import { expect } from '@open-wc/testing';
import {
  DEFAULT_GRID,
  clampPage,
  gridFor,
  pageContents,
  pageCount,
  promote,
  reconcileOrder,
  stripCapacity,
  tilesPerPage,
} from '../../../src/components/video-gallery/layout.js';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('gallery layout math', () => {
  it('tilesPerPage: a 320×180 widget holds a 2×2 page, a 1920×1040 screen the page maximum', () => {
    expect(tilesPerPage(320, 180), '320 px wide').to.equal(4);
    expect(tilesPerPage(1920, 1040), 'full HD').to.equal(DEFAULT_GRID.maxPerPage);
    expect(tilesPerPage(640, 360), '640×360').to.equal(4 * 4);
    expect(tilesPerPage(10, 10), 'never zero').to.equal(1);
  });

  it('tilesPerPage respects a custom maximum', () => {
    expect(tilesPerPage(1920, 1040, { ...DEFAULT_GRID, maxPerPage: 49 })).to.equal(49);
  });

  it('gridFor picks the split that makes tiles largest and keeps 16:9', () => {
    const one = gridFor(800, 450, 1);
    expect([one.columns, one.rows]).to.deep.equal([1, 1]);
    expect(Math.round(one.tileWidth)).to.equal(800);
    const two = gridFor(800, 450, 2);
    expect([two.columns, two.rows], 'two side by side in a wide box').to.deep.equal([2, 1]);
    const twoTall = gridFor(400, 600, 2);
    expect([twoTall.columns, twoTall.rows], 'stacked in a tall box').to.deep.equal([1, 2]);
    const nine = gridFor(960, 540, 9);
    expect([nine.columns, nine.rows]).to.deep.equal([3, 3]);
    expect(nine.tileWidth / nine.tileHeight).to.be.closeTo(16 / 9, 0.001);
    expect(nine.tileWidth * 3 + 16, 'fits the width').to.be.at.most(960);
    expect(nine.tileHeight * 3 + 16, 'fits the height').to.be.at.most(540);
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
