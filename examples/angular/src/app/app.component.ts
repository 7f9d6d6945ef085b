// Angular recipe: the element in a standalone component with CUSTOM_ELEMENTS_SCHEMA. [meetingLink] and the
// other bindings set element properties; (tmj-joined) and the other events bind like DOM events, typed by the
// package's TmjEventMap.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { TmjErrorDetail, TmjJoinedDetail, TmjLeftDetail } from 'teams-meeting-join';
import { config } from '../../../shared/config.js';

@Component({
  selector: 'tmj-recipe',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main style="max-width: 960px; margin: 0 auto; font-family: system-ui, sans-serif">
      <h1>Meeting (Angular)</h1>
      <teams-meeting-join
        [meetingLink]="config.meetingLink"
        [tokenUrl]="config.tokenUrl"
        [displayName]="config.displayName"
        [emulator]="config.emulator"
        [noChat]="false"
        style="height: 560px"
        (tmj-joined)="joined($event)"
        (tmj-left)="left($event)"
        (tmj-error)="failed($event)"
      ></teams-meeting-join>
      <p role="status" data-testid="status">{{ status() }}</p>
    </main>
  `,
})
export class AppComponent {
  protected readonly config = config;
  protected readonly status = signal('Not joined');

  protected joined(e: Event): void {
    this.status.set(`Joined as ${(e as CustomEvent<TmjJoinedDetail>).detail.displayName}`);
  }
  protected left(e: Event): void {
    this.status.set(`Left: ${(e as CustomEvent<TmjLeftDetail>).detail.reason}`);
  }
  protected failed(e: Event): void {
    this.status.set(`Error: ${(e as CustomEvent<TmjErrorDetail>).detail.code}`);
  }
}
