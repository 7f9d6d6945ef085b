/**
 * Registration of `<tmj-call-view>` and every in-call element it uses. This module is the lazy chunk the host
 * element loads with `import('../call-view/call-view.js')`.
 *
 * Each element is defined here explicitly rather than through side-effect-only imports of the registration
 * files: package.json declares `sideEffects` narrowly, so bundlers (esbuild, rollup) would drop a bare
 * `import '../x/x.js'` and the tags would never be defined.
 */
import { defineElement } from '../../core/define.js';
import { TmjCallControls } from '../call-controls/call-controls.component.js';
import { TmjChatPanel } from '../chat-panel/chat-panel.component.js';
import { TmjComplianceBanner } from '../compliance-banner/compliance-banner.component.js';
import { TmjConsentDialog } from '../consent-dialog/consent-dialog.component.js';
import { TmjNoticeStack } from '../notice-stack/notice-stack.component.js';
import { TmjPeoplePanel } from '../people-panel/people-panel.component.js';
import { TmjVideoGallery } from '../video-gallery/video-gallery.component.js';
import { TmjCallView } from './call-view.component.js';
import { TmjCaptions } from '../captions/captions.component.js';
import { TmjReactionPicker } from '../call-controls/reaction-picker.component.js';
import { TmjEffectsPicker } from '../effects/effects-picker.component.js';
// Types only: brings each element's HTMLElementTagNameMap entry into scope.
import type {} from '../call-controls/call-controls.js';
import type {} from '../chat-panel/chat-panel.js';
import type {} from '../compliance-banner/compliance-banner.js';
import type {} from '../effects/effects-picker.js';
import type {} from '../consent-dialog/consent-dialog.js';
import type {} from '../notice-stack/notice-stack.js';
import type {} from '../people-panel/people-panel.js';
import type {} from '../video-gallery/video-gallery.js';

defineElement('tmj-compliance-banner', TmjComplianceBanner);
defineElement('tmj-consent-dialog', TmjConsentDialog);
defineElement('tmj-notice-stack', TmjNoticeStack);
defineElement('tmj-people-panel', TmjPeoplePanel);
defineElement('tmj-video-gallery', TmjVideoGallery);
defineElement('tmj-call-controls', TmjCallControls);
defineElement('tmj-captions', TmjCaptions);
defineElement('tmj-reaction-picker', TmjReactionPicker);
defineElement('tmj-effects-picker', TmjEffectsPicker);
defineElement('tmj-chat-panel', TmjChatPanel);
defineElement('tmj-call-view', TmjCallView);

export { TmjCaptions, TmjReactionPicker, TmjEffectsPicker };
export { TmjCallView, TmjCallControls, TmjChatPanel, TmjComplianceBanner, TmjConsentDialog, TmjNoticeStack, TmjPeoplePanel, TmjVideoGallery };

declare global {
  interface HTMLElementTagNameMap {
    'tmj-call-view': TmjCallView;
  }
}
