import { css } from 'lit';

export const videoGalleryStyles = css`
  :host {
    --_tile-radius: var(--tmj-tile-radius, var(--_radius));
    --_tile-background: var(--tmj-tile-background, #292929);
    --_speaking: var(--tmj-speaking-outline, #8b8cf0);
    --_gap: 8px;
    position: relative;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    min-inline-size: 0;
    block-size: 100%;
    color: var(--_on-surface);
    background: var(--_surface);
    container-type: size;
    container-name: gallery;
    /* The box an avatar is sized by (see [part~='avatar']): the gallery's, unless a tile's own size is known. */
    --_cw: 100cqi;
    --_ch: 100cqb;
  }
  .area {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    display: grid;
    place-content: center;
    overflow: hidden;
  }
  .area.docked {
    gap: var(--_gap);
  }
  [part~='grid'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    justify-content: center;
    align-content: center;
    margin: 0;
    padding: 0;
    list-style: none;
    --_cw: var(--_tile-w);
    --_ch: var(--_tile-h);
  }
  [part~='grid'] > [part~='tile'] {
    flex: none;
    inline-size: var(--_tile-w);
    block-size: var(--_tile-h);
  }
  /*
   * Tiles are not size containers (container queries made every tile's style be resolved again inside layout: 40 %
   * of a page turn's layout time with 48 tiles); the avatar is sized by custom properties set where the tile size
   * is known. Strict containment keeps a view arriving in one tile from laying out the others.
   */
  [part~='tile'] {
    position: relative;
    contain: strict;
    overflow: hidden;
    border-radius: var(--_tile-radius);
    background: var(--_tile-background);
    outline: 3px solid transparent;
    outline-offset: -3px;
    transition: outline-color 120ms ease;
  }
  [part~='tile'][data-speaking] {
    outline-color: var(--_speaking);
  }
  .video,
  .video > * {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }
  .video video {
    object-fit: cover;
  }
  /* The visitor sees their own camera mirrored, as in a mirror (and as Teams does); others see it unmirrored. */
  [data-self] .video video {
    transform: scaleX(-1);
  }
  .screen .video video,
  [part~='stage'] video {
    object-fit: contain;
  }
  /*
   * Sized by the tile (--_cw × --_ch: the grid's tile size, the strip's, the docked self view's; on the stage, the
   * gallery's box) and centred in the part above the name label, so a small tile (the strip under a screen share,
   * a phone's grid) shows the initials and the name without one covering the other.
   */
  [part~='avatar'] {
    position: absolute;
    inset: 0 0 28px;
    margin: auto;
    display: grid;
    place-items: center;
    inline-size: max(24px, min(var(--_cw) * 0.4, var(--_ch) * 0.8 - 28px, 96px));
    aspect-ratio: 1;
    block-size: auto;
    border-radius: 50%;
    background: var(--tmj-avatar-background, #4f52b2);
    color: #fff;
    font-size: clamp(0.6875rem, min(var(--_cw), var(--_ch)) * 0.14, 2rem);
    font-weight: 600;
  }
  /* A reaction on a tile (issue 16): top-start corner, clear of the name (bottom) and the full-screen button. */
  .reaction {
    position: absolute;
    inset-block-start: 6px;
    inset-inline-start: 6px;
    z-index: 1;
    display: grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    border-radius: 50%;
    background: rgb(0 0 0 / 0.55);
    font-size: 22px;
    line-height: 1;
    animation: tmj-reaction-pop 240ms ease-out;
  }
  @keyframes tmj-reaction-pop {
    from {
      transform: scale(0.4);
      opacity: 0;
    }
  }
  [part~='tile-name'] {
    position: absolute;
    inset-inline-start: 6px;
    inset-block-end: 6px;
    max-inline-size: calc(100% - 12px);
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 2px 6px;
    border-radius: 4px;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
    font-size: 0.8125rem;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .name-text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .icon {
    inline-size: 16px;
    block-size: 16px;
  }
  .dock {
    --_cw: var(--_self-w);
    --_ch: var(--_self-h);
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
    align-items: flex-end;
    justify-content: flex-end;
  }
  [part~='self-view'] {
    inline-size: var(--_self-w);
    block-size: var(--_self-h);
  }
  [part~='fullscreen-button'] {
    position: absolute;
    inset-block-start: 8px;
    inset-inline-end: 8px;
    z-index: 2;
    background: rgb(0 0 0 / 0.6);
    color: #fff;
  }
  [part~='fullscreen-button']:hover {
    background: rgb(0 0 0 / 0.8);
  }
  [part~='stage'] {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    border-radius: var(--_tile-radius);
    background: #000;
    overflow: hidden;
  }
  .area.staged {
    display: flex;
    flex-direction: column;
  }
  .stage-layout {
    flex: 1 1 auto;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    block-size: 100%;
  }
  [part~='strip'] {
    display: flex;
    justify-content: center;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
    --_cw: 128px;
    --_ch: 72px;
  }
  [part~='strip'] [part~='tile'] {
    flex: 0 0 128px;
    aspect-ratio: 16 / 9;
  }
  [part~='pager'] {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    block-size: 44px;
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 36px;
    min-block-size: 36px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.4;
    cursor: default;
  }
  .empty {
    position: absolute;
    inset-block-start: 12px;
    inset-inline-start: 50%;
    translate: -50% 0;
    margin: 0;
    padding: 4px 12px;
    /* Clear of the full-screen button on both sides (it stays centred); a long language wraps instead of running
       under the button (Russian "Больше здесь пока никого нет" at 360 px). */
    inline-size: max-content;
    max-inline-size: calc(100% - 112px);
    box-sizing: border-box;
    border-radius: 14px;
    background: rgb(0 0 0 / 0.65);
    color: #fff;
    font-size: 0.875rem;
    text-align: center;
  }
  /* inset-inline-start is the right edge in right-to-left: centre by moving the other way. */
  .empty:dir(rtl) {
    translate: 50% 0;
  }
  @media (prefers-reduced-motion: reduce) {
    [part~='tile'] {
      transition: none;
    }
  }
`;
