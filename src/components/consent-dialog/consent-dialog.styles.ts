import { css } from 'lit';

/*
 * Covers the call view it is placed in (the call view is `position: relative`), never the page. Colours come
 * from the in-call palette (--tmj-call-*), so it follows the widget's light/dark theme; the card scrolls when
 * the widget is short.
 */
export const consentDialogStyles = css`
  :host {
    --_surface: var(--tmj-call-surface-raised, #2d2d2d);
    --_on-surface: var(--tmj-call-on-surface, #f5f5f5);
    --_muted: var(--tmj-call-muted-text, #c8c8c8);
    --_accent: var(--tmj-accent, #5b5fc7);
    --_on-accent: var(--tmj-on-accent, #fff);
    --_radius: var(--tmj-radius, 8px);
    --_focus: var(--tmj-focus-ring, #ffd866);
    --_font: var(--tmj-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    position: absolute;
    inset: 0;
    z-index: 10;
    display: block;
    font-family: var(--_font);
  }
  [part~='scrim'] {
    box-sizing: border-box;
    display: grid;
    place-items: center;
    block-size: 100%;
    padding: 12px;
    overflow: auto;
    background: rgb(0 0 0 / 0.6);
  }
  [part~='dialog'] {
    box-sizing: border-box;
    inline-size: min(100%, 30rem);
    max-block-size: 100%;
    overflow: auto;
    padding: 20px 24px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_on-surface);
    box-shadow: 0 8px 32px rgb(0 0 0 / 0.45);
    font-size: 0.875rem;
    line-height: 1.45;
  }
  [part~='dialog']:focus {
    outline: none;
  }
  [part~='dialog']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='title'] {
    margin: 0 0 12px;
    font-size: 1.125rem;
    line-height: 1.3;
    font-weight: 600;
  }
  p {
    margin: 0 0 8px;
  }
  .link a {
    color: inherit;
    text-decoration: underline;
  }
  .status:empty {
    display: none;
  }
  .status[role='alert'] {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
    margin-block-start: 16px;
  }
  button {
    min-block-size: 2.5rem;
    min-inline-size: 6rem;
    padding: 0 16px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_on-surface);
    border-color: var(--_muted);
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  @media (forced-colors: active) {
    [part~='dialog'] {
      border: 1px solid CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
