/**
 * Picture-in-picture for the call view (issue 16 req 5), kept out of call-view.component.ts. The DOM-free
 * model (./pip-model.ts) decides the mode; this controller carries it out:
 *  - `window`: the call container (`[part~=call]`: banner, notices, gallery, controls, panels, live region) is
 *    moved into a Document Picture-in-Picture window, inside a wrapper with its own shadow root that adopts
 *    copies of the call view's styles (./pip-window.ts), and moved back on the window's `pagehide` (its close
 *    box, Chromium's "back to tab"), on "Back to tab", on leaving or ending the call and on disconnect;
 *  - `mini`: the same container, not moved, shown as a `popover="manual"` in the top layer, docked at the
 *    inline-end bottom corner (or top, "Move mini player"), with Back to meeting, Move and Leave;
 *  - an IntersectionObserver on the widget gives the model `visibility` (less than a quarter of what could be on
 *    screen counts as out of view), so a call scrolled away continues in the mini player.
 * Nothing re-renders the media: the gallery's `<video>` elements stay where they are (mini) or move with their
 * streams (window, the views are made again after the move).
 *
 * Focus: pop out into the window focuses "Back to tab" there and, in the page, the placeholder's Back to tab;
 * a requested mini player focuses its Back to meeting; an automatic one never takes focus. Coming back inline
 * focuses Pop out (or More, which holds it in a narrow bar) when focus was the widget's. Escape in the mini
 * player goes back; in the window it keeps its in-page meaning (closing a panel or menu). Nothing traps focus.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { JoinState } from '../../core/join-state.js';
import type { GuestStrings } from '../../i18n/types.js';
import type { CallStrings } from '../shared/call-strings.js';
import { focusIsOurs } from '../shared/focus-within.js';
import { icon } from '../shared/icons.js';
import { INITIAL_PIP, pipAnnouncement, pipLabels, pipStep, type PipInput, type PipState } from './pip-model.js';
import { documentAwareRenderRoot, documentPip, moveWithStyles, popoverSupported, sheetFor, shadowRoots, themeProperties, type DocumentPipApi } from './pip-window.js';

/** What the controls are told: no control, "Pop out", or "Back to tab" (in the window). */
export type PopOutControl = 'none' | 'pop-out' | 'back-to-tab';

export interface PipHost extends ReactiveControllerHost, HTMLElement {
  readonly joinState: JoinState;
  readonly renderRoot: HTMLElement | DocumentFragment;
  announce(text: string): void;
}

export interface PipOptions {
  readonly strings: () => GuestStrings;
  readonly callStrings: () => CallStrings;
  /** Leaves the call (the mini player's Leave). */
  readonly leave: () => void;
  /** The call view's keyboard (shortcuts, Escape), for key presses inside the window. */
  readonly keydown: (event: KeyboardEvent) => void;
  /** The width the call has in the window (its layout follows that box there), `undefined` once it is home. */
  readonly resized: (width: number | undefined) => void;
}

/** Our elements that may be (re)created inside the window; their classes learn to render there. */
const CALL_ELEMENTS = [
  'tmj-video-gallery',
  'tmj-call-controls',
  'tmj-compliance-banner',
  'tmj-notice-stack',
  'tmj-chat-panel',
  'tmj-people-panel',
  'tmj-captions',
  'tmj-consent-dialog',
  'tmj-reaction-picker',
  'tmj-effects-picker',
];

/** The window's size: the compact call layout (the control bar's "More" below 600 px). */
const WINDOW_SIZE = { width: 480, height: 400 };
/** Out of view below this share of what could be on screen (the widget's height, or the viewport's). */
const IN_VIEW_SHARE = 0.25;

interface OpenWindow {
  readonly win: Window;
  readonly wrapper: HTMLElement;
  readonly call: HTMLElement;
  readonly home: { readonly parent: Node; readonly next: Node | null };
  readonly abort: AbortController;
}

export class PipController implements ReactiveController {
  #state: PipState = INITIAL_PIP;
  #observer: IntersectionObserver | undefined;
  #window: OpenWindow | undefined;
  /** Bumped by every open request and by returns/disconnect: a late window of an abandoned request is closed. */
  #request = 0;
  #corner: 'bottom' | 'top' = 'bottom';
  #focus: (() => void) | undefined;
  #miniAbort: AbortController | undefined;

  constructor(
    private readonly host: PipHost,
    private readonly options: PipOptions,
  ) {
    host.addController(this);
  }

  get state(): PipState {
    return this.#state;
  }

  get mode(): PipState['mode'] {
    return this.#state.mode;
  }

  /** Where the call's elements are: the call container while it is in the window, else the call view's root. */
  get callRoot(): ParentNode {
    return this.#window?.call ?? this.host.renderRoot;
  }

  /** The control the bar shows. */
  get control(): PopOutControl {
    if (this.#state.mode === 'window') return 'back-to-tab';
    return this.#state.disabled ? 'none' : 'pop-out';
  }

  hostConnected(): void {
    // No top layer, no mini player (and no way to show an automatic one).
    if (!popoverSupported()) this.#state = { ...this.#state, disabled: true };
    if (typeof IntersectionObserver === 'undefined' || !popoverSupported()) return;
    const thresholds = Array.from({ length: 21 }, (_, i) => i / 20);
    this.#observer = new IntersectionObserver((entries) => {
      const e = entries[entries.length - 1];
      if (!e) return;
      const box = e.boundingClientRect.height;
      const room = e.rootBounds ? Math.min(box, e.rootBounds.height) : box;
      const inView = e.isIntersecting && room > 0 && e.intersectionRect.height / room >= IN_VIEW_SHARE;
      if (inView !== this.#state.inView) this.#step({ type: 'visibility', inView });
    }, { threshold: thresholds });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#request++;
    this.#returnFromWindow();
    this.#hideMini();
    this.#state = INITIAL_PIP;
    this.#focus = undefined;
  }


  /** Before each render: the call's phase drives `inCall`. */
  hostUpdate(): void {
    const phase = this.host.joinState.phase;
    const inCall = phase === 'connected' || phase === 'reconnecting';
    if (inCall !== this.#state.inCall) this.#step({ type: 'call', inCall });
  }

  /** After each render: the popover shown or hidden to match, then any focus move. */
  hostUpdated(): void {
    const call = this.#callElement();
    if (call && popoverSupported()) {
      const mini = this.#state.mode === 'mini';
      const open = call.hasAttribute('popover') && call.matches(':popover-open');
      if (mini && !open) this.#showMini(call);
      else if (!mini && call.hasAttribute('popover')) this.#hideMini();
      if (mini) call.dataset.corner = this.#corner;
    }
    const focus = this.#focus;
    this.#focus = undefined;
    focus?.();
  }

  /** Pop out (the window where the API exists, else the mini player), or back when already out. */
  toggle(): void {
    if (this.#state.mode !== 'inline') {
      this.back();
      return;
    }
    const api = documentPip();
    const wasOurs = focusIsOurs(this.host);
    this.#step({ type: 'pop-out', documentPip: !!api });
    const now: PipState = this.#state;
    if (now.opening && api) void this.#open(api, wasOurs);
    else if (now.mode === 'mini') this.#focus = () => this.#focusIn(this.#callElement(), '[data-pip="back"]');
  }

  /** Back into the page: closes the window or the mini player. */
  back(): void {
    const mode = this.#state.mode;
    if (mode === 'window') {
      this.#step({ type: 'window-closed' });
      return;
    }
    if (mode !== 'mini') return;
    const ours = this.#focusInMini() || focusIsOurs(this.host);
    this.#step({ type: 'back' });
    // "Back to meeting" means the meeting in the page: bring the widget into view.
    if (!this.#state.inView) this.host.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    if (ours) this.#focus = () => this.#focusPopOut();
  }

  #step(input: PipInput): void {
    const before = this.#state;
    const after = pipStep(before, input);
    if (after === before) return;
    this.#state = after;
    if (before.mode === 'window' && after.mode !== 'window') {
      const ours = this.#focusInWindow() || focusIsOurs(this.host);
      this.#returnFromWindow();
      if (ours && after.mode === 'inline') this.#focus = () => this.#focusPopOut();
    }
    if (before.opening && !after.opening && after.mode !== 'window') this.#request++;
    const said = pipAnnouncement(before, after, this.options.strings());
    if (said) this.host.announce(said);
    this.host.requestUpdate();
  }

  async #open(api: DocumentPipApi, focusWasOurs: boolean): Promise<void> {
    const request = ++this.#request;
    let win: Window;
    try {
      // Called in the click's task: the API needs the visitor's activation (else NotAllowedError → mini player).
      win = await api.requestWindow(WINDOW_SIZE);
    } catch {
      if (request === this.#request) this.#failed();
      return;
    }
    if (request !== this.#request || !this.#state.opening) {
      // Abandoned while opening (the call ended, the widget left the page): the late window goes away.
      closeQuietly(win);
      return;
    }
    const call = this.#callElement();
    if (!win?.document?.body || win.closed || !call) {
      closeQuietly(win);
      this.#failed();
      return;
    }
    try {
      this.#moveInto(win, call);
    } catch {
      this.#returnFromWindow();
      closeQuietly(win);
      this.#failed();
      return;
    }
    this.#step({ type: 'window-opened' });
    if (this.#state.mode !== 'window') return;
    this.#focus = () => {
      this.#focusIn(this.#window?.wrapper.shadowRoot ?? null, 'tmj-call-controls', true);
      if (focusWasOurs) this.#focusIn(this.host.renderRoot, '[data-pip="back"]');
    };
  }

  #failed(): void {
    this.#step({ type: 'window-failed' });
    if (this.#state.mode === 'mini') this.#focus = () => this.#focusIn(this.#callElement(), '[data-pip="back"]');
  }

  #moveInto(win: Window, call: HTMLElement): void {
    for (const tag of CALL_ELEMENTS) {
      documentAwareRenderRoot(customElements.get(tag));
      void customElements.whenDefined(tag).then((ctor) => documentAwareRenderRoot(ctor));
    }
    const doc = win.document;
    const hostRoot = this.host.renderRoot as ShadowRoot;
    const ownSheets = [...(hostRoot.adoptedStyleSheets ?? [])];
    doc.documentElement.lang = this.host.lang || document.documentElement.lang;
    doc.documentElement.dir = getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
    doc.title = this.options.strings().pipMiniPlayer;
    const page = new (win as Window & typeof globalThis).CSSStyleSheet();
    page.replaceSync('html, body { margin: 0; block-size: 100%; background: #1f1f1f; } body > div { block-size: 100%; }');
    doc.adoptedStyleSheets = [page];
    const wrapper = doc.createElement('div');
    wrapper.className = 'tmj-pip-window';
    const root = wrapper.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = ownSheets.map((s) => sheetFor(s, doc));
    // The page's theme (--tmj-*) does not cross documents by inheritance: carried as values.
    const all = [...ownSheets, ...shadowRoots(call).flatMap((r) => [...r.adoptedStyleSheets])];
    const computed = getComputedStyle(this.host);
    for (const name of themeProperties(all)) {
      const value = computed.getPropertyValue(name).trim();
      if (value) wrapper.style.setProperty(name, value);
    }
    const abort = new AbortController();
    // The window's close box and Chromium's "back to tab" both end in pagehide: the call comes home then.
    win.addEventListener('pagehide', () => this.#step({ type: 'window-closed' }), { signal: abort.signal });
    wrapper.addEventListener('keydown', (event) => this.options.keydown(event), { signal: abort.signal });
    doc.body.append(wrapper);
    const home = { parent: call.parentNode!, next: call.nextSibling };
    this.#window = { win, wrapper, call, home, abort };
    moveWithStyles(call, root);
    // The window's own observer (an observer sees only elements of its own document's rendering).
    const Observer = (win as Window & typeof globalThis).ResizeObserver;
    if (Observer) {
      const observer = new Observer((entries) => this.options.resized(entries[entries.length - 1]?.contentRect.width));
      observer.observe(wrapper);
      abort.signal.addEventListener('abort', () => observer.disconnect());
    }
    this.#refresh(call);
  }

  /** The call container back where it was in the call view, the window closed. Safe to call at any time. */
  #returnFromWindow(): void {
    const w = this.#window;
    if (!w) return;
    this.#window = undefined;
    w.abort.abort();
    this.options.resized(undefined);
    moveWithStyles(w.call, w.home.parent, w.home.next);
    this.#refresh(w.call);
    w.wrapper.remove();
    closeQuietly(w.win);
  }

  /** Moved elements were disconnected: each renders again (the gallery makes its video views again). */
  #refresh(call: HTMLElement): void {
    for (const root of shadowRoots(call)) (root.host as Partial<ReactiveControllerHost>).requestUpdate?.();
    this.host.requestUpdate();
  }

  #showMini(call: HTMLElement): void {
    call.setAttribute('popover', 'manual');
    try {
      call.showPopover();
    } catch {
      call.removeAttribute('popover');
      return;
    }
    this.#miniAbort = new AbortController();
    call.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        this.back();
      },
      { signal: this.#miniAbort.signal },
    );
  }

  #hideMini(): void {
    this.#miniAbort?.abort();
    this.#miniAbort = undefined;
    const call = this.#callElement();
    if (!call?.hasAttribute('popover')) return;
    try {
      if (call.matches(':popover-open')) call.hidePopover();
    } catch {
      // Already hidden (removed from the document meanwhile).
    }
    call.removeAttribute('popover');
    delete call.dataset.corner;
  }

  #callElement(): HTMLElement | null {
    return this.#window?.call ?? this.host.renderRoot.querySelector<HTMLElement>('[part~="call"]');
  }

  #focusInMini(): boolean {
    const call = this.#callElement();
    const active = this.host.shadowRoot?.activeElement;
    return !!call && !!active && call.contains(active);
  }

  #focusInWindow(): boolean {
    const w = this.#window;
    if (!w) return false;
    try {
      return w.win.document.hasFocus();
    } catch {
      return false;
    }
  }

  /** Focuses `selector` in `root` (or the element's own `focus()` when `own`, e.g. the control bar's). */
  #focusIn(root: ParentNode | null, selector: string, own = false): void {
    const el = root?.querySelector<HTMLElement>(selector);
    if (!el) return;
    if (own) {
      const controls = el as HTMLElement & { updateComplete?: Promise<unknown>; renderRoot?: ParentNode };
      void (controls.updateComplete ?? Promise.resolve()).then(() => {
        const target = controls.renderRoot?.querySelector<HTMLElement>('[data-control="popout"], [data-control="more"]');
        (target ?? controls).focus();
      });
      return;
    }
    el.focus();
  }

  /** Pop out in the control bar (More in a narrow bar), where keyboard users continue after coming back. */
  #focusPopOut(): void {
    const controls = this.host.renderRoot.querySelector<HTMLElement>('tmj-call-controls');
    if (controls) this.#focusIn(this.host.renderRoot, 'tmj-call-controls', true);
  }

  /** In the page while the call is out: what happened and the way back (nothing while inline). */
  renderPlaceholder(): TemplateResult | typeof nothing {
    const mode = this.#state.mode;
    if (mode === 'inline') return nothing;
    const s = this.options.strings();
    const l = pipLabels(s);
    const text = mode === 'window' ? s.pipOpened : s.pipMiniShown;
    const label = mode === 'window' ? l.backToTab : l.back;
    return html`<section part="pip-placeholder" class="pip-placeholder screen">
      <div class="screen-icon" aria-hidden="true">${icon('popOut')}</div>
      <div class="screen-text"><p>${text}</p></div>
      <button type="button" part="pip-back" data-pip="back" class="secondary-button pip-action" @click=${() => this.back()}>${label}</button>
    </section>`;
  }

  /** The mini player's own bar: Back to meeting, Move, Leave (only while it is shown). */
  renderMiniBar(): TemplateResult | typeof nothing {
    if (this.#state.mode !== 'mini') return nothing;
    const l = pipLabels(this.options.strings());
    const leave = this.options.callStrings().leave;
    return html`<div part="pip-bar" class="pip-bar" role="group" aria-label=${l.region}>
      <button type="button" part="pip-back" data-pip="back" class="secondary-button pip-action" @click=${() => this.back()}>
        ${icon('popOut')}<span>${l.back}</span>
      </button>
      <button
        type="button"
        part="pip-move"
        data-pip="move"
        class="secondary-button icon-only"
        aria-label=${l.move}
        title=${l.move}
        @click=${() => {
          this.#corner = this.#corner === 'bottom' ? 'top' : 'bottom';
          this.host.requestUpdate();
        }}
      >
        ${icon(this.#corner === 'bottom' ? 'prev' : 'next')}
      </button>
      <button type="button" part="pip-leave" data-pip="leave" class="secondary-button icon-only pip-leave" aria-label=${leave} title=${leave} @click=${() => this.options.leave()}>
        ${icon('leave')}
      </button>
    </div>`;
  }
}

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function closeQuietly(win: Window | undefined): void {
  try {
    if (win && !win.closed) win.close();
  } catch {
    // A window we may not close (a test's iframe): nothing to do.
  }
}
