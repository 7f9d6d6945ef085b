import { css } from 'lit';

/*
 * Picture-in-picture (./pip-controller.ts). The mini player is the call container itself as a manual popover
 * in the top layer, docked at the inline-end corner (bottom, or top after "Move mini player"): the banner and
 * notices, the gallery and the mini player's own bar; the control bar, side panels and captions stay behind
 * (they need a full-size call). The placeholder fills the widget while the call is elsewhere.
 */
export const pipStyles = css`
  [part~='call'][popover] {
    position: fixed;
    inset: auto;
    inset-inline-end: 16px;
    inset-block-end: 16px;
    margin: 0;
    padding: 0;
    inline-size: min(380px, calc(100vw - 32px));
    block-size: min(320px, calc(100vh - 32px));
    overflow: hidden;
    border: 1px solid #5c5c5c;
    border-radius: 12px;
    background: var(--_surface);
    color: var(--_on-surface);
    font-family: var(--_font);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.45);
  }
  [part~='call'][popover][data-corner='top'] {
    inset-block-end: auto;
    inset-block-start: 16px;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='call'][popover]:popover-open {
      animation: pip-in 160ms ease-out;
    }
  }
  @keyframes pip-in {
    /* No fade: the recording notice inside is never drawn transparent, not even for a frame. */
    from {
      translate: 0 16px;
      scale: 0.96;
    }
  }
  [part~='call'][popover] tmj-call-controls,
  [part~='call'][popover] [part~='side-panel'],
  [part~='call'][popover] [part~='captions-area'],
  [part~='call'][popover] [part~='breakout'] {
    display: none !important;
  }
  /* Full screen belongs to the widget in the page, not to the mini player or the window. */
  :host(.tmj-pip-window) tmj-video-gallery::part(fullscreen-button),
  [part~='call'][popover] tmj-video-gallery::part(fullscreen-button) {
    display: none;
  }
  [part~='call'][popover] .main {
    padding: 4px;
  }
  .pip-bar {
    display: flex;
    align-items: center;
    gap: 6px;
    padding: 6px;
  }
  /* Back to meeting, Move and Leave are secondary buttons (../shared/button.styles.ts); Back takes the room left. */
  .pip-bar .pip-action {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .pip-bar .pip-action span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .pip-leave,
  .pip-leave:hover,
  .pip-leave:active {
    border-color: var(--_danger);
    background: var(--_danger);
    color: #fff;
  }
  .pip-leave:hover {
    background: color-mix(in srgb, var(--_danger) 88%, #000);
  }
  .pip-leave:active {
    background: color-mix(in srgb, var(--_danger) 76%, #000);
  }
  [data-pip='move'] .icon {
    rotate: 90deg;
  }
  @media (forced-colors: active) {
    [part~='call'][popover] {
      border: 2px solid CanvasText;
    }
    .pip-leave,
    .pip-leave:hover,
    .pip-leave:active {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
