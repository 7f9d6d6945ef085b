/**
 * Registration of `<tmj-call-view>` and every in-call element it uses. This module is the lazy chunk the host
 * element loads with `import('../call-view/call-view.js')`.
 */
import { defineElement } from '../../core/define.js';
import '../call-controls/call-controls.js';
import '../chat-panel/chat-panel.js';
import '../compliance-banner/compliance-banner.js';
import '../notice-stack/notice-stack.js';
import '../people-panel/people-panel.js';
import '../video-gallery/video-gallery.js';
import { TmjCallView } from './call-view.component.js';

export { TmjCallView };
defineElement('tmj-call-view', TmjCallView);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-call-view': TmjCallView;
  }
}
