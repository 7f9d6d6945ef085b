import { defineElement } from '../../core/define.js';
import { TmjChatPanel } from './chat-panel.component.js';

export { TmjChatPanel };
defineElement('tmj-chat-panel', TmjChatPanel);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-chat-panel': TmjChatPanel;
  }
}
