import { defineElement } from '../../core/define.js';
import { TmjNoticeStack, type NoticeActionDetail, type NoticeDismissDetail } from './notice-stack.component.js';

export { TmjNoticeStack };
export type { NoticeActionDetail, NoticeDismissDetail };
defineElement('tmj-notice-stack', TmjNoticeStack);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-notice-stack': TmjNoticeStack;
  }
  interface GlobalEventHandlersEventMap {
    'tmj-notice-action': CustomEvent<NoticeActionDetail>;
    'tmj-notice-dismiss': CustomEvent<NoticeDismissDetail>;
  }
}
