// npm run screenshots: the widget's whole state matrix, through the real script-tag build (cdn/) on the demo page
// and the local emulator, in Debian Chromium: every state × 1280/768/360 px × light/dark, written into one folder
// as <state>--<width>--<theme>.png (default screenshots/, or the folder given as the first argument).
// Not part of npm test: it is for looking at the widget (issue 9 requirement 7). Needs `npm run build` first.
// Also runs axe-core in each state (both themes at 1280 and 360 px) and prints the violations, so a look at the
// pictures and an accessibility pass happen together; exits non-zero when axe finds anything or a state was not
// reached. The states themselves are walked by test/e2e/support/matrix.mjs (shared with the axe e2e test); each
// has a time bound (TMJ_SHOTS_STATE_TIMEOUT_MS, default 300 s), and a state that fails is reported while the walk
// goes on. TMJ_SHOTS_ONLY=state,state and TMJ_SHOTS_WIDTHS=1280,360 narrow the run.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join as joinPath, resolve } from 'node:path';
import { setup } from '../test/e2e/support/emulator.mjs';
import { MATRIX_STATES, walkMatrix, withTimeout } from '../test/e2e/support/matrix.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = resolve(process.argv[2] ?? joinPath(ROOT, 'screenshots'));
const ONLY = process.env.TMJ_SHOTS_ONLY ? new Set(process.env.TMJ_SHOTS_ONLY.split(',')) : undefined;
const WIDTHS = (process.env.TMJ_SHOTS_WIDTHS ?? '1280,768,360').split(',').map(Number);
const THEMES = ['light', 'dark'];
const AXE_PATH = joinPath(ROOT, 'node_modules/axe-core/axe.min.js');
/** One state (every width and theme, screenshots and axe) may take this long on a loaded machine. */
const STATE_TIMEOUT_MS = Number(process.env.TMJ_SHOTS_STATE_TIMEOUT_MS ?? 300000);
mkdirSync(OUT, { recursive: true });
if (ONLY) for (const s of ONLY) if (!MATRIX_STATES.includes(/** @type {any} */ (s))) throw new Error(`TMJ_SHOTS_ONLY: unknown state "${s}" (states: ${MATRIX_STATES.join(', ')})`);

const env = await setup();
// Ctrl-C or a CI timeout: close the browser and the emulator, leave nothing running.
let closing = false;
const close = async () => {
  if (closing) return;
  closing = true;
  await env.close();
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    void close().finally(() => process.exit(130));
  });
}
/** @type {string[]} */
const problems = [];
let shots = 0;

async function axe(/** @type {import('playwright-core').Page} */ page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // @ts-ignore
    const result = await window.axe.run(document.querySelector('teams-meeting-join'), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

/** Two animation frames: container queries and the gallery's ResizeObserver settle after a viewport change. */
const frames = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 150)))));

/** Shoots `state` at every width and theme (the page stays in that state while the viewport and theme change). */
async function shoot(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ state) {
  try {
    for (const theme of THEMES) {
      await page.evaluate((theme) => document.querySelector('teams-meeting-join').setAttribute('theme', theme), theme);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await frames(page);
        // A clip of the page rather than locator.screenshot(): live video keeps the latter waiting for "stable".
        const clip = await page.evaluate(() => {
          const r = document.querySelector('teams-meeting-join').getBoundingClientRect();
          return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
        });
        await page.screenshot({ path: joinPath(OUT, `${state}--${width}--${theme}.png`), clip, fullPage: true, animations: 'disabled', caret: 'hide', timeout: 30000 });
        shots++;
        if (width === 1280 || width === 360) {
          const v = /** @type {string[]} */ (await withTimeout(axe(page), 60000, `axe in ${state} at ${width} px ${theme}`));
          for (const line of v) problems.push(`${state} ${width} ${theme}: ${line}`);
        }
      }
    }
  } finally {
    await page.evaluate(() => document.querySelector('teams-meeting-join')?.setAttribute('theme', 'light')).catch(() => undefined);
    await page.emulateMedia({ colorScheme: 'light' }).catch(() => undefined);
    await page.setViewportSize({ width: 1280, height: 800 }).catch(() => undefined);
  }
}

const started = Date.now();
try {
  console.log(`screenshots → ${OUT}`);
  const result = await walkMatrix(env, shoot, { only: ONLY, stateTimeoutMs: STATE_TIMEOUT_MS, reconnectBlockMs: 15000, log: (line) => console.log(line) });
  problems.push(...result.problems);
} finally {
  await close();
}
console.log(`${shots} screenshots in ${OUT} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('axe: no violations in any state');
}
