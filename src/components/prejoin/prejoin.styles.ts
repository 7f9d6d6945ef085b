import { css } from 'lit';

// Colours and radius come from the host's private --_* properties (see meeting-join.styles.ts).
export const prejoinStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    overflow: auto;
  }
  form {
    display: grid;
    gap: 16px;
    padding: 16px;
    min-height: 100%;
    box-sizing: border-box;
    align-content: center;
  }
  @container (min-width: 600px) {
    form {
      grid-template-columns: 3fr 2fr;
      align-items: center;
    }
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
  }
  .preview {
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
    background: var(--_stage);
    color: #fff;
    overflow: hidden;
    display: grid;
    place-items: center;
  }
  video {
    width: 100%;
    height: 100%;
    object-fit: cover;
    transform: scaleX(-1);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-top: 8px;
  }
  .meter {
    flex: 1 1 80px;
    height: 6px;
    border-radius: 3px;
    background: var(--_border);
    overflow: hidden;
  }
  .meter span {
    display: block;
    height: 100%;
    background: var(--_accent);
    transform-origin: left;
    transform: scaleX(0);
    transition: transform 90ms linear;
  }
  .meter span:dir(rtl) {
    transform-origin: right;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    min-height: 40px;
    padding: 8px 14px;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface);
    box-sizing: border-box;
  }
  input,
  select {
    width: 100%;
  }
  button {
    cursor: pointer;
  }
  [aria-pressed='true'] {
    background: var(--_accent-soft);
    border-color: var(--_accent);
  }
  :disabled {
    opacity: 0.6;
  }
  .join {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field {
    margin-bottom: 12px;
  }
  .hint,
  .field-error {
    font-size: 0.875em;
    color: var(--_muted);
    margin-top: 4px;
  }
  .field-error {
    color: var(--_danger);
  }
  p {
    margin: 0 0 12px;
    padding: 8px 12px;
    border-radius: var(--_radius);
    background: var(--_notice);
    color: var(--_notice-text);
  }
  summary {
    cursor: pointer;
    padding: 4px 0 12px;
  }
  @media (prefers-reduced-motion: reduce) {
    .meter span {
      transition: none;
    }
  }
`;
