// Pages the benchmark opens, and the instrumentation injected into them before any page script runs.

/** A Teams-shaped link the parser accepts; nothing is ever contacted (no join happens on these pages). */
export const BENCH_MEETING_LINK =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_QmVuY2htYXJrIG1lZXRpbmcgZm9yIHRlYW1zLW1lZXRpbmctam9p%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%224a1c6b3e-2f5d-4c8e-9b7a-1d2e3f4a5b6c%22%7d';

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The one page shell every bench page uses (pre-join, blank, floor): the head a site has, module scripts, a body.
 * @param {{ title: string, scripts: string[], body?: string, viewport?: boolean }} options
 */
export function benchPage({ title, scripts, body = '', viewport = true }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${viewport ? '<meta name="viewport" content="width=device-width, initial-scale=1">\n' : ''}<title>${escapeAttr(title)}</title>
${scripts.map((src) => `<script type="module" src="${escapeAttr(src)}"></script>\n`).join('')}</head>
<body>
${body ? `${body}\n` : ''}</body>
</html>
`;
}

/**
 * Exactly what a site pastes: the module script and the element, nothing else.
 * @param {{ scriptSrc: string, meetingLink: string, tokenUrl: string, emulator?: string, displayName?: string }} options
 */
export function prejoinPage({ scriptSrc, meetingLink, tokenUrl, emulator, displayName }) {
  const extra = `${emulator ? ` emulator="${escapeAttr(emulator)}"` : ''}${displayName ? ` display-name="${escapeAttr(displayName)}"` : ''}`;
  return benchPage({
    title: 'Pre-join benchmark',
    scripts: emulator ? [scriptSrc, scriptSrc.replace(/[^/]*$/, 'dev/emulator.js')] : [scriptSrc],
    body: `<teams-meeting-join meeting-link="${escapeAttr(meetingLink)}" token-url="${escapeAttr(tokenUrl)}"${extra}></teams-meeting-join>`,
  });
}

/** The pasted script without an element (nothing prefetches): for timing imports and for the memory loop. */
export function blankPage({ scriptSrc }) {
  return benchPage({ title: 'Benchmark', scripts: [scriptSrc], viewport: false });
}

/**
 * Injected with `addInitScript` (runs before the page's own scripts). Installs `window.__tmjBench`:
 * - every MediaStreamTrack handed out by getUserMedia (or cloned) and every AudioContext, to count what is still
 *   live at the end;
 * - `joinButtonAt`: performance.now() when the join button first exists in the element's shadow DOM
 *   (checked after each Lit update of the host and the pre-join element, and on every animation frame).
 * @param {{ disableIdle?: boolean }} options
 */
export function benchInit(options) {
  const B = {
    joinButtonAt: /** @type {number | null} */ (null),
    tracks: /** @type {MediaStreamTrack[]} */ ([]),
    audioContexts: /** @type {BaseAudioContext[]} */ ([]),
    errors: /** @type {string[]} */ ([]),
  };
  Object.defineProperty(window, '__tmjBench', { value: B });
  if (options && options.disableIdle) {
    // Without requestIdleCallback the element only prefetches on intent (focus/hover/press of Join).
    window.requestIdleCallback = /** @type {any} */ (undefined);
  }
  const media = navigator.mediaDevices;
  if (media && media.getUserMedia) {
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      for (const track of stream.getTracks()) B.tracks.push(track);
      return stream;
    };
  }
  const clone = MediaStreamTrack.prototype.clone;
  MediaStreamTrack.prototype.clone = function () {
    const track = clone.call(this);
    B.tracks.push(track);
    return track;
  };
  if (typeof AudioContext === 'function') {
    const Original = AudioContext;
    // eslint-disable-next-line no-global-assign
    window.AudioContext = class extends Original {
      constructor(...args) {
        super(...args);
        B.audioContexts.push(this);
      }
    };
  }
  B.liveTracks = () => B.tracks.filter((t) => t.readyState === 'live').length;
  B.openAudioContexts = () => B.audioContexts.filter((c) => c.state !== 'closed').length;
  B.released = { tracks: 0, audioContexts: 0 };
  /**
   * Drops the instrumentation's own references (after counting): a track or AudioContext kept here would keep
   * its listeners' closures, and through them removed elements, alive, and the heap figures would be ours.
   */
  B.release = () => {
    B.released.tracks += B.tracks.length;
    B.released.audioContexts += B.audioContexts.length;
    B.tracks.length = 0;
    B.audioContexts.length = 0;
  };
  /** querySelector that descends into open shadow roots. */
  B.deep = (root, selector) => {
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      const found = node.querySelector(selector);
      if (found) return found;
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) stack.push(el.shadowRoot);
    }
    return null;
  };
  B.joinButton = (host) => {
    const h = host || document.querySelector('teams-meeting-join');
    return h && h.shadowRoot ? B.deep(h.shadowRoot, '[part~="join-button"]') : null;
  };
  const check = () => {
    if (B.joinButtonAt === null && B.joinButton()) B.joinButtonAt = performance.now();
    return B.joinButtonAt !== null;
  };
  const frame = () => {
    if (!check() && performance.now() < 30000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  customElements.whenDefined('teams-meeting-join').then(async () => {
    const host = /** @type {any} */ (document.querySelector('teams-meeting-join'));
    for (let i = 0; host && i < 20 && !check(); i++) {
      await host.updateComplete;
      const prejoin = /** @type {any} */ (host.shadowRoot && host.shadowRoot.querySelector('tmj-prejoin'));
      if (prejoin) {
        await customElements.whenDefined('tmj-prejoin');
        await prejoin.updateComplete;
      }
      if (check()) break;
      await new Promise((r) => setTimeout(r, 0));
    }
  });
  addEventListener('error', (e) => B.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => B.errors.push(String(e.reason && e.reason.message ? e.reason.message : e.reason)));
}
