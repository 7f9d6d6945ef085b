import { defineElement } from '../../core/define.js';
import { TmjComplianceBanner } from './compliance-banner.component.js';

export { TmjComplianceBanner };
defineElement('tmj-compliance-banner', TmjComplianceBanner);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-compliance-banner': TmjComplianceBanner;
  }
}
