// One place for WebKit: Debian's WebKitGTK MiniBrowser driven through WebKitWebDriver. It has no headless
// mode, so it runs on a private Xvfb display. `startWebKitDriver()` starts both (a free display, a free
// port) and returns `stop()`; every caller stops them in `finally`, and an exit hook stops whatever is left
// if the process ends another way (an uncaught error, Ctrl+C), so no Xvfb or driver outlives a test run.
// Debian's WebKitGTK is built without WebRTC (no RTCPeerConnection): calls cannot be tested in it here.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const XVFB_PATH = process.env.XVFB_PATH || '/usr/bin/Xvfb';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** WebDriver capabilities for MiniBrowser with mock cameras/microphones (permission granted automatically). */
export const WEBKIT_CAPABILITIES = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': {
    binary: MINIBROWSER_PATH,
    args: ['--automation', '--enable-mock-capture-devices=true'],
  },
  // webdriverio 9 would otherwise ask for WebDriver BiDi, which WebKitWebDriver does not speak.
  'wdio:enforceWebDriverClassic': true,
};

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const child of running) child.kill('SIGKILL');
    running.clear();
  };
  process.once('exit', killAll);
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(signal, () => {
      killAll();
      // Leave the exit to the runner when it handles the signal itself (it stops its browsers first).
      if (process.listenerCount(signal) === 0) process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function track(/** @type {import('node:child_process').ChildProcess} */ child) {
  hookExit();
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

async function stopChild(/** @type {import('node:child_process').ChildProcess} */ child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited;
  clearTimeout(timer);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with that display number. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      }),
    );
    let out = '';
    let err = '';
    child.stderr?.on('data', (d) => (err += d));
    /** @type {import('node:stream').Readable} */ (child.stdio[3]).on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, display: `:${out.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${err.trim()}`)));
  });
}

async function waitForDriver(/** @type {number} */ port, /** @type {import('node:child_process').ChildProcess} */ child) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/status`);
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s`);
}

/**
 * Starts Xvfb and WebKitWebDriver. Resolves with the driver's port and `stop()`, which ends both (always
 * call it, in `finally`).
 * @returns {Promise<{ port: number, display: string, stop: () => Promise<void> }>}
 */
export async function startWebKitDriver() {
  for (const bin of [XVFB_PATH, WEBKIT_DRIVER_PATH, MINIBROWSER_PATH]) {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run node .ci/setup.mjs (installs webkit2gtk-driver and xvfb)`);
  }
  const xvfb = await startXvfb();
  let driver;
  try {
    const port = await freePort();
    driver = track(
      spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
        env: { ...process.env, DISPLAY: xvfb.display },
        stdio: 'ignore',
      }),
    );
    await waitForDriver(port, driver);
    const d = driver;
    return {
      port,
      display: xvfb.display,
      stop: async () => {
        await stopChild(d);
        await stopChild(xvfb.child);
      },
    };
  } catch (error) {
    if (driver) await stopChild(driver);
    await stopChild(xvfb.child);
    throw error;
  }
}
