import { defineElement } from '../../core/define.js';
import { TmjPrejoin } from './prejoin.component.js';

export { TmjPrejoin };
defineElement('tmj-prejoin', TmjPrejoin);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-prejoin': TmjPrejoin;
  }
}
