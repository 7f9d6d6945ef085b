import { css } from 'lit';

export const callViewStyles = css`
  :host {
    --_panel-width: var(--tmj-side-panel-width, 320px);
    /*
     * Fills the host's box (which has a definite size, see meeting-join.styles.ts): a flex column where the
     * gallery (size-contained for its container queries) takes what the banner and controls leave.
     */
    display: flex;
    flex-direction: column;
    position: relative;
    inline-size: 100%;
    block-size: 100%;
    min-block-size: 0;
    background: var(--_surface);
    color: var(--_on-surface);
    container-type: inline-size;
    container-name: call;
    overflow: hidden;
  }
  :host([expanded]) {
    /* Fallback "full screen" where the Fullscreen API is not allowed (e.g. an iframe without allowfullscreen). */
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    min-block-size: 0;
  }
  :host(:fullscreen) {
    inline-size: 100vw;
    block-size: 100vh;
  }
  [part~='call'] {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
  }
  .top {
    display: grid;
    gap: 4px;
    padding: 4px 4px 0;
  }
  .top:empty {
    display: none;
  }
  /* The call behind the consent dialog: inert, laid out as if the wrapper were not there. */
  .blocked {
    display: contents;
  }
  .main {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    display: flex;
    gap: 8px;
    padding: 8px;
  }
  tmj-video-gallery {
    flex: 1 1 auto;
    min-inline-size: 0;
    min-block-size: 0;
    block-size: auto;
  }
  [part~='side-panel'] {
    flex: 0 0 var(--_panel-width);
    min-block-size: 0;
    display: flex;
    flex-direction: column;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface-2);
  }
  [part~='side-panel'] > * {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  [part~='side-panel'][hidden],
  [hidden] {
    display: none !important;
  }
  /* A narrow widget has no room for both: the panel covers the gallery. */
  @container call (max-width: 640px) {
    [part~='side-panel'] {
      position: absolute;
      inset: 8px;
      z-index: 2;
    }
  }
  .dimmed tmj-video-gallery,
  .dimmed [part~='side-panel'] {
    opacity: 0.45;
    filter: grayscale(0.6);
  }
  [part~='reconnecting'] {
    margin: 0;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: #6b4e00;
    color: #fff;
  }
  [part~='lobby'],
  [part~='connecting'] {
    flex: 1 1 auto;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 12px;
    padding: 24px;
    text-align: center;
  }
  [part~='lobby'] h2 {
    margin: 0;
    outline: none;
    font-size: 1.25rem;
  }
  [part~='lobby'] p,
  [part~='connecting'] p {
    margin: 0;
  }
  .elapsed {
    font-variant-numeric: tabular-nums;
    color: var(--_muted-text);
  }
  [part~='lobby-cancel'] {
    min-block-size: 44px;
    padding: 0 20px;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .spinner {
    inline-size: 32px;
    block-size: 32px;
    border: 3px solid var(--_surface-2);
    border-block-start-color: var(--_accent);
    border-radius: 50%;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .shortcuts {
    margin: 0;
  }
`;
