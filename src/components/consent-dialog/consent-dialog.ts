import { defineElement } from '../../core/define.js';
import { TmjConsentDialog } from './consent-dialog.component.js';

export { TmjConsentDialog };
defineElement('tmj-consent-dialog', TmjConsentDialog);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-consent-dialog': TmjConsentDialog;
  }
}
