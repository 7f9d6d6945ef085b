// Two outputs from one TypeScript compile (tsc writes build/esm and the .d.ts files into dist/):
//  - dist/: the npm build. One file per module, every dependency external, so a consumer's bundler
//    dedupes lit and code-splits the SDKs itself.
//  - cdn/:  the script-tag build. cdn/teams-meeting-join.js is the one file a site pastes; everything it
//    imports lazily (in-call UI, sessions, the ACS SDKs) becomes a chunk beside it. Chunks are plain ES
//    module imports relative to the importing file, so the folder works wherever it is hosted.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { catalogInputs, catalogs, inlineOwnDecorators, minifyTemplates, modulepreloadHints, slimDecorateHelper, slimLit } from './.ci/build-plugins.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Peer dependencies (react, @lit/react: only the optional React wrapper imports them) stay external too.
const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isExternal = (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));

// The calling SDK ships as one pre-minified 7.4 MB bundle. Re-minifying it costs minutes and gains
// nothing, so terser skips any chunk that contains it.
const minify = () => {
  const t = terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });
  return {
    ...t,
    name: 'minify-own-chunks',
    renderChunk(code, chunk, options, meta) {
      if (Object.keys(chunk.modules).some((m) => m.includes('communication-calling'))) return null;
      return t.renderChunk.call(this, code, chunk, options, meta);
    },
  };
};

// __TMJ_PACKAGED__: the emulator session leaves the default entry points (src/session/loader.ts); only the
// development-only dev/emulator entry brings it.
// tsc writes its decorator helper into every module that uses decorators (10 copies). One shared copy instead:
// a few dozen bytes of the size-budgeted pasted script and of each lazy chunk. (Without tsc's
// Reflect.decorate branch, which only reflect-metadata pages take and which does the same as the loop.)
const DECORATE_ID = '\0tmj-decorate';
const sharedDecorate = () => ({
  name: 'shared-decorate',
  resolveId: (id) => (id === DECORATE_ID ? id : null),
  load: (id) =>
    id === DECORATE_ID
      ? `export function __decorate(decorators, target, key, desc) {
  var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
  for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
  return c > 3 && r && Object.defineProperty(target, key, r), r;
}`
      : null,
  transform(code, id) {
    if (!id.includes('/build/esm/')) return null;
    const helper = /^var __decorate = \(this && this\.__decorate\) \|\| function \(decorators, target, key, desc\) \{\n[\s\S]*?\n\};\n/m;
    if (!helper.test(code)) return null;
    return { code: code.replace(helper, `import { __decorate } from ${JSON.stringify(DECORATE_ID)};\n`), map: null };
  },
});

const replaceDev = (dev) =>
  replace({ preventAssignment: true, values: { __TMJ_DEV__: JSON.stringify(dev), __TMJ_PACKAGED__: 'true' } });

// The page MSAL's authority redirects to (src/m365-redirect.ts): beside the pasted script, as the default
// `aad-redirect-uri` expects.
const redirectPage = () => ({
  name: 'm365-redirect-page',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'm365-redirect.html',
      source: '<!doctype html><html lang="en"><meta charset="utf-8"><title>Signing in…</title><body>Signing in…<script type="module" src="./m365-redirect.js"></script></body></html>\n',
    });
  },
});

export default [
  {
    // The catalogs are inputs too: nothing imports them by a literal path (see catalogs() in .ci/build-plugins.mjs).
    input: ['build/esm/teams-meeting-join.js', 'build/esm/dev/emulator.js', 'build/esm/react/index.js', ...Object.values(catalogInputs('build/esm', { english: true }))],
    external: isExternal,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'build/esm',
    },
    plugins: [replaceDev(false)],
  },
  {
    input: {
      'teams-meeting-join': 'build/esm/teams-meeting-join.js',
      'dev/emulator': 'build/esm/dev/emulator.js',
      ...catalogInputs('build/esm'),
      // MSAL's redirect bridge for Microsoft 365 sign-in (loaded only by cdn/m365-redirect.html).
      'm365-redirect': 'build/esm/m365-redirect.js',
    },
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: false,
      generatedCode: { preset: 'es2015', constBindings: true },
    },
    plugins: [
      replaceDev(false),
      sharedDecorate(),
      catalogs(),
      nodeResolve({
        browser: true,
        preferBuiltins: false,
        exportConditions: ['browser', 'module', 'import', 'default'],
      }),
      commonjs(),
      slimLit(),
      minifyTemplates(),
      inlineOwnDecorators(),
      slimDecorateHelper(),
      minify(),
      redirectPage(),
      modulepreloadHints(),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  },
];
