/**
 * Whether the page's Content Security Policy lets the ACS effects package run, asked before starting it.
 *
 * Measured in Chromium 156 with `@azure/communication-calling-effects` 1.3.2 on a `LocalVideoStream` (README
 * "Content Security Policy"): the package compiles its segmentation wasm (`script-src 'wasm-unsafe-eval'`), fetches
 * the wasm from `data:` and `blob:` URLs (`connect-src data: blob:`) and runs it in a worker built from a `blob:` URL
 * with a plain string (`worker-src blob:`; under `require-trusted-types-for 'script'` that `new Worker(string)` is
 * refused unless the page has a Trusted Types `default` policy). Refused, the SDK still reports the effect as
 * started while the camera stream carries no frames at all — so the widget asks first and never starts it.
 *
 * Each probe does what the package does, on a few bytes; a refusal is the missing source. Where everything is
 * allowed, the probes cause no CSP report.
 */

/** A valid empty wasm module (magic + version). */
const EMPTY_WASM = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

async function refused(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return false;
  } catch {
    return true;
  }
}

/** A worker from a `blob:` URL, created with a string as the package does, that must answer once. */
function blobWorker(): Promise<void> {
  const url = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
  return new Promise<void>((resolve, reject) => {
    let worker: Worker | undefined;
    const done = (ok: boolean) => {
      clearTimeout(timer);
      worker?.terminate();
      URL.revokeObjectURL(url);
      if (ok) resolve();
      else reject(new Error('worker refused'));
    };
    const timer = setTimeout(() => done(false), 5000);
    try {
      worker = new Worker(url);
    } catch {
      done(false);
      return;
    }
    worker.onmessage = () => done(true);
    worker.onerror = () => done(false);
  });
}

async function fetchBlob(): Promise<void> {
  const url = URL.createObjectURL(new Blob(['x']));
  try {
    await fetch(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The policy sources the page lacks for ACS background effects (empty: nothing missing). Never throws.
 * `trusted-types` stands for "a Trusted Types `default` policy, or no `require-trusted-types-for`".
 */
export async function missingEffectsPolicy(): Promise<string[]> {
  const missing: string[] = [];
  if (await refused(async () => new WebAssembly.Module(EMPTY_WASM))) missing.push("script-src 'wasm-unsafe-eval'");
  if (await refused(() => fetch('data:application/octet-stream;base64,AA=='))) missing.push('connect-src data:');
  if (await refused(fetchBlob)) missing.push('connect-src blob:');
  if (await refused(blobWorker)) missing.push('worker-src blob: (and, under require-trusted-types-for, a Trusted Types default policy)');
  return missing;
}
