import { css } from 'lit';

/**
 * The focus ring and the visually-hidden helper every element uses. Each element defines `--_focus` itself
 * (in-call elements through sharedStyles; the banner and notices keep their own light-surface colours).
 */
export const a11yStyles = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
