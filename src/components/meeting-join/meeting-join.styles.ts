import { css } from 'lit';

/*
 * Public custom properties (--tmj-*) are read once here into private ones (--_*), which inner elements
 * inherit. Themes only change the fallbacks, so a site's --tmj-* values win in every theme.
 */
export const meetingJoinStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_accent: var(--tmj-accent, #5b5fc7);
    --_accent-soft: var(--tmj-accent-soft, #e8ebfa);
    --_on-accent: var(--tmj-on-accent, #fff);
    --_radius: var(--tmj-radius, 8px);
    --_font: var(--tmj-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_surface: var(--tmj-surface, #fff);
    --_text: var(--tmj-text, #242424);
    --_muted: var(--tmj-muted-text, #616161);
    --_border: var(--tmj-border, #8a8a8a);
    --_danger: var(--tmj-danger, #c4314b);
    --_stage: var(--tmj-stage, #292929);
    --_focus: var(--tmj-focus-ring, var(--_accent));
    --_notice: var(--tmj-notice, #fff4ce);
    --_notice-text: var(--tmj-notice-text, #3b2e00);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    --_accent: var(--tmj-accent, #7f85f5);
    --_accent-soft: var(--tmj-accent-soft, #2f2f4a);
    --_on-accent: var(--tmj-on-accent, #000);
    --_surface: var(--tmj-surface, #1f1f1f);
    --_text: var(--tmj-text, #f5f5f5);
    --_muted: var(--tmj-muted-text, #c8c8c8);
    --_border: var(--tmj-border, #8a8a8a);
    --_danger: var(--tmj-danger, #f1707b);
    --_stage: var(--tmj-stage, #0f0f0f);
    --_notice: var(--tmj-notice, #463100);
    --_notice-text: var(--tmj-notice-text, #fff4ce);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_accent: var(--tmj-accent, #7f85f5);
      --_accent-soft: var(--tmj-accent-soft, #2f2f4a);
      --_on-accent: var(--tmj-on-accent, #000);
      --_surface: var(--tmj-surface, #1f1f1f);
      --_text: var(--tmj-text, #f5f5f5);
      --_muted: var(--tmj-muted-text, #c8c8c8);
      --_danger: var(--tmj-danger, #f1707b);
      --_stage: var(--tmj-stage, #0f0f0f);
      --_notice: var(--tmj-notice, #463100);
      --_notice-text: var(--tmj-notice-text, #fff4ce);
    }
  }
  .base {
    box-sizing: border-box;
    min-height: 100%;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .panel {
    padding: 24px 16px;
    text-align: center;
    display: grid;
    gap: 12px;
    justify-items: center;
  }
  .panel h2 {
    margin: 0;
    font-size: 1.25em;
  }
  .panel p {
    margin: 0;
    max-width: 60ch;
  }
  .panel h2:focus {
    outline: none;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 40px;
    padding: 8px 16px;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .error {
    border-top: 4px solid var(--_danger);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .spinner {
    width: 28px;
    height: 28px;
    border-radius: 50%;
    border: 3px solid var(--_accent-soft);
    border-top-color: var(--_accent);
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
