import { css } from 'lit';

/*
 * Public custom properties (--tmj-*) are read once here into private ones (--_*), which inner elements
 * inherit. Themes switch `color-scheme`; `light-dark()` picks the matching default, and a site's --tmj-*
 * values win in every theme.
 */
/*
 * Sizing rules (README "Sizing"): the widget fills the box the page gives it (a height, an aspect-ratio, a
 * flex/grid track) and never grows with its content: everything it draws sits in `.base`, absolutely positioned
 * over the host, so content takes no part in the host's size. With no height from the page, an empty ::before
 * (padding-top: 56.25% of the width) makes it 16:9, never shorter than --tmj-min-block-size (400px), which a call
 * needs to be usable. No `aspect-ratio` on the host: it would turn a page's fixed height into a 16:9 width and
 * a minimum height into a minimum width. `max-inline-size: 100%` keeps a page's own aspect-ratio plus our minimum
 * height from widening the widget past its container. Everything inside scrolls within this box.
 * (Comments inside css`` ship in the pasted script, so they live out here.)
 */
export const meetingJoinStyles = css`
  :host {
    display: block;
    position: relative;
    container-type: inline-size;
    min-block-size: var(--tmj-min-block-size, 400px);
    max-inline-size: 100%;
    overflow: hidden;
    color-scheme: light;
    --_accent: var(--tmj-accent, light-dark(#5b5fc7, #7f85f5));
    --_accent-soft: var(--tmj-accent-soft, light-dark(#e8ebfa, #2f2f4a));
    --_on-accent: var(--tmj-on-accent, light-dark(#fff, #000));
    --_radius: var(--tmj-radius, 8px);
    --_font: var(--tmj-font, system-ui, sans-serif);
    --_surface: var(--tmj-surface, light-dark(#fff, #1f1f1f));
    --_text: var(--tmj-text, light-dark(#242424, #f5f5f5));
    --_muted: var(--tmj-muted-text, light-dark(#616161, #c8c8c8));
    --_border: var(--tmj-border, #8a8a8a);
    --_danger: var(--tmj-danger, light-dark(#c4314b, #f1707b));
    --_stage: var(--tmj-stage, light-dark(#292929, #0f0f0f));
    --_focus: var(--tmj-focus-ring, var(--_accent));
    --_notice: var(--tmj-notice, light-dark(#fff4ce, #463100));
    --_notice-text: var(--tmj-notice-text, light-dark(#3b2e00, #fff4ce));
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host::before {
    content: '';
    display: block;
    padding-top: 56.25%;
  }
  .base {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .base > * {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  ::slotted([slot='brand']) {
    align-self: start;
    margin: 16px 16px 0;
  }
  .panel {
    overflow: auto;
    align-content: center;
    padding: 24px 16px;
    text-align: center;
    display: grid;
    gap: 12px;
    justify-items: center;
  }
  h2,
  p {
    margin: 0;
    font-size: inherit;
    text-wrap: balance;
  }
  h2 {
    font-size: 1.25em;
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
  .secondary {
    background: none;
    color: var(--_text);
    border-color: var(--_border);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .error h2 {
    color: var(--_danger);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
