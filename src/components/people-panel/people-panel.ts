import { defineElement } from '../../core/define.js';
import { TmjPeoplePanel } from './people-panel.component.js';

export { TmjPeoplePanel };
defineElement('tmj-people-panel', TmjPeoplePanel);

declare global {
  interface HTMLElementTagNameMap {
    'tmj-people-panel': TmjPeoplePanel;
  }
}
