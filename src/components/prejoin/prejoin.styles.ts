import { css } from 'lit';

export const prejoinStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text, #242424);
    font: inherit;
  }
  form {
    display: grid;
    gap: 16px;
    padding: 16px;
  }
  @container (min-width: 600px) {
    form {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .side {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }
  h2 {
    margin: 0 0 8px;
    font-size: 1.25em;
  }
  .preview {
    position: relative;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius, 8px);
    background: var(--_stage, #292929);
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
  .placeholder {
    padding: 16px;
    text-align: center;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .meter {
    flex: 1 1 80px;
    height: 6px;
    border-radius: 3px;
    background: var(--_border, #d1d1d1);
    overflow: hidden;
  }
  .meter > span {
    display: block;
    height: 100%;
    width: 100%;
    background: var(--_accent, #5b5fc7);
    transform-origin: left;
    transform: scaleX(0);
    transition: transform 90ms linear;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius, 8px);
    border: 1px solid var(--_border, #d1d1d1);
    background: var(--_surface, #fff);
    color: inherit;
    padding: 8px 14px;
    min-height: 40px;
  }
  button[aria-pressed='true'] {
    background: var(--_accent-soft, #e8ebfa);
    border-color: var(--_accent, #5b5fc7);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .join {
    background: var(--_accent, #5b5fc7);
    border-color: var(--_accent, #5b5fc7);
    color: var(--_on-accent, #fff);
    font-weight: 600;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--_focus, var(--_accent, #5b5fc7));
    outline-offset: 2px;
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0 0 4px;
  }
  input,
  select {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    padding: 8px;
    min-height: 40px;
    border-radius: var(--_radius, 8px);
    border: 1px solid var(--_border, #8a8a8a);
    background: var(--_surface, #fff);
    color: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger, #c4314b);
  }
  .field {
    margin-bottom: 12px;
  }
  .hint {
    font-size: 0.85em;
    color: var(--_muted, #616161);
    margin-top: 4px;
  }
  .field-error {
    color: var(--_danger, #c4314b);
    font-size: 0.9em;
    margin-top: 4px;
  }
  .notice {
    margin: 0;
    padding: 8px 12px;
    border-radius: var(--_radius, 8px);
    background: var(--_notice, #fff4ce);
    color: var(--_notice-text, #3b2e00);
  }
  details {
    margin-bottom: 12px;
  }
  summary {
    cursor: pointer;
    padding: 4px 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .meter > span {
      transition: none;
    }
  }
`;
