// The published package as a user gets it: `npm pack` the built tree, install the tarball into a scratch app
// with npm, import it in Node and in Chromium, and type-check the app against the shipped declarations.
// Runs after `npm run build` (npm test builds first; `prepack` builds when publishing).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../../.ci/chromium.mjs';
import { readGraph } from '../../.ci/bench/graph.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TSC = join(root, 'node_modules/typescript/bin/tsc');

let dir;
let app;
let tarball;
let files;

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'tmj-pack-'));
  // --ignore-scripts: the tree is already built (prepack would rebuild it); what is packed is what `files` says.
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  tarball = join(dir, packed[0].filename);
  files = new Set(packed[0].files.map((f) => f.path));
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  // The dependencies come from the npm cache when the repository's own install put them there.
  npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], app);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball has the licence, the manifest and every file the exports map and the manifest name', () => {
  assert.equal(pkg.scripts.prepack, 'npm run build', 'prepack builds, so publishing from a clean clone ships dist/ and cdn/');
  for (const f of ['LICENSE', 'README.md', 'package.json', 'custom-elements.json']) assert.ok(files.has(f), `${f} is packed`);
  assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /MIT License/, 'LICENSE is the MIT text package.json names');
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const targets = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of targets) {
      if (path.includes('*')) continue;
      assert.ok(files.has(path.replace(/^\.\//, '')), `exports["${entry}"] → ${path} is in the tarball`);
    }
  }
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/teams-meeting-join/custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules) {
    assert.ok(files.has(mod.path), `manifest module ${mod.path} is shipped`);
    for (const ex of mod.exports ?? []) {
      if (ex.declaration?.module) assert.ok(files.has(ex.declaration.module), `${mod.path}: export ${ex.name} points at ${ex.declaration.module}, which is shipped`);
    }
  }
  assert.ok(![...files].some((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('build/')), 'no sources, tests or intermediate build in the tarball');
});

test('the emulator session is reachable only from the development-only subpath', () => {
  const installed = join(app, 'node_modules/teams-meeting-join');
  const devOnly = (f) => /(^|\/)(session\/)?emulator[-/]/.test(f) || f.startsWith('dev/');
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string' || !target.import?.endsWith('.js')) continue;
    const graph = readGraph(join(installed, 'dist'), target.import.replace(/^\.\/dist\//, ''), { devEntries: false });
    const emulator = [...graph.files.keys()].filter((f) => f.startsWith('session/emulator/'));
    if (entry.startsWith('./dev/')) assert.ok(emulator.length > 0, `${entry} brings the emulator session`);
    else assert.deepEqual(emulator, [], `${entry} (${target.import}) does not reach the emulator session`);
  }
  const cdn = readGraph(join(installed, 'cdn'));
  const fromPasted = new Set();
  const stack = ['teams-meeting-join.js'];
  while (stack.length) {
    const f = stack.pop();
    if (fromPasted.has(f)) continue;
    fromPasted.add(f);
    const node = cdn.files.get(f);
    if (node) stack.push(...node.staticImports, ...node.dynamicImports);
  }
  assert.ok(![...fromPasted].some((f) => cdn.files.get(f)?.tags.has('emulator-session')), 'the pasted script never loads the emulator chunk');
  assert.ok([...cdn.files.values()].some((f) => f.tags.has('emulator-session') && devOnly(f.file)), 'cdn/dev/emulator.js reaches it');
});

test('the installed package imports in Node (main, element class, dev subpath)', () => {
  const script = `
    const main = await import('teams-meeting-join');
    const { TeamsMeetingJoin } = await import('teams-meeting-join/element');
    await import('teams-meeting-join/dev/emulator');
    const registry = globalThis[Symbol.for('teams-meeting-join.session-importers')];
    console.log(JSON.stringify({
      defined: customElements.get('teams-meeting-join') === TeamsMeetingJoin,
      mainExports: Object.keys(main),
      emulatorRegistered: typeof registry?.emulator === 'function',
    }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }));
  assert.ok(out.defined, 'importing the main entry defines <teams-meeting-join> with the class from /element');
  assert.deepEqual(out.mainExports, [], 'the main entry has no value exports (types only), so the pasted script stays one file');
  assert.ok(out.emulatorRegistered, 'teams-meeting-join/dev/emulator registers the emulator session');
});

test('a TypeScript app type-checks against the shipped declarations (and a wrong type is an error)', () => {
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['*.ts'],
    }),
  );
  writeFileSync(
    join(app, 'main.ts'),
    `import 'teams-meeting-join';
import type { TmjJoinedDetail, TmjErrorDetail, TokenProvider, JoinPhase } from 'teams-meeting-join';
import { TeamsMeetingJoin } from 'teams-meeting-join/element';

const el = document.createElement('teams-meeting-join');
const same: TeamsMeetingJoin = el;
el.meetingLink = 'https://teams.microsoft.com/l/meetup-join/x';
el.noChat = true;
const provider: TokenProvider = async () => ({ token: 't', expiresOn: new Date() });
el.tokenProvider = provider;
el.addEventListener('tmj-joined', (e) => {
  const detail: TmjJoinedDetail = e.detail;
  console.log(detail.displayName.toUpperCase());
});
el.addEventListener('tmj-error', (e) => {
  const detail: TmjErrorDetail = e.detail;
  console.log(detail.code, detail.message);
});
const phase: JoinPhase = el.phase;
void el.join();
console.log(same, phase);
`,
  );
  execFileSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });

  writeFileSync(join(app, 'wrong.ts'), `import 'teams-meeting-join';\nconst el = document.createElement('teams-meeting-join');\nel.noChat = 'yes';\n`);
  let output = '';
  try {
    execFileSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  } catch (error) {
    output = String(error.stdout);
  }
  rmSync(join(app, 'wrong.ts'));
  assert.match(output, /wrong\.ts.*TS2322/, 'assigning a string to the boolean noChat is a type error: the declarations are really read');
});

test('bundled from the installed package, the element renders its pre-join screen in Chromium', async () => {
  writeFileSync(join(app, 'browser.js'), `import 'teams-meeting-join';\n`);
  const out = join(dir, 'out');
  await build({ entryPoints: [join(app, 'browser.js')], bundle: true, format: 'esm', outdir: out, splitting: true, logLevel: 'error', absWorkingDir: app });
  writeFileSync(
    join(out, 'index.html'),
    `<!doctype html><meta charset="utf-8"><script type="module" src="./browser.js"></script>
<teams-meeting-join meeting-link="https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0" token-url="/t" style="height:480px"></teams-meeting-join>`,
  );
  assert.ok(existsSync(join(out, 'browser.js')), 'esbuild bundled the app');
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const path = join(out, new URL(req.url, 'http://x').pathname.replace(/^\/$/, '/index.html'));
    if (!path.startsWith(out) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': path.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(readFileSync(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const button = page.locator('teams-meeting-join').locator('[part~="join-button"]');
    await button.waitFor({ timeout: 20000 });
    assert.match(await button.innerText(), /join/i, 'the join button is rendered from the installed package');
    // Without the development-only module, the emulator attribute fails with its own message instead of a hang.
    await page.evaluate(() => {
      const el = document.querySelector('teams-meeting-join');
      el.setAttribute('emulator', 'http://localhost:9');
      el.setAttribute('display-name', 'Pack Test');
    });
    const errors = page.evaluate(() => new Promise((resolve) => document.addEventListener('tmj-error', (e) => resolve(e.detail), { once: true })));
    await button.click();
    const detail = await errors;
    assert.equal(detail.code, 'emulator-not-loaded', 'tmj-error names the missing development module');
    const shown = page.locator('teams-meeting-join').locator('[part~="error"][data-code="emulator-not-loaded"]');
    assert.match(await shown.innerText(), /development tool/, 'the widget shows the localized explanation');
  } finally {
    await browser.close();
    server.close();
  }
});

test('the framework subpaths type-check against real React, Preact, Solid, Vue and Svelte types (and reject wrong values)', () => {
  // The frameworks' own packages, linked from the repository's install (a user has them in their app).
  for (const name of ['react', 'react-dom', '@types/react', '@lit/react', 'preact', 'solid-js', 'vue', 'svelte', '@vue', 'csstype']) {
    const target = join(app, 'node_modules', name);
    if (existsSync(target)) continue;
    mkdirSync(join(target, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), target);
  }
  const fw = join(app, 'frameworks');
  mkdirSync(fw, { recursive: true });
  writeFileSync(
    join(fw, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, jsx: 'react-jsx', types: [] },
      include: ['*.ts', '*.tsx'],
    }),
  );
  // Every `@ts-expect-error` must meet an error: declarations typed `any` (or missing) fail the check as surely
  // as wrong ones, because an unused @ts-expect-error is itself an error.
  writeFileSync(
    join(fw, 'react.tsx'),
    `import { useRef } from 'react';
import { TeamsMeetingJoin, type TeamsMeetingJoinElement } from 'teams-meeting-join/react';
export function App() {
  const ref = useRef<TeamsMeetingJoinElement>(null);
  void ref.current?.join();
  return (
    <>
      <TeamsMeetingJoin ref={ref} meetingLink="https://teams.microsoft.com/l/meetup-join/x" tokenUrl="/t" noChat theme="dark"
        tokenProvider={async () => 'token'}
        onTmjJoined={(e) => e.detail.displayName.toUpperCase()} onTmjLeft={(e) => e.detail.reason} onTmjStateChange={(e) => e.detail.state}
        onTmjError={(e) => e.detail.code} onTmjComplianceChange={(e) => e.detail.recording} onTmjConsent={(e) => e.detail.granted}
        onTmjChatMessage={(e) => e.detail.content} onTmjRequestLeave={(e) => e.preventDefault()} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <TeamsMeetingJoin theme="blue" />
      {/* @ts-expect-error noChat is a boolean */}
      <TeamsMeetingJoin noChat="yes" />
      {/* @ts-expect-error the detail of tmj-joined has no code */}
      <TeamsMeetingJoin onTmjJoined={(e) => e.detail.code} />
    </>
  );
}
`,
  );
  writeFileSync(
    join(fw, 'preact.tsx'),
    `/** @jsxImportSource preact */
import type {} from 'teams-meeting-join/preact';
export const ok = <teams-meeting-join meeting-link="https://teams.microsoft.com/l/meetup-join/x" token-url="/t" no-chat theme="auto" noVideo={false}
  ontmj-joined={(e) => e.detail.displayName.toUpperCase()} ontmj-left={(e) => e.detail.reason} />;
// @ts-expect-error theme is light, dark or auto
export const badTheme = <teams-meeting-join theme="blue" />;
// @ts-expect-error the detail of tmj-left has a reason, not a displayName
export const badDetail = <teams-meeting-join ontmj-left={(e) => e.detail.displayName} />;
`,
  );
  writeFileSync(
    join(fw, 'solid.tsx'),
    `/** @jsxImportSource solid-js */
import type {} from 'teams-meeting-join/solid';
export const ok = <teams-meeting-join meeting-link="https://teams.microsoft.com/l/meetup-join/x" token-url="/t" no-chat noVideo={false}
  prop:tokenProvider={async () => 'token'} on:tmj-error={(e) => e.detail.message} />;
// @ts-expect-error no-chat is a boolean
export const badBool = <teams-meeting-join no-chat="yes" />;
`,
  );
  writeFileSync(
    join(fw, 'vue.ts'),
    `import type {} from 'teams-meeting-join/vue';
import type { GlobalComponents } from 'vue';
type Props = InstanceType<GlobalComponents['teams-meeting-join']>['$props'];
export const ok: Props = { 'meeting-link': 'https://teams.microsoft.com/l/meetup-join/x', meetingLink: 'x', noChat: false, theme: 'dark', onTmjLeft: (e) => e.detail.reason, onTmjChatMessage: (e) => e.detail.senderDisplayName };
// @ts-expect-error theme is light, dark or auto
export const badTheme: Props = { theme: 'blue' };
// @ts-expect-error the detail of tmj-error has no displayName
export const badDetail: Props = { onTmjError: (e) => e.detail.displayName };
`,
  );
  writeFileSync(
    join(fw, 'svelte.ts'),
    `import type {} from 'teams-meeting-join/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
type Props = SvelteHTMLElements['teams-meeting-join'];
export const ok: Props = { 'meeting-link': 'x', meetingLink: 'x', noChat: false, 'no-video': true, class: 'widget', 'ontmj-joined': (e) => e.detail.displayName, 'ontmj-request-leave': (e) => e.preventDefault() };
// @ts-expect-error noScreenShare is a boolean
export const badBool: Props = { noScreenShare: 'no' };
// @ts-expect-error the detail of tmj-state-change has no reason
export const badDetail: Props = { 'ontmj-state-change': (e) => e.detail.reason };
`,
  );
  let out = '';
  try {
    execFileSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: fw, encoding: 'utf8' });
  } catch (error) {
    out = String(error.stdout);
  }
  assert.equal(out, '', 'all five framework files type-check, with every expected error found');

  // And the types-only subpaths resolve to a harmless module at run time (a bundler that follows them finds one).
  const runtime = execFileSync(process.execPath, ['--input-type=module', '-e', "for (const f of ['preact','solid','vue','svelte']) console.log(f, Object.keys(await import('teams-meeting-join/' + f)).length);"], { cwd: app, encoding: 'utf8' });
  assert.equal(runtime.trim(), 'preact 0\nsolid 0\nvue 0\nsvelte 0');
});

test('IDE data ships where package.json says: web-types, VS Code html and css custom data', () => {
  const installed = join(app, 'node_modules/teams-meeting-join');
  const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const webTypes = JSON.parse(readFileSync(join(installed, installedPkg['web-types']), 'utf8'));
  assert.equal(webTypes.contributions.html.elements[0].name, 'teams-meeting-join');
  for (const f of ['vscode.html-custom-data.json', 'vscode.css-custom-data.json']) {
    const data = JSON.parse(readFileSync(join(installed, 'dist/integrations', f), 'utf8'));
    assert.equal(data.version, 1.1, `${f} is custom data 1.1`);
  }
  const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('teams-meeting-join/vscode.html-custom-data.json'))"], { cwd: app, encoding: 'utf8' });
  assert.match(resolved, /dist\/integrations\/vscode\.html-custom-data\.json/, 'the exports map names it');
});
