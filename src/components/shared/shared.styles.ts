import { css } from 'lit';
import { a11yStyles } from './a11y.styles.js';

/** Styles every in-call element shares: theme custom properties with private fallbacks, focus ring, helpers. */
const baseStyles = css`
  :host {
    --_accent: var(--tmj-accent, #5b5fc7);
    --_on-accent: var(--tmj-on-accent, #fff);
    --_danger: var(--tmj-danger, #c4314b);
    --_surface: var(--tmj-call-surface, #1f1f1f);
    --_surface-2: var(--tmj-call-surface-raised, #2d2d2d);
    --_on-surface: var(--tmj-call-on-surface, #f5f5f5);
    --_muted-text: var(--tmj-call-muted-text, #c8c8c8);
    --_radius: var(--tmj-radius, 8px);
    --_focus: var(--tmj-focus-ring, #ffd866);
    --_font: var(--tmj-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    box-sizing: border-box;
    font-family: var(--_font);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .icon {
    flex: none;
  }
  /* Direction-bearing icons (arrows, send) point the other way in right-to-left languages. */
  .icon.mirror:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
`;

/** Styles every in-call element shares (an array: Lit flattens it in `static styles`). */
export const sharedStyles = [baseStyles, a11yStyles];
