import { css } from 'lit';

/**
 * The in-call secondary button (`class="secondary-button"`, plus `icon-only` for a square one), shared by the
 * lobby and the picture-in-picture mini player and placeholder. It looks like the Teams web client's secondary
 * button (Fluent 2): 32 px high, 4 px radius, a 1 px stroke, semibold 14 px text, a lighter fill on hover and a
 * darker one while pressed. Its colours are mixed from the call palette (`--_surface`, `--_surface-2`,
 * `--_on-surface`), so a site's `--tmj-call-*` theme carries into it; on the default dark call they come out at
 * Fluent's dark values (#2d2d2d fill, #696969 stroke; hover #3d3d3d with #757575). Touch screens get 40 px.
 * Focus is the shared ring (a11y.styles.ts). Forced colours: system button colours, Highlight on hover and for a
 * pressed toggle, GrayText when disabled.
 */
export const secondaryButtonStyles = css`
  .secondary-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-block-size: 32px;
    min-inline-size: 32px;
    margin: 0;
    padding: 0 12px;
    border: 1px solid color-mix(in srgb, var(--_on-surface) 30%, var(--_surface-2));
    border-radius: 4px;
    background: var(--_surface-2);
    color: var(--_on-surface);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.25rem;
    cursor: pointer;
    -webkit-tap-highlight-color: transparent;
  }
  .secondary-button.icon-only {
    inline-size: 32px;
    padding: 0;
  }
  .secondary-button:hover {
    border-color: color-mix(in srgb, var(--_on-surface) 36%, var(--_surface-2));
    background: color-mix(in srgb, var(--_on-surface) 8%, var(--_surface-2));
  }
  .secondary-button:active {
    border-color: color-mix(in srgb, var(--_on-surface) 32%, var(--_surface-2));
    background: var(--_surface);
  }
  .secondary-button:disabled {
    border-color: color-mix(in srgb, var(--_on-surface) 16%, var(--_surface-2));
    background: var(--_surface);
    color: color-mix(in srgb, var(--_on-surface) 45%, var(--_surface));
    cursor: default;
  }
  @media (pointer: coarse) {
    .secondary-button {
      min-block-size: 40px;
      min-inline-size: 40px;
    }
    .secondary-button.icon-only {
      inline-size: 40px;
    }
  }
  @media (forced-colors: active) {
    .secondary-button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .secondary-button:hover {
      border-color: Highlight;
    }
    .secondary-button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: Highlight;
      color: HighlightText;
    }
    .secondary-button:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
