// Starts the example token backend (demo/token-server-example/server.mjs) as its own process, as a site would run
// it, with a fake ACS connection string (Azure is never reached) and the given extra environment. Resolves with
// the port it listens on and the process (to read its output); the process is killed when the test ends.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../../demo/token-server-example/server.mjs', import.meta.url));

export async function startExampleBackend(/** @type {import('node:test').TestContext} */ t, /** @type {Record<string, string>} */ env) {
  const child = spawn(process.execPath, [script], {
    env: {
      ...process.env,
      // Fake connection string: the client is constructed but never reaches Azure.
      ACS_CONNECTION_STRING: 'endpoint=https://example.invalid/;accesskey=ZmFrZWtleQ==',
      ALLOWED_ORIGINS: 'https://www.site.example',
      PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.after(() => child.kill());
  const port = await /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => {
        const m = /on :(\d+)/.exec(String(d));
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
    })
  );
  return { port, child };
}
