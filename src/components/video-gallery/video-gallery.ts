import { defineElement } from '../../core/define.js';
import { TmjVideoGallery } from './video-gallery.component.js';

export { TmjVideoGallery };
defineElement('tmj-video-gallery', TmjVideoGallery);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-video-gallery': TmjVideoGallery;
  }
}
