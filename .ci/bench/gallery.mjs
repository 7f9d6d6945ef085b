// `npm run bench` section "gallery" (issue 14 req 3): <tmj-video-gallery> (bundled from src with esbuild, the
// component the in-call chunk ships) with 49 remote participants and the visitor, 1280 × 720 px, in Chromium. Its
// session is a stand-in that hands out video views as static <canvas> elements (no decoding, so the figures are the
// gallery's own work: layout, tiles, views created and disposed on page turns), maxRemoteVideos 10, one speaker
// changing every 500 ms. Main-thread time is CDP Performance.getMetrics TaskDuration (all main-thread tasks of the
// page), divided by the animation frames counted by requestAnimationFrame over the same stretch:
//  - idle: 120 frames with nothing but the speaker changes;
//  - paging: 120 frames with a page turn (next page, wrapping to the first) every 10 frames.
// Before measuring, the gallery must have taken exactly 1280 × 720 (its own size, from its ResizeObserver) and held
// the same tile count for 10 frames, so every run pages the same layout; the tile counts are printed with the figure.
// Target (issue 14): ≤ 4 ms per frame while paging.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENTRY = (galleryPath, typesPath) => `import { TmjVideoGallery } from ${JSON.stringify(galleryPath)};
import { INITIAL_SESSION_STATE } from ${JSON.stringify(typesPath)};
customElements.define('tmj-video-gallery', TmjVideoGallery);
const N = 49;
const participants = Array.from({ length: N }, (_, i) => ({
  id: 'p' + i, displayName: 'Participant ' + (i + 1), isTeamsUser: i % 2 === 0, state: 'connected', isMuted: i % 3 === 0,
  isSpeaking: false, isHandRaised: false, videoOn: true, screenSharing: false,
}));
const streams = [
  { id: 'self-camera', participantId: 'self', kind: 'camera', available: true },
  ...participants.map((p) => ({ id: p.id + '-camera', participantId: p.id, kind: 'camera', available: true })),
];
let views = 0;
const session = {
  kind: 'emulator',
  createVideoView: async () => {
    views++;
    const canvas = document.createElement('canvas');
    canvas.width = 320; canvas.height = 180;
    const g = canvas.getContext('2d'); g.fillStyle = 'hsl(' + (views * 37 % 360) + ' 40% 45%)'; g.fillRect(0, 0, 320, 180);
    canvas.style.cssText = 'width:100%;height:100%;object-fit:cover';
    return { element: canvas, dispose() {} };
  },
  setOnScreen() {},
};
const frames = (n, each) => new Promise((resolve) => {
  let i = 0;
  const step = () => { each?.(i); if (++i >= n) resolve(undefined); else requestAnimationFrame(step); };
  requestAnimationFrame(step);
});
window.galleryBench = {
  async mount() {
    const el = document.createElement('tmj-video-gallery');
    el.style.cssText = 'display:block;width:1280px;height:720px';
    el.session = session;
    el.sessionState = { ...INITIAL_SESSION_STATE, call: 'connected', participants, streams, maxRemoteVideos: 10, dominantSpeakers: [] };
    document.body.append(el);
    await el.updateComplete;
    // A deterministic stage: the gallery sizes its pages from its own box (ResizeObserver), so wait until it has
    // taken exactly 1280 × 720 and the tile count has held for 10 frames before measuring anything.
    const tiles = () => el.shadowRoot.querySelectorAll('[part~="tile"]').length;
    let stable = 0;
    let last = -1;
    for (let i = 0; i < 600 && stable < 10; i++) {
      await frames(1);
      const n = tiles();
      stable = n === last && el.size.width === 1280 && el.size.height === 720 ? stable + 1 : 0;
      last = n;
    }
    if (stable < 10) throw new Error('the gallery never settled at 1280 × 720 (size ' + JSON.stringify(el.size) + ', ' + tiles() + ' tiles)');
    window.galleryBench.el = el;
    let speaker = 0;
    window.galleryBench.timer = setInterval(() => {
      speaker = (speaker + 1) % N;
      el.sessionState = { ...el.sessionState, participants: participants.map((p, i) => (i === speaker ? { ...p, isSpeaking: true } : p)) };
    }, 500);
    return { tiles: tiles(), pages: el.pageCount, size: el.size, views };
  },
  tiles() {
    return window.galleryBench.el.shadowRoot.querySelectorAll('[part~="tile"]').length;
  },
  frames,
  async page(n) {
    const el = window.galleryBench.el;
    let turns = 0;
    const perPage = [];
    await frames(n, (i) => {
      // The page shown since the last turn has been rendered (its tiles counted before the next turn).
      if (i % 10 === 8) perPage.push(el.page + ':' + window.galleryBench.tiles());
      if (i % 10 !== 9) return;
      turns++;
      const before = el.page;
      el.nextPage();
      // Past the last page: back to the first (the gallery's own state field).
      if (el.page === before) el.page = 0;
    });
    return { turns, views, perPage };
  },
};
`;

/**
 * @param {{ browser: () => Promise<import('playwright-core').Browser>, root: string }} ctx
 */
export async function runGallery(ctx) {
  const dir = mkdtempSync(join(tmpdir(), 'tmj-bench-gallery-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(entry, ENTRY(join(ctx.root, 'src/components/video-gallery/video-gallery.component.ts'), join(ctx.root, 'src/session/types.ts')));
    await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', outfile: join(dir, 'bundle.js'), logLevel: 'error', define: { __TMJ_DEV__: 'false' } });
    const b = await ctx.browser();
    const context = await b.newContext({ viewport: { width: 1300, height: 760 } });
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent(`<!doctype html><meta charset="utf-8"><body style="margin:0"><script>${readFileSync(join(dir, 'bundle.js'), 'utf8')}</script></body>`);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const taskMs = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
      };
      const mounted = await page.evaluate(() => window.galleryBench.mount()).catch((e) => {
        throw new Error(`${e.message}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
      });
      const FRAMES = 120;
      let t = await taskMs();
      await page.evaluate((n) => window.galleryBench.frames(n), FRAMES);
      const idle = ((await taskMs()) - t) / FRAMES;
      t = await taskMs();
      const paged = await page.evaluate((n) => window.galleryBench.page(n), FRAMES);
      const paging = ((await taskMs()) - t) / FRAMES;
      await page.evaluate(() => clearInterval(window.galleryBench.timer));
      return {
        status: 'ok',
        participants: 49,
        stage: mounted.size,
        tilesOnFirstPage: mounted.tiles,
        pages: mounted.pages,
        // Tiles on each page shown while paging ("page index: tiles"), distinct values in order of appearance.
        tilesPerPageShown: [...new Set(paged.perPage)],
        frames: FRAMES,
        idleMsPerFrame: Math.round(idle * 100) / 100,
        pagingMsPerFrame: Math.round(paging * 100) / 100,
        pageTurns: paged.turns,
        viewsCreated: paged.views,
      };
    } finally {
      await context.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
