import { css } from 'lit';

/*
 * The banner is a legal notice: the page must not be able to hide it while recording or transcription is on.
 * `!important` inside a shadow tree beats the page's `!important` (inner context wins for important
 * declarations), so neither `hidden`, nor `display: none` on the tag, nor `::part(base) { display: none }`
 * can remove it. No `container-type` on the host: size containment would let a flex parent shrink it to 0.
 * It wraps instead, so it fits any width down to 320 px. What the page can still do (hide an ancestor), the development-mode check reports.
 */
export const complianceBannerStyles = css`
  :host {
    --_bg: var(--tmj-banner-bg, #fff4ce);
    --_text: var(--tmj-banner-text, #1f1f1f);
    --_dot: var(--tmj-banner-dot, #c4314b);
    --_radius: var(--tmj-radius, 8px);
    --_focus: var(--tmj-focus-ring, #0f6cbd);
    --_font: var(--tmj-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    box-sizing: border-box;
    font-family: var(--_font);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    display: flex !important;
    visibility: visible !important;
    opacity: 1 !important;
    align-items: flex-start;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0.5rem 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font-size: 0.875rem;
    line-height: 1.4;
  }
  [part~='base'].collapsed {
    display: inline-flex !important;
    padding: 0;
  }
  [part~='message'] {
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    flex: 1 1 12rem;
    margin: 0;
    align-self: center;
  }
  [part~='uncertain'] {
    display: flex !important;
    visibility: visible !important;
    opacity: 1 !important;
    align-items: center;
    gap: 0.5rem;
    flex: 1 0 100%;
    margin: 0;
    font-weight: 600;
  }
  [part~='link'] {
    align-self: center;
    /* Its own line when the message leaves no room, and wrapping inside the banner when even that line is too
       narrow (a long translation at 360 px ran past the banner's edge and pushed the dismiss button down). */
    flex: 0 1 auto;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    color: inherit;
    text-decoration: underline;
  }
  [part~='dismiss'] {
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    margin-inline-start: auto;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [part~='dismiss']:hover {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  [part~='indicator'] {
    display: inline-flex !important;
    visibility: visible !important;
    opacity: 1 !important;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .dot {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    background: var(--_dot);
    flex: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    .dot {
      animation: pulse 2s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (forced-colors: active) {
    .dot {
      background: CanvasText;
    }
  }
`;
