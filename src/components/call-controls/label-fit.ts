/**
 * How the control bar fits its width, kept out of call-controls.component.ts: below 600 px the less used
 * controls move into "More" (`compact`), and text labels show beside the icons only while the whole row fits
 * with them, in any language and with any set of controls (`labels`), measured after each render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width of the bar the less used controls move into the "More" menu, keeping one row. */
const COMPACT_MAX_WIDTH = 600;

export interface LabelFitHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class LabelFit implements ReactiveController {
  compact = false;
  labels = true;
  #resize: ResizeObserver | undefined;
  #width = 0;
  /** The bar width the row needed with labels the last time they overflowed (0: never overflowed). */
  #need = 0;

  constructor(private readonly host: LabelFitHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#resize = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // A hidden bar (display: none, e.g. behind the mini player) says nothing about fit: keep the layout.
      if (width === 0) return;
      this.#width = width;
      const compact = width > 0 && width < COMPACT_MAX_WIDTH;
      const labels = width >= this.#need;
      if (compact !== this.compact || labels !== this.labels) {
        this.compact = compact;
        this.labels = labels;
        this.host.requestUpdate();
      }
      // Measured after the render this may cause (the observer runs after layout, so a state left unchanged
      // still gets its check).
      void this.host.updateComplete.then(() => this.fit());
    });
    this.#resize.observe(this.host);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#resize = undefined;
  }

  hostUpdated(): void {
    this.fit();
  }

  /** Drops the labels when the row with them is wider than the bar (it would be cut at both ends). */
  fit(): void {
    if (!this.labels || this.compact) return;
    const list = this.host.renderRoot.querySelector<HTMLElement>('[part~="controls"]');
    const items = list?.children;
    if (!list || !items?.length) return;
    const first = items[0]!.getBoundingClientRect();
    const last = items[items.length - 1]!.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(list).paddingInlineStart) * 2;
    const need = Math.max(last.right, first.right) - Math.min(first.left, last.left) + padding;
    if (need > list.clientWidth + 1) {
      this.#need = need + (this.#width - list.clientWidth) + 2;
      this.labels = false;
      this.host.requestUpdate();
    }
  }
}
