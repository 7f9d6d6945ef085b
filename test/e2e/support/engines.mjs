// End-to-end tests in more than one engine: one small page interface over three drivers, each driving a
// Debian browser (never a downloaded one):
//   chromium — playwright-core (the same launch as support/emulator.mjs),
//   firefox  — puppeteer-core over WebDriver BiDi with the prefs in .ci/firefox.mjs (fake media, ICE on loopback),
//   webkit   — WebKitGTK's MiniBrowser through WebKitWebDriver on a private Xvfb (.ci/webkit.mjs); no WebRTC here.
// The interface is the part of playwright's Page these tests use: evaluate(fn, arg), keyboard.press/type with
// playwright's key names ("Shift+Tab", "ControlOrMeta+A", "Space"), waitForFunction, addScriptTag({path}), close().
// TMJ_BROWSERS (comma-separated) limits the engines, as for the unit suite.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../../.ci/chromium.mjs';
import { FIREFOX_LAUNCH } from '../../../.ci/firefox.mjs';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from '../../../.ci/webkit.mjs';
import { WEBDRIVER_KEYS, parseCombo } from '../../helpers/keys-plugin.mjs';
import { BROWSER_ARGS } from './emulator.mjs';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** Whether TMJ_BROWSERS selects `engine` (all engines when it is unset). */
export function engineSelected(/** @type {string} */ engine) {
  const names = (process.env.TMJ_BROWSERS ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  return names.length === 0 || names.includes(engine);
}

/** The reason a test for `engine` does not run here, or false when it runs (for node:test's `skip`). */
export function skipUnlessSelected(/** @type {string} */ engine) {
  return engineSelected(engine) ? false : `${engine} not in TMJ_BROWSERS=${process.env.TMJ_BROWSERS}`;
}

const ON_LINUX = (/** @type {string} */ m) => (m === 'ControlOrMeta' ? (process.platform === 'darwin' ? 'Meta' : 'Control') : m);

/**
 * @typedef {{
 *   engine: string,
 *   evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>,
 *   keyboard: { press(combo: string): Promise<void>, type(text: string): Promise<void> },
 *   waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options?: { timeout?: number }): Promise<void>,
 *   addScriptTag(options: { path: string }): Promise<void>,
 *   close(): Promise<void>,
 * }} EnginePage
 */

/** Polls `fn` in the page until it returns a truthy value. */
async function poll(/** @type {EnginePage} */ page, /** @type {any} */ fn, /** @type {any} */ arg, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(fn, arg).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${page.engine}: timed out after ${timeout} ms waiting for ${String(fn).slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const injectScript = (/** @type {string} */ source) => {
  const s = document.createElement('script');
  s.textContent = source;
  document.head.append(s);
};

/**
 * Starts one browser of `engine`. `open(url, {init})` gives a page with its own cookies (own identity) and
 * camera/microphone allowed; `init` runs before the page's scripts (in WebKit, whose classic WebDriver has no
 * init scripts, right after load: use it only for listeners that must be in place before the test acts).
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 */
export async function launchEngine(engine) {
  if (engine === 'chromium') {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BROWSER_ARGS, headless: true });
    return {
      engine,
      async open(/** @type {string} */ url, /** @type {{ init?: Array<() => void> }} */ { init = [] } = {}) {
        const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
        for (const fn of init) await context.addInitScript(fn);
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error(`[chromium page error] ${e.message}`));
        await page.goto(url);
        /** @type {EnginePage} */
        const p = {
          engine,
          evaluate: (fn, arg) => page.evaluate(/** @type {any} */ (fn), arg),
          keyboard: { press: (combo) => page.keyboard.press(combo), type: (text) => page.keyboard.type(text) },
          waitForFunction: async (fn, arg, o) => void (await page.waitForFunction(/** @type {any} */ (fn), arg, { timeout: o?.timeout ?? 10000 })),
          addScriptTag: async ({ path }) => void (await page.addScriptTag({ path })),
          close: () => context.close(),
        };
        return p;
      },
      close: () => browser.close().catch(() => undefined),
    };
  }
  if (engine === 'firefox') {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch(FIREFOX_LAUNCH);
    return {
      engine,
      async open(/** @type {string} */ url, /** @type {{ init?: Array<() => void> }} */ { init = [] } = {}) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        for (const fn of init) await page.evaluateOnNewDocument(fn);
        page.on('pageerror', (e) => console.error(`[firefox page error] ${/** @type {Error} */ (e).message}`));
        await page.goto(url);
        const press = async (/** @type {string} */ combo) => {
          const { modifiers, key } = parseCombo(combo.replace('ControlOrMeta', ON_LINUX('ControlOrMeta')));
          for (const m of modifiers) await page.keyboard.down(/** @type {any} */ (m));
          await page.keyboard.press(/** @type {any} */ (key === 'Space' ? ' ' : key));
          for (const m of [...modifiers].reverse()) await page.keyboard.up(/** @type {any} */ (m));
        };
        /** @type {EnginePage} */
        const p = {
          engine,
          evaluate: (fn, arg) => /** @type {any} */ (page.evaluate(/** @type {any} */ (fn), arg)),
          keyboard: { press, type: (text) => page.keyboard.type(text) },
          waitForFunction: (fn, arg, o) => poll(p, fn, arg, o?.timeout),
          addScriptTag: ({ path }) => page.evaluate(injectScript, readFileSync(path, 'utf8')).then(() => undefined),
          close: () => context.close(),
        };
        return p;
      },
      close: () => browser.close().catch(() => undefined),
    };
  }
  const driver = await startWebKitDriver();
  const { remote } = await import('webdriverio');
  /** @type {Set<WebdriverIO.Browser>} */
  const sessions = new Set();
  return {
    engine,
    async open(/** @type {string} */ url, /** @type {{ init?: Array<() => void> }} */ { init = [] } = {}) {
      // One MiniBrowser per page: its own cookies, like a separate visitor.
      const b = await remote({ hostname: '127.0.0.1', port: driver.port, logLevel: 'error', capabilities: /** @type {any} */ (WEBKIT_CAPABILITIES) });
      sessions.add(b);
      await b.url(url);
      for (const fn of init) await b.execute(fn);
      const keys = (/** @type {string[]} */ names) => b.keys(names.map((k) => /** @type {Record<string, string>} */ (WEBDRIVER_KEYS)[k] ?? k));
      /** @type {EnginePage} */
      const p = {
        engine,
        evaluate: (fn, arg) => /** @type {any} */ (b.execute(/** @type {any} */ (fn), arg)),
        keyboard: {
          press: async (combo) => {
            const { modifiers, key } = parseCombo(combo.replace('ControlOrMeta', ON_LINUX('ControlOrMeta')));
            await keys([...modifiers, key]);
          },
          type: async (text) => {
            for (const c of text) await keys([c === ' ' ? 'Space' : c === '\n' ? 'Enter' : c]);
          },
        },
        waitForFunction: (fn, arg, o) => poll(p, fn, arg, o?.timeout),
        addScriptTag: ({ path }) => b.execute(injectScript, readFileSync(path, 'utf8')).then(() => undefined),
        close: async () => {
          sessions.delete(b);
          await b.deleteSession().catch(() => undefined);
        },
      };
      return p;
    },
    async close() {
      for (const b of sessions) await b.deleteSession().catch(() => undefined);
      sessions.clear();
      await driver.stop();
    },
  };
}
