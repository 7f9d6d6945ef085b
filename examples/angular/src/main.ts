import { bootstrapApplication } from '@angular/platform-browser';
import { provideZonelessChangeDetection } from '@angular/core';
import 'teams-meeting-join';
import { AppComponent } from './app/app.component';
import { loadEmulatorIfAsked } from '../../shared/config.js';

await loadEmulatorIfAsked();
await bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] });
