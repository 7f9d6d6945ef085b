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
  /* The people list takes focus itself (it scrolls): its ring inside the panel, which clips what is outside. */
  [part~='side-panel'] > :focus-visible {
    outline-offset: -3px;
  }
  [part~='side-panel'][hidden],
  [hidden] {
    display: none !important;
  }
  [part~='side-panel'] {
    position: relative;
  }
  .panel-close {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    z-index: 1;
    display: inline-grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .panel-close:hover {
    background: var(--_surface);
  }
  /* A narrow widget has no room for both: an open panel takes the whole call (the controls step aside). */
  @container call (max-width: 640px) {
    [part~='side-panel'] {
      position: absolute;
      inset: 0;
      z-index: 2;
      border-radius: 0;
    }
    .main:has([part~='side-panel']:not([hidden])) {
      padding: 0;
    }
  }
  /* Guest features (issue 16). Captions: their own row between the stage and the controls (never over them). */
  tmj-captions {
    flex: none;
  }
  .breakout {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    padding: 6px 10px;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_on-surface);
    font-size: 0.875rem;
  }
  .breakout-text {
    flex: 1 1 12em;
  }
  [part~='breakout-action'] {
    font: inherit;
    min-block-size: 32px;
    padding: 0 12px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  [part~='breakout-action']:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .reaction-layer {
    position: absolute;
    inset: 8px;
    z-index: 2;
    overflow: hidden;
    pointer-events: none;
  }
  .float {
    position: absolute;
    inset-block-end: 8px;
    inset-inline-start: var(--_x, 10%);
    display: grid;
    justify-items: center;
    gap: 2px;
    animation: tmj-float 2600ms ease-out forwards;
  }
  .float-emoji {
    font-size: 36px;
    line-height: 1;
  }
  .float-name {
    max-inline-size: 10em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 1px 6px;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    font-size: 0.75rem;
  }
  @keyframes tmj-float {
    0% {
      transform: translateY(0) scale(0.6);
      opacity: 0;
    }
    12% {
      transform: translateY(-12%) scale(1);
      opacity: 1;
    }
    80% {
      opacity: 1;
    }
    100% {
      transform: translateY(-240%);
      opacity: 0;
    }
  }
  /* Reduced motion: no rising, no scaling; the reaction shows in place and goes with its timer. */
  @media (prefers-reduced-motion: reduce) {
    .float {
      animation: none !important;
      opacity: 1;
    }
  }
  @media (forced-colors: active) {
    .breakout {
      border: 1px solid CanvasText;
    }
    [part~='breakout-action'] {
      border-color: ButtonText;
    }
  }
  /* One family of screens (lobby, connecting, reconnecting; the host's end and error screens look the same). */
  .screen {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: safe center;
    gap: 16px;
    padding: 24px 16px;
    text-align: center;
  }
  .screen h2 {
    margin: 0;
    outline: none;
    font-size: 1.25rem;
    font-weight: 600;
  }
  .screen h2,
  .screen p {
    text-wrap: balance;
  }
  .screen p {
    margin: 0;
    max-inline-size: 48ch;
  }
  .screen-text {
    display: grid;
    gap: 6px;
    justify-items: center;
  }
  .screen-icon {
    display: grid;
    place-items: center;
    inline-size: 56px;
    block-size: 56px;
    border-radius: 50%;
    background: var(--_surface-2);
  }
  .screen-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 8px;
  }
  .reconnecting {
    position: absolute;
    inset: 0;
    z-index: 3;
    background: var(--_surface);
    color: var(--_on-surface);
  }
  .lobby {
    container-type: size;
  }
  .lobby-preview {
    position: relative;
    flex: none;
    inline-size: min(100%, 400px, 40cqb * 16 / 9);
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface-2);
    display: grid;
    place-items: center;
  }
  .lobby-preview video {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    transform: scaleX(-1);
  }
  .preview-off {
    color: var(--_muted-text);
    font-size: 0.875rem;
  }
  .elapsed {
    font-variant-numeric: tabular-nums;
    color: var(--_muted-text);
  }
  /* The lobby's buttons are secondary buttons (../shared/button.styles.ts); a toggle that is on takes the accent. */
  [part~='lobby-toggle'][aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [part~='lobby-toggle'][aria-pressed='true']:hover {
    border-color: color-mix(in srgb, var(--_accent) 88%, var(--_on-surface));
    background: color-mix(in srgb, var(--_accent) 88%, var(--_on-surface));
  }
  [part~='lobby-toggle'][aria-pressed='true']:active {
    background: color-mix(in srgb, var(--_accent) 80%, var(--_surface));
  }
  /* Cancel stands apart from the two toggles (a different kind of action). */
  [part~='lobby-cancel'] {
    min-inline-size: 96px;
    margin-inline-start: 8px;
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid CanvasText;
    }
    .panel-close {
      border: 1px solid ButtonText;
    }
    [part~='lobby-toggle'][aria-pressed='true'],
    [part~='lobby-toggle'][aria-pressed='true']:hover,
    [part~='lobby-toggle'][aria-pressed='true']:active {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: Highlight;
      color: HighlightText;
      outline: 2px solid ButtonText;
      outline-offset: -4px;
    }
    [part~='side-panel'] {
      border: 1px solid CanvasText;
    }
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
