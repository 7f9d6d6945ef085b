import { existsSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';

// Rollup plugins for the script-tag build (cdn/), both about the bytes of the size-budgeted pasted script.
//
// minifyTemplates(): shrinks the text of our own lit `css`…`` and `html`…`` templates,
// which terser leaves alone (they are string literals to it). Only whitespace and CSS comments go; nothing
// that a browser would read differently:
//  - css: comments removed; whitespace runs collapsed to one space, dropped next to `{ } ; , >` and after `:`
//    (`>` is only a child combinator or a media-range comparison in our styles, where spaces are optional), and the
//    last `;` of a block dropped
//    (never before `:` — `.a :focus` and `.a:focus` are different selectors); `calc(a - b)` keeps its spaces.
//  - html: a whitespace run that holds a line break becomes one line break (HTML collapses such runs to one
//    space when it renders text, and attribute values are separated by whitespace either way). Runs without a
//    line break are kept as written, so `a b` inside text stays.
// Template parts are rewritten one by one; `${…}` expressions are untouched. Only files under build/esm (our
// compiled sources) are transformed; dependencies ship as their authors minified them.

const CSS_TAG = 'css';
const HTML_TAG = 'html';

/** @param {string} text one static part of a css`` template (between expressions) */
export function minifyCssPart(text, { first, last }) {
  let out = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  out = out.replace(/ ?([{};,>]) ?/g, '$1').replace(/: /g, ':').replace(/;}/g, '}');
  if (first) out = out.replace(/^ /, '');
  if (last) out = out.replace(/ $/, '');
  return out;
}

/** @param {string} text one static part of an html`` template */
export function minifyHtmlPart(text) {
  return text.replace(/[ \t\r\f]*\n\s*/g, '\n');
}

/** @param {{ include?: (id: string) => boolean }} [options] */
export function minifyTemplates(options = {}) {
  const include = options.include ?? ((id) => /[\\/]build[\\/]esm[\\/].*\.js$/.test(id));
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(?:css|html)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      /** @type {{start: number, end: number, text: string}[]} */
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === CSS_TAG || node.tag.name === HTML_TAG)) {
          const quasis = node.quasi.quasis;
          quasis.forEach((q, i) => {
            const raw = code.slice(q.start, q.end);
            // Escapes (\`, \$, \\ …) are left exactly as written: only plain whitespace and comments change.
            const text = node.tag.name === CSS_TAG
              ? minifyCssPart(raw, { first: i === 0, last: i === quasis.length - 1 })
              : minifyHtmlPart(raw);
            if (text !== raw) edits.push({ start: q.start, end: q.end, text });
          });
        }
        for (const key of Object.keys(node)) {
          const value = node[key];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(ast);
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * TypeScript's `__decorate` helper (experimentalDecorators) is ~330 bytes per module and handles class,
 * method and parameter decorators too. Our elements only decorate fields, which TypeScript always calls as
 * `__decorate([…], X.prototype, "name", void 0)`. When every call in a module has exactly that shape, the
 * helper is replaced by one that does the same for that shape: decorators applied last to first, a returned
 * descriptor kept and defined at the end (lit's `@query` returns one). Any other use keeps TypeScript's helper.
 */
export function slimDecorateHelper(options = {}) {
  const include = options.include ?? ((id) => /[\\/]build[\\/]esm[\\/].*\.js$/.test(id));
  const HELPER = /var __decorate = \(this && this\.__decorate\) \|\| function \(decorators, target, key, desc\) \{[\s\S]*?\n\};\n/;
  const SLIM =
    'var __decorate = (decorators, target, key) => { let r; for (let i = decorators.length; i--;) r = decorators[i](target, key, r) || r; if (r) Object.defineProperty(target, key, r); };\n';
  return {
    name: 'slim-decorate-helper',
    transform(code, id) {
      if (!include(id) || !HELPER.test(code)) return null;
      let fieldsOnly = true;
      const visit = (node) => {
        if (!fieldsOnly || !node || typeof node.type !== 'string') return;
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === '__decorate') {
          const [list, target, key, desc] = node.arguments;
          const ok =
            node.arguments.length === 4 &&
            list.type === 'ArrayExpression' &&
            target.type === 'MemberExpression' && target.property.type === 'Identifier' && target.property.name === 'prototype' &&
            key.type === 'Literal' && typeof key.value === 'string' &&
            desc.type === 'UnaryExpression' && desc.operator === 'void';
          if (!ok) fieldsOnly = false;
        }
        for (const k of Object.keys(node)) {
          const value = node[k];
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(this.parse(code));
      if (!fieldsOnly) return null;
      return { code: code.replace(HELPER, SLIM), map: null };
    },
  };
}

/**
 * Inlines our own field decorators (src/components/shared/decorators.ts, used by the two elements in the pasted
 * script): TypeScript compiles `@property(o) x` to `__decorate([property(o)], C.prototype, "x", void 0)`, which
 * for those decorators is exactly `C.createProperty("x", o)` (and `@state()` is
 * `C.createProperty("x", { state: true })`, lit then sets `attribute: false`). A run of such statements for one class
 * becomes one loop over an object of name → options (`void 0`: lit's defaults), so neither the helper nor the
 * decorator functions ship, and `C.createProperty(` is written once. Any other decorator or shape is left to the
 * helper.
 */
export function inlineOwnDecorators(options = {}) {
  const include = options.include ?? ((id) => /[\\/]build[\\/]esm[\\/].*\.js$/.test(id));
  const SOURCE = /[\\/]shared[\\/]decorators\.js$/;
  return {
    name: 'inline-own-decorators',
    transform(code, id) {
      if (!include(id) || !code.includes('decorators.js') || !code.includes('__decorate(')) return null;
      const ast = this.parse(code);
      /** local name → 'property' | 'state', for imports from shared/decorators.js */
      const own = new Map();
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || !SOURCE.test(String(node.source.value))) continue;
        for (const spec of node.specifiers) {
          if (spec.type === 'ImportSpecifier') own.set(spec.local.name, spec.imported.name);
        }
      }
      if (!own.size) return null;
      const edits = [];
      /** consecutive top-level declarations of one class: {cls, start, end, index, items: [name, options source][]} */
      const runs = [];
      for (const node of ast.body) {
        const call = node.type === 'ExpressionStatement' ? node.expression : undefined;
        if (!call || call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== '__decorate') continue;
        const [list, target, key, desc] = call.arguments;
        if (
          call.arguments.length !== 4 || list.type !== 'ArrayExpression' || list.elements.length !== 1 ||
          target.type !== 'MemberExpression' || target.property.type !== 'Identifier' || target.property.name !== 'prototype' ||
          target.object.type !== 'Identifier' || key.type !== 'Literal' || typeof key.value !== 'string' ||
          desc.type !== 'UnaryExpression' || desc.operator !== 'void'
        ) continue;
        const deco = list.elements[0];
        if (!deco || deco.type !== 'CallExpression' || deco.callee.type !== 'Identifier' || !own.has(deco.callee.name)) continue;
        const kind = own.get(deco.callee.name);
        let opts;
        // `state: true` makes createProperty() set `attribute: false` itself.
        if (kind === 'state' && deco.arguments.length === 0) opts = '{ state: true }';
        else if (kind === 'property' && deco.arguments.length <= 1) opts = deco.arguments[0] ? code.slice(deco.arguments[0].start, deco.arguments[0].end) : 'void 0';
        else continue;
        const index = ast.body.indexOf(node);
        const last = runs.at(-1);
        if (last && last.cls === target.object.name && last.index === index - 1) {
          last.items.push([key.value, opts]);
          last.end = node.end;
          last.index = index;
        } else runs.push({ cls: target.object.name, start: node.start, end: node.end, index, items: [[key.value, opts]] });
      }
      // One loop per run of consecutive declarations of a class, in source order (lit keeps declaration order).
      for (const run of runs) {
        const entries = run.items.map(([name, opts]) => `${JSON.stringify(name)}: ${opts}`).join(', ');
        const text = `for (const [k, o] of Object.entries({ ${entries} })) ${run.cls}.createProperty(k, o);`;
        edits.push({ start: run.start, end: run.end, text });
      }
      if (!edits.length) return null;
      edits.sort((a, b) => b.start - a.start);
      let out = code;
      for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
      return { code: out, map: null };
    },
  };
}

/**
 * Drops from lit's production build what no element of ours (pasted script or lazy chunks) can use, and shortens
 * lit's developer-error texts: about 0.35 KB gzip of the size-budgeted pasted script, which carries lit.
 *  - the ShadyCSS/ShadyDOM polyfill hooks (`reactiveElementPolyfillSupport`, `litHtmlPolyfillSupport`,
 *    `litElementPolyfillSupport`) and the SSR hydration hook (`litElementHydrateSupport`): we support only browsers
 *    with native shadow DOM (the capability check refuses others) and never server-render;
 *  - the `*Versions` globals lit pushes its version into (read only by lit's development build to warn about
 *    duplicate copies);
 *  - TC39 standard-decorator metadata (`Symbol.metadata`, `litPropertyMetadata`) and `static properties`: every
 *    element of ours declares its properties with decorators compiled under `experimentalDecorators`, which call
 *    `createProperty()` directly (lit's `standardProperty` path, which reads that metadata, never runs);
 *  - the JSON attribute converters of `type: Object` / `type: Array` properties (none of ours has one: our
 *    attributes are strings, booleans and one number);
 *  - the long texts of `css`'s two developer errors (they still throw, with a short text naming the cause);
 *  - the `<style>`-element fallback for browsers without constructable stylesheets (`adoptedStyleSheets`): every
 *    supported browser has them (Chrome/Edge 73+, Firefox 101+, Safari 16.4+; README "Supported browsers" lists only
 *    the three most recent versions), and adopted sheets are also what a strict `style-src` CSP allows.
 * Each edit names the exact text it replaces in the locked lit version and the build fails when one is not found
 * exactly once, so a lit upgrade cannot silently skip or misapply an edit.
 */
export function slimLit() {
  /** file (under node_modules) → [what, pattern, replacement] */
  const EDITS = {
    '@lit/reactive-element/css-tag.js': [
      ['adoptedStyleSheets support check', /([\w$]+)=([\w$]+)\.ShadowRoot&&\(void 0===\2\.ShadyCSS\|\|\2\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/, '$1=!0'],
      ['CSSResult error text', 'throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")', 'throw Error("CSSResult: use css")'],
      ['css value error text', `throw Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`, 'throw Error("css: not a css result: "+t)'],
    ],
    '@lit/reactive-element/reactive-element.js': [
      ['polyfill hook', /,([\w$]+)=([\w$]+)\.reactiveElementPolyfillSupport,/, ',$1=void 0,'],
      ['metadata globals', /Symbol\.metadata\?\?=Symbol\("metadata"\),[\w$]+\.litPropertyMetadata\?\?=new WeakMap;/, ''],
      ['metadata read', /const ([\w$]+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const ([\w$]+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[[\w$]+,[\w$]+\]of \2\)this\.elementProperties\.set\([\w$]+,[\w$]+\)\}/, ''],
      ['versions', /,\([\w$]+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/, ''],
      ['static properties', /,this\.hasOwnProperty\([\w$]+\("properties"\)\)\)\{const ([\w$]+)=this\.properties,([\w$]+)=\[\.\.\.[\w$]+\(\1\),\.\.\.[\w$]+\(\1\)\];for\(const ([\w$]+) of \2\)this\.createProperty\(\3,\1\[\3\]\)\}/, ',0){}'],
      ['Object/Array to attribute', /case Object:case Array:([\w$]+)=null==\1\?\1:JSON\.stringify\(\1\)/, ''],
      ['Object/Array from attribute', /case Object:case Array:try\{([\w$]+)=JSON\.parse\([\w$]+\)\}catch\([\w$]+\)\{\1=null\}/, ''],
    ],
    'lit-html/lit-html.js': [
      ['polyfill hook and versions', /,([\w$]+)=[\w$]+\.litHtmlPolyfillSupport;\1\?\.\([\w$]+,[\w$]+\),\([\w$]+\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ';'],
    ],
    'lit-element/lit-element.js': [
      ['hydrate hook', /,[\w$]+\.litElementHydrateSupport\?\.\(\{LitElement:[\w$]+\}\);/, ';'],
      ['polyfill hook', /const ([\w$]+)=[\w$]+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:[\w$]+\}\);/, ''],
      ['versions', /\([\w$]+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/, ''],
    ],
  };
  return {
    name: 'slim-lit',
    transform(code, id) {
      const norm = id.replace(/\\/g, '/');
      const file = Object.keys(EDITS).find((f) => norm.endsWith(`/node_modules/${f}`));
      if (!file) return null;
      let out = code;
      for (const [what, pattern, replacement] of EDITS[file]) {
        const count = typeof pattern === 'string' ? out.split(pattern).length - 1 : (out.match(new RegExp(pattern.source, 'g')) ?? []).length;
        if (count !== 1) this.error(`slim-lit: ${file}: "${what}" found ${count} times (expected once) — lit changed; update .ci/build-plugins.mjs`);
        out = typeof pattern === 'string' ? out.replace(pattern, () => replacement) : out.replace(pattern, replacement);
      }
      return { code: out, map: null };
    },
  };
}

// catalogs(): the string catalogs (src/i18n/<locale>/<area>.ts, see src/i18n/load.ts) are loaded through one
// template `import(`./${locale}/${area}.js`)`, which rollup cannot follow. Each non-English catalog becomes an
// entry of its own (`catalogInputs()`), written to cdn/i18n/<locale>/<area>.js, and the template is pointed
// there from whichever chunk the loader lands in (the pasted script today: `./i18n/`). English catalogs are
// imported statically by the UI that needs them, so they stay in those chunks.
const CATALOG_MARK = '__TMJ_I18N__/';

/** `{'i18n/fr/core': 'build/esm/i18n/fr/core.js', …}` for every locale folder but English. */
export function catalogInputs(esmDir, { english = false } = {}) {
  const inputs = {};
  const root = `${esmDir}/i18n`;
  if (!existsSync(root)) return inputs;
  for (const locale of readdirSync(root)) {
    if (!statSync(`${root}/${locale}`).isDirectory() || (locale === 'en' && !english)) continue;
    for (const file of readdirSync(`${root}/${locale}`)) {
      if (file.endsWith('.js')) inputs[`i18n/${locale}/${file.slice(0, -3)}`] = `${root}/${locale}/${file}`;
    }
  }
  return inputs;
}

export function catalogs() {
  return {
    name: 'catalogs',
    transform(code, id) {
      if (!/[\\/]build[\\/]esm[\\/]i18n[\\/]load\.js$/.test(id)) return null;
      const template = 'import(`./${';
      if (!code.includes(template)) this.error('src/i18n/load.ts no longer imports `./${locale}/${area}.js`');
      return { code: code.replace(template, 'import(`' + CATALOG_MARK + '${'), map: null };
    },
    renderChunk(code, chunk) {
      if (!code.includes(CATALOG_MARK)) return null;
      const rel = posix.relative(posix.dirname(chunk.fileName), 'i18n');
      return { code: code.replaceAll(CATALOG_MARK, `${rel.startsWith('.') ? rel : `./${rel}`}/`), map: null };
    },
  };
}

/**
 * Modulepreload hints for the lazy chunks (issue 14 req 2, no loading waterfall): a chunk's static imports are
 * found only once the browser has fetched and parsed it — for the 7 MB calling SDK that is a whole download
 * later. Every `import("./x.js")` in a lazy chunk (never the pasted script, which is size-budgeted) becomes
 * `(preload([...]), import("./x.js"))`, where the list is the static closure of x minus what the importing
 * chunk already has loaded; `preload` adds one `<link rel="modulepreload">` per file (relative to the chunk) unless
 * the document already has one for it, so the browser fetches them in parallel with x and the head holds at
 * most one hint per file however often the import runs. Runs on the final code (after terser).
 */
export function modulepreloadHints() {
  return {
    name: 'modulepreload-hints',
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const closure = (fileName) => {
        const seen = new Set();
        const stack = [fileName];
        while (stack.length) {
          const f = stack.pop();
          if (seen.has(f) || !byName.has(f)) continue;
          seen.add(f);
          stack.push(...byName.get(f).imports);
        }
        return seen;
      };
      const dir = (f) => f.slice(0, f.lastIndexOf('/') + 1);
      const relative = (from, to) => {
        const a = dir(from).split('/').filter(Boolean);
        const b = to.split('/');
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        const up = a.length - i;
        return `${up ? '../'.repeat(up) : './'}${b.slice(i).join('/')}`;
      };
      const resolveFrom = (from, spec) => {
        const parts = dir(from).split('/').filter(Boolean);
        for (const seg of spec.split('/')) {
          if (seg === '..') parts.pop();
          else if (seg !== '.') parts.push(seg);
        }
        return parts.join('/');
      };
      for (const chunk of chunks) {
        if (chunk.fileName === 'teams-meeting-join.js') continue;
        const loaded = closure(chunk.fileName);
        chunk.code = chunk.code.replace(/(?<![\w$.])import\((["'])(\.{1,2}\/[^"']+)\1\)/g, (call, quote, spec) => {
          const target = resolveFrom(chunk.fileName, spec);
          if (!byName.has(target)) return call;
          const deps = [...closure(target)].filter((f) => f !== target && !loaded.has(f)).map((f) => relative(chunk.fileName, f));
          if (!deps.length) return call;
          // Once per file and page: the import runs again on every join, and a link appended each time stayed in
          // the document for good (3 elements per join/leave cycle, issue 10 req 3's heap slope).
          const preload = `((l,u)=>{for(const h of l){const r=new URL(h,u).href;if([...document.head.querySelectorAll("link[rel=modulepreload]")].some(e=>e.href===r))continue;const e=document.createElement("link");e.rel="modulepreload";e.href=r;document.head.append(e)}})(${JSON.stringify(deps)},import.meta.url)`;
          return `(${preload},${call})`;
        });
      }
    },
  };
}
