import { mount } from 'svelte';
import 'teams-meeting-join';
import App from './App.svelte';
import { loadEmulatorIfAsked } from '../../shared/config.js';

await loadEmulatorIfAsked();
mount(App, { target: document.getElementById('app') });
