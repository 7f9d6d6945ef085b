import { defineElement } from '../../core/define.js';
import { TmjEffectsPicker } from './effects-picker.component.js';

export { TmjEffectsPicker };
defineElement('tmj-effects-picker', TmjEffectsPicker);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-effects-picker': TmjEffectsPicker;
  }
}
