import { css } from 'lit';

export const chatPanelStyles = css`
  :host {
    --_bubble: var(--tmj-chat-bubble-background, #333);
    --_bubble-own: var(--tmj-chat-bubble-own-background, #444791);
    --_link: var(--tmj-chat-link-color, #aab2ff);
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    block-size: 100%;
    color: var(--_on-surface);
    background: var(--_surface);
    container-type: inline-size;
  }
  h2 {
    margin: 0;
    padding: 10px 12px;
    font-size: 1rem;
  }
  [part~='messages'] {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: 4px 12px 8px;
  }
  /*
   * Long histories: each sender group skips layout and paint while off screen (content-visibility) and reserves
   * its last measured height (contain-intrinsic-size: auto), so scrolling thousands of messages stays smooth
   * while every message remains in the DOM for find-in-page and screen readers.
   */
  [part~='message-group'] {
    content-visibility: auto;
    contain-intrinsic-size: auto 72px;
    display: grid;
    gap: 2px;
    margin-block: 8px;
    justify-items: start;
  }
  [part~='message-group'].own {
    justify-items: end;
  }
  .meta {
    font-size: 0.75rem;
    color: var(--_muted-text);
  }
  [part~='message'] {
    max-inline-size: min(85%, 60ch);
    padding: 6px 10px;
    border-radius: var(--_radius);
    background: var(--_bubble);
    overflow-wrap: anywhere;
    /* Sanitised HTML cannot carry styles, but keep anything inside the bubble regardless. */
    overflow: hidden;
    contain: layout paint;
  }
  .own [part~='message'] {
    background: var(--_bubble-own);
  }
  [part~='message'][data-status='failed'] {
    outline: 2px solid var(--_danger);
    outline-offset: -2px;
  }
  .content {
    white-space: pre-wrap;
  }
  .content.html {
    white-space: normal;
  }
  .content p,
  .content ul,
  .content ol,
  .content blockquote,
  .content pre {
    margin: 0.25em 0;
  }
  .content a {
    color: var(--_link);
  }
  .content pre,
  .content code {
    font-family: ui-monospace, monospace;
    white-space: pre-wrap;
  }
  .content [data-mention] {
    font-weight: 600;
    color: var(--tmj-chat-mention-color, #c5c7ff);
  }
  .content [data-mention][data-self] {
    padding: 0 3px;
    border-radius: 3px;
    background: var(--tmj-chat-mention-self-background, #ffd866);
    color: #242424;
  }
  .hidden-message {
    font-style: italic;
    color: var(--_muted-text);
  }
  @media (forced-colors: active) {
    .content [data-mention][data-self] {
      border: 1px solid CanvasText;
    }
    [part~='message'] {
      border: 1px solid CanvasText;
    }
  }
  .content [data-image-placeholder] {
    font-style: italic;
    color: var(--_muted-text);
  }
  .status {
    display: flex;
    align-items: center;
    gap: 6px;
    font-size: 0.75rem;
    color: var(--_muted-text);
  }
  .status button,
  .earlier,
  [part~='jump-button'] {
    min-block-size: 28px;
    padding: 2px 10px;
    border: 1px solid currentColor;
    border-radius: 4px;
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .earlier {
    display: block;
    margin: 4px auto;
  }
  [part~='jump-button'] {
    position: absolute;
    inset-block-end: 8px;
    inset-inline-start: 50%;
    translate: -50% 0;
    background: var(--_accent);
    color: var(--_on-accent);
    border-color: transparent;
  }
  /* inset-inline-start is the right edge in right-to-left: centre by moving the other way. */
  [part~='jump-button']:dir(rtl) {
    translate: 50% 0;
  }
  .log-wrap {
    position: relative;
    flex: 1 1 auto;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  [part~='typing'] {
    min-block-size: 1.25rem;
    padding-inline: 12px;
    font-size: 0.75rem;
    color: var(--_muted-text);
  }
  [part~='send-box'] {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 6px;
    padding: 8px 12px 12px;
    align-items: end;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 40px;
    max-block-size: 160px;
    resize: vertical;
    padding: 8px;
    border: 1px solid #666;
    border-radius: var(--_radius);
    background: var(--tmj-chat-input-background, #111);
    color: inherit;
    font: inherit;
  }
  [part~='send-button'] {
    min-inline-size: 44px;
    min-block-size: 40px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  [part~='send-button']:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .counter,
  .hint {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.75rem;
    color: var(--_muted-text);
  }
  .counter.over,
  .hint.error {
    color: #ff9aa8;
  }
  [part~='unavailable'].only {
    margin-block: 8px auto;
    outline: none;
  }
  [part~='unavailable'] {
    margin: 8px 12px;
    padding: 8px 10px;
    border-radius: var(--_radius);
    background: var(--_surface-2);
    font-size: 0.875rem;
  }
  .empty {
    color: var(--_muted-text);
    font-size: 0.875rem;
    text-align: center;
  }
`;
