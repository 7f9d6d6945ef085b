// @web/test-runner in three engines, each from Debian's packages (never a downloaded browser), with fake
// camera and microphone: Chromium (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi) and
// WebKitGTK's MiniBrowser (WebKitWebDriver on a private Xvfb display, started and stopped by the launcher).
// TMJ_BROWSERS picks engines: `TMJ_BROWSERS=firefox npm run test:unit`, `TMJ_BROWSERS=chromium,webkit …`
// (default: all three; `npm run test:unit:chromium` etc. are shortcuts).
// Tests that type or press keys use test/helpers/keyboard.ts (same key names in every driver).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../.ci/chromium.mjs';
import { FIREFOX_LAUNCH } from '../.ci/firefox.mjs';
import { WEBKIT_CAPABILITIES, startWebKitDriver } from '../.ci/webkit.mjs';
import { keysPlugin } from './helpers/keys-plugin.mjs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The catalog loader imports `./<locale>/<area>.js` through a template literal (src/i18n/load.ts), which the
 * esbuild plugin cannot rewrite to the `.ts` source as it does literal imports: serve the `.ts` for those.
 */
function catalogSources(ctx, next) {
  if (/^\/src\/i18n\/[\w-]+\/[\w-]+\.js$/.test(ctx.path) && !existsSync(ROOT + ctx.path.slice(1))) {
    ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  }
  return next();
}
import { reactPlugin } from './helpers/react-plugin.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named in TMJ_BROWSERS (comma-separated), or all three. Unknown names are an error, not a skip. */
export function selectedEngines(value = process.env.TMJ_BROWSERS) {
  const names = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !ENGINES.includes(n));
  if (unknown.length) throw new Error(`TMJ_BROWSERS: unknown engine ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return names.length ? ENGINES.filter((e) => names.includes(e)) : ENGINES;
}

/** The webdriver launcher, plus Xvfb and WebKitWebDriver started on initialize and stopped on stop. */
class WebKitLauncher extends WebdriverLauncher {
  /** @type {Awaited<ReturnType<typeof startWebKitDriver>> | undefined} */
  #driver;
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
  }
  /** @param {any} config */
  async initialize(config) {
    this.#driver = await startWebKitDriver();
    /** @type {any} */ (this).options.port = this.#driver.port;
    await super.initialize(config);
    this.name = 'WebKit';
  }
  async stop() {
    try {
      await super.stop();
    } finally {
      await this.#driver?.stop();
      this.#driver = undefined;
    }
  }
}

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS },
      createBrowserContext: ({ browser }) => browser.newContext({ permissions: ['camera', 'microphone'] }),
    }),
  firefox: () => puppeteerLauncher({ launchOptions: FIREFOX_LAUNCH }),
  webkit: () => new WebKitLauncher(),
};

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  middleware: [catalogSources],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), keysPlugin(), reactPlugin()],
  concurrency: 1,
  // Two engines at a time, files one by one in each: on the 2-core machine under a load average of ~30 the whole
  // suite took 404 s this way against 823 s one engine after the other, with the same results; three at a time
  // (342 s) starved the dev server enough to time out the calling-SDK prefetch test.
  concurrentBrowsers: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  browsers: selectedEngines().map((e) => launchers[e]()),
};
