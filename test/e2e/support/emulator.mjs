// Shared setup for the end-to-end tests: the emulator in-process on a free port, Debian Chromium through
// playwright-core, and a bundle of the emulator session for tests that drive it without the UI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../../.ci/chromium.mjs';
import { startServer } from '../../../demo/server/server.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Chromium hides host candidates behind mDNS names unless the page has media permission; resolving them
 * sends multicast queries on the network interface. Raw host addresses keep WebRTC traffic on this machine.
 */
export const BROWSER_ARGS = [...CHROMIUM_ARGS, '--disable-features=WebRtcHideLocalIpsWithMdns', '--auto-select-desktop-capture-source=Entire screen'];

/** Bundles src/session/emulator for the harness page (the same code the cdn build lazy-loads). */
export async function bundleSession() {
  const dir = mkdtempSync(join(tmpdir(), 'tmj-e2e-'));
  const outfile = join(dir, 'emulator-session.js');
  await build({
    entryPoints: [join(ROOT, 'src/session/emulator/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
    define: { __TMJ_DEV__: 'true' },
  });
  return { outfile, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts the emulator (free port) and one browser. `close()` releases both.
 * @param {{ harness?: boolean, server?: Parameters<typeof startServer>[0] }} [options]
 */
export async function setup(options = {}) {
  let bundle;
  /** @type {Record<string, string>} */
  const extraStatic = {};
  if (options.harness) {
    bundle = await bundleSession();
    extraStatic['/test/emulator-session.js'] = bundle.outfile;
    extraStatic['/test/harness.html'] = join(ROOT, 'test/e2e/support/session-harness.html');
  }
  const server = await startServer({ port: 0, quiet: true, extraStatic, ...options.server });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: BROWSER_ARGS, headless: true });
  const api = apiClient(server.url);
  return {
    server,
    browser,
    api,
    /** A new page in its own context (its own cookies: its own identity), camera and microphone granted. */
    async page(path = '/') {
      const context = await browser.newContext({ permissions: ['camera', 'microphone'] });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      bundle?.cleanup();
    },
  };
}

/** The console/fault API as a tiny client. */
export function apiClient(/** @type {string} */ base) {
  const call = async (/** @type {string} */ method, /** @type {string} */ path, /** @type {unknown} */ body) => {
    const r = await fetch(`${base}/emulator/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${text}`);
    return json;
  };
  return {
    meetings: async () => (await call('GET', '/meetings')).value,
    meeting: (/** @type {string} */ id) => call('GET', `/meetings/${id}`),
    createMeeting: (/** @type {Record<string, unknown>} */ init) => call('POST', '/meetings', init),
    admit: (/** @type {string} */ id, /** @type {string} */ participantId) => call('POST', `/meetings/${id}/admit`, { participantId }),
    deny: (/** @type {string} */ id, /** @type {string} */ participantId) => call('POST', `/meetings/${id}/deny`, { participantId }),
    remove: (/** @type {string} */ id, /** @type {string} */ participantId) => call('POST', `/meetings/${id}/remove`, { participantId }),
    end: (/** @type {string} */ id) => call('POST', `/meetings/${id}/end`),
    recording: (/** @type {string} */ id, /** @type {boolean} */ on) => call('POST', `/meetings/${id}/recording`, { on }),
    transcription: (/** @type {string} */ id, /** @type {boolean} */ on) => call('POST', `/meetings/${id}/transcription`, { on }),
    teamsChat: (/** @type {string} */ id, /** @type {string} */ content, /** @type {string | undefined} */ senderName) =>
      call('POST', `/meetings/${id}/chat`, { content, type: 'html', senderName }),
    drop: (/** @type {string} */ id, /** @type {string} */ pid, /** @type {number} */ blockMs = 0) => call('POST', `/meetings/${id}/participants/${pid}/drop`, { blockMs }),
    call,
  };
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes; returns the value or throws with `what`. */
export async function waitFor(/** @type {() => Promise<unknown>} */ fn, /** @type {string} */ what, timeoutMs = 15000) {
  const start = Date.now();
  let last;
  while (Date.now() - start < timeoutMs) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last)}`);
}

/** The widget's join phase on a Playwright page holding one `<teams-meeting-join>` (undefined before it exists). */
export const widgetPhase = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => /** @type {any} */ (document.querySelector('teams-meeting-join'))?.phase);

/** Types the name on the pre-join screen, presses Join now and waits for the phase `want`. */
export async function joinFromPrejoin(/** @type {import('playwright-core').Page} */ page, /** @type {string} */ name, want = 'connected') {
  await page.getByLabel('Your name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Join now' }).click();
  await waitFor(async () => (await widgetPhase(page)) === want, `${name}: ${want}`, 20000);
}
