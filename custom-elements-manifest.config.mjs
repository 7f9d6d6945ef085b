// custom-elements.json from the JSDoc (`npm run build:cem`, after the bundle so dist/ exists). The analyzer
// reads src/*.ts; this config makes the published manifest describe the published package:
//  - module paths and declaration references point at the shipped dist/*.js, not at src/*.ts;
//  - tags are registered through defineElement() (src/core/define.ts), which the analyzer doesn't know:
//    its generic `customElements.define(tag, ctor)` became a bogus `tag → ctor` definition. Real definitions
//    are read from each `defineElement('tmj-x', Class)` call instead;
//  - only modules that declare or define an element, plus the entry points, are listed (the rest is internal);
//  - custom properties inherit into every shadow tree, so the host lists every `--tmj-*` property any inner
//    element documents (its own description wins). Parts and slots of the host are documented on the host,
//    because exportparts/slot forwarding decides what is reachable (test/e2e/manifest-dom.test.mjs checks
//    them against the rendered DOM in every phase).
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

const HOST = 'teams-meeting-join';
const ENTRIES = ['src/teams-meeting-join.ts', 'src/dev/emulator.ts'];

const toDist = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

function tmjPlugin() {
  const typeOnlyExports = new Map();
  return {
    name: 'tmj-package',
    analyzePhase({ ts, node, moduleDoc }) {
      // `export type {…}` re-exports are types, not module exports a page could import.
      if (ts.isExportDeclaration(node) && node.isTypeOnly && node.exportClause && ts.isNamedExports(node.exportClause)) {
        const typeOnly = new Set(node.exportClause.elements.map((e) => e.name.text));
        typeOnlyExports.set(moduleDoc.path, new Set([...(typeOnlyExports.get(moduleDoc.path) ?? []), ...typeOnly]));
        return;
      }
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text } });
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classModule = new Map();
      const elements = [];
      for (const mod of manifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (d.kind === 'class') classModule.set(d.name, mod.path);
          if (d.customElement) elements.push(d);
        }
      }
      const defined = new Set();
      for (const mod of manifest.modules) {
        mod.exports = (mod.exports ?? []).filter((ex) => {
          if (ex.kind !== 'custom-element-definition') return true;
          // Keep only definitions whose name is a real tag of a declared element class.
          const module = classModule.get(ex.declaration?.name);
          if (!module || !/^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(ex.name)) return false;
          ex.declaration.module = module;
          defined.add(module);
          defined.add(mod.path);
          return true;
        });
      }
      manifest.modules = manifest.modules.filter(
        (mod) => ENTRIES.includes(mod.path) || defined.has(mod.path) || (mod.declarations ?? []).some((d) => d.customElement),
      );

      const host = elements.find((d) => d.tagName === HOST);
      if (host) {
        const props = new Map((host.cssProperties ?? []).map((p) => [p.name, p]));
        for (const el of elements) {
          if (el === host) continue;
          for (const p of el.cssProperties ?? []) if (!props.has(p.name)) props.set(p.name, { ...p, description: `${p.description ?? ''} (on <${el.tagName}>)`.trim() });
        }
        host.cssProperties = [...props.values()].sort((a, b) => a.name.localeCompare(b.name));
      }

      for (const mod of manifest.modules) {
        const types = typeOnlyExports.get(mod.path);
        if (types) mod.exports = (mod.exports ?? []).filter((ex) => !(ex.kind === 'js' && types.has(ex.name)));
      }
      for (const mod of manifest.modules) {
        const rewrite = (ref) => {
          if (!ref?.module) return;
          const path = ref.module.startsWith('.') ? posix.join(posix.dirname(mod.path), ref.module).replace(/\.js$/, '.ts') : ref.module;
          ref.module = toDist(path);
        };
        mod.path = toDist(mod.path);
        for (const ex of mod.exports ?? []) rewrite(ex.declaration);
        for (const d of mod.declarations ?? []) {
          // Private and protected members (`#x`, private reactive state) are not API.
          if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('#') && !m.privacy);
          rewrite(d.superclass);
          for (const m of d.members ?? []) rewrite(m.inheritedFrom);
          for (const a of d.attributes ?? []) rewrite(a.inheritedFrom);
        }
      }
      // A registration file nothing imports (call-view.ts defines the in-call elements itself) is not shipped.
      manifest.modules = manifest.modules.filter((mod) => existsSync(mod.path));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tmjPlugin()],
};
