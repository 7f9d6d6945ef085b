/**
 * Full screen for the call view, kept out of call-view.component.ts: the Fullscreen API on the element where
 * the page allows it, else the reflected `expanded` fallback (the element covers the viewport by CSS). Leaving
 * the page exits full screen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FullscreenHost extends ReactiveControllerHost, HTMLElement {
  expanded: boolean;
}

export class FullscreenController implements ReactiveController {
  /** The element is the document's full-screen element right now. */
  active = false;
  #abort: AbortController | undefined;

  constructor(private readonly host: FullscreenHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    document.addEventListener(
      'fullscreenchange',
      () => {
        this.active = document.fullscreenElement === this.host;
        this.host.requestUpdate();
      },
      { signal: this.#abort.signal },
    );
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    if (document.fullscreenElement === this.host) void document.exitFullscreen().catch(() => undefined);
  }

  async toggle(): Promise<void> {
    const host = this.host;
    if (host.expanded) {
      host.expanded = false;
      return;
    }
    if (document.fullscreenElement === host) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    if (document.fullscreenEnabled && typeof host.requestFullscreen === 'function') {
      try {
        await host.requestFullscreen();
        return;
      } catch {
        // Refused (no user activation, iframe without allowfullscreen): fall back below.
      }
    }
    host.expanded = true;
  }
}
