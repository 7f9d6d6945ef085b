/**
 * The `exportparts` lists, in one place: what each inner element hands up to `<tmj-call-view>` and what the
 * call view hands up to `<teams-meeting-join>`, so a page styles any of them with
 * `teams-meeting-join::part(name)`. Plain strings (no icon paths, no elements), so the join driver can use
 * them without loading the in-call UI. test/e2e/manifest-dom.test.mjs compares what is really reachable in
 * every phase with the host's documented parts.
 */

/** Icon names; every inline icon is `part="icon icon-<kebab-name>"` (replaceable with a CSS mask). */
export const ICON_NAMES = [
  'mic',
  'micOff',
  'camera',
  'cameraOff',
  'share',
  'settings',
  'chat',
  'people',
  'hand',
  'leave',
  'fullscreen',
  'fullscreenExit',
  'prev',
  'next',
  'send',
  'more',
  'check',
  'warning',
  'wifiOff',
  'personOff',
  'lock',
  'calendar',
  'close',
  'captions',
  'react',
  'popOut',
] as const;

export type IconName = (typeof ICON_NAMES)[number];

export const iconPart = (name: IconName): string => `icon-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export const ICON_PARTS = ['icon', ...ICON_NAMES.map(iconPart)].join(', ');

export const GALLERY_PARTS = `grid, tile, tile-self, tile-speaking, tile-muted, tile-name, tile-reaction, avatar, self-view, stage, stage-spotlight, strip, pager, fullscreen-button, gallery-empty, ${ICON_PARTS}`;

/** The bubble is `chat-message` outside: `message` is the host's end/error-screen explanation. */
export const CHAT_PARTS = `messages, message-group, message-group-own, message: chat-message, message-own, message-sending, message-failed, mention, mention-self, typing, send-box, send-button, jump-button, unavailable, ${ICON_PARTS}`;

export const PEOPLE_PARTS = `base: people-base, header: people-header, person, person-speaking, ${ICON_PARTS}`;

export const CONTROLS_PARTS =
  'controls, control, control-mic, control-camera, control-share, control-hand, control-chat, control-people, ' +
  `control-devices, control-popout, control-close, control-leave, control-captions, control-react, reaction-menu, reaction-item, control-pressed, control-disabled, leave-button, badge, device-menu, more-menu, menu-item, ${ICON_PARTS}`;

export const NOTICE_PARTS = 'notice, notice-action, notice-dismiss';

export const BANNER_PARTS =
  'base: banner-base, message: banner-message, link: banner-link, dismiss: banner-dismiss, indicator: banner-indicator, ' +
  'uncertain: banner-uncertain';

export const CONSENT_PARTS =
  'scrim: consent-scrim, dialog: consent-dialog, title: consent-title, agree: consent-agree, leave: consent-leave, link: consent-link';

/** The call view's own parts. */
const CALL_VIEW_PARTS =
  'gallery, controls, chat, people, side-panel, panel-close, lobby, lobby-preview, lobby-toggle, lobby-cancel, connecting, ' +
  'reconnecting, banner, notices, consent, live-region, captions-area, breakout, breakout-action, ' +
  'captions, caption-line, caption-speaker, caption-text, caption-partial, caption-settings, caption-settings-panel, ' +
  'pip-placeholder, pip-bar, pip-back, pip-move, pip-leave';

/** The outer names of an exportparts list (`inner: outer` → `outer`), deduplicated. */
export function outerNames(...lists: string[]): string {
  const names = lists
    .join(',')
    .split(',')
    .map((entry) => entry.split(':').pop()!.trim())
    .filter(Boolean);
  return [...new Set(names)].join(', ');
}

/** What `<teams-meeting-join>` re-exports from `<tmj-call-view>`: everything the call view exposes. */
export const CALL_PARTS = outerNames(
  CALL_VIEW_PARTS,
  GALLERY_PARTS,
  CHAT_PARTS,
  PEOPLE_PARTS,
  CONTROLS_PARTS,
  NOTICE_PARTS,
  BANNER_PARTS,
  CONSENT_PARTS,
);
