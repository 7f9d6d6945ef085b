// Prints the size of the lazy in-call chunk (call view + gallery + controls + chat + H5a's banner/people/notices
// + sanitiser + English strings), minified and gzipped, with lit and dompurify counted separately.
// Run: node test/components/call-view/chunk-size.mjs   (figures only; nothing is asserted)
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

async function size(external) {
  const result = await build({
    entryPoints: ['src/components/call-view/call-view.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    splitting: true,
    outdir: 'out',
    external,
    define: { __TMJ_DEV__: 'false' },
    logLevel: 'silent',
  });
  const main = result.outputFiles.find((f) => f.path.endsWith('call-view.js'));
  const all = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const raw = all.reduce((n, f) => n + f.contents.length, 0);
  return {
    mainRaw: main.contents.length,
    mainGzip: gzipSync(main.contents).length,
    raw,
    lazyLangs: all.length - 1,
  };
}

const own = await size(['lit', 'lit/*', '@lit/*', 'dompurify']);
const withPurify = await size(['lit', 'lit/*', '@lit/*']);
const full = await size([]);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`in-call chunk (all 7 in-call elements, en strings; lit + dompurify external): ${kb(own.mainRaw)} min, ${kb(own.mainGzip)} gzip`);
console.log(`  + dompurify:                                                                 ${kb(withPurify.mainRaw)} min, ${kb(withPurify.mainGzip)} gzip`);
console.log(`  + lit (as if nothing were shared with the host script):                      ${kb(full.mainRaw)} min, ${kb(full.mainGzip)} gzip`);
console.log(`lazy language chunks (fr, de and shared pieces): ${own.lazyLangs}`);
