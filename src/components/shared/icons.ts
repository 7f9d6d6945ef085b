/**
 * Inline 24×24 icons (decorative: every control carries its own label, so icons are aria-hidden). Each is
 * `part="icon icon-<name>"`: a page replaces one with a CSS mask, e.g.
 * `teams-meeting-join::part(icon-mic) { background: currentColor; mask: url(mic.svg) center / contain no-repeat; }`
 * (the mask cuts the filled box to the new shape; the original paths are painted in the same colour).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { iconPart, type IconName } from './exported-parts.js';

export type { IconName };

const PATHS = {
  mic: svg`<path d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z"/>`,
  micOff: svg`<path d="M19 11h-2a5 5 0 0 1-.78 2.68l1.46 1.46A6.96 6.96 0 0 0 19 11ZM15 11V5a3 3 0 0 0-5.9-.78L15 10.1V11ZM4.27 3 3 4.27l6 6V11a3 3 0 0 0 4.47 2.6l1.51 1.51A5 5 0 0 1 7 11H5a7 7 0 0 0 6 6.92V21h2v-3.08a6.9 6.9 0 0 0 3.03-1.13L19.73 21 21 19.73 4.27 3Z"/>`,
  camera: svg`<path d="M17 10.5V7a1 1 0 0 0-1-1H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-3.5l4 4v-11l-4 4Z"/>`,
  cameraOff: svg`<path d="M21 6.5l-4 4V7a1 1 0 0 0-1-1H9.82L21 17.18V6.5ZM3.27 2 2 3.27 4.73 6H4a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h12c.21 0 .39-.08.55-.18L19.73 21 21 19.73 3.27 2Z"/>`,
  share: svg`<path d="M20 18a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2H0v2h24v-2h-4Zm-7-3.53V12.2c-2.78 0-4.61.85-6 2.72.56-2.67 2.11-5.33 6-5.87V6.92L17 10.6l-4 3.87Z"/>`,
  settings: svg`<path d="M19.14 12.94a7.1 7.1 0 0 0 0-1.88l2.03-1.58-1.92-3.32-2.39.96a7 7 0 0 0-1.62-.94L14.88 3.6h-3.84l-.36 2.58a7 7 0 0 0-1.62.94l-2.39-.96-1.92 3.32 2.03 1.58a7.1 7.1 0 0 0 0 1.88l-2.03 1.58 1.92 3.32 2.39-.96c.5.39 1.04.7 1.62.94l.36 2.58h3.84l.36-2.58a7 7 0 0 0 1.62-.94l2.39.96 1.92-3.32-2.03-1.58ZM12.96 15.6a3.6 3.6 0 1 1 0-7.2 3.6 3.6 0 0 1 0 7.2Z"/>`,
  chat: svg`<path d="M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2ZM6 9h12v2H6V9Zm8 5H6v-2h8v2Zm4-6H6V6h12v2Z"/>`,
  people: svg`<path d="M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5C15 14.17 10.33 13 8 13Zm8 0c-.29 0-.62.02-.97.05A4.2 4.2 0 0 1 17 16.5V19h6v-2.5c0-2.33-4.67-3.5-7-3.5Z"/>`,
  hand: svg`<path d="M21 7a1.5 1.5 0 0 0-3 0v5h-1V4a1.5 1.5 0 0 0-3 0v8h-1V2.5a1.5 1.5 0 0 0-3 0V12H9V5a1.5 1.5 0 0 0-3 0v10.2l-2.3-2.1a1.5 1.5 0 0 0-2.1 2.14L7.5 21h11a2.5 2.5 0 0 0 2.5-2.5V7Z"/>`,
  leave: svg`<path d="M12 9c-1.6 0-3.15.25-4.6.72v3.1c0 .39-.23.74-.56.9a11.4 11.4 0 0 0-2.66 1.85.99.99 0 0 1-1.4-.01L.3 13.08a1 1 0 0 1 0-1.41C3.34 8.78 7.46 7 12 7s8.66 1.78 11.71 4.67a1 1 0 0 1 0 1.41l-2.48 2.48a1 1 0 0 1-1.4.01 11.3 11.3 0 0 0-2.66-1.85 1 1 0 0 1-.56-.9v-3.1A15 15 0 0 0 12 9Z"/>`,
  fullscreen: svg`<path d="M7 14H5v5h5v-2H7v-3Zm-2-4h2V7h3V5H5v5Zm12 7h-3v2h5v-5h-2v3ZM14 5v2h3v3h2V5h-5Z"/>`,
  fullscreenExit: svg`<path d="M5 16h3v3h2v-5H5v2Zm3-8H5v2h5V5H8v3Zm6 11h2v-3h3v-2h-5v5Zm2-11V5h-2v5h5V8h-3Z"/>`,
  prev: svg`<path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z"/>`,
  next: svg`<path d="M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z"/>`,
  send: svg`<path d="M2.01 21 23 12 2.01 3 2 10l15 2-15 2z"/>`,
  more: svg`<path d="M6 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z"/>`,
  check: svg`<path d="M9 16.17 4.83 12l-1.42 1.41L9 19 21 7l-1.41-1.41z"/>`,
  warning: svg`<path d="M1 21h22L12 2 1 21Zm12-3h-2v-2h2v2Zm0-4h-2v-4h2v4Z"/>`,
  wifiOff: svg`<path d="M23.64 7c-.45-.34-4.93-4-11.64-4-1.5 0-2.89.19-4.15.48L18.18 13.8 23.64 7ZM3.41 1.31 2 2.72l2.05 2.05C1.91 5.76.59 6.82.36 7l11.63 14.49.01.01.01-.01 3.9-4.86 3.32 3.32 1.41-1.41L3.41 1.31Z"/>`,
  personOff: svg`<path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-2.67 0-8 1.34-8 4v2h11.5a6 6 0 0 1 1.66-5.53C15.36 14.17 13.5 14 12 14Zm5.41 1-1.41 1.41L17.59 18 16 19.59 17.41 21 19 19.41 20.59 21 22 19.59 20.41 18 22 16.41 20.59 15 19 16.59 17.41 15Z"/>`,
  lock: svg`<path d="M18 8h-1V6A5 5 0 0 0 7 6v2H6a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V10a2 2 0 0 0-2-2Zm-6 9a2 2 0 1 1 0-4 2 2 0 0 1 0 4Zm3.1-9H8.9V6a3.1 3.1 0 0 1 6.2 0v2Z"/>`,
  calendar: svg`<path d="M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm0 16H5V10h14v10ZM9.5 18l-1.4-1.4 2.5-2.6-2.5-2.6L9.5 10l2.5 2.6 2.5-2.6 1.4 1.4-2.5 2.6 2.5 2.6-1.4 1.4-2.5-2.6L9.5 18Z"/>`,
  close: svg`<path d="M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"/>`,
  captions: svg`<path d="M19 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm-8 7H9.5v-.5h-2v3h2V13H11v1a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1Zm7 0h-1.5v-.5h-2v3h2V13H18v1a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1Z"/>`,
  react: svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16Zm3.5-9a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm-7 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm3.5 6.5a5.5 5.5 0 0 0 5.11-3.5H6.89A5.5 5.5 0 0 0 12 17.5Z"/>`,
  popOut: svg`<path d="M19 19H5V5h7V3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-7h-2v7ZM14 3v2h3.59l-9.83 9.83 1.41 1.41L19 6.41V10h2V3h-7Z"/>`,
} satisfies Record<IconName, SVGTemplateResult>;

/** Icons that point in the reading direction: mirrored in right-to-left languages (shared.styles.ts). */
const MIRRORED: ReadonlySet<IconName> = new Set(['prev', 'next', 'send', 'share']);

export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon${MIRRORED.has(name) ? ' mirror' : ''}" part="icon ${iconPart(name)}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="currentColor">${PATHS[name]}</svg>`;
}
