// The recipe apps under examples/ built with their real toolchains and used in Chromium against the meeting
// emulator: React (Vite + @vitejs/plugin-react, through `teams-meeting-join/react`), Vue 3 (Vite +
// @vitejs/plugin-vue), Svelte 5 (Vite + @sveltejs/vite-plugin-svelte), Angular 21 (@angular/build's esbuild
// application builder, AOT) and plain HTML (the package's cdn/ folder). Each consumes the package as an npm user
// gets it: `npm pack` of the built tree, unpacked into node_modules/teams-meeting-join of a scratch folder whose
// other packages are the repository's locked ones (linked). In each app a visitor joins, chats both ways and
// leaves, and the app's own framework-rendered status line shows the events reaching the framework. The same
// apps then get hostile values through the framework's own binding (query string → prop): they stay text.
// Runs after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, waitFor, widgetPhase, joinFromPrejoin } from './support/emulator.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// TMJ_EXAMPLES=react,html runs some of them (while working on one recipe); default all.
const ALL_APPS = ['react', 'vue', 'svelte', 'angular', 'html'];
const APPS = process.env.TMJ_EXAMPLES ? ALL_APPS.filter((a) => process.env.TMJ_EXAMPLES.split(',').includes(a)) : ALL_APPS;

let dir;
let env;
/** @type {Record<string, string>} URL path → file, filled as the apps are built. */
const served = {};
const built = new Set();
/** @type {Record<string, number>} */
const buildMs = {};

/** Every file under `folder`, as URL path → file, mounted at `prefix`. */
function mount(folder, prefix) {
  /** @type {Record<string, string>} */
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const f = join(d, name);
      if (statSync(f).isDirectory()) walk(f);
      else out[`${prefix}/${relative(folder, f).split(sep).join('/')}`] = f;
    }
  };
  walk(folder);
  const index = out[`${prefix}/index.html`];
  if (index) out[`${prefix}/`] = index;
  return out;
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tmj-examples-'));
  // The package as published: pack the built tree (prepack would rebuild it) and unpack it where npm would.
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'teams-meeting-join'), { recursive: true });
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', join(modules, 'teams-meeting-join'), '--strip-components=1']);
  // Its dependencies and the toolchains: the repository's installed (locked) packages, linked, not copied.
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name.startsWith('.') || name === 'teams-meeting-join') continue;
    symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  cpSync(join(root, 'examples'), join(dir, 'examples'), { recursive: true, filter: (src) => !/[/\\](dist|node_modules)$/.test(src) });

  // The server reads `served` at each request: each app's test adds its build output to it.
  env = await setup({ server: { extraStatic: served } });
});

/** Builds one recipe app with its own toolchain and serves its output under /examples/<app>/. */
async function buildApp(app) {
  const started = Date.now();
  const appRoot = join(dir, 'examples', app);
  if (app === 'angular') {
    execFileSync(process.execPath, [join(appRoot, 'build.mjs')], { cwd: appRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    Object.assign(served, mount(join(appRoot, 'dist/browser'), `/examples/${app}`));
  } else if (app === 'html') {
    // Plain HTML: the page plus the package's cdn/ folder hosted next to it, as the recipe says.
    cpSync(join(dir, 'node_modules/teams-meeting-join/cdn'), join(appRoot, 'cdn'), { recursive: true });
    Object.assign(served, mount(appRoot, `/examples/${app}`));
  } else {
    const { build } = await import('vite');
    await build({ root: appRoot, configFile: join(appRoot, 'vite.config.mjs'), logLevel: 'error', build: { outDir: join(appRoot, 'dist'), emptyOutDir: true } });
    Object.assign(served, mount(join(appRoot, 'dist'), `/examples/${app}`));
  }
  buildMs[app] = Date.now() - started;
  built.add(app);
}

after(async () => {
  console.log(`# recipe builds (ms, wall clock): ${JSON.stringify(buildMs)}`);
  await env?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The app's own status line (rendered by the framework from the widget's events). */
const status = (page) => page.getByTestId('status');

async function open(app, meeting, extra = {}) {
  const query = new URLSearchParams({ 'meeting-link': meeting.link, 'token-url': '/api/token', emulator: env.server.url, ...extra });
  const context = await env.browser.newContext({ permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.server.url}/examples/${app}/?${query}`);
  return { page, errors };
}

for (const app of APPS) {
  test(`${app} recipe: built with its toolchain, a visitor joins, chats both ways and leaves; the events reach the app`, async () => {
    await buildApp(app);
    const meeting = await env.api.createMeeting({ title: `${app} recipe`, lobby: false });
    const { page, errors } = await open(app, meeting);
    const name = `${app} visitor`;
    await status(page).filter({ hasText: 'Not joined' }).waitFor({ timeout: 20000 });
    await joinFromPrejoin(page, name);
    await status(page).filter({ hasText: `Joined as ${name}` }).waitFor({ timeout: 10000 });

    await page.getByRole('button', { name: /^Chat/ }).click();
    const text = `Hello from the ${app} recipe`;
    await page.getByPlaceholder('Type a message').fill(text);
    await page.getByPlaceholder('Type a message').press('Enter');
    await waitFor(async () => (await env.api.call('GET', `/meetings/${meeting.id}/chat`)).value.some((m) => m.content?.message === text), `the emulator to receive "${text}"`);
    await env.api.teamsChat(meeting.id, `<p>Hi <strong>${app}</strong> guest</p>`, 'Olivia Organizer');
    await page.locator('[role="log"] strong', { hasText: app }).first().waitFor({ timeout: 10000 });

    await page.getByRole('button', { name: 'Leave' }).click();
    await waitFor(async () => (await widgetPhase(page)) === 'left', `${app}: left`);
    await status(page).filter({ hasText: 'Left: left' }).waitFor({ timeout: 10000 });
    assert.deepEqual(errors, [], `${app}: no uncaught page error`);
    await page.context().close();
  });
}

test('hostile values through each framework binding stay text: markup in the name, a javascript: link refused with its own error', async () => {
  const meeting = await env.api.createMeeting({ title: 'hostile recipe values', lobby: false });
  const hostile = `"><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>{{7*7}}\${7*7}`;
  assert.deepEqual([...built].sort(), [...APPS].sort(), 'every recipe app was built by its own test');
  for (const app of APPS) {
    const { page, errors } = await open(app, meeting, { 'display-name': hostile });
    await status(page).filter({ hasText: 'Not joined' }).waitFor({ timeout: 20000 });
    const name = page.getByLabel('Your name', { exact: true });
    await name.waitFor({ timeout: 20000 });
    assert.equal(await name.inputValue(), hostile, `${app}: the display name arrives as the literal string (no template evaluation)`);
    const injected = await page.evaluate(() => ({
      pwned: /** @type {any} */ (window).__pwned,
      imgs: document.querySelectorAll('img[src="x"]').length + [...document.querySelectorAll('teams-meeting-join')].reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('img[src="x"]').length ?? 0), 0),
    }));
    assert.deepEqual(injected, { pwned: undefined, imgs: 0 }, `${app}: nothing from the value became markup or ran`);
    await page.context().close();

    const bad = await open(app, meeting, { 'meeting-link': 'javascript:alert(document.domain)' });
    await status(bad.page).filter({ hasText: 'Error: link-unsafe-scheme' }).waitFor({ timeout: 20000 });
    const shown = bad.page.locator('teams-meeting-join').locator('[part~="error"][data-code="link-unsafe-scheme"]');
    await shown.waitFor({ timeout: 10000 });
    assert.deepEqual([...errors, ...bad.errors], [], `${app}: no uncaught page error`);
    await bad.page.context().close();
  }
});
