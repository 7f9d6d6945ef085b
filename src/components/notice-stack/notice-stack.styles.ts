import { css } from 'lit';

export const noticeStackStyles = css`
  :host {
    --_bg: var(--tmj-notice-bg, #ffffff);
    --_text: var(--tmj-notice-text, #242424);
    --_info: var(--tmj-notice-info, #0f6cbd);
    --_warning: var(--tmj-notice-warning, #bc4b09);
    --_error: var(--tmj-notice-error, #c4314b);
    --_radius: var(--tmj-radius, 8px);
    --_focus: var(--tmj-focus-ring, #0f6cbd);
    --_font: var(--tmj-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .stack {
    display: grid;
    gap: 0.5rem;
  }
  .stack:empty {
    display: none;
  }
  [part~='notice'] {
    --_accent: var(--_info);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.5rem 0.5rem 0.5rem 0.75rem;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_bg);
    color: var(--_text);
    font-size: 0.875rem;
    line-height: 1.4;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  [part~='notice'].warning {
    --_accent: var(--_warning);
  }
  [part~='notice'].error {
    --_accent: var(--_error);
  }
  .text {
    flex: 1 1 14rem;
    margin: 0;
  }
  .help,
  .elapsed {
    display: block;
    margin-block-start: 0.25rem;
  }
  .elapsed {
    font-variant-numeric: tabular-nums;
  }
  .buttons {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    margin-inline-start: auto;
  }
  [part~='notice-action'] {
    min-block-size: 2rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  [part~='notice-dismiss'] {
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  [part~='notice-action']:hover,
  [part~='notice-dismiss']:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  @media (forced-colors: active) {
    [part~='notice'] {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
