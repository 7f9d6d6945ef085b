import { css } from 'lit';

export const peoplePanelStyles = css`
  :host {
    display: block;
    min-block-size: 0;
    overflow: auto;
    background: var(--_surface);
    color: var(--_on-surface);
  }
  [part~='base'] {
    padding: 0.75rem;
  }
  [part~='header'],
  .group-title {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-weight: 600;
  }
  .group-title {
    margin-block-start: 1rem;
    font-size: 0.875rem;
    color: var(--_muted-text);
  }
  ul {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='person'] {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
  }
  [part~='person']:hover {
    background: var(--_surface-2);
  }
  .avatar {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    background: var(--_surface-2);
    color: var(--_on-surface);
    font-size: 0.75rem;
    font-weight: 600;
    outline: 2px solid transparent;
    outline-offset: 1px;
  }
  .speaking .avatar {
    outline-color: var(--tmj-speaking-ring, #7f85f5);
  }
  .who {
    display: grid;
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .detail {
    font-size: 0.75rem;
    color: var(--_muted-text);
  }
  .states {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    flex: none;
    color: var(--_muted-text);
  }
  .state {
    display: inline-flex;
  }
  .state.off {
    color: var(--_muted-text);
  }
  .state.hand {
    color: var(--tmj-hand-color, #ffd866);
  }
  .state.speaking {
    color: var(--tmj-speaking-ring, #7f85f5);
  }
`;
