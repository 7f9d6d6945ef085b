import { css } from 'lit';

export const callControlsStyles = css`
  :host {
    display: block;
    color: var(--_on-surface);
    container-type: inline-size;
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: center;
    gap: var(--tmj-controls-gap, 6px);
    padding: 6px;
    margin: 0;
    list-style: none;
  }
  [part~='control'],
  [part~='leave-button'] {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-inline-size: 44px;
    min-block-size: 44px;
    padding: 0 10px;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--tmj-control-background, var(--_surface-2));
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    cursor: pointer;
  }
  [part~='control']:hover {
    background: var(--tmj-control-background-hover, #3d3d3d);
  }
  [part~='control'][aria-pressed='true'] {
    background: var(--tmj-control-background-active, var(--_accent));
    color: var(--_on-accent);
  }
  [part~='control'][aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  [part~='leave-button'] {
    background: var(--_danger);
    color: #fff;
    padding: 0 14px;
  }
  .label {
    display: none;
  }
  /* Labels only while the whole row fits with them (the component measures; 'labels' on the list). */
  .labels .label {
    display: inline;
    white-space: nowrap;
  }
  [part~='badge'] {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-end: 2px;
    min-inline-size: 18px;
    padding: 0 4px;
    border-radius: 9px;
    background: var(--tmj-badge-background, #c4314b);
    color: #fff;
    font-size: 0.75rem;
    line-height: 18px;
    text-align: center;
  }
  [part~='device-menu'] {
    position: absolute;
    inset-block-end: calc(100% + 6px);
    inset-inline-start: 50%;
    translate: -50% 0;
    z-index: 3;
    display: grid;
    gap: 8px;
    min-inline-size: min(320px, 90cqi);
    padding: 12px;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_on-surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.4);
  }
  /* inset-inline-start is the right edge in right-to-left: centre by moving the other way. */
  [part~='device-menu']:dir(rtl) {
    translate: 50% 0;
  }
  [part~='device-menu'] h2 {
    margin: 0;
    font-size: 1rem;
  }
  [part~='device-menu'] label {
    display: grid;
    gap: 4px;
    font-size: 0.875rem;
  }
  select {
    min-block-size: 36px;
    font: inherit;
    border-radius: 4px;
  }
  .devices,
  .more {
    position: relative;
  }
  .compact {
    gap: 4px;
    padding-inline: 4px;
  }
  .compact [part~='control'],
  .compact [part~='leave-button'] {
    min-inline-size: 44px;
    padding: 0 8px;
  }
  [part~='more-menu'] {
    position: absolute;
    inset-block-end: calc(100% + 6px);
    inset-inline-end: 0;
    z-index: 3;
    display: grid;
    min-inline-size: 200px;
    margin: 0;
    padding: 4px;
    list-style: none;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: var(--_on-surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.4);
  }
  [part~='menu-item'] {
    display: flex;
    align-items: center;
    gap: 10px;
    inline-size: 100%;
    min-block-size: 40px;
    padding: 0 10px;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.875rem;
    text-align: start;
    cursor: pointer;
  }
  [part~='menu-item']:hover,
  [part~='menu-item']:focus-visible {
    background: var(--tmj-control-background-hover, #3d3d3d);
  }
  /* The reactions in the More menu: one row of emoji buttons, as Teams' reaction bar. */
  .reaction-group {
    display: flex;
    justify-content: space-between;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .reaction-group > li {
    flex: 1;
  }
  .reaction-group [part~='menu-item'] {
    justify-content: center;
    padding: 0;
    font-size: 1.25rem;
  }
  [part~='menu-item'] .check {
    margin-inline-start: auto;
    display: inline-flex;
  }
  /*
   * The compact bar: the device settings open over the whole bar, not from the More button (anchored there, the
   * menu ran off the widget's start edge at 360 px: it is wider than the bar's part left of the button).
   */
  :host {
    position: relative;
  }
  .more:has(> [part~='device-menu']) {
    position: static;
  }
  .more [part~='device-menu'] {
    inset-inline: 6px;
    min-inline-size: 0;
    translate: none;
  }
  /*
   * Forced colours (Windows high contrast): system colours replace every fill, so pressed toggles get the
   * Highlight pair and an inner outline, each control a ButtonText border, and the menu its own border.
   */
  @media (forced-colors: active) {
    [part~='control'],
    [part~='leave-button'],
    [part~='menu-item'] {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    [part~='control'][aria-pressed='true'],
    [part~='menu-item'][aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline: 2px solid ButtonText;
      outline-offset: -5px;
    }
    [part~='more-menu'],
    [part~='device-menu'] {
      border: 1px solid CanvasText;
    }
    [part~='badge'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  .reason {
    display: none;
  }
`;
