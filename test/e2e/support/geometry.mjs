// Geometry checks shared by the layout e2e tests and the screenshot script: what the widget draws, measured in
// the page through every open shadow root, against the host's border box.

/**
 * Everything the widget draws (every element, through open shadow roots, clipped only by its own scroll/clip
 * containers inside the widget, never by the host) that lands outside the host's border box. Visually hidden
 * helpers (clip-path) and undisplayed elements are skipped. Returns at most 10 offenders, described.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ host: { x: number, y: number, width: number, height: number }, outside: string[] }>}
 */
export function drawnOutsideHost(page, selector = 'teams-meeting-join') {
  return page.evaluate((selector) => {
    const host = /** @type {HTMLElement} */ (document.querySelector(selector));
    const h = host.getBoundingClientRect();
    /** @typedef {{ l: number, t: number, r: number, b: number }} Box */
    const inf = { l: -1e9, t: -1e9, r: 1e9, b: 1e9 };
    const cut = (/** @type {Box} */ a, /** @type {Box} */ b) => ({ l: Math.max(a.l, b.l), t: Math.max(a.t, b.t), r: Math.min(a.r, b.r), b: Math.min(a.b, b.b) });
    /** @type {string[]} */
    const outside = [];
    const describe = (/** @type {Element} */ el) => {
      const part = el.getAttribute('part');
      const root = el.getRootNode();
      const owner = root instanceof ShadowRoot ? root.host.tagName.toLowerCase() : 'page';
      return `${owner} > ${el.tagName.toLowerCase()}${part ? `[part="${part}"]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    };
    const walk = (/** @type {Element} */ el, /** @type {Box} */ clip) => {
      const cs = getComputedStyle(el);
      if (cs.display === 'none') return;
      if (cs.clipPath && cs.clipPath !== 'none') return;
      const r = el.getBoundingClientRect();
      const box = { l: r.left, t: r.top, r: r.right, b: r.bottom };
      const seen = cut(box, clip);
      const drawn = cs.visibility !== 'hidden' && cs.display !== 'contents' && seen.r - seen.l > 0.5 && seen.b - seen.t > 0.5;
      if (drawn && (seen.l < h.left - 1 || seen.t < h.top - 1 || seen.r > h.right + 1 || seen.b > h.bottom + 1) && outside.length < 10) {
        outside.push(`${describe(el)} at ${Math.round(seen.l - h.left)},${Math.round(seen.t - h.top)} ${Math.round(seen.r - seen.l)}×${Math.round(seen.b - seen.t)} (host ${Math.round(h.width)}×${Math.round(h.height)})`);
      }
      let inner = clip;
      if (cs.display !== 'contents' && (cs.overflowX !== 'visible' || cs.overflowY !== 'visible')) inner = cut(clip, box);
      if (el.shadowRoot) for (const c of el.shadowRoot.children) walk(c, inner);
      for (const c of el.children) walk(c, inner);
    };
    for (const c of host.shadowRoot?.children ?? []) walk(c, inf);
    return { host: { x: h.x, y: h.y, width: h.width, height: h.height }, outside };
  }, selector);
}

/**
 * The box of the first element matching `selectors` (one CSS selector per shadow level), or null.
 * @param {import('playwright-core').Page} page
 * @param {string[]} selectors
 */
export function deepBox(page, selectors) {
  return page.evaluate((selectors) => {
    /** @type {ParentNode | null | undefined} */
    let root = document;
    /** @type {Element | null} */
    let el = null;
    for (const s of selectors) {
      el = root?.querySelector(s) ?? null;
      if (!el) return null;
      root = el.shadowRoot ?? el;
    }
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, selectors);
}

/** Gives the demo page's widget a box: `height` (560 px), `aspect` (4:3), `none`, or `flex` (a 600 px flex column). */
export async function setBox(/** @type {import('playwright-core').Page} */ page, /** @type {'height' | 'aspect' | 'none' | 'flex'} */ mode) {
  await page.evaluate((mode) => {
    const w = /** @type {HTMLElement} */ (document.querySelector('teams-meeting-join'));
    w.style.height = mode === 'height' ? '560px' : '';
    w.style.aspectRatio = mode === 'aspect' ? '4 / 3' : '';
    if (mode === 'flex' && !w.parentElement?.classList.contains('flex-box')) {
      const box = document.createElement('div');
      box.className = 'flex-box';
      box.style.cssText = 'display: flex; flex-direction: column; height: 600px; border: 1px dashed #888';
      w.replaceWith(box);
      box.append(w);
      w.style.flex = '1 1 auto';
    }
  }, mode);
}

/** The height the sizing rules promise for `mode` at the widget's current width. */
export function expectedHeight(/** @type {string} */ mode, /** @type {number} */ width) {
  if (mode === 'height') return 560;
  if (mode === 'flex') return 600; // the flex column's 600 px content box
  const ratio = mode === 'aspect' ? 3 / 4 : 9 / 16;
  return Math.max(400, width * ratio);
}
