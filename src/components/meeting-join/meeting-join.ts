import { defineElement } from '../../core/define.js';
import { TeamsMeetingJoin } from './meeting-join.component.js';

export { TeamsMeetingJoin };
defineElement('teams-meeting-join', TeamsMeetingJoin);

declare global {
  interface HTMLElementTagNameMap {
    'teams-meeting-join': TeamsMeetingJoin;
  }
}
