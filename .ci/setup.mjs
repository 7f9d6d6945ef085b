// The first step of `npm test` (and so of `.ci/run`): make a bare clone ready to test, with no other command
// run before it. Dependency-free on purpose: it runs before node_modules exists.
//  1. Node.js: the version package.json's `engines` names (checked, never installed).
//  2. node_modules: `npm ci` when it is missing or differs from package-lock.json (compared with the hidden
//     lock file npm writes into node_modules, package by package and version by version).
//  3. Debian packages the tests drive (browsers): installed with apt-get when running as root, otherwise the
//     exact command to run is printed. Nothing here ever downloads a browser build.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';
import { FIREFOX_PATH } from './firefox.mjs';
import { MINIBROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH } from './webkit.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const PHP_PATH = process.env.PHP_PATH || '/usr/bin/php';
/**
 * WordPress's own code for the WordPress recipe's test: Debian's `wordpress` package, downloaded with apt and
 * unpacked here (not installed: it would pull in a web server and a database client the test doesn't use).
 */
export const WORDPRESS_ROOT = process.env.WORDPRESS_ROOT || join(root, 'node_modules/.cache/wordpress/usr/share/wordpress');
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

/** Debian packages the test suites need: the binary each provides, and the package that provides it. */
export const DEBIAN_TOOLS = [
  { bin: CHROMIUM_PATH, pkg: 'chromium', engine: 'chromium', why: 'unit, element and end-to-end tests in Chromium' },
  { bin: FIREFOX_PATH, pkg: 'firefox-esr', engine: 'firefox', why: 'unit, element and end-to-end tests in Firefox' },
  { bin: WEBKIT_DRIVER_PATH, pkg: 'webkit2gtk-driver', engine: 'webkit', why: 'tests in WebKit (WebKitWebDriver)' },
  { bin: MINIBROWSER_PATH, pkg: 'webkit2gtk-driver', engine: 'webkit', why: 'the WebKit browser WebKitWebDriver drives' },
  { bin: XVFB_PATH, pkg: 'xvfb', engine: 'webkit', why: 'a display for WebKit, which has no headless mode' },
  { bin: PHP_PATH, pkg: 'php-cli', engine: 'always', why: 'the WordPress recipe plugin test (test/e2e/wordpress.test.mjs)' },
  { bin: '/usr/bin/redis-server', pkg: 'redis-server', engine: 'always', why: 'the chat relay fan-out of test/e2e/m365.test.mjs (started and stopped by the test)' },
];

/**
 * The tools the engines in TMJ_BROWSERS need (all of them when it is unset). Chromium is always needed: the
 * bench, the screenshots and the server-side e2e tests run in it.
 */
export function toolsFor(value = process.env.TMJ_BROWSERS) {
  const names = (value ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!names.length) return DEBIAN_TOOLS;
  return DEBIAN_TOOLS.filter((t) => t.engine === 'chromium' || t.engine === 'always' || names.includes(t.engine));
}

function fail(message) {
  console.error(`\nsetup: ${message}\n`);
  process.exit(1);
}

/** `>=20.19` style ranges: the only form package.json uses. */
export function satisfiesMinimum(version, range) {
  const want = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(range.trim());
  if (!want) return true;
  const have = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const w = Number(want[i + 1] ?? 0);
    if (have[i] !== w) return have[i] > w;
  }
  return true;
}

function checkNode() {
  const range = readJson(join(root, 'package.json')).engines?.node;
  if (range && !satisfiesMinimum(process.version, range)) {
    fail(`Node.js ${range} is required; this is ${process.version}. Install a newer Node.js and run npm test again.`);
  }
}

/** Why node_modules doesn't match package-lock.json, or '' when it does. */
export function installDrift(lock, hidden) {
  if (!hidden) return 'node_modules is missing';
  for (const [path, want] of Object.entries(lock.packages ?? {})) {
    if (path === '' || want.link) continue;
    const have = hidden.packages?.[path];
    if (!have) {
      if (want.optional || want.devOptional) continue; // platform-specific optional packages (e.g. other CPUs)
      return `${path} is not installed`;
    }
    if (want.version && have.version !== want.version) return `${path} is ${have.version}, the lock file says ${want.version}`;
  }
  return '';
}

function ensureNodeModules() {
  const lock = readJson(join(root, 'package-lock.json'));
  const hiddenPath = join(root, 'node_modules', '.package-lock.json');
  const drift = installDrift(lock, existsSync(hiddenPath) ? readJson(hiddenPath) : null);
  if (!drift) return;
  console.log(`setup: ${drift}: running npm ci…`);
  try {
    execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  } catch {
    fail('npm ci failed (see above). Fix the error and run npm test again.');
  }
}

function ensureDebianTools() {
  const missing = toolsFor().filter((t) => !existsSync(t.bin));
  if (!missing.length) return;
  const pkgs = [...new Set(missing.map((t) => t.pkg))].join(' ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`setup: installing Debian packages: ${pkgs}…`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
        stdio: 'inherit',
      });
    } catch {
      /* reported below */
    }
  }
  const still = missing.filter((t) => !existsSync(t.bin));
  if (still.length) {
    fail(
      `missing ${still.map((t) => `${t.bin} (${t.why})`).join(', ')}.\nInstall with:\n\n` +
        `    sudo apt-get update && sudo apt-get install -y ${[...new Set(still.map((t) => t.pkg))].join(' ')}\n\n` +
        `or point CHROMIUM_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH / XVFB_PATH at existing binaries,\n` +
        `or run the suite in fewer engines with TMJ_BROWSERS (e.g. TMJ_BROWSERS=chromium npm test).`,
    );
  }
}

/** Unpacks Debian's wordpress package into WORDPRESS_ROOT's folder when it isn't there (root with apt only). */
function ensureWordPress() {
  if (existsSync(join(WORDPRESS_ROOT, 'wp-includes/shortcodes.php'))) return;
  const cache = resolve(WORDPRESS_ROOT, '../../..');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('setup: unpacking Debian\'s wordpress package for the WordPress recipe test…');
    try {
      mkdirSync(cache, { recursive: true });
      // apt's sandbox user can't write into a root-owned folder; the download is still apt's, checked by apt.
      execSync('apt-get download -qq wordpress 2>/dev/null || (apt-get update -qq && apt-get download -qq wordpress)', { cwd: cache, stdio: 'inherit' });
      execSync('for f in wordpress_*.deb; do dpkg-deb -x "$f" . && rm -f "$f"; done', { cwd: cache, stdio: 'inherit', shell: '/bin/sh' });
    } catch {
      /* reported below */
    }
  }
  if (!existsSync(join(WORDPRESS_ROOT, 'wp-includes/shortcodes.php'))) {
    fail(`missing WordPress's wp-includes in ${WORDPRESS_ROOT} (the WordPress recipe test).\nUnpack Debian's package there:\n\n` +
      `    mkdir -p ${cache} && cd ${cache} && apt-get download wordpress && dpkg-deb -x wordpress_*.deb .\n\nor set WORDPRESS_ROOT to a WordPress folder.`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  checkNode();
  ensureNodeModules();
  ensureDebianTools();
  ensureWordPress();
}
