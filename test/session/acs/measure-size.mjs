// Run from the repo root: node test/session/acs/measure-size.mjs
// Prints the size of the ACS session chunk without the SDKs, and of each SDK chunk (minified, gzip).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
async function measure(name, entry, external = []) {
  const r = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, minify: true, external, define: { __TMJ_DEV__: 'false' }, logLevel: 'silent' });
  const code = r.outputFiles[0].contents;
  console.log(`${name}: ${kb(code.length)} min, ${kb(gzipSync(code).length)} gzip`);
}
await measure('acs session (SDKs external)', 'src/session/acs/acs-session.ts', ['@azure/communication-calling', '@azure/communication-chat', '@azure/communication-common', './calling-sdk.js', '../chat/index.js']);
await measure('acs session + communication-common', 'src/session/acs/acs-session.ts', ['@azure/communication-calling', '@azure/communication-chat', './calling-sdk.js', '../chat/index.js']);
await measure('chat controller (Chat SDK external)', 'src/session/chat/index.ts', ['@azure/communication-chat', '@azure/communication-common']);
await measure('chat controller + Chat SDK', 'src/session/chat/index.ts');
