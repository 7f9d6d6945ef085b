import { defineElement } from '../../core/define.js';
import { TmjCallControls } from './call-controls.component.js';

export { TmjCallControls };
defineElement('tmj-call-controls', TmjCallControls);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-call-controls': TmjCallControls;
  }
}
