/**
 * Moving the call into a Document Picture-in-Picture window and back (issue 16 req 5), kept out of the
 * controller: the API's shape, the move itself, and what a move across documents breaks and how it is mended.
 *
 * Moving a node into another document (Chromium's `documentPictureInPicture.requestWindow()` returns a real
 * window with its own document) keeps it — the same elements, the same `<video>` elements with their
 * `srcObject` — but:
 *  - every shadow root in the moved tree loses its adopted style sheets (all three engines empty the list on
 *    adoption), and a constructable sheet of one document cannot be adopted in another (`NotAllowedError`). So
 *    the lists are recorded before each move and given back afterwards as per-document copies (made once per
 *    sheet and document, `sheetFor`), or as the originals when the tree comes home;
 *  - a Lit element first connected in the other document (a chat panel opened in the window) would throw the
 *    same error from `createRenderRoot()` and never render: `documentAwareRenderRoot` makes our call elements'
 *    classes adopt the copies there (Lit's documented override point; the page's own Lit elements are untouched);
 *  - custom elements are disconnected and connected again: the gallery disposes its video views on disconnect,
 *    so the caller asks every moved element to update, and views are made again for the tiles on screen.
 */
import type { LitElement } from 'lit';

/** The part of the Document Picture-in-Picture API we use (https://wicg.github.io/document-picture-in-picture/). */
export interface DocumentPipApi {
  requestWindow(options?: { width?: number; height?: number }): Promise<Window>;
}

/** The API where this browser has it (Chromium desktop 116+), else undefined. */
export function documentPip(win: Window = window): DocumentPipApi | undefined {
  const api = (win as Window & { documentPictureInPicture?: Partial<DocumentPipApi> }).documentPictureInPicture;
  return api && typeof api.requestWindow === 'function' ? (api as DocumentPipApi) : undefined;
}

/** True where elements can be shown in the top layer as a popover (the in-page mini player). */
export function popoverSupported(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof (HTMLElement.prototype as Partial<HTMLElement>).showPopover === 'function';
}

/** Per document, the copy of each original sheet; and for each copy its original. */
const copies = new WeakMap<Document, WeakMap<CSSStyleSheet, CSSStyleSheet>>();
const originals = new WeakMap<CSSStyleSheet, CSSStyleSheet>();

/** `sheet` as `doc` may adopt it: the original in this page's document, else a copy made in (and for) `doc`. */
export function sheetFor(sheet: CSSStyleSheet, doc: Document): CSSStyleSheet {
  const original = originals.get(sheet) ?? sheet;
  if (doc === document) return original;
  let perDoc = copies.get(doc);
  if (!perDoc) copies.set(doc, (perDoc = new WeakMap()));
  let copy = perDoc.get(original);
  if (!copy) {
    const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    copy = new Sheet();
    copy.replaceSync(Array.from(original.cssRules, (rule) => rule.cssText).join('\n'));
    perDoc.set(original, copy);
    originals.set(copy, original);
  }
  return copy;
}

/** Every open shadow root in `root`'s tree, nested ones included (ours are all open: Lit's default). */
export function shadowRoots(root: Node): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (node: Node): void => {
    const doc = node.ownerDocument ?? document;
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.currentNode as Node | null; el; el = walker.nextNode()) {
      const shadow = (el as Element).shadowRoot;
      if (shadow) {
        out.push(shadow);
        visit(shadow);
      }
    }
  };
  visit(root);
  return out;
}

/**
 * Moves `node` to `into` (before `before`), keeping the styles of every shadow root in it: recorded first,
 * given back as sheets `into`'s document may adopt (copies there, the originals back home).
 */
export function moveWithStyles(node: Element, into: Node, before: Node | null = null): void {
  const recorded = shadowRoots(node).map((root) => [root, [...root.adoptedStyleSheets]] as const);
  into.insertBefore(node, before && before.parentNode === into ? before : null);
  const doc = node.ownerDocument;
  for (const [root, sheets] of recorded) root.adoptedStyleSheets = sheets.map((s) => sheetFor(s, doc));
}

/** A Lit `elementStyles` entry as the CSSStyleSheet it adopts. */
const asSheet = (s: unknown): CSSStyleSheet | undefined =>
  s instanceof CSSStyleSheet ? s : ((s as { styleSheet?: CSSStyleSheet }).styleSheet ?? undefined);

const patched = new WeakSet<object>();

/**
 * Lets elements of `ctor` first connect in another document: there, `createRenderRoot()` adopts per-document
 * copies of the class's styles instead of throwing. In this page's document it is Lit's own, unchanged.
 */
export function documentAwareRenderRoot(ctor: CustomElementConstructor | undefined): void {
  if (!ctor || patched.has(ctor.prototype)) return;
  patched.add(ctor.prototype);
  type Internals = LitElement & { createRenderRoot(): HTMLElement | DocumentFragment };
  const proto = ctor.prototype as Internals;
  const original = proto.createRenderRoot;
  proto.createRenderRoot = function (this: Internals) {
    const doc = this.ownerDocument;
    if (doc === document) return original.call(this);
    const c = this.constructor as typeof LitElement;
    const root = this.shadowRoot ?? this.attachShadow(c.shadowRootOptions);
    root.adoptedStyleSheets = c.elementStyles.map(asSheet).filter((s): s is CSSStyleSheet => !!s).map((s) => sheetFor(s, doc));
    this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  };
}

/** Every `--tmj-*` custom property the given sheets read (the page's theme, to carry into another document). */
export function themeProperties(sheets: readonly CSSStyleSheet[]): string[] {
  const names = new Set<string>();
  for (const sheet of sheets) {
    for (const rule of Array.from(sheet.cssRules)) for (const m of rule.cssText.matchAll(/--tmj-[\w-]+/g)) names.add(m[0]);
  }
  return [...names];
}
