import { defineElement } from '../../core/define.js';
import { TmjCaptions } from './captions.component.js';

export { TmjCaptions };
defineElement('tmj-captions', TmjCaptions);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-captions': TmjCaptions;
  }
}
