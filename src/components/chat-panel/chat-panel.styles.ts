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
    /*
     * Rows as tall as their bubble: until the group is first measured, content-visibility sizes it to the 72px
     * placeholder, and auto rows of overflow:hidden bubbles would shrink into it (cut text, a mention's highlight
     * over the next message).
     */
    grid-auto-rows: max-content;
    gap: 2px;
    margin-block: 8px;
    justify-items: start;
  }
  /*
   * The newest groups are always laid out: a list pinned to the bottom shows them, and the first render puts the
   * log at its end before the browser has decided which groups are on screen — with these skipped, that end was
   * the 72px placeholders' and the first frame showed older messages, the newest one frame later. At most 16
   * groups (the first render draws 16 messages).
   */
  [part~='message-group']:nth-last-child(-n + 16) {
    content-visibility: visible;
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
  /* Rich chat (Teams' web client: images fill the bubble up to a cap, quotes are an accented box, files are cards). */
  .chat-image {
    display: block;
    margin: 4px 0;
    max-inline-size: 100%;
  }
  .chat-image img[hidden],
  .chat-image .image-status[hidden] {
    display: none;
  }
  .chat-image img {
    display: block;
    max-inline-size: min(100%, 320px);
    max-block-size: 240px;
    inline-size: auto;
    block-size: auto;
    object-fit: contain;
    border-radius: 4px;
  }
  .chat-image .image-status {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: 160px;
    min-block-size: 90px;
    padding: 8px;
    box-sizing: border-box;
    border: 1px dashed color-mix(in srgb, currentColor 35%, transparent);
    border-radius: 4px;
    font-size: 0.8125rem;
    color: var(--_muted-text);
    text-align: center;
  }
  .chat-image[data-state='failed'] .image-status,
  .chat-image[data-state='too-large'] .image-status {
    border-style: solid;
    min-block-size: 0;
  }
  .content blockquote[data-reply] {
    margin: 2px 0 6px;
    padding: 4px 8px;
    border-inline-start: 3px solid var(--_link);
    border-radius: 4px;
    background: color-mix(in srgb, currentColor 8%, transparent);
    font-size: 0.875rem;
  }
  .content blockquote[data-reply] strong {
    display: block;
    font-size: 0.8125rem;
  }
  .content blockquote[data-reply] p {
    margin: 0;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .content [data-emoji] {
    font-size: 1.25em;
    line-height: 1;
  }
  /* Teams wraps its emoji image in an emoji span: both are marked, the size applies once. */
  .content [data-emoji] [data-emoji] {
    font-size: inherit;
  }
  .files {
    list-style: none;
    margin: 6px 0 0;
    padding: 0;
    display: grid;
    gap: 4px;
  }
  .file-card {
    display: flex;
    align-items: center;
    gap: 10px;
    max-inline-size: 320px;
    padding: 8px 10px;
    box-sizing: border-box;
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-radius: 6px;
    background: color-mix(in srgb, var(--_surface) 70%, transparent);
    color: inherit;
    text-decoration: none;
  }
  a.file-card:hover {
    background: color-mix(in srgb, currentColor 10%, var(--_surface));
  }
  a.file-card:focus-visible {
    outline: 2px solid var(--_link);
    outline-offset: 1px;
  }
  .file-type {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: 4px;
    background: var(--_bubble-own);
    color: #fff;
    font-size: 0.625rem;
    font-weight: 700;
  }
  .file-text {
    display: grid;
    min-inline-size: 0;
  }
  .file-name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .file-meta {
    font-size: 0.75rem;
    color: var(--_muted-text);
  }
  @media (forced-colors: active) {
    .file-card,
    .chat-image .image-status,
    .content blockquote[data-reply] {
      border: 1px solid CanvasText;
    }
    a.file-card {
      color: LinkText;
    }
    .file-type {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
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
